/**
 * Days of the Islamic, Hebrew and Chinese calendars in the Gregorian year, read
 * from the calendars built into the JavaScript runtime (ICU, through Intl): no
 * table ships, and every year works. The Islamic calendar is Umm al-Qura, the
 * official one of Saudi Arabia; a festival observed by local moon sighting may
 * fall a day either side of it.
 */
import type { YMD } from './calendar.js';

export type LunarCalendar = 'islamic-umalqura' | 'hebrew' | 'chinese';

/**
 * Months are named as ICU names them in English: numbers for the Islamic and
 * Chinese calendars ("9" is Ramadan), names for the Hebrew one, whose leap
 * years have "Adar I" and "Adar II" instead of "Adar".
 */
const OPTIONS: Record<LunarCalendar, Intl.DateTimeFormatOptions> = {
  'islamic-umalqura': { timeZone: 'UTC', month: 'numeric', day: 'numeric' },
  hebrew: { timeZone: 'UTC', month: 'long', day: 'numeric' },
  chinese: { timeZone: 'UTC', month: 'numeric', day: 'numeric' },
};

/** Formats are made on first use: a calendar's ICU data costs milliseconds to load, and most texts name no feast. */
const FORMATS = new Map<LunarCalendar, Intl.DateTimeFormat>();

function formatFor(calendar: LunarCalendar): Intl.DateTimeFormat {
  let format = FORMATS.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, OPTIONS[calendar]);
    FORMATS.set(calendar, format);
  }
  return format;
}

/** Per calendar and Gregorian year: "month day" → the first Gregorian day of the year that has it. */
const YEARS = new Map<string, Map<string, YMD>>();

function daysOf(calendar: LunarCalendar, year: number): Map<string, YMD> {
  const cacheKey = `${calendar} ${year}`;
  let days = YEARS.get(cacheKey);
  if (days) return days;
  days = new Map();
  const format = formatFor(calendar);
  for (let t = Date.UTC(year, 0, 1), end = Date.UTC(year + 1, 0, 1); t < end; t += 86_400_000) {
    let month = '';
    let day = '';
    for (const part of format.formatToParts(t)) {
      if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = part.value;
    }
    const k = `${month} ${Number(day)}`;
    if (!days.has(k)) {
      const d = new Date(t);
      days.set(k, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
  }
  if (YEARS.size > 200) YEARS.clear();
  YEARS.set(cacheKey, days);
  return days;
}

/**
 * The Gregorian day in `year` of a day of another calendar (its first one, when
 * an Islamic date comes twice in one Gregorian year); null when the year has none
 * or the runtime lacks the calendar.
 */
export function lunarDay(calendar: LunarCalendar, month: string, day: number, year: number): YMD | null {
  if (year < 1 || year > 9999) return null;
  try {
    return daysOf(calendar, year).get(`${month} ${day}`) ?? null;
  } catch {
    return null;
  }
}
