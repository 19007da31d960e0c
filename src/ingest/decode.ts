/**
 * Bytes → text. Handles byte-order marks (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a BOM, and refuses binary data and invalid UTF-8 with a clear reason.
 */

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
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
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

/**
 * Decode a file's bytes. Throws InputError with code `empty`, `binary` or
 * `invalid-utf8`. The BOM is dropped; nothing else is changed.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty input (0 bytes)');
  let encoding: Decoded['encoding'] = 'utf-8';
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) offset = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    offset = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    offset = 2;
  } else {
    encoding = looksUtf16(bytes) ?? 'utf-8';
  }
  const body = bytes.subarray(offset);
  if (encoding === 'utf-8' && body.includes(0)) throw new InputError('binary', 'binary data (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(encoding === 'utf-8' ? 'invalid-utf8' : 'invalid-utf16', `not valid ${encoding.toUpperCase()} text`);
  }
  if (controlRatio(text) > 0.1) throw new InputError('binary', 'binary data (control characters), not text');
  return { text, encoding };
}

/** Reject text with no content at all. */
export function assertHasContent(text: string): void {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new InputError('empty', text.trim() ? 'no letters or digits in input' : 'empty input (only white space)');
  }
}
