/** Calendar arithmetic on plain {year, month, day} values (UTC, no clock, no time zone). */

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function parseISODate(value: string | undefined | null): YMD | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

export const formatDay = (d: YMD) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number) => pad(y, 4);

export function addDays(d: YMD, n: number): YMD {
  const dt = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { year: number; month: number } {
  const idx = y * 12 + (m - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Days in a month (1–12): 28 to 31. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(d: YMD): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: `2024-W28`. */
export function isoWeek(d: YMD): string {
  const dt = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const wd = weekday(d);
  dt.setUTCDate(dt.getUTCDate() + 4 - wd); // Thursday of this week decides the year
  const year = dt.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((dt.getTime() - jan1) / 86400000 / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
