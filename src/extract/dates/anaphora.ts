/**
 * "The following year", "the next month", "the previous day": counted from the
 * date the text last named, not from the publication date ("On May 22, 1995,
 * Farkas was made a general, and the following year …" is 1996). Without a
 * date before them in the paragraph they stay relative to the reference date.
 * "That day", "later that year", "that same month" name the unit of the date
 * before them; without one they stay unresolved.
 */
import { addDays, addMonths, formatDay, formatMonth, formatYear, isoWeek, parseISODate } from './calendar.js';
import type { DateCandidate } from './parsers.js';
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
