/**
 * Bytes → text. Handles byte-order marks (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a BOM, UTF-8 with a few undecodable bytes (replaced, with a warning), and
 * legacy single-byte encodings (Windows-1252, Windows-1257, ISO-8859-* …):
 * the charset an HTML page declares, else detected with chardet and decoded
 * with iconv-lite. Binary data is refused with a clear reason.
 */
import { lazyRequire } from '../util/lazy.js';

/** chardet and iconv-lite are needed only for text that is not UTF-8 or UTF-16. */
const chardet = lazyRequire<typeof import('chardet')>('chardet');
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

/** An input that cannot become a document; `code` is stable, `reason` is for people. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as (WHATWG / IANA name, lower case). */
  encoding: string;
  /** How the encoding was chosen. */
  encodingSource: 'bom' | 'utf-8' | 'utf-16-heuristic' | 'declared' | 'detected';
  /** Detection confidence (0–100) when the encoding was detected. */
  confidence?: number;
  /** Undecodable byte sequences replaced by U+FFFD. */
  replaced: number;
}

export interface DecodeOptions {
  /** The bytes are an HTML page: a charset it declares (<meta charset>) is honoured for non-UTF-8 bytes. */
  html?: boolean;
}

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, newlines, form feed and escape: a sign of binary data. */
function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return sample.length ? bad / sample.length : 0;
}

/** Single-byte encodings chardet can detect, with the name press-facts reports. ISO-8859-1 is read as its superset Windows-1252, as browsers do. */
const LEGACY: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'iso-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'iso-8859-9': 'iso-8859-9',
  'windows-1254': 'windows-1254',
  'windows-1257': 'windows-1257',
  'windows-1258': 'windows-1258',
};

/** The charset an HTML page declares in its first 2 KiB (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').toLowerCase();
  for (let i = head.indexOf('charset'); i >= 0; i = head.indexOf('charset', i + 7)) {
    const open = head.lastIndexOf('<', i);
    if (open < 0 || head.lastIndexOf('>', i) > open || !head.startsWith('<meta', open)) continue;
    const m = /^charset\s{0,3}=\s{0,3}["']?([a-z0-9_.:-]{1,40})/.exec(head.slice(i, i + 60));
    if (!m) continue;
    const name = m[1]!;
    if (!iconv().encodingExists(name)) return null;
    return name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' ? 'windows-1252' : name;
  }
  return null;
}

/** Is this decoded text plausible? Letters inside words score, symbols inside words (u¿ytkownicy) cost. */
function plausibility(text: string): number {
  let score = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 1; i < sample.length - 1; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) continue;
    const ch = sample[i]!;
    const inWord = /\p{L}/u.test(sample[i - 1]!) && /\p{L}/u.test(sample[i + 1]!);
    if (/\p{L}/u.test(ch)) score += inWord ? 2 : 1;
    else if (inWord || ch === '\uFFFD') score -= 3;
  }
  return score;
}

/** UTF-8 with a few bad bytes: how many characters decoded beyond ASCII, how many sequences were replaced. */
function utf8Damage(bytes: Uint8Array): { text: string; multibyte: number; replaced: number } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let multibyte = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) multibyte++;
  }
  return { text, multibyte, replaced };
}

/** Detect a legacy single-byte encoding with chardet; among its close candidates, the most plausible decoding wins. */
function detectLegacy(bytes: Uint8Array): { encoding: string; confidence: number } | null {
  const candidates = chardet()
    .analyse(bytes)
    .filter((c) => LEGACY[c.name.toLowerCase()])
    .map((c) => ({ encoding: LEGACY[c.name.toLowerCase()]!, confidence: c.confidence }));
  if (candidates.length === 0) return null;
  const best = candidates[0]!.confidence;
  const close = candidates.filter((c, i) => c.confidence >= best / 2 && candidates.findIndex((d) => d.encoding === c.encoding) === i).slice(0, 4);
  let choice = close[0]!;
  let top = -Infinity;
  for (const c of close) {
    const score = plausibility(iconv().decode(Buffer.from(bytes), c.encoding));
    if (score > top) {
      top = score;
      choice = c;
    }
  }
  return choice;
}

/**
 * Decode a file's bytes. Throws InputError with code `empty` or `binary`.
 * The BOM is dropped; nothing else is changed.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty input (0 bytes)');
  let result: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) result = utf16(bytes.subarray(2), 'utf-16le', 'bom');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = utf16(bytes.subarray(2), 'utf-16be', 'bom');
  else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    const guess = bom ? null : looksUtf16(bytes);
    if (guess) result = utf16(body, guess, 'utf-16-heuristic');
    else {
      if (body.includes(0)) throw new InputError('binary', 'binary data (NUL bytes), not text');
      result = eightBit(body, bom, options);
    }
  }
  if (controlRatio(result.text) > 0.1) throw new InputError('binary', 'binary data (control characters), not text');
  return result;
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: Decoded['encodingSource']): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, encodingSource: source, replaced: 0 };
  } catch {
    throw new InputError('invalid-utf16', `not valid ${encoding.toUpperCase()} text`);
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function eightBit(body: Uint8Array, bom: boolean, options: DecodeOptions): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', encodingSource: bom ? 'bom' : 'utf-8', replaced: 0 };
  } catch {
    // Not valid UTF-8: mostly UTF-8 with some damage, a declared charset, or a legacy encoding.
  }
  const damage = utf8Damage(body);
  if (bom || (damage.multibyte > 0 && damage.replaced <= damage.multibyte)) {
    return { text: damage.text, encoding: 'utf-8', encodingSource: bom ? 'bom' : 'utf-8', replaced: damage.replaced };
  }
  const declared = options.html ? declaredCharset(body) : null;
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = iconv().decode(Buffer.from(body), declared);
    return { text, encoding: declared, encodingSource: 'declared', replaced: countReplacements(text) };
  }
  const legacy = detectLegacy(body);
  if (legacy) {
    const text = iconv().decode(Buffer.from(body), legacy.encoding);
    return { text, encoding: legacy.encoding, encodingSource: 'detected', confidence: legacy.confidence, replaced: countReplacements(text) };
  }
  return { text: damage.text, encoding: 'utf-8', encodingSource: 'utf-8', replaced: damage.replaced };
}

/** Reject text with no content at all. */
export function assertHasContent(text: string): void {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new InputError('empty', text.trim() ? 'no letters or digits in input' : 'empty input (only white space)');
  }
}
