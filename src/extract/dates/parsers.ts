/**
 * Date parsers (in the manner of chrono): each proposes candidates from one
 * pattern; `refine.ts` then drops overlaps and filters. Adding a date format
 * means adding one entry to `PARSERS`.
 *
 * Every regex here uses bounded quantifiers only, so none can backtrack
 * catastrophically (checked by tests/redos.test.ts).
 */
import {
  type YMD,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatYear,
  isValidDate,
  isoWeek,
  quarterOf,
  weekday,
} from './calendar.js';
import { AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS, alternation } from './words.js';

export interface DateCandidate {
  start: number;
  end: number;
  type: 'date' | 'time' | 'duration' | 'set';
  value: string;
  /** false when the value needed a reference date that was not known. */
  resolved: boolean;
}

export interface ParseContext {
  text: string;
  ref: YMD | null;
}

interface Parser {
  name: string;
  pattern: RegExp;
  /** The normalized value, or null to reject the match. `skip` drops leading context words from the span. */
  build(m: RegExpExecArray, ctx: ParseContext): (Omit<DateCandidate, 'start' | 'end'> & { skip?: number }) | null;
}

const MONTH = `(${alternation(MONTHS.keys())})`;
const WEEKDAY = `(?:(${alternation(WEEKDAYS.keys())})\\.?,?\\s{1,3})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
const YEAR = "((?:1[6-9]|20|21)\\d\\d)";
const SEP = '\\s{1,3}';
const RANGE = '\\s{0,3}(?:-|–|—|to|until|till|through|thru|and|bis|au|al|līdz)\\s{0,3}';
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

const monthOf = (word: string): number | null => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(w) ?? null;
};

/** Month words that are also common words must be capitalized, and need numbers around them. */
const monthOk = (word: string): boolean => {
  const w = word.toLowerCase();
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  return word[0] !== word[0].toLowerCase();
};

/** A year with no month: bounded to plausible years. */
const yearOk = (y: number) => y >= 1600 && y <= 2199;

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

function monthDay(mo: string, d: string, ctx: ParseContext) {
  if (!monthOk(mo)) return null;
  const month = monthOf(mo);
  const dd = Number(d);
  if (!month || dd < 1 || dd > 31) return null;
  const y = yearFor(ctx);
  if (y === null) return { type: 'date' as const, value: unresolvedDay(month, dd), resolved: false };
  const v = day(y, month, dd);
  return v ? { type: 'date' as const, value: v, resolved: true } : null;
}

/** Does the sentence around `index` speak of the future? Decides "on Tuesday" and "in June". */
function futureContext(text: string, index: number): boolean {
  const from = Math.max(0, index - 120);
  const before = text.slice(from, index);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const window = before.slice(sentenceStart + 1) + text.slice(index, index + 60).split(/[.\n]/)[0];
  return /\b(will|shall|'ll|to be held|is scheduled|are scheduled|plans? to|upcoming|expected to|is set to|are set to|next)\b/i.test(window);
}

function relativeWeekday(wd: number, ctx: ParseContext, index: number, modifier: string | undefined) {
  if (!ctx.ref) return { type: 'date' as const, value: 'XXXX-XX-XX', resolved: false };
  const refWd = weekday(ctx.ref);
  const mod = modifier?.toLowerCase();
  let delta: number;
  if (mod === 'next' || mod === 'this coming' || mod === 'coming' || (!mod && futureContext(ctx.text, index))) {
    delta = (wd - refWd + 7) % 7 || (mod === 'next' ? 7 : 0);
  } else if (mod === 'last' || mod === 'past' || mod === 'previous') {
    delta = -((refWd - wd + 7) % 7 || 7);
  } else if (mod === 'this') {
    delta = wd - refWd;
  } else {
    delta = -((refWd - wd + 7) % 7);
  }
  return { type: 'date' as const, value: formatDay(addDays(ctx.ref, delta)), resolved: true };
}

const UNIT_DAYS: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', quarter: 'Q', hour: 'H', minute: 'M' };

function countOf(word: string): number | null {
  const n = Number(word.replace(/,/g, ''));
  if (Number.isFinite(n)) return n;
  const v = NUMBER_WORDS[word.toLowerCase()];
  return v === undefined ? null : v;
}

function shifted(ctx: ParseContext, unit: string, n: number): { value: string; resolved: boolean } {
  if (!ctx.ref) return { value: unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX', resolved: false };
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

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const HALVES: Record<string, string> = { first: 'H1', second: 'H2', '1st': 'H1', '2nd': 'H2' };

export const PARSERS: Parser[] = [
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
    pattern: new RegExp(`${L}${YEAR}\\.\\s{0,2}gada\\s{1,3}(\\d{1,2})\\.\\s{0,2}${MONTH}${R}`, 'giu'),
    build: (m) => fullDate(m[1], m[3], m[2]),
  },
  {
    // 3 to 5 March 2024 · 3–5 March
    name: 'day-range-month',
    pattern: new RegExp(`${L}${DAY}${RANGE}${DAY}${SEP}${MONTH}\\.?(?:,?${SEP}${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const month = monthOf(m[3]);
      if (!month || !monthOk(m[3])) return null;
      const y = m[4] ? Number(m[4]) : yearFor(ctx);
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a >= b) return null;
      if (y === null) return { type: 'date', value: `${unresolvedDay(month, a)}/${unresolvedDay(month, b)}`, resolved: false };
      const [va, vb] = [day(y, month, a), day(y, month, b)];
      return va && vb ? { type: 'date', value: `${va}/${vb}`, resolved: true } : null;
    },
  },
  {
    // March 3-5, 2024 · March 3 to 5
    name: 'month-day-range',
    pattern: new RegExp(`${L}${MONTH}\\.?${SEP}${DAY}${RANGE}${DAY}(?:,?${SEP}${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const month = monthOf(m[1]);
      if (!month || !monthOk(m[1])) return null;
      const y = m[4] ? Number(m[4]) : yearFor(ctx);
      const [a, b] = [Number(m[2]), Number(m[3])];
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
      if (m[2] === '.' || a > 12) {
        month = b;
        d = a;
      }
      [a, b] = [month, d];
      const v = day(y, a, b);
      return v ? { type: 'date', value: v, resolved: true } : null;
    },
  },
  {
    // 20 June · 9. jūlijā · le 14 juillet · 9 de julio
    name: 'day-month',
    pattern: new RegExp(`${L}${WEEKDAY}?(?:the\\s)?${DAY}(?:\\sof|\\sde)?${SEP}${MONTH}${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[2].length > 2) return null;
      return monthDay(m[3], m[2], ctx);
    },
  },
  {
    // June 20 · Tuesday, July 9
    name: 'month-day',
    pattern: new RegExp(`${L}${WEEKDAY}?${MONTH}\\.?${SEP}${DAY}(?![\\p{N}]|\\s?%|,\\d|\\.\\d)${R}`, 'giu'),
    build: (m, ctx) => monthDay(m[2], m[3], ctx),
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
    // Q1 2024 · Q3 FY2024 · first quarter of 2024 · the third quarter
    name: 'quarter',
    pattern: new RegExp(`${L}(?:(Q[1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter)(?:\\s{1,2}(?:of\\s)?(?:fiscal\\s(?:year\\s)?|FY\\s?)?'?${YEAR})?${R}`, 'giu'),
    build: (m, ctx) => {
      const q = m[1] ? Number(m[1][1]) : ORDINALS[m[2].toLowerCase()];
      const y = m[3] ? Number(m[3]) : yearFor(ctx);
      if (y === null) return { type: 'date', value: `XXXX-Q${q}`, resolved: false };
      return { type: 'date', value: `${formatYear(y)}-Q${q}`, resolved: true };
    },
  },
  {
    // first half of 2024 · H2 2024
    name: 'half',
    pattern: new RegExp(`${L}(?:(first|second|1st|2nd)\\shalf\\sof|H([12]))\\s{1,2}${YEAR}${R}`, 'giu'),
    build: (m) => ({ type: 'date', value: `${m[3]}-${m[2] ? `H${m[2]}` : HALVES[m[1].toLowerCase()]}`, resolved: true }),
  },
  {
    // summer 2024 · autumn of 2023
    name: 'season',
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
    // FY2024 · fiscal 2024 · fiscal year 2024
    name: 'fiscal-year',
    pattern: new RegExp(`${L}(?:FY\\s?'?|fiscal\\s(?:year\\s)?)${YEAR}${R}`, 'gu'),
    build: (m) => ({ type: 'date', value: m[1], resolved: true }),
  },
  {
    // 2024 alone (not 2,024, $2024, 2024%, v2024.1, or part of a phone or code)
    name: 'year',
    pattern: /(?<![\p{L}\p{N}$€£#+\-–.,:/\\_@])((?:1[6-9]|20|21)\d\d)(?![\p{L}\p{N}%]|[.,:\/\-–]\d|\s?(?:%|percent|per cent))/gu,
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
    pattern: /(?<![\p{L}\p{N}])(today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|heute|gestern|morgen|aujourd'hui|hier|demain|hoy|ayer|mañana|šodien|vakar|rīt)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const w = m[1].toLowerCase();
      const delta = ['yesterday', 'gestern', 'hier', 'ayer', 'vakar'].includes(w) ? -1 : ['tomorrow', 'morgen', 'demain', 'mañana', 'rīt'].includes(w) ? 1 : 0;
      if (w === 'morgen' && m[1] === 'morgen') return null; // lower-case German "morgen" is ambiguous with "Morgen" (morning)
      if (!ctx.ref) return { type: 'date', value: 'XXXX-XX-XX', resolved: false };
      return { type: 'date', value: formatDay(addDays(ctx.ref, delta)), resolved: true };
    },
  },
  {
    name: 'present',
    pattern: /(?<![\p{L}\p{N}])(now|currently|at present|at the moment|nowadays)(?![\p{L}\p{N}])/giu,
    build: () => ({ type: 'date', value: 'PRESENT_REF', resolved: true }),
  },
  {
    // this week · last month · next year · the coming quarter · this weekend
    name: 'relative-unit',
    pattern: /(?<![\p{L}\p{N}])(this|last|next|past|previous|coming|current|following|earlier this|later this)\s(week|weekend|month|quarter|year)(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const mod = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const n = mod === 'last' || mod === 'past' || mod === 'previous' ? -1 : mod === 'next' || mod === 'coming' || mod === 'following' ? 1 : 0;
      const r = shifted(ctx, unit, n);
      return { type: 'date', ...r };
    },
  },
  {
    // two weeks ago · 3 years ago
    name: 'ago',
    pattern: /(?<![\p{L}\p{N}])(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty)\s(day|week|month|year)s?\sago(?![\p{L}\p{N}])/giu,
    build: (m, ctx) => {
      const n = countOf(m[1]);
      if (n === null || n < 0) return null;
      const r = shifted(ctx, m[2].toLowerCase(), -n);
      return { type: 'date', ...r };
    },
  },
  {
    // on Tuesday · next Friday · last Monday
    name: 'weekday',
    pattern: new RegExp(`${L}(?:(next|last|this coming|this|coming|past|previous)\\s)?(${alternation([...WEEKDAYS.keys()].filter((w) => w.length > 4))})${R}`, 'giu'),
    build: (m, ctx) => {
      if (m[2][0] === m[2][0].toLowerCase() && !/^(?:pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i.test(m[2])) return null;
      const wd = WEEKDAYS.get(m[2].toLowerCase());
      if (!wd) return null;
      return relativeWeekday(wd, ctx, m.index, m[1]);
    },
  },
  {
    // for two years · a 10-year plan · the past three months · over 25 years
    name: 'duration',
    pattern: /(?<![\p{L}\p{N}])(?:(for|over|past|last|next|within|nearly|almost|more than|about)\s(?:the\s(?:past|last|next)\s)?)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|several|a few)(?:\s|-)(day|week|month|year|decade)s?(?:-long|-old)?(?![\p{L}\p{N}])/giu,
    build: (m) => {
      const unit = m[3].toLowerCase();
      const n = countOf(m[2]);
      const hyphen = m[0].includes('-');
      if (!m[1] && !hyphen) return null;
      if (/-old$/.test(m[0])) return null;
      const code = UNIT_DAYS[unit] ?? 'Y';
      const skip = m[0].indexOf(m[2]);
      return { type: 'duration', value: n === null || n < 0 ? `PX${code}` : `P${n}${code}`, resolved: true, skip };
    },
  },
];
