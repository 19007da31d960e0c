/**
 * Date parsers (in the manner of chrono): each proposes candidates from one
 * pattern; `refine.ts` then drops overlaps and filters. Adding a date format
 * means adding one entry to `PARSERS`.
 *
 * Every regex here uses bounded quantifiers only, so none can backtrack
 * catastrophically (checked by tests/redos.test.ts).
 */
import {
  parseISODate,
  type YMD,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatYear,
  daysInMonth,
  isValidDate,
  isoWeek,
  quarterOf,
  weekday,
} from './calendar.js';
import { AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS, alternation } from './words.js';
import { tagsOf } from '../../lexicons/index.js';
import { partOfToday } from './time-of-day.js';
import type { DateMod } from './modifier.js';
import { holidayEnd, holidayIn, holidayPattern, holidayTrigger, nthWeekday } from './holidays.js';

export interface DateCandidate {
  start: number;
  end: number;
  type: 'date' | 'time' | 'duration' | 'set';
  value: string;
  /** false when the value needed a reference date that was not known. */
  resolved: boolean;
  /** The part of the period meant: "early 2024" (START), "mid-July" (MID), "the end of the month" (END). */
  mod?: DateMod;
  /** For a duration counted from the reference date ("the last two years"): the whole units it covers ("2022/2023"; one unit: "2025"). */
  period?: string;
}

export interface ParseContext {
  text: string;
  ref: YMD | null;
  /** Read an expression with no tense to go by ("Monday", "October 6") as the coming one (see PipelineOptions.forwardDates). */
  forward?: boolean;
}

interface Parser {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test the text must pass for `pattern` to have any match: a word every
   * match contains. Texts without it skip the pattern, which is then neither
   * compiled (V8 compiles a pattern on its first use) nor run.
   */
  trigger?: RegExp;
  /** The normalized value, or null to reject the match. `skip` drops leading context words from the span. */
  build(m: RegExpExecArray, ctx: ParseContext): (Omit<DateCandidate, 'start' | 'end'> & { skip?: number; extend?: number }) | null;
}

const MONTH = `(${alternation(MONTHS.keys())})`;
// "Wed", "Sat" and "Sun" are words too: before a date they need their dot or comma ("Sat, March 2").
const WEEKDAY = `(?:(${alternation(WEEKDAYS.keys())}|(?:wed|sat|sun)(?=[.,]))\\.?,?\\s{1,3})`;
/** A weekday name before or after a full date, where "Wed", "Sat" and "Sun" are abbreviations. */
const weekdayNumber = (name: string): number | undefined => {
  const w = name.toLowerCase();
  return WEEKDAYS.get(w) ?? { wed: 3, sat: 6, sun: 7 }[w];
};
/** A weekday after a day and month ("Jul 18, Fri", "July 18, Friday"): capitalized, so "March 3, sun …" stays out. */
const WEEKDAY_AFTER = /^,?\s{1,2}(\p{Lu}\p{Ll}{2,8})(\.)?(?![\p{L}\p{N}])/u;
function weekdayAfter(text: string, end: number): { name: string; length: number } | null {
  const m = WEEKDAY_AFTER.exec(text.slice(end, end + 14));
  if (!m || !weekdayNumber(m[1]!)) return null;
  // The dot of an abbreviation ("Fri.") is part of it; after a full name it ends the sentence.
  return { name: m[1]!, length: m[0].length - (m[2] && m[1]!.length > 4 ? 1 : 0) };
}
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
const YEAR = "((?:1[6-9]|20|21)\\d\\d)";
const SEP = '\\s{1,3}';
const RANGE = '\\s{0,3}(?:-|–|—|to|until|till|through|thru|and|bis|au|al|līdz)\\s{0,3}';
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/**
 * The letters and digits that join a date word to its neighbours, for the patterns' edges.
 * `[\p{L}\p{N}]` in a case-insensitive pattern costs V8 about 0.5 ms to compile (hundreds of
 * ranges, case-folded), and the patterns hold 229 of them: about 40 ms of the first document.
 * These ranges (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Georgian,
 * kana, Han, Hangul and the digits) compile in a fraction of that and decide the same edges
 * in the languages press-facts reads.
 */
const WORD_CHARS =
  '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF' +
  '\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u058F\\u05D0-\\u05EA\\u0620-\\u064A\\u0660-\\u0669\\u0900-\\u097F' +
  '\\u0E00-\\u0E7F\\u10A0-\\u10FF\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF';
/** The parsers with WORD_CHARS for `\p{L}\p{N}` in their patterns (and triggers). */
function withCheapEdges(parsers: Parser[]): Parser[] {
  const cheap = (re: RegExp) => new RegExp(re.source.replaceAll('\\p{L}\\p{N}', WORD_CHARS), re.flags);
  return parsers.map((p) => ({ ...p, pattern: cheap(p.pattern), ...(p.trigger && { trigger: cheap(p.trigger) }) }));
}

const monthOf = (word: string): number | null => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(w) ?? null;
};

/** Month words that are also common words must be capitalized, and need numbers around them. */
const monthOk = (word: string, withNumber = true): boolean => {
  const w = word.toLowerCase();
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  if (word[0] !== word[0].toLowerCase()) return true;
  // lower-case "march 3", "the 1st of march": a number next to it makes the month; "may" stays a verb.
  return withNumber && w !== 'may' && w !== 'mai' && w !== 'mayo';
};

/** A year with no month: bounded to plausible years. */
const yearOk = (y: number) => y >= 1600 && y <= 2199;
/** A year written with two digits in business shorthand ("FY24", "1H24", "3Q99"): 1970–2069. */
const twoDigitYear = (digits: string) => (Number(digits) < 70 ? 2000 : 1900) + Number(digits);

const day = (y: number, m: number, d: number) => (isValidDate(y, m, d) ? formatDay({ year: y, month: m, day: d }) : null);

/** Year of a month/day that came without one: the reference date's year. */
function yearFor(ctx: ParseContext): number | null {
  return ctx.ref ? ctx.ref.year : null;
}

function unresolvedDay(m: number, d: number): string {
  return `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullDate(y: string, mo: string, d: string) {
  if (!monthOk(mo)) return null;
  const month = monthOf(mo);
  const v = month ? day(Number(y), month, Number(d)) : null;
  return v ? { type: 'date' as const, value: v, resolved: true } : null;
}

/** Words before a number that names an act, a case or an item, not a date ("No. 12/2023", "Directive 4/2024"). */
const NUMBERED_ACT = /(?:\b(?:no|nr|num|number|art|article|case|act|law|decree|directive|regulation|resolution|decision|order|ordinance|bill|item|ref|reference|page|p)\.?|[#§№])\s?$/i;

/** Days from the reference date to y-m-d (negative in the past). */
function daysFrom(ref: YMD, y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86400000;
}

/**
 * The year of a month (and day) stated without one: the occurrence nearest the
 * reference date, leaning to the past as news does ("20 June" in a July release is
 * this June; "Nov. 25" in a January one is last November), unless the sentence
 * speaks of the future.
 */
function nearestYear(ctx: ParseContext, month: number, dd: number, index: number): number | null {
  if (!ctx.ref) return null;
  const tense = tenseOf(ctx, index);
  let best = ctx.ref.year;
  let bestCost = Infinity;
  for (const y of [ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1]) {
    const delta = daysFrom(ctx.ref, y, month, Math.min(dd, 28));
    // past: the nearest, leaning back; future: the coming one; no tense: the nearest, leaning forward.
    const cost = tense === 'past' ? (delta > 0 ? delta * 2 : -delta) : tense === 'future' ? (delta < -7 ? 1000 - delta : Math.abs(delta)) : delta < 0 ? -delta * 1.5 : delta;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

function monthDay(mo: string, d: string, ctx: ParseContext, index = 0, weekdayName?: string) {
  if (!monthOk(mo)) return null;
  const month = monthOf(mo);
  const dd = Number(d);
  if (!month || dd < 1 || dd > 31) return null;
  const y = (weekdayName && yearOfWeekday(ctx, month, dd, weekdayNumber(weekdayName))) || nearestYear(ctx, month, dd, index);
  if (y === null) return { type: 'date' as const, value: unresolvedDay(month, dd), resolved: false };
  const v = day(y, month, dd);
  return v ? { type: 'date' as const, value: v, resolved: true } : null;
}

/**
 * "Fri, Jul 18" with no year: the year, next to the reference date's, in which
 * that day falls on that weekday (null when none or several do).
 */
function yearOfWeekday(ctx: ParseContext, month: number, dd: number, wd: number | undefined): number | null {
  if (!ctx.ref || !wd) return null;
  const fits = [ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1].filter((y) => isValidDate(y, month, dd) && weekday({ year: y, month, day: dd }) === wd);
  return fits.length === 1 ? fits[0]! : null;
}

/** A day range's end year: "Dec 28 – Jan 3" ends in the next year. */
function rangeValue(y: number, m1: number, d1: number, m2: number, d2: number): string | null {
  const y2 = m2 < m1 ? y + 1 : y;
  const [a, b] = [day(y, m1, d1), day(y2, m2, d2)];
  if (!a || !b || a >= b) return null;
  return `${a}/${b}`;
}

const MONTH_NUMBER_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23, 'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26,
  'twenty-seventh': 27, 'twenty-eighth': 28, 'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};
const ORDINAL_WORD = `(?:${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const ordinalValue = (s: string) => ORDINAL_WORDS[s.toLowerCase()] ?? Number(s.replace(/\D/g, ''));

/** Does the sentence around `index` speak of quarters (results)? */
function quarterContext(text: string, index: number): boolean {
  // This sentence and the one before it, within the paragraph ("Third-quarter sales rose 9%. A year earlier, …").
  const from = Math.max(0, index - 400);
  let before = text.slice(from, index);
  before = before.slice(before.lastIndexOf('\n') + 1);
  const sentenceStart = before.lastIndexOf('. ');
  const previousStart = sentenceStart > 0 ? before.lastIndexOf('. ', sentenceStart - 1) : -1;
  const sentence = before.slice(sentenceStart + 1) + text.slice(index, index + 120).split(/\.\s|\n/)[0];
  const context = before.slice(previousStart + 1) + sentence;
  // "For the nine months, … a year earlier": a period other than the quarter.
  if (OTHER_PERIOD.test(sentence)) return false;
  if (QUARTER_WORDS.test(context)) return true;
  // A results figure ("net rose to $94 million from $85 million a year ago") in a report on a quarter.
  return RESULTS_WORDS.test(sentence) && QUARTER_WORDS.test(text.slice(Math.max(0, index - 2000), index));
}
const OTHER_PERIOD = /\b(?:nine|six|three|twelve)\s+months\b|\b(?:first|second)\s+half\b|\bfull[-\s]year\b|\bfor the year\b/i;
const QUARTER_WORDS = /\bquarter(?:ly)?\b|\bQ[1-4]\b/i;
const RESULTS_WORDS = /\b(?:net|sales|revenues?|earnings|income|profits?|loss|per share|a share|margins?|EBITDA|EPS)\b/i;

/** The quarter a report speaks of (the one just ended, early in the next), shifted by n quarters. */
function reportedQuarter(ctx: ParseContext, n: number): { value: string; resolved: boolean } {
  if (!ctx.ref) return { value: 'XXXX-QX', resolved: false };
  const inQuarter = (ctx.ref.month - 1) % 3;
  return shifted(ctx, 'quarter', (inQuarter < 2 ? -1 : 0) + n);
}

const FUTURE_MARKERS = /\b(will|shall|'ll|to be held|is scheduled|are scheduled|scheduled for|plans? to|planned|planning|slated|intends? to|aims? to|upcoming|expected to|expects? to|is set to|are set to|set for|is due to|are due to|next|would)\b/i;
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'earlier', 'yesterday', 'last', 'former', 'previously', 'met', 'held', 'took',
  'went', 'came', 'gave', 'made', 'won', 'lost', 'began', 'rose', 'fell', 'grew', 'saw', 'left', 'sold', 'bought', 'paid', 'spent',
  'led', 'brought', 'set', 'hit', 'cut', 'put', 'ran', 'wrote', 'spoke', 'became', 'built', 'sent', 'kept', 'thought', 'found',
]);

/** "last" as an ordinal ("the last Friday of October"), not as a word of the past. */
const LAST_OF = /\blast\s\p{L}+\s(?:of|in)\b/gu;

/** A past-tense verb right next to the expression ("said Tuesday", "Tuesday announced"): news reports what happened. */
const ADJACENT_PAST = /(?:\b(?:said|announced|reported|told|added|confirmed|disclosed|declined|agreed|voted|closed|rose|fell|ended)\s(?:on\s)?$)/i;
const ADJACENT_PAST_AFTER = /^\S*\s(?:(?:it|he|she|they|that)\s)?(?:said|announced|reported|told|added|confirmed|disclosed|declined|agreed|voted|closed|rose|fell|ended)\b/i;

/**
 * The tense around `index`: a past reporting verb next to it; else future markers
 * in the clause; else past-tense verbs in the sentence; else none (a bare phrase,
 * a present-tense announcement).
 */
export function tenseAt(text: string, index: number): 'past' | 'future' | 'none' {
  const from = Math.max(0, index - 150);
  const before = text.slice(from, index);
  if (ADJACENT_PAST.test(before.slice(-30)) || ADJACENT_PAST_AFTER.test(text.slice(index, index + 40))) return 'past';
  const clauseStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(', '), before.lastIndexOf('; '));
  const clause = before.slice(clauseStart + 1) + text.slice(index, index + 40).split(/[.\n,;]/)[0];
  if (FUTURE_MARKERS.test(clause)) return 'future';
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const sentence = before.slice(sentenceStart + 1) + text.slice(index, index + 120).split(/\.\s|\n/)[0];
  // "the last Friday of October" counts from the month's end: that "last" says nothing of the tense.
  for (const w of sentence.toLowerCase().replace(LAST_OF, ' ').match(/\p{L}+/gu) ?? []) {
    if (PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed')) || tagsOf(w).includes('PastTense')) return 'past';
  }
  return 'none';
}

/** The tense at `index`, where a text without one leans forward when the options ask for it. */
function tenseOf(ctx: ParseContext, index: number): 'past' | 'future' | 'none' {
  const tense = tenseAt(ctx.text, index);
  return tense === 'none' && ctx.forward ? 'future' : tense;
}

function relativeWeekday(wd: number, ctx: ParseContext, index: number, modifier: string | undefined) {
  if (!ctx.ref) return { type: 'date' as const, value: 'XXXX-XX-XX', resolved: false };
  const refWd = weekday(ctx.ref);
  const mod = modifier?.toLowerCase();
  let delta: number;
  const tense = mod ? null : tenseOf(ctx, index);
  if (mod === 'after next') {
    delta = ((wd - refWd + 7) % 7 || 7) + 7; // the one after the coming one
  } else if (mod === 'next') {
    delta = 7 - refWd + wd; // the one in the next week
  } else if (mod === 'this coming' || mod === 'coming' || mod === 'this') {
    delta = (wd - refWd + 7) % 7;
  } else if (mod === 'last' || mod === 'past' || mod === 'previous') {
    delta = -((refWd - wd + 7) % 7 || 7);
  } else if (tense === 'past') {
    delta = -((refWd - wd + 7) % 7);
  } else if (tense === 'future') {
    delta = (wd - refWd + 7) % 7;
  } else {
    // No tense to go by: the nearest such day, today included, leaning slightly to the coming one.
    const ahead = (wd - refWd + 7) % 7;
    const back = ahead === 0 ? 0 : ahead - 7;
    delta = -back * 1.5 < ahead ? back : ahead;
  }
  return { type: 'date' as const, value: formatDay(addDays(ctx.ref, delta)), resolved: true };
}

const UNIT_DAYS: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', quarter: 'Q', hour: 'H', minute: 'M' };

export function countOf(word: string): number | null {
  const n = Number(word.replace(/,/g, ''));
  if (Number.isFinite(n)) return n;
  const v = NUMBER_WORDS[word.toLowerCase()];
  return v === undefined ? null : v;
}

/** The value of a unit whose date is not known: XXXX, XXXX-XX, XXXX-WXX, XXXX-XX-XX. */
function unresolvedValue(unit: string): string {
  return unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX';
}

function shifted(ctx: ParseContext, unit: string, n: number): { value: string; resolved: boolean } {
  if (!ctx.ref) return { value: unresolvedValue(unit), resolved: false };
  const r = ctx.ref;
  switch (unit) {
    case 'day':
      return { value: formatDay(addDays(r, n)), resolved: true };
    case 'week':
      return { value: isoWeek(addDays(r, 7 * n)), resolved: true };
    case 'month': {
      const m = addMonths(r.year, r.month, n);
      return { value: formatMonth(m.year, m.month), resolved: true };
    }
    case 'quarter': {
      const m = addMonths(r.year, r.month, 3 * n);
      return { value: `${formatYear(m.year)}-Q${quarterOf(m.month)}`, resolved: true };
    }
    case 'weekend': {
      const w = addDays(r, 7 * n);
      return { value: `${isoWeek(w)}-WE`, resolved: true };
    }
    default:
      return { value: formatYear(r.year + n), resolved: true };
  }
}

/** One to ninety-nine in words, for spelled-out years ("ninety-six", "oh five"). */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SPELLED_TENS = `(?:(?:${TENS.join('|')})(?:[\\s-](?:${UNITS.join('|')}))?|${TEENS.join('|')}|oh[\\s-](?:${UNITS.join('|')}))`;
function spelledNumber(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'oh') continue;
    const u = UNITS.indexOf(w);
    const t = TEENS.indexOf(w);
    const d = TENS.indexOf(w);
    n += u >= 0 ? u + 1 : t >= 0 ? t + 10 : d >= 0 ? (d + 2) * 10 : NaN;
  }
  return n;
}

/** "June 28 – July 2": both days, the year from the text or the nearest to the reference date. */
function twoDayRange(mo1: string, d1: string, mo2: string, d2: string, year: string | undefined, ctx: ParseContext, index: number) {
  const [m1, m2] = [monthOf(mo1), monthOf(mo2)];
  if (!m1 || !m2 || !monthOk(mo1) || !monthOk(mo2) || d1.length > 2 || d2.length > 2) return null;
  const [a, b] = [Number(d1), Number(d2)];
  // The stated year belongs to the end: "Dec 28 – Jan 3, 2025" starts in 2024.
  const y = year ? Number(year) - (m2 < m1 ? 1 : 0) : nearestYear(ctx, m1, a, index);
  if (y === null) return { type: 'date' as const, value: `${unresolvedDay(m1, a)}/${unresolvedDay(m2, b)}`, resolved: false };
  const v = rangeValue(y, m1, a, m2, b);
  return v ? { type: 'date' as const, value: v, resolved: true } : null;
}

/**
 * The whole units a duration counted from the reference date covers, in Duckling's convention: "the last two
 * years" of a 2024 release are 2022/2023, "the next three days" of 12 February the 13th to the 15th — the
 * reference's own day, week, month or year is in neither.
 */
function anchoredPeriod(ref: YMD, unit: string, n: number, dir: 1 | -1): string | null {
  if (n > 100) return null;
  const [a, b] = dir > 0 ? [1, n] : [-n, -1];
  const range = (x: string, y: string) => (x === y ? x : `${x}/${y}`);
  if (unit === 'day') return range(formatDay(addDays(ref, a)), formatDay(addDays(ref, b)));
  if (unit === 'week') return range(isoWeek(addDays(ref, 7 * a)), isoWeek(addDays(ref, 7 * b)));
  if (unit === 'month') {
    const [x, y] = [addMonths(ref.year, ref.month, a), addMonths(ref.year, ref.month, b)];
    return range(formatMonth(x.year, x.month), formatMonth(y.year, y.month));
  }
  if (unit === 'year') return range(formatYear(ref.year + a), formatYear(ref.year + b));
  return null;
}

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The month each season starts in; winter belongs to the year it starts in. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** Weekday names that running text writes in lower case (German capitalizes its own). */
const FULL_WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;
const HALVES: Record<string, string> = { first: 'H1', second: 'H2', '1st': 'H1', '2nd': 'H2' };

export const PARSERS: Parser[] = withCheapEdges([
  {
    name: 'iso-date',
    pattern: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?(?:Z|[+-]\\d{2}:?\\d{2})?)?${R}`, 'gu'),
    build: (m) => {
      const v = day(Number(m[1]), Number(m[2]), Number(m[3]));
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 9 July 2024 · 9th of July, 2024 · 9. Juli 2024 · le 9 juillet 2024 · 9 de julio de 2024 · Tuesday, 9 July 2024
    name: 'day-month-year',
    pattern: new RegExp(`${L}${WEEKDAY}?(?:the\\s)?${DAY}(?:\\sof|\\sde)?${SEP}${MONTH}\\.?(?:,?${SEP}|\\sde(?:l)?\\s)${YEAR}${R}`, 'giu'),
    build: (m) => fullDate(m[4], m[3], m[2]),
  },
  {
    // July 9, 2024 · Jul. 9 2024 · Tuesday, July 9th, 2024 · Nov 28, 2023
    name: 'month-day-year',
    pattern: new RegExp(`${L}${WEEKDAY}?${MONTH}\\.?${SEP}${DAY}(?:,\\s{0,3}|${SEP})${YEAR}${R}`, 'giu'),
    build: (m) => fullDate(m[4], m[2], m[3]),
  },
  {
    // 2024. gada 9. jūlijā (Latvian)
    name: 'lv-year-day-month',
    trigger: /gada/i,
    pattern: new RegExp(`${L}${YEAR}\\.\\s{0,2}gada\\s{1,3}(\\d{1,2})\\.\\s{0,2}${MONTH}${R}`, 'giu'),
    build: (m) => fullDate(m[1], m[3], m[2]),
  },
  {
    // 3 to 5 March 2024 · 3–5 March
    name: 'day-range-month',
    // 28 June – 2 July 2024 · 30. Juni bis 2. Juli · from the 13th to the 15th of July
    pattern: new RegExp(`${L}(?:the\\s)?${DAY}(?:${SEP}${MONTH}\\.?)?${RANGE}(?:the\\s)?${DAY}(?:\\sof)?${SEP}${MONTH}\\.?(?:,?${SEP}${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      // Between two full dates "and" makes a list ("26 August and 20 October"), not a range.
      if (m[2]) return /\sand\s/i.test(m[0]) ? null : twoDayRange(m[2], m[1], m[4], m[3], m[5], ctx, m.index);
      const month = monthOf(m[4]);
      if (!month || !monthOk(m[4])) return null;
      const y = m[5] ? Number(m[5]) : yearFor(ctx);
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a >= b) return null;
      if (y === null) return { type: 'date', value: `${unresolvedDay(month, a)}/${unresolvedDay(month, b)}`, resolved: false };
      const [va, vb] = [day(y, month, a), day(y, month, b)];
      return va && vb ? { type: 'date', value: `${va}/${vb}`, resolved: true } : null;
    },
  },
  {
    // March 3-5, 2024 · March 3 to 5
    name: 'month-day-range',
    // June 28 – July 2, 2024 · July 13 - July 15 · Dec 28 – Jan 3
    pattern: new RegExp(`${L}${MONTH}\\.?${SEP}${DAY}${RANGE}(?:${MONTH}\\.?${SEP})?${DAY}(?:,?${SEP}${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[3]) return /\sand\s/i.test(m[0]) ? null : twoDayRange(m[1], m[2], m[3], m[4], m[5], ctx, m.index);
      const month = monthOf(m[1]);
      if (!month || !monthOk(m[1])) return null;
      const y = m[5] ? Number(m[5]) : yearFor(ctx);
      const [a, b] = [Number(m[2]), Number(m[4])];
      if (a >= b || b > 31) return null;
      if (y === null) return { type: 'date', value: `${unresolvedDay(month, a)}/${unresolvedDay(month, b)}`, resolved: false };
      const [va, vb] = [day(y, month, a), day(y, month, b)];
      return va && vb ? { type: 'date', value: `${va}/${vb}`, resolved: true } : null;
    },
  },
  {
    // 07/09/2024 (US order unless the first number cannot be a month) · 09.07.2024 (day first)
    name: 'numeric-date',
    pattern: /(?<![\p{L}\p{N}.\/-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\p{N}]|[.\/-]\d)/gu,
    build: (m) => {
      let [a, b] = [Number(m[1]), Number(m[3])];
      const y = Number(m[4]);
      let month = a;
      let d = b;
      // Day first after dots, or when the first number cannot be a month; "10.31.1974" can only be month first.
      if ((m[2] === '.' && b <= 12) || a > 12) {
        month = b;
        d = a;
      }
      [a, b] = [month, d];
      const v = day(y, a, b);
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 2/2013 · 11/2024 (month/year); not a numbered act ("Resolution No. 12/2023", "Decree 4/2024")
    name: 'month-slash-year',
    pattern: /(?<![\p{L}\p{N}.\/$-])(0?[1-9]|1[0-2])\/((?:19|20)\d\d)(?![\p{L}\p{N}]|[.\/-]\d)/gu,
    build: (m, ctx) => {
      if (NUMBERED_ACT.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      return { type: 'date', value: formatMonth(Number(m[2]), Number(m[1])), resolved: true };
    },
  },
  {
    // 20 June · 9. jūlijā · le 14 juillet · 9 de julio
    name: 'day-month',
    pattern: new RegExp(`${L}${WEEKDAY}?(?:the\\s)?${DAY}(?:\\sof|\\sde)?${SEP}${MONTH}${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[2].length > 2) return null;
      const after = m[1] ? null : weekdayAfter(ctx.text, m.index + m[0].length);
      const date = monthDay(m[3], m[2], ctx, m.index, m[1] ?? after?.name);
      return date && after ? { ...date, extend: after.length } : date;
    },
  },
  {
    // June 20 · Tuesday, July 9 (a lower-case "march 12 kilometres" is no date)
    name: 'month-day',
    // (and "February the 15th", with an ordinal)
    pattern: new RegExp(`${L}${WEEKDAY}?${MONTH}\\.?${SEP}(?:the\\s(?=\\d{1,2}(?:st|nd|rd|th)))?${DAY}(?![\\p{N}]|\\s?%|,\\d|\\.\\d)${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[2] === m[2].toLowerCase() && AMBIGUOUS_MONTHS.has(m[2]) && /^\s\p{Ll}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      const after = m[1] ? null : weekdayAfter(ctx.text, m.index + m[0].length);
      const date = monthDay(m[2], m[3], ctx, m.index, m[1] ?? after?.name);
      return date && after ? { ...date, extend: after.length } : date;
    },
  },
  {
    // July 2024 · in June of 2023 · Juli 2024 · julio de 2024
    name: 'month-year',
    pattern: new RegExp(`${L}${MONTH}\\.?(?:,?${SEP}|\\sof\\s|\\sde(?:l)?\\s)${YEAR}${R}`, 'giu'),
    build: (m) => {
      const month = monthOf(m[1]);
      if (!month || !monthOk(m[1])) return null;
      return { type: 'date', value: formatMonth(Number(m[2]), month), resolved: true };
    },
  },
  {
    // between 2019 and 2021 · 2026–2027 · 2026-27 · from 2019 to 2021
    name: 'year-range',
    pattern: new RegExp(`${L}(?:(between|from)\\s)?${YEAR}\\s{0,2}(?:-|–|—|/|to|through|until|and)\\s{0,2}((?:1[6-9]|20|21)?\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu'),
    build: (m) => {
      const a = Number(m[2]);
      let b = Number(m[3]);
      if (m[3].length === 2) b = Math.floor(a / 100) * 100 + b;
      if (!(b > a && b - a <= 100)) return null;
      if (!m[1] && /and/i.test(m[0])) return null;
      return { type: 'date', value: `${formatYear(a)}/${formatYear(b)}`, resolved: true };
    },
  },
  {
    // Q1 2024 · Q3 FY2024 · first quarter of 2024 · the third quarter · the 1988 second quarter · the year-ago third quarter
    name: 'quarter',
    pattern: new RegExp(
      `${L}(?:(year-ago|year-earlier|prior-year|previous-year|last year's|next year's|this year's|${YEAR})\\s)?(?:(Q[1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter)(?:\\s{1,2}(?:of\\s)?(?:fiscal\\s(?:year\\s)?|FY\\s?)?'?${YEAR})?${R}`,
      'giu',
    ),
    build: (m, ctx) => {
      const q = m[3] ? Number(m[3][1]) : ORDINALS[m[4].toLowerCase()];
      const before = m[1]?.toLowerCase();
      const stated = m[5] ? Number(m[5]) : m[2] ? Number(m[2]) : null;
      let y = stated ?? yearFor(ctx);
      if (y === null) return { type: 'date', value: `XXXX-Q${q}`, resolved: false };
      if (stated === null && before) {
        y += before === "next year's" ? 1 : before === "this year's" ? 0 : -1;
      } else if (stated === null && ctx.ref && q > quarterOf(ctx.ref.month) && tenseOf(ctx, m.index) === 'past') {
        // "profits fell in the fourth quarter", said in January: a quarter that has not begun this year is last year's.
        y -= 1;
      }
      return { type: 'date', value: `${formatYear(y)}-Q${q}`, resolved: true };
    },
  },
  {
    // Results periods: the 1988 period · the year-earlier quarter · last year's quarter · the comparable period last year · the latest period
    name: 'results-period',
    pattern: new RegExp(
      `${L}(?:the\\s)?(?:${YEAR}|(year-ago|year-earlier|prior-year|previous-year|comparable|corresponding|same|latest|most\\srecent|last\\syear's|previous\\syear's|prior\\syear's))\\s(quarter|period)(?:\\s(a\\syear\\s(?:ago|earlier)|last\\syear|(?:of|in)\\s(?:the\\s)?(?:previous|prior)\\syear))?${R}`,
      'giu',
    ),
    build: (m, ctx) => {
      const unit = m[3].toLowerCase();
      // "the same period", "the 1988 period" are quarters only in a report on a quarter.
      if (unit === 'period' && !quarterContext(ctx.text, m.index)) return null;
      const modifier = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const back = Boolean(m[4]) || (modifier !== undefined && modifier !== 'latest' && modifier !== 'most recent');
      const r = reportedQuarter(ctx, back ? -4 : 0);
      if (!m[1] || !r.resolved) return { type: 'date', ...r };
      return { type: 'date', value: `${m[1]}-${r.value.slice(5)}`, resolved: true };
    },
  },
  {
    // the first half of 2024 · the second half of next year · H2 2023 · H1'24 · 1H24 · 2H 2025 ("H100" is a chip,
    // "H1 24 units" a count: after "H1", a year needs its space and four digits, or an apostrophe and two)
    name: 'half',
    trigger: /half|H[12]|[12]H/i,
    pattern: new RegExp(
      `${L}(?:(first|second|1st|2nd)\\shalf\\sof\\s{1,2}(?:(this|next|last)\\syear|${YEAR})|H([12])(?:\\s{1,2}${YEAR}|'(\\d\\d))|([12])H(?:\\s{1,2}${YEAR}|'?(\\d\\d)))${R}`,
      'giu',
    ),
    build: (m, ctx) => {
      const half = m[1] ? HALVES[m[1].toLowerCase()]! : `H${m[4] ?? m[7]}`;
      const full = m[3] ?? m[5] ?? m[8];
      const short = m[6] ?? m[9];
      if (full || short) return { type: 'date', value: `${formatYear(full ? Number(full) : twoDigitYear(short!))}-${half}`, resolved: true };
      // "of this / next / last year": counted from the reference date.
      if (!ctx.ref) return { type: 'date', value: `XXXX-${half}`, resolved: false };
      const y = ctx.ref.year + ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[2]!.toLowerCase()]!;
      return { type: 'date', value: `${formatYear(y)}-${half}`, resolved: true };
    },
  },
  {
    // summer 2024 · autumn of 2023
    name: 'season',
    trigger: /spring|summer|autumn|winter|fall/i,
    pattern: new RegExp(`${L}(spring|summer|fall|autumn|winter)\\s(?:of\\s)?${YEAR}${R}`, 'giu'),
    build: (m) => ({ type: 'date', value: `${m[2]}-${SEASONS[m[1].toLowerCase()]}`, resolved: true }),
  },
  {
    // the 1990s
    name: 'decade',
    pattern: /(?<![\p{L}\p{N}$€£])(1[6-9]\d|20\d)0s(?![\p{L}\p{N}])/gu,
    build: (m) => ({ type: 'date', value: m[1], resolved: true }),
  },
  {
    // the nineties · the Eighties (of the 1900s)
    name: 'decade-words',
    trigger: /ties/i,
    pattern: /(?<![\p{L}\p{N}])the\s(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\p{L}\p{N}])/giu,
    build: (m) => ({ type: 'date', value: `19${TENS.indexOf(m[1]!.toLowerCase().replace(/ies$/, 'y')) + 2}`, resolved: true }),
  },
  {
    // the 20th century · the nineteenth century · this century · the last century (TIMEX3: the first two digits of its years)
    name: 'century',
    trigger: /century/i,
    pattern: new RegExp(`${L}(?:the\\s)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD})|(this|last|next|past|previous))[\\s-]century${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[3]) {
        if (!ctx.ref) return { type: 'date', value: 'XX', resolved: false };
        const mod = m[3].toLowerCase();
        const c = Math.floor(ctx.ref.year / 100) + (mod === 'next' ? 1 : mod === 'this' ? 0 : -1);
        return { type: 'date', value: String(c).padStart(2, '0'), resolved: true };
      }
      const n = m[1] ? Number(m[1]) : ordinalValue(m[2]!);
      if (!n || n > 22) return null;
      return { type: 'date', value: String(n - 1).padStart(2, '0'), resolved: true };
    },
  },
  {
    // for the year · the full year · the fiscal year (the year being reported on, in results; else the reference year)
    name: 'the-year',
    trigger: /year/,
    pattern: /(?<![\p{L}\p{N}])(?:the|The)\s(?:(?:full|current|fiscal|full\sfiscal|current\sfiscal)\s)?year(?![\p{L}\p{N}'’-]|\s(?:before|after|earlier|later|ago|of|\d|in\sreview))/gu,
    build: (m, ctx) => {
      if (!ctx.ref) return { type: 'date', value: 'XXXX', resolved: false };
      // Next to results ("for the full year, revenue rose"), the year of the period being reported on.
      const around = ctx.text.slice(Math.max(0, m.index - 300), m.index + 200);
      if (QUARTER_WORDS.test(around) && RESULTS_WORDS.test(around)) {
        const q = reportedQuarter(ctx, 0);
        return { type: 'date', value: q.value.slice(0, 4), resolved: q.resolved };
      }
      return { type: 'date', value: formatYear(ctx.ref.year), resolved: true };
    },
  },
  {
    // FY2024 · fiscal 2024 · fiscal year 2025 · FY24 · FY'24 · FY2023/24 (a fiscal year across two calendar years) · FY2024-26
    name: 'fiscal-year',
    pattern: new RegExp(`${L}(?:(?:FY\\s?'?|fiscal\\s(?:year\\s)?)${YEAR}(?:[/-]((?:20)?\\d\\d))?|FY'?(\\d\\d)(?:[/-](\\d\\d))?)${R}`, 'gu'),
    build: (m) => {
      const y = m[1] ? Number(m[1]) : twoDigitYear(m[3]!);
      const next = m[2] ?? m[4];
      if (!next) return { type: 'date', value: formatYear(y), resolved: true };
      const y2 = next.length === 2 ? Math.floor(y / 100) * 100 + Number(next) : Number(next);
      return y2 > y && y2 <= y + 10 ? { type: 'date', value: `${formatYear(y)}/${formatYear(y2)}`, resolved: true } : null;
    },
  },
  {
    // from March to May 2025 · March–May 2025 · between January and March · December 2024 – January 2025
    name: 'month-range',
    pattern: new RegExp(
      `${L}(?:(from|between)\\s)?${MONTH}\\.?(?:,?\\s${YEAR})?\\s{0,3}(-|–|—|to|until|till|through|thru|and)\\s{0,3}${MONTH}\\.?(?:,?\\s${YEAR})?${R}(?!\\s{1,2}\\d{1,2}(?!\\d))`,
      'giu',
    ),
    build: (m, ctx) => {
      const [lead, w1, year1, joiner, w2, year2] = [m[1]?.toLowerCase(), m[2]!, m[3], m[4]!.toLowerCase(), m[5]!, m[6]];
      const [m1, m2] = [monthOf(w1), monthOf(w2)];
      // "and" joins a range only after "between"; words that are also months need their capital ("may" stays a verb).
      if (!m1 || !m2 || (joiner === 'and' && lead !== 'between') || !monthOk(w1, false) || !monthOk(w2, false)) return null;
      let [y1, y2] = [year1 ? Number(year1) : null, year2 ? Number(year2) : null];
      if (y1 === null && y2 !== null) y1 = m1 <= m2 ? y2 : y2 - 1;
      if (y1 === null) y1 = nearestYear(ctx, m1, 15, m.index);
      if (y1 === null) return { type: 'date', value: `XXXX-${String(m1).padStart(2, '0')}/XXXX-${String(m2).padStart(2, '0')}`, resolved: false, skip: lead === 'from' ? 5 : 0 };
      if (y2 === null) y2 = m2 >= m1 ? y1 : y1 + 1;
      if (y2 * 12 + m2 <= y1 * 12 + m1 || y2 - y1 > 10) return null;
      // The dot after a full month name ends the sentence ("from May to October."); after "Oct." it is the abbreviation's.
      const extend = !year2 && m[0].endsWith('.') && w2.length > 4 ? -1 : 0;
      return { type: 'date', value: `${formatMonth(y1, m1)}/${formatMonth(y2, m2)}`, resolved: true, skip: lead === 'from' ? 5 : 0, ...(extend && { extend }) };
    },
  },
  {
    // by year-end · at year end 2023 · 2024 year-end: the year's last day, as TimeML dates it (2024-12-31);
    // without a year, the coming one, or the last one in the past tense ("at year-end, cash was …").
    name: 'year-end',
    trigger: /year[-\s]end/i,
    pattern: new RegExp(`${L}(?:(?:(by|at|before|until|till|through|after|since|from|to)\\s(?:the\\s)?)year[-\\s]end(?:\\s(?:of\\s)?${YEAR})?|${YEAR}\\syear[-\\s]end)${R}`, 'giu'),
    build: (m, ctx) => {
      const stated = m[2] ?? m[3];
      const skip = m[1] ? m[0].toLowerCase().indexOf('year') : 0;
      if (stated) return { type: 'date', value: `${stated}-12-31`, resolved: true, skip };
      if (!ctx.ref) return { type: 'date', value: 'XXXX-12-31', resolved: false, skip };
      const endOfRefYear = ctx.ref.month === 12 && ctx.ref.day === 31;
      const y = tenseOf(ctx, m.index) === 'past' && !endOfRefYear ? ctx.ref.year - 1 : ctx.ref.year;
      return { type: 'date', value: `${formatYear(y)}-12-31`, resolved: true, skip };
    },
  },
  {
    // 2Q23 · 4Q 2024 · Q3'24: a quarter in analysts' shorthand
    name: 'quarter-short',
    trigger: /[1-4]Q|Q[1-4]'/,
    pattern: new RegExp(`${L}(?:([1-4])Q\\s?(?:${YEAR}|'?(\\d\\d))|Q([1-4])'(\\d\\d))${R}`, 'gu'),
    build: (m) => {
      const q = m[1] ?? m[4];
      const y = m[2] ? Number(m[2]) : twoDigitYear((m[3] ?? m[5])!);
      return { type: 'date', value: `${formatYear(y)}-Q${q}`, resolved: true };
    },
  },
  {
    // week 45 of 2024 · Week 45, 2024 · calendar week 45 · KW 45 (an ISO week; a bare "week 2" is a week of something else)
    name: 'iso-week-number',
    trigger: /week|KW/i,
    pattern: new RegExp(`${L}(?:(calendar\\s)?week|(KW))\\s?(\\d{1,2})(?:(?:,?\\s(?:of\\s)?|\\/)${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const week = Number(m[3]);
      if (week < 1 || week > 53) return null;
      // Without a year, only "calendar week" or the German "KW" in capitals ("kw" is a kilowatt) name an ISO week.
      if (!m[4] && !m[1] && m[2] !== 'KW') return null;
      const y = m[4] ? Number(m[4]) : yearFor(ctx);
      if (y === null) return { type: 'date', value: `XXXX-W${String(week).padStart(2, '0')}`, resolved: false };
      return { type: 'date', value: `${formatYear(y)}-W${String(week).padStart(2, '0')}`, resolved: true };
    },
  },
  {
    // 2024 alone (not 2,024, $2024, 2024%, v2024.1, or part of a phone or code)
    name: 'year',
    pattern: /(?<![\p{L}\p{N}$€£#+–.,:/\\_@])(?<!(?<!mid)-)((?:1[6-9]|20|21)\d\d)(?![\p{L}\p{N}%]|[.,:\/\-–]\d|\s?(?:%|percent|per cent))/gu,
    build: (m, ctx) => {
      const y = Number(m[1]);
      if (!yearOk(y)) return null;
      // A bare number after a count word ("No. 2024", "page 1999") is not a year.
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:No\.?|no\.|nr\.?|page|pages|p\.|room|suite|ste\.?|unit|route|model|version|v|code|box|number|#)\s*$/i.test(before)) return null;
      if (/\d[\s\u00a0]$/.test(before)) return null;
      return { type: 'date', value: m[1], resolved: true };
    },
  },
  {
    name: 'today',
    pattern: /(?<![\p{L}\p{N}])(today|tonight|last night|this morning|this afternoon|this evening|yesterday|tomorrow|heute|gestern|morgen|aujourd'hui|hier|demain|hoy|ayer|mañana|šodien|vakar|rīt)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const w = m[1].toLowerCase();
      const delta = ['yesterday', 'gestern', 'hier', 'ayer', 'vakar', 'last night'].includes(w) ? -1 : ['tomorrow', 'morgen', 'demain', 'mañana', 'rīt'].includes(w) ? 1 : 0;
      if (w === 'morgen' && m[1] === 'morgen') return null; // lower-case German "morgen" is ambiguous with "Morgen" (morning)
      const part = partOfToday(w);
      const type = part ? 'time' : 'date';
      const suffix = part ? `T${part}` : '';
      if (!ctx.ref) return { type, value: `XXXX-XX-XX${suffix}`, resolved: false };
      return { type, value: formatDay(addDays(ctx.ref, delta)) + suffix, resolved: true };
    },
  },
  {
    name: 'present',
    pattern: /(?<![\p{L}\p{N}])(now|currently|at present|nowadays|these days)(?![\p{L}\p{N}])/giu,
    build: () => ({ type: 'date', value: 'PRESENT_REF', resolved: true }),
  },
  {
    // this week · last month · next year · the coming quarter · this weekend
    name: 'relative-unit',
    pattern: /(?<![\p{L}\p{N}])(this|last|next|past|previous|preceding|coming|current|following|upcoming|earlier this|later this)\s(week|weekend|month|quarter|year|yr)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const mod = m[1].toLowerCase();
      const unit = m[2].toLowerCase() === 'yr' ? 'year' : m[2].toLowerCase();
      const n = mod === 'last' || mod === 'past' || mod === 'previous' || mod === 'preceding' ? -1 : mod === 'next' || mod === 'coming' || mod === 'following' || mod === 'upcoming' ? 1 : 0;
      const r = shifted(ctx, unit, n);
      return { type: 'date', ...r };
    },
  },
  {
    // two weeks ago · 3 years ago · a year earlier · a decade ago
    name: 'ago',
    trigger: /ago|earlier|before/i,
    pattern: /(?<![\p{L}\p{N}])(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty)\s(day|week|month|year|decade)s?\s(ago|earlier|before)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const n = countOf(m[1]);
      if (n === null || n < 0) return null;
      const unit = m[2].toLowerCase();
      if (unit === 'decade') return { type: 'date', value: ctx.ref ? String(Math.floor((ctx.ref.year - 10 * n) / 10)) : 'XXX', resolved: Boolean(ctx.ref) };
      // In results ("up 12% from a year ago"), a year back means the same quarter a year back.
      if (unit === 'year' && n === 1 && ctx.ref && quarterContext(ctx.text, m.index)) return { type: 'date', ...reportedQuarter(ctx, -4) };
      const r = shifted(ctx, unit, -n);
      return { type: 'date', ...r };
    },
  },
  {
    // the year-ago quarter · the year-earlier period · year-ago
    name: 'year-ago-quarter',
    trigger: /year[-\s](?:ago|earlier)/i,
    pattern: /(?<![\p{L}\p{N}])(?:the\s)?year[-\s](?:ago|earlier)(?:\s(?:quarter|period))?(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      if (!ctx.ref) return { type: 'date', value: 'XXXX', resolved: false };
      if (/quarter|period/i.test(m[0]) || quarterContext(ctx.text, m.index)) return { type: 'date', ...reportedQuarter(ctx, -4) };
      return { type: 'date', value: formatYear(ctx.ref.year - 1), resolved: true };
    },
  },
  {
    // last fall · this summer · next spring
    name: 'relative-season',
    trigger: /spring|summer|autumn|winter|fall/i,
    pattern: /(?<![\p{L}\p{N}])(last|this|current|next|past|coming)\s(spring|summer|fall|autumn|winter)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      if (!ctx.ref) return { type: 'date', value: `XXXX-${SEASONS[m[2].toLowerCase()]}`, resolved: false };
      const code = SEASONS[m[2].toLowerCase()];
      const mod = m[1].toLowerCase();
      const started = ctx.ref.month >= SEASON_START[code]!;
      let y = ctx.ref.year;
      if (mod === 'last' || mod === 'past') y = started ? y : y - 1;
      else if (mod === 'next' || mod === 'coming') y = started ? y + 1 : y;
      if ((mod === 'last' || mod === 'past') && started && code !== 'WI' && ctx.ref.month < SEASON_START[code]! + 3) y -= 1;
      return { type: 'date', value: `${formatYear(y)}-${code}`, resolved: true };
    },
  },
  {
    // on Tuesday · next Friday · last Monday
    name: 'weekday',
    pattern: new RegExp(`${L}(?:(next|last|this coming|this|coming|past|previous)\\s)?(${alternation([...WEEKDAYS.keys()])})(?:(?<=(?<![\\p{L}])\\p{L}{3,4})(\\.))?(?:\\s(after\\snext))?${R}`, 'giu'),
    build: (m, ctx) => {
      // Abbreviations ("Thu", "fri.") need a capital or a dot, except the ones no language writes as a word
      // ("thu", "thurs", "tues"); "Mon" and "Sun" as words stay words.
      const abbreviation = m[2].length <= 5 && !FULL_WEEKDAY.test(m[2]);
      const neverAWord = /^(?:thu|thur|thurs|tues)$/i.test(m[2]);
      if (abbreviation && !m[3] && !neverAWord && !(m[2][0] === m[2][0].toUpperCase() && m[2].slice(1) === m[2].slice(1).toLowerCase())) return null;
      if (m[2][0] === m[2][0].toLowerCase() && !(abbreviation && (m[3] || neverAWord)) && !FULL_WEEKDAY.test(m[2])) return null;
      const wd = WEEKDAYS.get(m[2].toLowerCase());
      if (!wd) return null;
      if (m[4] && m[1]) return null; // "next Friday after next" is no one's phrase
      return relativeWeekday(wd, ctx, m.index, m[4] ? 'after next' : m[1]);
    },
  },
  {
    // Christmas · next Thanksgiving · Easter 2025 · last Black Friday · Thanksgiving of next year · Easter in two years ·
    // Diwali six years hence
    name: 'holiday',
    trigger: new RegExp(holidayTrigger(alternation), 'iu'),
    pattern: new RegExp(
      `${L}(?:(next|last|this|previous|coming)\\s)?(${holidayPattern(alternation)})(?:(?:,?\\s|\\sin\\s)(?:of\\s)?${YEAR}|\\s(?:of\\s)?(next|last|this)\\syear|\\sin\\s(a|one|two|three|four|five|six|\\d{1,2})\\syears?|\\s(a|one|two|three|four|five|six|\\d{1,2})\\syears?\\s(?:hence|from\\snow|later))?${R}`,
      'giu',
    ),
    build: (m, ctx) => {
      // Names that are also common words need their capital: "Lent", not "had lent"; "great fast" only before a year.
      const name = m[2]!.toLowerCase();
      if ((name === 'lent' || (name === 'great fast' && !m[3])) && !/^\p{Lu}/u.test(m[2]!)) return null;
      const rule = (y: number) => holidayIn(m[2], y);
      // A feast of several days is the range of its days ("Hanukkah 2024" → 2024-12-25/2025-01-02).
      const value = (d: YMD) => {
        const last = holidayEnd(m[2], d);
        const [a, b] = [formatDay(d), formatDay(last)];
        return a === b ? a : `${a}/${b}`;
      };
      // Lower-case "easter", "christmas" in running text are still holidays; "black friday" needs no capital.
      if (m[3]) {
        const d = rule(Number(m[3]));
        return d ? { type: 'date', value: value(d), resolved: true } : null;
      }
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      // A year counted from the reference: "of next year", "in three years".
      if (m[4] || m[5] || m[6]) {
        const count = m[5] ?? m[6];
        const years = m[4] ? { next: 1, last: -1, this: 0 }[m[4].toLowerCase()]! : (NUMBER_WORDS[count!.toLowerCase()] ?? Number(count));
        const d = rule(ctx.ref.year + years);
        return d ? { type: 'date', value: value(d), resolved: true } : null;
      }
      const mod = m[1]?.toLowerCase();
      const ref = ctx.ref;
      const thisYear = rule(ref.year);
      if (!thisYear) return null;
      const past = daysFrom(ref, thisYear.year, thisYear.month, thisYear.day) < 0;
      let d: YMD | null;
      if (mod === 'last' || mod === 'previous') d = past ? thisYear : rule(ref.year - 1);
      else if (mod === 'next' || mod === 'coming') d = past ? rule(ref.year + 1) : thisYear;
      else if (mod === 'this') d = thisYear;
      // Without a verb in the past tense, a holiday is the coming one ("closed on Christmas Day", "Thanksgiving sales").
      else if (tenseOf(ctx, m.index) !== 'past') d = past ? rule(ref.year + 1) : thisYear;
      else d = rule(nearestYear(ctx, thisYear.month, thisYear.day, m.index) ?? ref.year);
      return d ? { type: 'date', value: value(d), resolved: true } : null;
    },
  },
  {
    // the first Tuesday of October · last Monday of March 2014 · third Thursday in November
    name: 'nth-weekday-of-month',
    trigger: /(?:first|second|third|fourth|fifth|last|[1-5](?:st|nd|rd|th))\s\S{4,12}\s(?:of|in)\s/i,
    pattern: new RegExp(`${L}(?:the\\s)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s(${alternation([...WEEKDAYS.keys()].filter((w) => w.length > 4))})\\s(?:of|in)\\s(?:${MONTH}(?:,?\\s${YEAR})?|(the|this|next|last)\\smonth)${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[5]) {
        // the first Monday of the month · the last Friday of next month
        const wd = WEEKDAYS.get(m[2].toLowerCase());
        if (!wd) return null;
        if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
        const t = addMonths(ctx.ref.year, ctx.ref.month, { next: 1, last: -1 }[m[5].toLowerCase()] ?? 0);
        const n = m[1].toLowerCase() === 'last' ? -1 : ordinalValue(m[1]) || ORDINALS[m[1].toLowerCase()];
        const d = nthWeekday(t.year, t.month, wd, n);
        return d ? { type: 'date', value: formatDay(d), resolved: true } : null;
      }
      const month = monthOf(m[3]);
      const wd = WEEKDAYS.get(m[2].toLowerCase());
      if (!month || !wd) return null;
      const n = m[1].toLowerCase() === 'last' ? -1 : ordinalValue(m[1]) || ORDINALS[m[1].toLowerCase()];
      const y = m[4] ? Number(m[4]) : nearestYear(ctx, month, 15, m.index);
      if (y === null) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      const d = nthWeekday(y, month, wd, n);
      return d ? { type: 'date', value: formatDay(d), resolved: true } : null;
    },
  },
  {
    // the first week of October · the last week of May 2024: the weeks that begin in the month (on a Monday), and the
    // last one that ends in it
    name: 'nth-week-of-month',
    trigger: /week\s(?:of|in)\s/i,
    pattern: new RegExp(`${L}(?:the\\s)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\\sweek\\s(?:of|in)\\s${MONTH}(?:,?\\s${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const month = monthOf(m[2]);
      if (!month) return null;
      const n = m[1].toLowerCase() === 'last' ? -1 : ordinalValue(m[1]) || ORDINALS[m[1].toLowerCase()];
      const y = m[3] ? Number(m[3]) : nearestYear(ctx, month, 15, m.index);
      if (y === null) return { type: 'date', value: 'XXXX-WXX', resolved: false };
      const day = n === -1 ? nthWeekday(y, month, 7, -1) : n ? nthWeekday(y, month, 1, n) : null;
      return day ? { type: 'date', value: isoWeek(day), resolved: true } : null;
    },
  },
  {
    // the 1st of March · first of march · the twenty-first of June 2025 · the third day of October
    name: 'ordinal-of-month',
    trigger: /(?:st|nd|rd|th)(?:\sday)?\sof\s/i,
    pattern: new RegExp(`${L}(?:the\\s)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})(?:\\sday)?\\sof\\s${MONTH}(?:,?\\s${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const dd = ordinalValue(m[1]);
      if (m[3]) return fullDate(m[3], m[2], String(dd));
      return monthDay(m[2], String(dd), ctx, m.index);
    },
  },
  {
    // March first · June twenty-first
    name: 'month-ordinal',
    pattern: new RegExp(`${L}${MONTH}\\s(?:the\\s)?(${ORDINAL_WORD})(?:,?\\s${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const dd = ordinalValue(m[2]);
      if (m[3]) return fullDate(m[3], m[1], String(dd));
      return monthDay(m[1], String(dd), ctx, m.index);
    },
  },
  {
    // on the 15th (of the reference month)
    name: 'bare-ordinal-day',
    pattern: /(?<=\bon\s)(?:the\s)?(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])(?!\s(?:of|century|anniversary|annual|edition|floor|place|birthday)\b)/giu,
    build: (m, ctx) => {
      const dd = Number(m[1]);
      if (dd < 1 || dd > 31) return null;
      if (!ctx.ref) return { type: 'date', value: `XXXX-XX-${String(dd).padStart(2, '0')}`, resolved: false };
      const v = day(ctx.ref.year, ctx.ref.month, dd);
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 10/31/74 · 3/3/15 · 10-31-74 (month first, two-digit year)
    name: 'numeric-date-short-year',
    pattern: /(?<![\p{L}\p{N}.\/-])(\d{1,2})([/-])(\d{1,2})\2(\d{2})(?![\p{N}]|[.\/-]\d)/gu,
    build: (m, ctx) => {
      let [a, b] = [Number(m[1]), Number(m[3])];
      const yy = Number(m[4]);
      const pivot = ((ctx.ref?.year ?? 2000) % 100) + 20;
      const y = yy <= pivot ? 2000 + yy : 1900 + yy;
      if (a > 12) [a, b] = [b, a];
      const v = day(y, a, b);
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 31-Oct-74 · 31/Oct/1974
    name: 'day-mon-year-separated',
    pattern: new RegExp(`${L}(\\d{1,2})([/-])${MONTH}\\2(\\d{4}|\\d{2})${R}`, 'giu'),
    build: (m, ctx) => {
      const yy = Number(m[4]);
      const pivot = ((ctx.ref?.year ?? 2000) % 100) + 20;
      const y = m[4].length === 4 ? yy : yy <= pivot ? 2000 + yy : 1900 + yy;
      return fullDate(String(y), m[3], m[1]);
    },
  },
  {
    // 2014-10 · 2014/10 · 2015-3-3
    name: 'iso-month-or-loose-date',
    pattern: /(?<![\p{L}\p{N}.\/-])((?:19|20)\d\d)([-/])(\d{1,2})(?:\2(\d{1,2}))?(?![\p{N}]|[.\/-]\d)/gu,
    build: (m) => {
      const [y, mo] = [Number(m[1]), Number(m[3])];
      if (mo < 1 || mo > 12) return null;
      if (m[4]) {
        const v = day(y, mo, Number(m[4]));
        return v ? { type: 'date', value: v, resolved: true } : null;
      }
      if (m[3].length !== 2) return null;
      return { type: 'date', value: formatMonth(y, mo), resolved: true };
    },
  },
  {
    // Tuesday the 19th · Thu 15th: the next such day of a month that falls on that weekday
    name: 'weekday-ordinal-day',
    pattern: new RegExp(`${L}(${alternation(WEEKDAYS.keys())})\\.?,?\\s(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)${R}`, 'giu'),
    build: (m, ctx) => {
      const wd = WEEKDAYS.get(m[1].toLowerCase());
      const dd = Number(m[2]);
      if (!wd || dd < 1 || dd > 31) return null;
      if (!ctx.ref) return { type: 'date', value: `XXXX-XX-${String(dd).padStart(2, '0')}`, resolved: false };
      const past = tenseOf(ctx, m.index) === 'past';
      for (let k = 0; k < 36; k++) {
        const t = addMonths(ctx.ref.year, ctx.ref.month, past ? -k : k);
        if (isValidDate(t.year, t.month, dd) && weekday({ year: t.year, month: t.month, day: dd }) === wd) {
          return { type: 'date', value: formatDay({ year: t.year, month: t.month, day: dd }), resolved: true };
        }
      }
      return null;
    },
  },
  {
    // 3 fridays from now · two sundays ago
    name: 'n-weekdays',
    trigger: /from\snow|ago|back|hence/i,
    pattern: new RegExp(`${L}(\\d{1,2}|two|three|four|five|six)\\s(${alternation([...WEEKDAYS.keys()].filter((w) => w.length > 4).map((w) => `${w}s`))})\\s(from\\snow|ago|back|hence)${R}`, 'giu'),
    build: (m, ctx) => {
      const n = countOf(m[1]);
      const wd = WEEKDAYS.get(m[2].toLowerCase().replace(/s$/, ''));
      if (!n || n < 0 || !wd) return null;
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      const refWd = weekday(ctx.ref);
      const forward = /now|hence/i.test(m[3]);
      const first = forward ? (wd - refWd + 7) % 7 || 7 : -((refWd - wd + 7) % 7 || 7);
      return { type: 'date', value: formatDay(addDays(ctx.ref, first + (forward ? 7 : -7) * (n - 1))), resolved: true };
    },
  },
  {
    // the 20th of next month · 20 of this month
    name: 'day-of-relative-month',
    trigger: /\smonth/i,
    pattern: /(?<![\p{L}\p{N}])(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:day\s)?of\s(?:the\s)?(next|this|current|previous|last|following)\smonth(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const dd = Number(m[1]);
      if (!ctx.ref) return { type: 'date', value: `XXXX-XX-${String(dd).padStart(2, '0')}`, resolved: false };
      const mod = m[2].toLowerCase();
      const t = addMonths(ctx.ref.year, ctx.ref.month, mod === 'next' || mod === 'following' ? 1 : mod === 'previous' || mod === 'last' ? -1 : 0);
      const v = day(t.year, t.month, dd);
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 2/15 (month/day, no year) — days 10–31 only, so fractions such as 3/4, 5/8 or 24/7 stay numbers
    name: 'month-slash-day',
    pattern: /(?<![\p{L}\p{N}.\/$-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d)(?![\p{N}]|[.\/-]\d|\s?(?:%|percent|of|cup|inch))/gu,
    build: (m, ctx) => monthDay(String(Number(m[1])) === m[1] || m[1].startsWith('0') ? MONTH_NUMBER_NAMES[Number(m[1]) - 1] : MONTH_NUMBER_NAMES[Number(m[1]) - 1], m[2], ctx, m.index),
  },
  {
    // the following day · the next day · the previous day (re-anchored on the date before them, see anaphora.ts)
    name: 'following-day',
    trigger: /\s(?:day|morning|afternoon|evening|night)/i,
    // the next morning · the following evening (that day's part of the day)
    pattern: /(?<![\p{L}\p{N}])the\s(following|next|previous|preceding)\s(day|morning|afternoon|evening|night)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const part = partOfToday(m[2]!);
      const type = part ? 'time' : 'date';
      const suffix = part ? `T${part}` : '';
      if (!ctx.ref) return { type, value: `XXXX-XX-XX${suffix}`, resolved: false };
      return { type, value: formatDay(addDays(ctx.ref, /following|next/i.test(m[1]) ? 1 : -1)) + suffix, resolved: true };
    },
  },
  {
    // the day after tomorrow · the day before yesterday
    name: 'day-after-tomorrow',
    trigger: /day\s(?:after|before)/i,
    pattern: /(?<![\p{L}\p{N}])(?:the\s)?day\s(after\stomorrow|before\syesterday)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      return { type: 'date', value: formatDay(addDays(ctx.ref, /after/i.test(m[1]) ? 2 : -2)), resolved: true };
    },
  },
  {
    // in 3 days · in two weeks · 3 months from now · a week hence · 3 years from today
    name: 'in-future',
    pattern: /(?<![\p{L}\p{N}])(?:(in|within)\s)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(day|week|month|year)s?(?:\s(from\s(?:now|today)|hence|later))?(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      if (!m[1] === !m[4] || (m[1] && m[4])) return null;
      if (m[1]?.toLowerCase() === 'within') return null;
      const n = countOf(m[2]);
      if (n === null || n < 0) return null;
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      const unit = m[3].toLowerCase();
      if (unit === 'day') return { type: 'date', value: formatDay(addDays(ctx.ref, n)), resolved: true };
      if (unit === 'week') return { type: 'date', value: formatDay(addDays(ctx.ref, 7 * n)), resolved: true };
      if (unit === 'month') {
        const t = addMonths(ctx.ref.year, ctx.ref.month, n);
        const v = day(t.year, t.month, Math.min(ctx.ref.day, 28)) ?? formatMonth(t.year, t.month);
        return { type: 'date', value: v, resolved: true };
      }
      if (/today/i.test(m[4] ?? '')) return { type: 'date', value: day(ctx.ref.year + n, ctx.ref.month, Math.min(ctx.ref.day, 28)) ?? formatMonth(ctx.ref.year + n, ctx.ref.month), resolved: true };
      return { type: 'date', value: formatMonth(ctx.ref.year + n, ctx.ref.month), resolved: true };
    },
  },
  {
    // in April · since January · by December (month alone: the nearest one, leaning to the past)
    name: 'month-alone',
    pattern: new RegExp(`${L}(?:([Ll]ast|[Nn]ext|[Tt]his)\\s)?(?:(early|mid|late|the end of|the beginning of|the start of|the middle of)[-\\s])?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?:,?\\s(?:of\\s)?(last|this|next)\\syear)?${R}`, 'gu'),
    build: (m, ctx) => {
      const word = m[3];
      const month = monthOf(word);
      if (!month) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !m[1] && !m[2] && !/\b(?:in|since|until|by|during|of|last|next|this|early|mid|late|from|through|till|before|after)\s$/i.test(before)) return null;
      if (!ctx.ref) return { type: 'date', value: `XXXX-${String(month).padStart(2, '0')}`, resolved: false };
      // "June last year", "February this year"; "last May" (the latest May before this month), "next March", "this September".
      const yearWord = m[4]?.toLowerCase();
      if (yearWord) return { type: 'date', value: formatMonth(ctx.ref.year + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0), month), resolved: true };
      const modifier = m[1]?.toLowerCase();
      if (modifier === 'last') return { type: 'date', value: formatMonth(month < ctx.ref.month ? ctx.ref.year : ctx.ref.year - 1, month), resolved: true };
      if (modifier === 'next') return { type: 'date', value: formatMonth(month > ctx.ref.month ? ctx.ref.year : ctx.ref.year + 1, month), resolved: true };
      if (modifier === 'this') return { type: 'date', value: formatMonth(ctx.ref.year, month), resolved: true };
      const y = nearestYear(ctx, month, 15, m.index);
      if (y === null) return { type: 'date', value: `XXXX-${String(month).padStart(2, '0')}`, resolved: false };
      return { type: 'date', value: formatMonth(y, month), resolved: true };
    },
  },
  {
    // recently · the past → PAST_REF; the future · soon → FUTURE_REF
    name: 'vague-reference',
    pattern: /(?<![\p{L}\p{N}])((?:a\sfew|several|many)\s(?:years|months|decades)\sago|(?:in\s)?the\s(?:near|short|long)\sterm|(?:in\s)?(?:the\s)?coming\s(?:months|years|quarters)|recently|lately|(?:in\s)?recent\s(?:years|months|weeks|days|decades|times)|(?:in\s)?the\spast(?!\s(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter))|(?:in\s)?the\s(?:near\s)?future)(?![\p{L}\p{N}])/giu,
    build: (m) => ({ type: 'date', value: /past|recent|lately|ago/i.test(m[1]) ? 'PAST_REF' : 'FUTURE_REF', resolved: true, skip: /^in\s/i.test(m[1]) ? 3 : 0 }),
  },
  {
    // the quarter · the latest quarter (the one being reported on) · the current year
    name: 'the-unit',
    pattern: /(?<![\p{L}\p{N}])the\s(?:(latest|current|same|most\srecent|present)\s(quarter|year|month|week)|(quarter))(?![\p{L}\p{N}]|\s(?:before|after|earlier|later|ago|of|\d))/giu,
    build: (m, ctx) => {
      const unit = (m[2] ?? m[3]).toLowerCase();
      // Reports speak of the quarter just ended until well into the next one.
      if (unit === 'quarter' && m[1]?.toLowerCase() !== 'current') return { type: 'date', ...reportedQuarter(ctx, 0) };
      return { type: 'date', ...shifted(ctx, unit, 0) };
    },
  },
  {
    // the weekend · over the weekend (the last one in a past-tense sentence, the coming one in a future one)
    name: 'the-weekend',
    trigger: /weekend/i,
    pattern: /(?<![\p{L}\p{N}])the\s(?:(?:coming|past|previous|following)\s)?weekend(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      if (!ctx.ref) return { type: 'date', value: 'XXXX-WXX-WE', resolved: false };
      const mod = /coming|following/i.test(m[0]) ? 'future' : /past|previous/i.test(m[0]) ? 'past' : tenseOf(ctx, m.index);
      const wd = weekday(ctx.ref);
      // Saturday of this ISO week, of the last one, or of the coming one.
      const saturday = addDays(ctx.ref, 6 - wd);
      const target = wd >= 6 ? ctx.ref : mod === 'past' ? addDays(saturday, -7) : saturday;
      return { type: 'date', value: `${isoWeek(target)}-WE`, resolved: true };
    },
  },
  {
    // the end of the month · the beginning of next year · the start of this week · the middle of the quarter
    name: 'part-of-unit',
    trigger: /(?:end|beginning|start|middle)\sof\s/i,
    pattern: /(?<![\p{L}\p{N}])(?:the\s)?(?:end|beginning|start|middle)\sof\s(?:(the|this|next|last|the\snext|the\slast|the\scurrent|the\sprevious|the\sfollowing)\s)?(week|month|quarter|year)(?![\p{L}\p{N}]|\s(?:before|after|earlier|later|ago|of|\d))/giu,
    build: (m, ctx) => {
      const mod = (m[1] ?? '').toLowerCase();
      // ("by end of year", "beginning of year" need no article; a week does: "end of week 3" is a count.)
      if (!mod && !/^the\s/i.test(m[0]) && m[2]!.toLowerCase() === 'week') return null;
      const n = /next|following/.test(mod) ? 1 : /last|previous/.test(mod) ? -1 : 0;
      return { type: 'date', ...shifted(ctx, m[2]!.toLowerCase(), n) };
    },
  },
  {
    // EOM · by EOY · the BOQ: business shorthand for the end or beginning of this month, quarter or year (capitals only)
    name: 'period-shorthand',
    trigger: /[EB]O[MQY]/,
    pattern: /(?<![\p{L}\p{N}])(?:the\s)?[EB]O([MQY])(?![\p{L}\p{N}])/gu,
    build: (m, ctx) => {
      // (Not a word of a line in capitals: "LOCAL BOY WINS": the words beside it, on its line, in capitals.)
      const { text } = ctx;
      const skip = (k: number, step: number) => {
        while (k >= 0 && k < text.length && text[k] !== '\n' && !/\p{L}/u.test(text[k]!)) k += step;
        return k;
      };
      const [b, a] = [skip(m.index - 1, -1), skip(m.index + m[0].length, 1)];
      if (/^\p{Lu}\p{Lu}$/u.test(text.slice(Math.max(0, b - 1), b + 1)) || /^\p{Lu}\p{Lu}$/u.test(text.slice(a, a + 2))) return null;
      return { type: 'date', ...shifted(ctx, { M: 'month', Q: 'quarter', Y: 'year' }[m[1] as 'M'], 0) };
    },
  },
  {
    // the last day of October 2015 · the first day of March · the last day of the month
    name: 'first-last-day-of',
    trigger: /day\s(?:of|in)\s/i,
    pattern: new RegExp(`${L}(?:the\\s)?(first|last)\\sday\\s(?:of|in)\\s(?:${MONTH}(?:,?\\s${YEAR})?|(?:the|this)\\s(month|year))${R}`, 'giu'),
    build: (m, ctx) => {
      const first = m[1]!.toLowerCase() === 'first';
      let y: number | null;
      let month: number | null;
      if (m[4]) {
        if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
        y = ctx.ref.year;
        month = m[4].toLowerCase() === 'year' ? (first ? 1 : 12) : ctx.ref.month;
      } else {
        month = monthOf(m[2]!);
        if (!month || !monthOk(m[2]!)) return null;
        y = m[3] ? Number(m[3]) : nearestYear(ctx, month, first ? 1 : 28, m.index);
        if (y === null) return { type: 'date', value: `XXXX-${String(month).padStart(2, '0')}-XX`, resolved: false };
      }
      const d = first ? 1 : daysInMonth(y, month);
      return { type: 'date', value: formatDay({ year: y, month, day: d }), resolved: true };
    },
  },
  {
    // Wednesday next week · Monday of this week · Friday of last week · Sunday from last week
    name: 'weekday-of-week',
    trigger: /\sweek/i,
    pattern: new RegExp(`${L}(${alternation([...WEEKDAYS.keys()].filter((w) => w.length > 4))})\\s(?:(?:of|from)\\s)?(this|next|last|the\\sfollowing|the\\sprevious)\\sweek${R}`, 'giu'),
    build: (m, ctx) => {
      const wd = WEEKDAYS.get(m[1]!.toLowerCase());
      if (!wd) return null;
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      const mod = m[2]!.toLowerCase();
      const n = /next|following/.test(mod) ? 1 : /last|previous/.test(mod) ? -1 : 0;
      return { type: 'date', value: formatDay(addDays(ctx.ref, wd - weekday(ctx.ref) + 7 * n)), resolved: true };
    },
  },
  {
    // nineteen ninety-six · the year two thousand · in twenty twenty-four
    name: 'spelled-year',
    trigger: /nineteen|thousand|twenty/i,
    pattern: new RegExp(`${L}(?:(the\\syear|in|since|until|by|of|from)\\s)?(?:(nineteen|twenty)[\\s-](${SPELLED_TENS})|two\\sthousand(?:\\s(?:and\\s)?(${SPELLED_TENS}))?)${R}`, 'giu'),
    build: (m) => {
      const lead = m[1]?.toLowerCase();
      const century = m[2]?.toLowerCase();
      // "two thousand (and) ten", "twenty twenty" need a lead word: alone they are counts.
      if (century !== 'nineteen' && !lead) return null;
      const y = century ? (century === 'nineteen' ? 1900 : 2000) + spelledNumber(m[3]!) : 2000 + (m[4] ? spelledNumber(m[4]) : 0);
      if (!Number.isFinite(y) || (century === 'twenty' && y < 2010)) return null;
      return { type: 'date', value: formatYear(y), resolved: true, skip: lead && lead !== 'the year' ? m[1]!.length + 1 : 0 };
    },
  },
  {
    // the week of March 6 · the week of 6 October
    name: 'week-of',
    trigger: /week\s{1,3}of/i,
    pattern: new RegExp(`${L}(?:the\\s)?week\\sof\\s(?:the\\s)?(?:${MONTH}\\.?${SEP}${DAY}|${DAY}(?:\\sof)?${SEP}${MONTH})(?:,?${SEP}${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const [mo, dd] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
      const d = m[5] ? fullDate(m[5], mo, dd) : monthDay(mo, dd, ctx, m.index);
      if (!d) return null;
      const ymd = parseISODate(d.value);
      return ymd ? { type: 'date', value: isoWeek(ymd), resolved: true } : { type: 'date', value: 'XXXX-WXX', resolved: false };
    },
  },
  {
    // in the summer · during the winter · this past spring's … (the season's year from the sentence's tense)
    name: 'season-alone',
    trigger: /spring|summer|autumn|winter|fall/i,
    pattern: /(?<![\p{L}\p{N}])(?:in|during|over|through|until|by|since|before|after|for)\s(?:the\s)?(?:(?:early|late)\s)?(spring|summer|autumn|winter|fall)(?![\p{L}\p{N}]|\s(?:of|\d|season|semester|term|session|collection|olympics|games|school|camp|break|holidays?)\b)/giu,
    build: (m, ctx) => {
      const code = SEASONS[m[1]!.toLowerCase()]!;
      const skip = m[0].indexOf(' ') + 1;
      if (!ctx.ref) return { type: 'date', value: `XXXX-${code}`, resolved: false, skip };
      const start = SEASON_START[code]!;
      const monthsIn = (ctx.ref.month - start + 12) % 12; // months since this season last began
      const lastStartYear = ctx.ref.month >= start ? ctx.ref.year : ctx.ref.year - 1;
      const inSeason = monthsIn < 3;
      const past = tenseOf(ctx, m.index) === 'past';
      let y = inSeason || past ? lastStartYear : lastStartYear + 1;
      // As "this winter" does: the winter a January or February is in carries that January's year.
      if (code === 'WI' && inSeason && ctx.ref.month <= 2) y = ctx.ref.year;
      return { type: 'date', value: `${formatYear(y)}-${code}`, resolved: true, skip };
    },
  },
  {
    // that day · later that year · earlier that week · that same month (re-anchored on the date before them, see anaphora.ts)
    name: 'that-unit',
    trigger: /that\s/i,
    pattern: /(?<![\p{L}\p{N}])(?:(?:later|earlier)\s)?that\s(?:same\s)?(day|week|month|year)(?![\p{L}\p{N}'’])/giu,
    build: (m) => ({ type: 'date', value: unresolvedValue(m[1]!.toLowerCase()), resolved: false }),
  },
  {
    // for two years · a 10-year plan · the past three months · over 25 years
    name: 'duration',
    pattern: /(?<![\p{L}\p{N}])(?:(for|over|past|last|next|within|nearly|almost|more than|about)\s(?:the\s(past|last|next|coming)\s)?)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|several|a few)(?:\s|-)(day|week|month|year|decade)s?(?:-long|-old)?(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const unit = m[4].toLowerCase();
      const n = countOf(m[3]);
      const hyphen = m[0].includes('-');
      if (!m[1] && !hyphen) return null;
      if (/-old$/.test(m[0])) return null;
      const code = UNIT_DAYS[unit] ?? 'Y';
      const skip = m[0].indexOf(m[3]);
      const toward = (m[2] ?? m[1])?.toLowerCase();
      const dir = toward === 'next' || toward === 'coming' ? 1 : toward === 'past' || toward === 'last' ? -1 : 0;
      const period = dir && ctx.ref && n !== null && n > 0 && !hyphen ? anchoredPeriod(ctx.ref, unit, n, dir) : null;
      return { type: 'duration', value: n === null || n < 0 ? `PX${code}` : `P${n}${code}`, resolved: true, skip, ...(period && { period }) };
    },
  },
]);
