/**
 * "The following year", "the next month", "the previous day": counted from the
 * date the text last named, not from the publication date ("On May 22, 1995,
 * Farkas was made a general, and the following year …" is 1996). Without a
 * date before them in the paragraph they stay relative to the reference date.
 */
import { addDays, addMonths, formatDay, formatMonth, formatYear, parseISODate } from './calendar.js';
import type { DateCandidate } from './parsers.js';

const ANAPHORIC = /^(following|next|previous|preceding)\s(year|month|day)$/i;
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
  return day && anchor.length >= 10 ? formatDay(addDays(day, n)) : null;
}

/** Re-anchor "the following …" expressions on the nearest resolved date before them. `dates` are sorted by start. */
export function resolveAnaphora(text: string, dates: DateCandidate[]): DateCandidate[] {
  return dates.map((c, k) => {
    const m = ANAPHORIC.exec(text.slice(c.start, c.end));
    if (!m || !/(?:^|[^\p{L}])the\s$/iu.test(text.slice(Math.max(0, c.start - 5), c.start))) return c;
    for (let j = k - 1; j >= 0; j--) {
      const d = dates[j]!;
      if (c.start - d.end > WINDOW || text.slice(d.end, c.start).includes('\n\n')) break;
      if (!d.resolved || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d.value)) continue;
      const value = shift(d.value, m[2]!.toLowerCase(), /following|next/i.test(m[1]!) ? 1 : -1);
      return value ? { ...c, value, resolved: true } : c;
    }
    return c;
  });
}
