/**
 * Holidays by name, in the languages the pipeline reads: fixed days, the n-th
 * weekday of a month, and the movable feasts counted from Easter (Western and
 * Orthodox). One table gives both the names the date pattern looks for and the
 * rule that dates each one in a given year.
 */
import { type YMD, addDays, daysInMonth, isValidDate, weekday } from './calendar.js';
import { type LunarCalendar, lunarDay } from './lunar.js';
import { type Festival, hinduFestival, sankranti } from './hindu.js';

type Rule = (year: number) => YMD | null;

const fixed = (month: number, day: number): Rule => (year) => ({ year, month, day });

/** The n-th (1-based; -1 = last) ISO weekday (Monday = 1) of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): YMD | null {
  if (n > 0) {
    const first = weekday({ year: y, month: m, day: 1 });
    const d = 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
    return isValidDate(y, m, d) ? { year: y, month: m, day: d } : null;
  }
  const lastDay = daysInMonth(y, m);
  const lastWd = weekday({ year: y, month: m, day: lastDay });
  return { year: y, month: m, day: lastDay - ((lastWd - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dd = ((h + l - 7 * m + 114) % 31) + 1;
  return { year: y, month, day: dd };
}

/** Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar. */
export function orthodoxEaster(y: number): YMD {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian → Gregorian: 13 days in 1900–2099, one day less per century before (except 400-multiples).
  const century = Math.floor(y / 100);
  const offset = century - Math.floor(century / 4) - 2;
  return addDays({ year: y, month, day }, offset);
}

const fromEaster = (n: number): Rule => (y) => addDays(easter(y), n);
const fromOrthodoxEaster = (n: number): Rule => (y) => addDays(orthodoxEaster(y), n);
const nth = (month: number, wd: number, n: number): Rule => (y) => nthWeekday(y, month, wd, n);
const afterThanksgiving = (n: number): Rule => (y) => {
  const t = nthWeekday(y, 11, 4, 4);
  return t ? addDays(t, n) : null;
};

const lunar = (calendar: LunarCalendar, month: string, day: number): Rule => (y) => lunarDay(calendar, month, day, y);
const islamic = (month: number, day: number): Rule => lunar('islamic-umalqura', String(month), day);
/** A Hebrew date; Adar, in a leap year, is the second Adar (Purim is kept then). */
const hebrew = (month: string, day: number): Rule => (y) => lunarDay('hebrew', month, day, y) ?? (month === 'Adar' ? lunarDay('hebrew', 'Adar II', day, y) : null);
/** A Hebrew date moved off a weekday, as Israel moves its memorial days: ISO weekday → days to shift. */
const hebrewMoved = (month: string, day: number, shift: Record<number, number>): Rule => (y) => {
  const d = hebrew(month, day)(y);
  return d ? addDays(d, shift[weekday(d)] ?? 0) : null;
};
/** A fixed day moved off a weekend: ISO weekday → days to shift (King's Day on a Sunday is kept on the Saturday). */
const fixedMoved = (month: number, day: number, shift: Record<number, number>): Rule => (y) => {
  const d = { year: y, month, day };
  return addDays(d, shift[weekday(d)] ?? 0);
};
/** A Hindu festival (amanta month 0 Chaitra … 11 Phalguna; tithi 1–15 bright half, 16–30 dark half). */
const hindu = (month: number, tithi: number, at?: Festival['at'], offset = 0): Rule => (y) => {
  const d = hinduFestival({ month, tithi, at }, y);
  return d ? addDays(d, offset) : null;
};
/** Days from the Sun's entry into a sidereal sign. */
const fromSankranti = (sign: number, days: number): Rule => (y) => {
  const d = sankranti(sign, y);
  return d ? addDays(d, days) : null;
};
/** The first day of the Parsi (Shahenshahi) year that falls in a Gregorian year. */
const shahenshahiNewYear: Rule = (y) => {
  const first = Date.UTC(2018, 7, 17) + (y - 2018) * 365 * 86_400_000;
  for (const t of [first, first + 365 * 86_400_000, first - 365 * 86_400_000]) {
    const d = new Date(t);
    if (d.getUTCFullYear() === y) return { year: y, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  return null;
};
/** The last Friday of Ramadan (Jumu'atul-Wida). */
const lastFridayOfRamadan: Rule = (y) => {
  const end = islamic(10, 1)(y);
  return end ? addDays(end, -(((weekday(end) - 5 + 7) % 7) || 7)) : null;
};

/**
 * Each rule with its names (lower case; an apostrophe may also be written ’ or left out)
 * and, for a feast of several days, its length in days or the rule for the day after it:
 * "Ramadan 2025" is the whole month, until the first of Shawwal.
 */
const TABLE: [Rule, string[], (number | Rule)?][] = [
  [fixed(12, 25), ['christmas', 'christmas day', 'xmas', 'weihnachten', 'noël', 'navidad', 'ziemassvētki', 'ziemassvētkos']],
  [fixed(12, 24), ['christmas eve', 'heiligabend', 'nochebuena']],
  [fixed(12, 26), ['boxing day']],
  [fixed(12, 31), ["new year's eve", 'new years eve', 'silvester', 'nochevieja', 'vecgada vakars', 'vecgada vakarā']],
  [fixed(1, 1), ["new year's", "new year's day", 'new years day', 'neujahr', 'jaunais gads', 'jaungada diena']],
  [fixed(1, 6), ['día de reyes', 'dreikönigstag', 'heilige drei könige']],
  [fixed(2, 14), ["valentine's", "valentine's day", 'valentines day', 'valentine day']],
  [fixed(3, 8), ["international women's day", "women's day"]],
  [fixed(3, 17), ["st. patrick's day", "st patrick's day", "saint patrick's day", "patrick's day", "st. paddy's day", "st paddy's day", "saint paddy's day"]],
  [fixed(4, 22), ['earth day']],
  [fixedMoved(4, 27, { 7: -1 }), ["king's day", 'koningsdag']],
  [fixedMoved(10, 16, { 6: -1, 7: 1 }), ["boss's day", "bosses' day", 'boss day', "national boss's day"]],
  [fixed(11, 1), ['world vegan day']],
  [fixed(5, 1), ['may day', 'tag der arbeit', 'fête du travail', 'día del trabajo', 'darba svētki']],
  [fixed(5, 4), ['latvijas republikas neatkarības atjaunošanas diena']],
  [fixed(5, 9), ['europe day', 'eiropas diena', 'europatag']],
  [fixed(6, 5), ['world environment day']],
  [fixed(6, 19), ['juneteenth']],
  [fixed(6, 24), ['jāņi', 'jāņos', 'līgo', 'līgo day', 'midsummer', 'midsummer day', "midsummer's day"]],
  [fixed(7, 4), ['independence day', 'fourth of july', 'the fourth of july']],
  [fixed(7, 14), ['bastille day']],
  [fixed(10, 3), ['tag der deutschen einheit']],
  [fixed(10, 31), ['halloween']],
  [fixed(11, 1), ["all saints' day", 'all saints day', 'toussaint', 'allerheiligen']],
  [fixed(11, 11), ['veterans day', "veterans' day", 'armistice day', 'remembrance day', 'lāčplēša diena', 'lāčplēša dienā']],
  [fixed(11, 18), ['latvijas republikas proklamēšanas diena', 'proklamēšanas diena', 'proklamēšanas dienā']],
  [nth(11, 4, 4), ['thanksgiving', 'thanksgiving day']],
  [afterThanksgiving(1), ['black friday']],
  [afterThanksgiving(4), ['cyber monday']],
  [nth(9, 1, 1), ['labor day', 'labour day']],
  [nth(5, 1, -1), ['memorial day']],
  [nth(1, 1, 3), ['mlk day', 'mlk jr. day', 'mlk jr day', 'martin luther king day', "martin luther king's day", 'martin luther king jr. day', 'martin luther king jr day', 'civil rights day']],
  [nth(2, 1, 3), ["presidents' day", 'presidents day', "president's day", "washington's birthday"]],
  [nth(10, 1, 2), ['columbus day', "indigenous peoples' day"]],
  [nth(5, 7, 2), ["mother's day", 'mothers day']],
  [nth(6, 7, 3), ["father's day", 'fathers day']],
  // US federal elections: the Tuesday after the first Monday of November.
  [(y) => { const m = nthWeekday(y, 11, 1, 1); return m ? addDays(m, 1) : null; }, ['election day']],
  [fromEaster(0), ['easter', 'easter sunday', 'easter day', 'ostern', 'ostersonntag', 'pâques', 'pascua', 'domingo de resurrección', 'lieldienas', 'lieldienās']],
  [fromEaster(1), ['easter monday', 'easter mon', 'ostermontag', 'lundi de pâques', 'otrās lieldienas', 'otrajās lieldienās']],
  [fromEaster(-2), ['good friday', 'karfreitag', 'vendredi saint', 'viernes santo', 'lielā piektdiena', 'lielajā piektdienā']],
  [fromEaster(-3), ['maundy thursday', 'holy thursday', 'gründonnerstag', 'jueves santo']],
  [fromEaster(-7), ['palm sunday', 'palmsonntag']],
  [fromEaster(-46), ['ash wednesday', 'aschermittwoch']],
  // Lent: from Ash Wednesday to Holy Saturday (46 days); the Orthodox Great Lent from Clean Monday, 40 days.
  [fromEaster(-46), ['lent'], 46],
  [fromOrthodoxEaster(-48), ['great lent', 'great fast', 'orthodox lent'], 40],
  [fromEaster(-47), ['shrove tuesday', 'pancake day', 'mardi gras', 'fastnachtsdienstag']],
  [fromEaster(39), ['ascension day', 'ascension thursday', 'christi himmelfahrt', 'himmelfahrt', "l'ascension"]],
  [fromEaster(49), ['pentecost', 'whit sunday', 'whitsunday', 'whitsun', 'white sunday', 'pfingsten', 'pfingstsonntag', 'pentecôte', 'vasarsvētki']],
  [fromEaster(50), ['whit monday', 'pentecost monday', 'monday of the holy spirit', 'pfingstmontag', 'lundi de pentecôte']],
  [fromEaster(56), ['trinity sunday']],
  [fromEaster(60), ['corpus christi', 'fronleichnam']],
  [fromOrthodoxEaster(0), ['orthodox easter', 'orthodox easter sunday']],
  [fromOrthodoxEaster(-2), ['orthodox good friday', 'orthodox great friday']],
  [fromOrthodoxEaster(-48), ['clean monday', 'orthodox shrove monday', 'kathara deftera']],
  [fromOrthodoxEaster(-8), ['lazarus saturday']],
  // Islamic (Umm al-Qura). Ramadan has 29 or 30 days: it lasts until the first of the next month.
  [islamic(9, 1), ['ramadan', 'ramadhan', 'ramazan'], islamic(10, 1)],
  [islamic(10, 1), ['eid al-fitr', 'eid al fitr', 'eid ul-fitr', 'eid-ul-fitr', 'eid ul fitr', 'id ul-fitr', 'eid el-fitr', 'ramazan bayramı', 'hari raya aidilfitri', 'lebaran', 'zuckerfest']],
  [islamic(12, 10), ['eid al-adha', 'eid al adha', 'eid ul-adha', 'eid-ul-adha', 'eid ul adha', 'id ul-adha', 'eid el-adha', 'bakr id', 'bakrid', 'bakri eid', 'sacrifice feast', 'feast of the sacrifice', 'kurban bayramı', 'opferfest', 'aïd el-kébir', 'aïd al-adha']],
  [islamic(1, 1), ['islamic new year', 'hijri new year', 'arabic new year', 'amun jadid', 'ras as-sana al-hijriya']],
  [islamic(1, 10), ['ashura', 'day of ashura']],
  [islamic(3, 12), ['mawlid', 'mawlid al-nabi', 'mawlid an-nabi', 'mawlid al-nabawi', 'milad un nabi', "prophet's birthday"]],
  [islamic(7, 27), ["isra and mi'raj", "isra' and mi'raj", "isra mi'raj", "lailat al mi'raj", "the prophet's ascension", 'the night journey']],
  [islamic(9, 27), ['laylat al-qadr', 'laylat al qadr', 'laylat al-kadr', 'laylat al kadr', 'lailat al-qadr', 'night of power', 'night of decree', 'night of measures']],
  [lastFridayOfRamadan, ["jumu'atul-wida", "jumu'atul wida", 'jamat ul-vida', 'jumat-ul-vida']],
  // Hebrew: the feast's own day (it begins at sunset the evening before); diaspora lengths.
  [hebrew('Tishri', 1), ['rosh hashanah', 'rosh hashana', 'rosh hashanna', 'rosh ha-shanah'], 2],
  [hebrew('Tishri', 10), ['yom kippur', 'day of atonement']],
  [hebrew('Tishri', 15), ['sukkot', 'succot', 'succos', 'sukkos', 'feast of tabernacles', 'feast of booths', 'feast of the ingathering'], 7],
  [hebrew('Tishri', 22), ['shemini atzeret']],
  [hebrew('Tishri', 23), ['simchat torah', 'simhat torah']],
  [hebrew('Kislev', 25), ['hanukkah', 'chanukah', 'hanukah', 'hannukah', 'hannukkah', 'chanukkah'], 8],
  [hebrew('Shevat', 15), ['tu bishvat', "tu b'shvat", 'tu bishevat']],
  [hebrew('Adar', 14), ['purim']],
  [hebrew('Adar', 15), ['shushan purim']],
  [hebrew('Nisan', 15), ['passover', 'pesach', 'pessach'], 8],
  [hebrewMoved('Nisan', 27, { 5: -1, 7: 1 }), ['yom hashoah', 'holocaust remembrance day', 'holocaust day']],
  [hebrewMoved('Iyar', 5, { 5: -1, 6: -2, 1: 1 }), ['yom haatzmaut', "yom ha'atzmaut", 'israeli independence day']],
  [hebrew('Iyar', 18), ["lag b'omer", 'lag baomer', 'lag ba-omer']],
  [hebrew('Sivan', 6), ['shavuot', 'shavuos', 'feast of weeks'], 2],
  [hebrewMoved('Av', 9, { 6: 1 }), ["tisha b'av", 'tisha bav', 'tisha beav']],
  // Chinese (lunisolar).
  // Hindu festivals, by their month and lunar day (see hindu.ts).
  [hindu(6, 30, 'evening'), ['diwali', 'deepavali', 'divali', 'lakshmi puja', 'laxmi puja']],
  [hindu(6, 30, 'evening', -1), ['choti diwali', 'chhoti diwali', 'naraka chaturdashi', 'narak chaturdashi', 'kali chaudas']],
  [hindu(6, 28, 'evening'), ['dhanteras', 'dhanatrayodashi']],
  [hindu(7, 1), ['govardhan puja', 'annakut']],
  [hindu(7, 2), ['bhai dooj', 'bhau beej', 'bhai tika', 'bhaiya dooj']],
  [hindu(7, 6), ['chhath', 'chhath puja', 'surya shashthi', 'dala puja']],
  [hindu(6, 1), ['navaratri', 'navratri', 'sharad navratri', 'durga puja'], hindu(6, 10, 'noon', 1)],
  [hindu(6, 7), ['maha saptami', 'durga saptami']],
  [hindu(6, 10, 'noon'), ['dussehra', 'dasara', 'dashain', 'vijayadashami', 'vijaya dashami']],
  [hindu(6, 19, 'evening'), ['karva chauth', 'karwa chauth']],
  [hindu(11, 15, 'evening'), ['holika dahan', 'chhoti holi', 'choti holi', 'kamudu pyre']],
  [hindu(11, 15, 'evening', 1), ['holi', 'dhulandi', 'rangwali holi', 'phagwah']],
  [hindu(4, 23, 'midnight'), ['janmashtami', 'krishna janmashtami', 'gokulashtami', 'krishnashtami']],
  [hindu(5, 4, 'noon'), ['ganesh chaturthi', 'vinayaka chaturthi', 'vinayak chaturthi']],
  [hindu(0, 9, 'noon'), ['rama navami', 'ram navami']],
  [hindu(0, 1), ['ugadi', 'yugadi', 'gudi padwa', 'samvatsaradi', 'chaitra sukladi', 'chaitra sukhladi']],
  [hindu(0, 13), ['mahavir jayanti', 'mahavir janma kalyanak', 'mahaveer jayanti', 'mahaveer janma kalyanak']],
  [hindu(0, 15), ['hanuman jayanti']],
  [hindu(1, 3), ['akshaya tritiya']],
  [hindu(1, 15), ['buddha purnima', 'buddha jayanti', 'vesak', 'buddha day']],
  [hindu(3, 2), ['ratha yatra', 'rath yatra', 'ratha-yatra']],
  [hindu(4, 15), ['raksha bandhan']],
  [hindu(6, 15), ['valmiki jayanti', 'maharishi valmiki jayanti', 'pargat diwas']],
  [hindu(7, 15), ['guru nanak jayanti', 'guru nanak gurpurab']],
  [hindu(9, 7), ['guru gobind singh jayanti', "guru gobind singh's birthday", 'guru gobind singh birthday', 'guru govind singh jayanti']],
  [hindu(10, 5), ['vasant panchami', 'basant panchami', 'saraswati puja']],
  [hindu(10, 15), ['guru ravidas jayanti', 'guru ravidass jayanti', 'guru ravidas birthday', 'guru ravidass birthday']],
  [hindu(10, 29, 'midnight'), ['maha shivaratri', 'mahashivratri', 'maha shivratri']],
  [fromSankranti(9, 0), ['makar sankranti', 'makara sankranti', 'makara sankranthi', 'pongal', 'thai pongal', 'maghi']],
  [fromSankranti(9, -1), ['lohri', 'bogi', 'bhogi', 'bogi pandigai']],
  [fromSankranti(9, 1), ['mattu pongal', 'maattu pongal']],
  [fromSankranti(9, 2), ['kaanum pongal', 'kanni pongal']],
  [fromSankranti(0, 0), ['vaisakhi', 'baisakhi', 'vaishakhi', 'vasakhi']],
  // 25 Boishakh of the Bengali calendar, whose year begins the day after the Sun enters Aries.
  [fromSankranti(0, 25), ['rabindra jayanti', 'rabindranath jayanti', 'pochishe boishakh']],
  // The Shahenshahi year has 365 days: its first day moves back one day every four years (17 August 2018).
  // (Not "Navroz", which is also the Persian new year of 21 March.)
  [shahenshahiNewYear, ['parsi new year', 'shahenshahi new year']],
  [lunar('chinese', '1', 1), ['chinese new year', "chinese new year's", "chinese new year's day", 'chinese lunar new year', "chinese lunar new year's day", 'lunar new year', "lunar new year's day", 'tết', 'tet nguyen dan', 'seollal']],
  [lunar('chinese', '1', 15), ['yuanxiao festival']],
  [lunar('chinese', '5', 5), ['dragon boat festival', 'duanwu festival', 'tuen ng festival']],
  [lunar('chinese', '8', 15), ['mid-autumn festival', 'moon festival', 'mooncake festival', 'chuseok']],
];

/** Holidays are looked up without apostrophes: "new year's", "new year’s" and "new years" are one name. */
const key = (name: string) => name.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');

/** Lower-cased holiday name, apostrophes dropped → the rule that dates it and its length. */
const RULES = new Map<string, { rule: Rule; length: number | Rule }>();
for (const [rule, names, length] of TABLE) for (const name of names) if (!RULES.has(key(name))) RULES.set(key(name), { rule, length: length ?? 1 });

/** A regex alternation source of every holiday name; an apostrophe may be any or none. */
export function holidayPattern(alternation: (words: Iterable<string>) => string): string {
  // One spelling per name, the one with its apostrophe: "['’]?" then also matches it without.
  const byKey = new Map<string, string>();
  for (const n of TABLE.flatMap(([, list]) => list)) if (!byKey.has(key(n)) || n.includes("'")) byKey.set(key(n), n);
  return alternation([...byKey.values()].map((n) => n.replace(/'/g, '\u0001'))).replace(/\u0001/g, "['’]?").replace(/ /g, '\\s');
}

/** A regex source that every holiday name contains: the longest word of each (the holiday pattern's trigger). */
export function holidayTrigger(alternation: (words: Iterable<string>) => string): string {
  const words = new Set<string>();
  for (const [, names] of TABLE) {
    for (const name of names) {
      const plain = name.split(' ').filter((w) => !/['’.]/.test(w));
      words.add((plain.length > 0 ? plain : [name.replace(/['’.]/g, '')]).reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return alternation(words);
}

/** A holiday's (first) date in `year`, by any of its names (any case, any spacing, any apostrophe). */
export function holidayIn(name: string, year: number): YMD | null {
  const entry = RULES.get(key(name));
  return entry ? entry.rule(year) : null;
}

/** The last day of a feast of several days that begins on `first`; `first` itself for a one-day holiday. */
export function holidayEnd(name: string, first: YMD): YMD {
  const entry = RULES.get(key(name));
  if (!entry) return first;
  if (typeof entry.length === 'number') return addDays(first, entry.length - 1);
  // The day after the feast, in the same Gregorian year or (for a feast in December) the next.
  for (const y of [first.year, first.year + 1]) {
    const after = entry.length(y);
    if (after && formatKey(after) > formatKey(first)) return addDays(after, -1);
  }
  return first;
}

const formatKey = (d: YMD) => d.year * 10000 + d.month * 100 + d.day;
