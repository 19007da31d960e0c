/**
 * Festivals of the Hindu lunisolar calendar (Diwali, Holi, Navaratri …), dated by
 * computing the calendar: no table ships, and every year works.
 *
 * A lunar day (tithi) is each 12° the Moon gains on the Sun; a month runs from
 * one new moon to the next (amanta) and is named after the sidereal sign the
 * Sun enters during it, a month without such an entry being a leap month, in
 * which no festival is kept. A festival is the civil day, at Indian Standard
 * Time, on which its tithi prevails at the hour the festival keeps (sunrise for
 * most; the evening for Diwali, midnight for Janmashtami).
 *
 * The Sun and Moon longitudes follow Jean Meeus, Astronomical Algorithms (2nd
 * ed., chapters 25 and 47), the Moon with the largest terms of its series (about
 * 0.01° here): a tithi that changes within minutes of the hour may land a day off.
 */
import { type YMD, addDays } from './calendar.js';
import { BoundedCache } from '../../util/bounded-cache.js';

const RAD = Math.PI / 180;
const mod360 = (x: number) => ((x % 360) + 360) % 360;

/** Julian day of a UTC instant given as a day number of the proleptic Gregorian calendar. */
function julianDay(y: number, m: number, d: number, hoursUtc: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 2_440_587.5 + hoursUtc / 24;
}

/** The Sun's apparent longitude (degrees, tropical) at a Julian day. */
function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t;
  const m = (357.52911 + 35_999.05029 * t) * RAD;
  const c = (1.914602 - 0.004817 * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  return mod360(l0 + c);
}

/** The Moon's longitude (degrees, tropical) at a Julian day: Meeus's table 47.A, terms over 0.002°. */
function moonLongitude(jd: number): number {
  const t = (jd - 2_451_545) / 36_525;
  const lp = 218.3164477 + 481_267.88123421 * t;
  const d = (297.8501921 + 445_267.1114034 * t) * RAD;
  const m = (357.5291092 + 35_999.0502909 * t) * RAD;
  const mp = (134.9633964 + 477_198.8675055 * t) * RAD;
  const f = (93.272095 + 483_202.0175233 * t) * RAD;
  const e = 1 - 0.002516 * t;
  // [D, M, M', F, coefficient in 1e-6 degrees]
  const terms: [number, number, number, number, number][] = [
    [0, 0, 1, 0, 6_288_774], [2, 0, -1, 0, 1_274_027], [2, 0, 0, 0, 658_314], [0, 0, 2, 0, 213_618],
    [0, 1, 0, 0, -185_116], [0, 0, 0, 2, -114_332], [2, 0, -2, 0, 58_793], [2, -1, -1, 0, 57_066],
    [2, 0, 1, 0, 53_322], [2, -1, 0, 0, 45_758], [0, 1, -1, 0, -40_923], [1, 0, 0, 0, -34_720],
    [0, 1, 1, 0, -30_383], [2, 0, 0, -2, 15_327], [0, 0, 1, 2, -12_528], [0, 0, 1, -2, 10_980],
    [4, 0, -1, 0, 10_675], [0, 0, 3, 0, 10_034], [4, 0, -2, 0, 8_548], [2, 1, -1, 0, -7_888],
    [2, 1, 0, 0, -6_766], [1, 0, -1, 0, -5_163], [1, 1, 0, 0, 4_987], [2, -1, 1, 0, 4_036],
    [2, 0, 2, 0, 3_994], [4, 0, 0, 0, 3_861], [2, 0, -3, 0, 3_665], [0, 1, -2, 0, -2_689],
    [2, 0, -1, 2, -2_602], [2, -1, -2, 0, 2_390], [1, 0, 1, 0, -2_348], [2, -2, 0, 0, 2_236],
  ];
  let sum = 0;
  for (const [cd, cm, cmp, cf, coef] of terms) {
    const factor = cm === 0 ? 1 : Math.abs(cm) === 1 ? e : e * e;
    sum += coef * factor * Math.sin(cd * d + cm * m + cmp * mp + cf * f);
  }
  return mod360(lp + sum / 1e6);
}

/** How far the Moon is ahead of the Sun (0–360°). */
const elongation = (jd: number) => mod360(moonLongitude(jd) - sunLongitude(jd));

/** The tithi at a Julian day: 1–15 in the bright half (15: full moon), 16–30 in the dark half (30: new moon). */
const tithiAt = (jd: number) => Math.floor(elongation(jd) / 12) + 1;

/** The new moon at or before a Julian day (Newton steps on the elongation; the Moon gains about 12.19° a day). */
function newMoonBefore(jd: number): number {
  let t = jd - elongation(jd) / 12.19;
  for (let i = 0; i < 4; i++) {
    let e = elongation(t);
    if (e > 180) e -= 360;
    t -= e / 12.19;
  }
  return t > jd ? newMoonBefore(jd - 29.5) : t;
}

/** Lahiri's ayanamsa (degrees): the sidereal zodiac's offset from the tropical one. */
const ayanamsa = (jd: number) => 23.853 + ((jd - 2_451_545) / 365.25) * 0.013_97;
/** The sidereal sign the Sun is in (0: Aries/Mesha … 11: Pisces/Meena). */
const sunSign = (jd: number) => Math.floor(mod360(sunLongitude(jd) - ayanamsa(jd)) / 30);

/**
 * The amanta month a Julian day falls in: 0 Chaitra … 11 Phalguna, or null in a leap month.
 * It is named after the sign the Sun enters during it: a month that begins with the Sun in Pisces is Chaitra.
 */
function monthAt(jd: number): number | null {
  const start = newMoonBefore(jd);
  const end = newMoonBefore(start + 31);
  const [a, b] = [sunSign(start), sunSign(end)];
  if (a === b) return null;
  return (a + 1) % 12;
}

/** When in the day a festival's tithi must prevail: hours of Indian Standard Time. */
const HOURS = { sunrise: 6, noon: 12, evening: 18.5, midnight: 24 };
export type FestivalHour = keyof typeof HOURS;

export interface Festival {
  /** The amanta month (0 Chaitra … 11 Phalguna). */
  month: number;
  /** The tithi (1–30). */
  tithi: number;
  /** When in the day the tithi must prevail (default sunrise). */
  at?: FestivalHour;
}

const IST = 5.5;
const FESTIVALS = new BoundedCache<YMD | null>(500);

/** The first day of `year` whose Julian day at `hourUtc` passes `test`; null for none, or a year out of range. */
function firstDay(year: number, hourUtc: number, test: (jd: number) => boolean): YMD | null {
  if (year < 1900 || year > 2100) return null;
  for (let day: YMD = { year, month: 1, day: 1 }; day.year === year; day = addDays(day, 1)) {
    if (test(julianDay(day.year, day.month, day.day, hourUtc))) return day;
  }
  return null;
}

/** The Gregorian day in `year` of a festival of the Hindu calendar (null out of range). */
export function hinduFestival(f: Festival, year: number): YMD | null {
  return FESTIVALS.get(`${year} ${f.month} ${f.tithi} ${f.at ?? ''}`, () =>
    // The tithi that prevails at the hour on a day; a tithi that begins and ends between two such hours (it is
    // "lost") is kept on the day it begins.
    firstDay(year, HOURS[f.at ?? 'sunrise'] - IST, (jd) => {
      const t = tithiAt(jd);
      const next = tithiAt(jd + 1);
      const lost = t !== f.tithi && next !== f.tithi && (t % 30) + 1 === f.tithi && (f.tithi % 30) + 1 === next;
      return (t === f.tithi || lost) && monthAt(jd) === f.month;
    }),
  );
}

/**
 * The day the Sun enters a sidereal sign (9: Makara, for Makar Sankranti and Pongal; 0: Mesha, for Vaisakhi):
 * the day of the entry when it comes before sunset, else the next day.
 */
export function sankranti(sign: number, year: number): YMD | null {
  return firstDay(year, HOURS.evening - IST, (jd) => sunSign(jd) === sign && sunSign(jd - 1) !== sign);
}

