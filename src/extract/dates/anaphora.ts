/**
 * "The following year", "the next month", "the previous day": counted from the
 * date the text last named, not from the publication date ("On May 22, 1995,
 * Farkas was made a general, and the following year …" is 1996). Without a
 * date before them in the paragraph they stay relative to the reference date.
 * "That day", "later that year", "that same month" name the unit of the date
 * before them; without one they stay unresolved.
 */
import { addDays, addMonths, daysInMonth, formatDay, formatMonth, formatYear, isoWeek, parseISODate } from './calendar.js';
import { type DateCandidate, countOf } from './parsers.js';
import { partOfToday } from './time-of-day.js';

const ANAPHORIC = /^(following|next|previous|preceding)\s(year|month|day|morning|afternoon|evening|night)$/i;
const SAME = /^(?:(?:later|earlier)\s)?that\s(?:same\s)?(year|month|week|day)$/i;
/** How far back the anchor may stand, and never across a paragraph break. */
const WINDOW = 500;

function shift(anchor: string, unit: string, n: number): string | null {
  const year = Number(anchor.slice(0, 4));
  if (unit === 'year') return formatYear(year + n);
  if (anchor.length < 7) return null;
  if (unit === 'month') {
    const m = addMonths(year, Number(anchor.slice(5, 7)), n);
    return formatMonth(m.year, m.month);
  }
  const day = parseISODate(anchor.slice(0, 10));
  if (!day || anchor.length < 10) return null;
  return unit === 'week' ? isoWeek(addDays(day, 7 * n)) : formatDay(addDays(day, n));
}

/** Re-anchor "the following …" expressions on the nearest resolved date before them. `dates` are sorted by start. */
export function resolveAnaphora(text: string, dates: DateCandidate[]): DateCandidate[] {
  return dates.map((c, k) => {
    const span = text.slice(c.start, c.end);
    const same = SAME.exec(span);
    const m = same ? null : ANAPHORIC.exec(span);
    if (!same && (!m || !/(?:^|[^\p{L}])the\s$/iu.test(text.slice(Math.max(0, c.start - 5), c.start)))) return c;
    const named = (same ? same[1]! : m![2]!).toLowerCase();
    // "the next morning": the day after, in the morning.
    const part = partOfToday(named);
    const unit = part ? 'day' : named;
    const n = same ? 0 : /following|next/i.test(m![1]!) ? 1 : -1;
    for (let j = k - 1; j >= 0; j--) {
      const d = dates[j]!;
      if (c.start - d.end > WINDOW || text.slice(d.end, c.start).includes('\n\n')) break;
      if (!d.resolved || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d.value)) continue;
      const value = shift(d.value, unit, n);
      return value ? { ...c, value: part ? `${value}T${part}` : value, resolved: true } : c;
    }
    return c;
  });
}

/** "two weeks before", "three days after", "a month prior to": a count of units before or after what follows. */
const OFFSET = /(?<![\p{L}\p{N}])(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s(day|week|month|year)s?\s(before|after|prior\sto|following)\s(?:the\s)?$/iu;

/** A date moved by n units, at its own granularity: "2013-12-25" a year on is "2014-12-25", "2024" a year on "2025". */
function offset(anchor: string, unit: string, n: number): string | null {
  const day = anchor.length === 10 ? parseISODate(anchor) : null;
  if (!day) return unit === 'year' || unit === 'month' ? shift(anchor, unit, n) : null;
  if (unit === 'day' || unit === 'week') return formatDay(addDays(day, unit === 'week' ? 7 * n : n));
  const m = addMonths(day.year, day.month, unit === 'year' ? 12 * n : n);
  return formatDay({ ...m, day: Math.min(day.day, daysInMonth(m.year, m.month)) });
}

/**
 * "Two weeks before Christmas", "three days after the March 3 vote": counted from the date named after them, not
 * from the publication date. The count and the date become one expression, at the date's own granularity (days and
 * weeks need a day). A count before something that is not a date stays as it was ("two weeks before" alone is two
 * weeks before the reference date). `dates` are sorted by start.
 */
export function resolveOffsets(text: string, dates: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of dates) {
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const m = c.resolved && c.type === 'date' && !c.mod ? OFFSET.exec(before) : null;
    const n = m ? countOf(m[1]!) : null;
    if (!m || n === null) {
      out.push(c);
      continue;
    }
    const start = c.start - before.length + m.index;
    const unit = m[2]!.toLowerCase();
    const sign = /before|prior/i.test(m[3]!) ? -1 : 1;
    const value = offset(c.value, unit, n * sign);
    if (!value) {
      out.push(c);
      continue;
    }
    // The count may have been taken as a date of its own ("two weeks before" → two weeks ago): it is part of this one.
    while (out.length && out[out.length - 1]!.end > start) out.pop();
    out.push({ ...c, start, value });
  }
  return out;
}
