/**
 * Tokens with offsets, for the entity extractors. Words keep internal
 * punctuation ("CERT.LV", "O'Brien", "Jean-Claude", "AT&T"); a trailing dot is
 * joined to initials and known abbreviations ("K.", "Dr.", "Inc.", "U.S.").
 */

import { isSpace } from '../../util/text.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case. */
  allCaps: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** First word of a sentence, line or block. */
  sentenceStart: boolean;
  /** White space before this token contains a line break. */
  newlineBefore: boolean;
  /** Part of an e-mail or a web address ("jonathan@example.com", "https://ibn.fm/NENZ9", "www.acme.com/news"). */
  address: boolean;
  /** Part of a title-case heading run into the text after it ("The Future Of HealthcareAs …"): names there come from lexicons only. */
  heading?: boolean;
}

/**
 * A heading run into a paragraph that begins with the heading's name again ("About Alpha HoldingsAlpha Holdings is …"):
 * the word's second part is a word already on the line.
 */
function repeatedOnLine(tokens: Token[], camel: RegExpExecArray | null): RegExpExecArray | null {
  if (!camel) return null;
  // (One of the line's first words: "HealthCare" late in a list that once wrote "Care" is a name.)
  let k = tokens.length - 1;
  while (k > 0 && !tokens[k]!.newlineBefore) k--;
  return tokens.slice(k, k + 3).some((t) => t.text === camel[2]) ? camel : null;
}

/** Marks the tokens of the line that ends with tokens[tokens.length - 1] as a heading when the line is in title case. */
function markRunInHeading(tokens: Token[]): void {
  let k = tokens.length - 1;
  while (k > 0 && !tokens[k]!.newlineBefore) k--;
  const line = tokens.slice(k);
  if (line.every((t) => !t.word || t.cap || t.text.length < 4)) for (const t of line) t.heading = true;
}

/**
 * Where, in a run of text between white space, an e-mail address or a web address begins: its local part, its
 * scheme ("Twitter:https://…" begins at "https"), "www." or a host before a path; -1 when the run holds none. A
 * handle ("@NASA") is no address: it names its owner.
 */
function addressStart(run: string): number {
  let at = -1;
  for (const re of ADDRESS_STARTS) {
    const m = re.exec(run);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  // An e-mail address begins with its local part: back from the character before the "@".
  const mail = run.search(/[\p{L}\p{N}._%+-]@[\p{L}\p{N}]/u);
  if (mail >= 0) {
    let from = mail;
    while (from > 0 && LOCAL_PART.test(run[from - 1]!)) from--;
    if (at < 0 || from < at) at = from;
  }
  return at;
}
/**
 * The e-mail and web addresses in a text, as [start, end) spans from where each begins to the end of its run of
 * text between white space. Only runs with an "@", a "/" or "www." are looked at.
 */
function addressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let runEnd = -1;
  for (const m of text.matchAll(ADDRESS_HINT)) {
    if (m.index < runEnd) continue;
    let runStart = m.index;
    while (runStart > 0 && !isSpace(text[runStart - 1]!)) runStart--;
    runEnd = m.index;
    while (runEnd < text.length && !isSpace(text[runEnd]!)) runEnd++;
    const at = addressStart(text.slice(runStart, runEnd));
    if (at >= 0) spans.push([runStart + at, runEnd]);
  }
  return spans;
}
const ADDRESS_HINT = /[@/]|www\./giu;
const ADDRESS_STARTS = [/(?:https?|ftp):\/\//iu, /www\./iu, /(?<=^\W{0,2})[\p{L}\p{N}-]+\.\p{L}{2,}\//u];
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;

/**
 * A French or Italian elided article before a capitalized name ("l'Université", "d'Occitanie") is a token of its own,
 * and so is a "Contact Details" label that lost its line break before the name under it ("DetailsProactive Investors"),
 * and an honorific written without its space ("Mr.Chang", "Dr.Smith").
 */
const TOKEN = /(?:[ld]|qu)['’](?=\p{Lu})|(?<![\p{L}\p{N}])Details(?=\p{Lu})|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof)\.(?=\p{Lu}\p{Ll})|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’&.](?=[\p{L}\p{N}]))*|\S/gu;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'capt', 'col', 'lt', 'sgt',
  'maj', 'adm', 'inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'no', 'nos', 'vs', 'etc', 'dept', 'univ', 'assn', 'bros', 'est', 'approx',
  'u.s', 'u.k', 'd.c', 'u.n', 'e.u', 'a.m', 'p.m', 'n.v', 'b.v', 's.a', 'l.l.c', 'u.s.a', 'mme', 'mlle', 'messrs', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'ph.d', 'e.g', 'i.e', 'al', 'ave', 'blvd', 'rd',
]);

/** A line at least this long that ends mid-sentence is taken to wrap onto the next. */
export const WRAP_WIDTH = 40;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let prevEnd = 0;
  let sentenceStart = true;
  let consumedUntil = 0;
  // The addresses in the text, found once ([start, end) in `slice`), and the next one a token may fall in.
  const addresses = addressSpans(slice);
  let nextAddress = 0;
  for (const m of slice.matchAll(TOKEN)) {
    // A dot already joined to the previous token ("W.", "Inc.") is not a token of its own.
    if (m.index < consumedUntil) continue;
    let s = m[0];
    let end = m.index + s.length;
    // A word run into a web address when line breaks were lost ("Company Websitehttps://…") ends before it.
    const glued = /^(\p{L}*\p{Ll})https?$/u.exec(s);
    if (glued && slice.startsWith('://', end)) {
      s = glued[1]!;
      end = m.index + s.length;
    }
    // So does a word run into the label of the next line ("Essex, United KingdomWebsite: https://…", "Company Name:
    // Acme Ltd.City/Country: Essex").
    const label = /^(\p{Lu}[\p{L}.&'-]*[\p{Ll}.])(?:Website|Email|E-mail|Phone|Tel|Address|Contact|City|Country)$/u.exec(s);
    if (label && (slice[end] === ':' || slice[end] === '/')) {
      s = label[1]!;
      end = m.index + s.length;
    }
    // A company's possessive that lost its apostrophe ("Acme Technologies Ltd.s milestones") is the name alone.
    const possessive = /^((?:ltd|inc|corp|co|llc|plc)\.)s$/iu.exec(s);
    if (possessive) {
      s = possessive[1]!;
      end = m.index + s.length;
    }
    // A headline run into the first sentence of the text when its line break was lost ("… Drilling CampaignLast
    // month, …"): the word ends where a sentence's first word begins, and that word starts a line of its own.
    // Short openers ("Marine MogulsAt the core …", "ConclusionIn summary") need a lower-case word after them (not "LinkedIn").
    // (Only a word with a capital after a lower-case letter can be one: one test for every other token.)
    const run = !/\p{Ll}\p{Lu}/u.test(s)
      ? null
      : (/^(\p{Lu}?\p{Ll}{3,})(The|This|These|Last|According|Today|Yesterday|Our|Their|Since|During|Earlier|Recently|Following|Founded|Meanwhile|However|Additionally)$/u.exec(s) ??
        (s !== 'LinkedIn' && /^ \p{Ll}/u.test(slice.slice(end, end + 2)) ? /^(\p{Lu}?\p{Ll}{3,})(At|As|In|For|To|With|From|We)$/u.exec(s) : null) ??
        repeatedOnLine(tokens, /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(s)));
    let opener: Token | null = null;
    if (run) {
      s = run[1]!;
      end = m.index + s.length;
      const o = run[2]!;
      opener = { start: from + end, end: from + end + o.length, text: o, lower: o.toLowerCase(), cap: true, allCaps: false, word: true, sentenceStart: true, newlineBefore: true, address: false };
    }
    while (nextAddress < addresses.length && addresses[nextAddress]![1] <= m.index) nextAddress++;
    const address = nextAddress < addresses.length && m.index >= addresses[nextAddress]![0];
    const word = /^[\p{L}\p{N}]/u.test(s);
    if (word && slice[end] === '.') {
      const lower = s.toLowerCase();
      if ((s.length === 1 && /\p{Lu}/u.test(s)) || ABBREVIATIONS.has(lower) || /^(?:\p{L}\.){1,4}\p{L}$/u.test(s)) {
        s += '.';
        end += 1;
      }
    }
    const gap = slice.slice(prevEnd, m.index);
    const newlineBefore = gap.includes('\n');
    // A line break starts a sentence, unless it wraps one: the line before is long and did not end it
    // (PDF text and plain-text releases wrapped at a fixed width).
    if (newlineBefore) {
      const lineStart = slice.lastIndexOf('\n', prevEnd - 1) + 1;
      const wrapped = tokens.length > 0 && prevEnd - lineStart >= WRAP_WIDTH && /[\p{L}\p{N},]$/u.test(slice.slice(lineStart, prevEnd));
      if (!wrapped) sentenceStart = true;
    }
    const letters = s.replace(/[^\p{L}]/gu, '');
    const cap = /^\p{Lu}/u.test(s) || (/^\p{N}/u.test(s) && /\p{Lu}/u.test(s));
    tokens.push({
      start: from + m.index,
      end: from + end,
      text: s,
      lower: s.toLowerCase(),
      cap,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word,
      sentenceStart: sentenceStart && word,
      newlineBefore,
      address,
    });
    // Punctuation (an opening quote, a bullet) does not end the sentence-start position; a word does.
    if (word) sentenceStart = false;
    // Sentence ends: . ! ? (not after an abbreviation, which kept its dot), and list/heading markers.
    if (!word && /^[.!?…:;•]$/u.test(s)) sentenceStart = true;
    if (word && s.endsWith('.') && !ABBREVIATIONS.has(s.slice(0, -1).toLowerCase()) && s.length > 2 && !/^(?:\p{L}\.)+$/u.test(s)) sentenceStart = true;
    if (opener) {
      markRunInHeading(tokens);
      tokens.push(opener);
      end = opener.end - from;
      sentenceStart = false;
    }
    prevEnd = end;
    consumedUntil = end;
  }
  return tokens;
}

/** Heads that close a "Chief … Officer" title. */
const CHIEF_HEADS = new Set(['officer', 'executive', 'scientist', 'economist', 'strategist', 'architect', 'evangelist', 'engineer', 'counsel', 'editor', 'technologist', 'designer', 'ambassador', 'advisor', 'adviser']);

/**
 * "Chief Revenue Officer", "Chief Customer Success Officer": when tokens[k] is "Chief", the exclusive end of the
 * title that one to three capitalized words and a closing head make of it; -1 otherwise.
 */
export function chiefTitleEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'chief') return -1;
  for (let m = k + 1; m < Math.min(tokens.length, k + 5); m++) {
    const t = tokens[m]!;
    if (!t.word || !t.cap || t.newlineBefore) return -1;
    if (CHIEF_HEADS.has(t.lower)) return m > k + 1 ? m + 1 : -1;
  }
  return -1;
}

/** The start of a "Chief … Officer" title that ends with tokens[k] (inclusive); -1 when there is none. */
export function chiefTitleStart(tokens: Token[], k: number): number {
  if (!CHIEF_HEADS.has(tokens[k]?.lower ?? '')) return -1;
  for (let s = k - 2; s >= Math.max(0, k - 4); s--) if (tokens[s]!.lower === 'chief' && chiefTitleEnd(tokens, s) === k + 1) return s;
  return -1;
}
