/** The date stage: formats, granularity, resolution against the reference date, and things that are not dates. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates/index.js';
import { extract } from '../src/index.js';

const REF = { year: 2024, month: 7, day: 9 }; // a Tuesday
const one = (text: string, ref: typeof REF | null = REF) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

describe('findDates', () => {
  it.each([
    ['On 9 July 2024, they met.', '9 July 2024', '2024-07-09'],
    ['on July 9, 2024 in Riga', 'July 9, 2024', '2024-07-09'],
    ['Tuesday, July 9th, 2024', 'Tuesday, July 9th, 2024', '2024-07-09'],
    ['FORT WORTH, TX, July 17, 2025 /24-7PressRelease/', 'July 17, 2025', '2025-07-17'],
    ['approved on 20 June, which', '20 June', '2024-06-20'],
    ['by March 2025', 'March 2025', '2025-03'],
    ['in 2023', '2023', '2023'],
    ['for the 2026–2027 term', '2026–2027', '2026/2027'],
    ['between 2019 and 2021', 'between 2019 and 2021', '2019/2021'],
    ['from 3 to 5 March', '3 to 5 March', '2024-03-03/2024-03-05'],
    ['March 3-5, 2025', 'March 3-5, 2025', '2025-03-03/2025-03-05'],
    ['in Q1 2024', 'Q1 2024', '2024-Q1'],
    ['the third quarter of 2023', 'third quarter of 2023', '2023-Q3'],
    ['in the summer of 2025', 'summer of 2025', '2025-SU'],
    ['in the 1990s', '1990s', '199'],
    ['2024-07-09T10:00:00Z', '2024-07-09T10:00:00Z', '2024-07-09'],
    ['on 12.05.2023', '12.05.2023', '2023-05-12'],
    ['on 07/04/2024', '07/04/2024', '2024-07-04'],
    ['2024. gada 9. jūlijā', '2024. gada 9. jūlijā', '2024-07-09'],
    ['am 9. Juli 2024', '9. Juli 2024', '2024-07-09'],
    ['le 9 juillet 2024', '9 juillet 2024', '2024-07-09'],
    ['el 9 de julio de 2024', '9 de julio de 2024', '2024-07-09'],
  ])('%s', (text, span, value) => {
    expect(one(text)).toContainEqual([span, value]);
  });

  it('resolves relative expressions against the reference date', () => {
    expect(one('announced today')).toContainEqual(['today', '2024-07-09']);
    expect(one('yesterday')).toContainEqual(['yesterday', '2024-07-08']);
    expect(one('next week')).toContainEqual(['next week', '2024-W29']);
    expect(one('last year')).toContainEqual(['last year', '2023']);
    expect(one('last month')).toContainEqual(['last month', '2024-06']);
    expect(one('two weeks ago')).toContainEqual(['two weeks ago', '2024-W26']);
    expect(one('The deal closed on Friday.')).toContainEqual(['Friday', '2024-07-05']);
    expect(one('The summit will open on Friday.')).toContainEqual(['Friday', '2024-07-12']);
  });

  it('reads month names alone as the nearest such month, leaning to the past', () => {
    expect(one('Production started in August.')).toContainEqual(['August', '2024-08']);
    expect(one('The report was published in December.')).toContainEqual(['December', '2023-12']);
    expect(one('The centre will open in September.')).toContainEqual(['September', '2024-09']);
    expect(one('Sales fell in late November.')).toContainEqual(['late November', '2023-11']);
    expect(one('Tickets go on sale in late November.')).toContainEqual(['late November', '2024-11']);
    expect(one('You may go.')).toEqual([]);
  });

  it("reads a year's end as its last day, the last one in the past tense", () => {
    const ref = { year: 2024, month: 11, day: 5 };
    const read = (text: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);
    expect(read('It plans to open 25 locations by year-end.')).toEqual([['year-end', '2024-12-31']]);
    expect(read('At year-end, cash was $5 million.')).toEqual([['year-end', '2023-12-31']]);
    expect(read('deliveries by year-end 2025 and 2026 year-end targets')).toEqual([['year-end 2025', '2025-12-31'], ['2026 year-end', '2026-12-31']]);
    expect(read('year-end results')).toEqual([]);
  });

  it("takes no year's end for the release's own date", async () => {
    const record = await extract({ text: 'Acme to Begin Output by Year-end 2024\n\nAcme said output starts in Q1.' });
    expect(record.referenceDate).toBeNull();
  });

  it('reads a range of months as one period, its years from either end', () => {
    expect(one('The survey ran from February to May 2024.')).toEqual([['February to May 2024', '2024-02/2024-05']]);
    expect(one('between December 2019 and November 2020')).toEqual([['between December 2019 and November 2020', '2019-12/2020-11']]);
    expect(one('the season (November – February 2025)')).toEqual([['November – February 2025', '2024-11/2025-02']]);
    expect(one('The program spans from May to October.')).toEqual([['May to October', '2024-05/2024-10']]);
    expect(one('Jan.-Mar. 2024 sales')).toEqual([['Jan.-Mar. 2024', '2024-01/2024-03']]);
    // A day after the second month belongs to a date of its own; "and" needs "between"; "may" in lower case is a verb.
    expect(one('(December 2026 - January 20, 2027)')).toEqual([['December 2026', '2026-12'], ['January 20, 2027', '2027-01-20']]);
    expect(one('in March and June').some((d) => d[1]!.includes('/'))).toBe(false);
    expect(one('you may to march')).toEqual([]);
  });

  it('reads business shorthand for fiscal years, halves, quarters and ISO week numbers', () => {
    const ref = { year: 2024, month: 11, day: 5 };
    const read = (text: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);
    expect(read('guidance for FY24 and FY2023/24, and the FY2024-26 plan')).toEqual([['FY24', '2024'], ['FY2023/24', '2023/2024'], ['FY2024-26', '2024/2026']]);
    expect(read("In 2H24, after 1H 2024 and H1'23, and in the first half of next year")).toEqual([
      ['2H24', '2024-H2'], ['1H 2024', '2024-H1'], ["H1'23", '2023-H1'], ['first half of next year', '2025-H1'],
    ]);
    expect(read("2Q23 bookings, 4Q 2024 results, Q3'24 and 3Q99")).toEqual([['2Q23', '2023-Q2'], ['4Q 2024', '2024-Q4'], ["Q3'24", '2024-Q3'], ['3Q99', '1999-Q3']]);
    expect(read('in week 45 of 2024, calendar week 3 and KW 12')).toEqual([['week 45 of 2024', '2024-W45'], ['calendar week 3', '2024-W03'], ['KW 12', '2024-W12']]);
    // A chip, a count and a week of something else are no dates.
    expect(read('8 NVIDIA H100 GPUs, H1 24 units, week 2 of the program, H12024')).toEqual([]);
  });

  it('gives a duration counted from the reference date the whole units it covers', () => {
    const period = (text: string) => findDates(text, REF).map((d) => [text.slice(d.start, d.end), d.value, d.period]);
    expect(period('Sales doubled over the past two years.')).toEqual([['two years', 'P2Y', '2022/2023']]);
    expect(period('in the last 3 months')).toEqual([['3 months', 'P3M', '2024-04/2024-06']]);
    expect(period('during the next ten days')).toEqual([['ten days', 'P10D', '2024-07-10/2024-07-19']]);
    expect(period('for the coming two weeks')).toEqual([['two weeks', 'P2W', '2024-W29/2024-W30']]);
    expect(period('the next 1 year')).toEqual([['1 year', 'P1Y', '2025']]);
    // Not counted from the reference date: no period.
    expect(period('a 10-year plan')).toEqual([['10-year', 'P10Y', undefined]]);
    expect(period('for two years')).toEqual([['two years', 'P2Y', undefined]]);
    expect(period('It is coming one week after the vote.').filter((d) => d[1] === 'P1W')).toEqual([]);
    expect(findDates('over the past two years', null)[0]?.period).toBeUndefined();
  });

  it('reads weekday abbreviations that are no word in lower case, and others with a capital or a dot', () => {
    expect(one('see you thu')).toEqual([['thu', '2024-07-11']]);
    expect(one('open till thurs')).toEqual([['thurs', '2024-07-11']]);
    expect(one('We will meet on fri.')).toEqual([['fri.', '2024-07-12']]);
    expect(one('they are fri in Danish')).toEqual([]);
    expect(one('the sun.')).toEqual([]);
  });

  it('takes no date word or year glued to letters of any script the edges know', () => {
    for (const text of ['Modell X2024', 'Juneau', 'серия2024', 'Αθήνα2024', 'מהדורה2024', '型号2024', 'July9th']) expect(one(text)).toEqual([]);
    expect(one('(2024)')).toEqual([['2024', '2024']]);
  });

  it('picks the nearest year for a day and month without one', () => {
    const jan = { year: 2000, month: 1, day: 7 };
    expect(one('The deal closed on Nov. 25.', jan)).toContainEqual(['Nov. 25', '1999-11-25']);
    expect(one('The fair opens on 15 January.', { year: 2024, month: 12, day: 20 })).toContainEqual(['15 January', '2025-01-15']);
  });

  it('knows holidays, nth weekdays and ordinal days', () => {
    expect(one('before Christmas', { year: 2024, month: 12, day: 1 })).toContainEqual(['Christmas', '2024-12-25']);
    expect(one('Thanksgiving 2025')).toContainEqual(['Thanksgiving 2025', '2025-11-27']);
    expect(one('Easter 2024')).toContainEqual(['Easter 2024', '2024-03-31']);
    expect(one('on the third Thursday of November 2024')).toContainEqual(['third Thursday of November 2024', '2024-11-21']);
    expect(one('the last Monday of May 2025')).toContainEqual(['last Monday of May 2025', '2025-05-26']);
    expect(one('the 1st of March 2025')).toContainEqual(['1st of March 2025', '2025-03-01']);
    expect(one('the day after tomorrow')).toContainEqual(['day after tomorrow', '2024-07-11']);
    expect(one('on February the 15th')).toContainEqual(['February the 15th', '2024-02-15']);
  });

  it('dates Hindu festivals by computing the lunar day and month, and solar ones by the Sun’s entry into a sign', () => {
    const cases: [string, string][] = [
      ['Diwali 2019', '2019-10-27'],
      ['Diwali 2024', '2024-10-31'],
      ['Dhanteras 2019', '2019-10-25'],
      ['Holi 2019', '2019-03-21'],
      ['Janmashtami 2019', '2019-08-23'],
      ['Ganesh Chaturthi 2024', '2024-09-07'],
      ['Navaratri 2024', '2024-10-03/2024-10-12'],
      ['Maha Shivaratri 2020', '2020-02-21'],
      ['Makar Sankranti 2019', '2019-01-15'],
      ['Pongal 2018', '2018-01-14'],
      ['Vaisakhi 2018', '2018-04-14'],
      ['Rabindra Jayanti 2019', '2019-05-09'],
      ['Parsi New Year 2022', '2022-08-16'],
    ];
    for (const [text, value] of cases) expect(one(text), text).toContainEqual([text, value]);
  });

  it('reads business shorthand for the end or beginning of a period, in capitals and not in a line of capitals', () => {
    expect(findDates('Deliver by EOM.', REF).map((d) => [d.value, d.mod])).toEqual([['2024-07', 'END']]);
    expect(findDates('the EOY review and the BOQ plan', REF).map((d) => [d.value, d.mod])).toEqual([['2024', 'END'], ['2024-Q3', 'START']]);
    expect(findDates('LOCAL BOY WINS; the eom', REF)).toEqual([]);
  });

  it('counts a holiday’s year from the reference, and moves days off the weekend as the country does', () => {
    expect(one('Thanksgiving of next year')).toContainEqual(['Thanksgiving of next year', '2025-11-27']);
    expect(one('Easter in two years')).toContainEqual(['Easter in two years', '2026-04-05']);
    expect(one('Diwali six years hence')).toContainEqual(['Diwali six years hence', '2030-10-26']);
    expect(one('Clean Monday 2018')).toContainEqual(['Clean Monday 2018', '2018-02-19']);
    // King's Day on a Sunday is kept on the Saturday; Boss's Day off a weekend goes to the nearest weekday.
    expect(one("King's Day 2014")).toContainEqual(["King's Day 2014", '2014-04-26']);
    expect(one('Koningsdag 2018')).toContainEqual(['Koningsdag 2018', '2018-04-27']);
    expect(one("Boss's Day 2016")).toContainEqual(["Boss's Day 2016", '2016-10-17']);
    expect(one("Boss's Day 2021")).toContainEqual(["Boss's Day 2021", '2021-10-15']);
  });

  it('dates movable feasts from Easter, Western and Orthodox, and holidays in other languages', () => {
    expect(one('Easter Monday 2025')).toContainEqual(['Easter Monday 2025', '2025-04-21']);
    expect(one('Pentecost 2024')).toContainEqual(['Pentecost 2024', '2024-05-19']);
    expect(one('Whit Monday 2013')).toContainEqual(['Whit Monday 2013', '2013-05-20']);
    expect(one('Ash Wednesday 2024')).toContainEqual(['Ash Wednesday 2024', '2024-02-14']);
    expect(one('Orthodox Easter 2018')).toContainEqual(['Orthodox Easter 2018', '2018-04-08']);
    expect(one('orthodox good friday 2020')).toContainEqual(['orthodox good friday 2020', '2020-04-17']);
    expect(one('Election Day 2024')).toContainEqual(['Election Day 2024', '2024-11-05']);
    expect(one('zu Pfingsten 2025')).toContainEqual(['Pfingsten 2025', '2025-06-08']);
    expect(one('Lieldienas 2024')).toContainEqual(['Lieldienas 2024', '2024-03-31']);
  });

  it('dates Islamic (Umm al-Qura), Hebrew and Chinese feasts from the runtime calendars, feasts of several days as ranges', () => {
    expect(one('during Ramadan 2025')).toContainEqual(['Ramadan 2025', '2025-03-01/2025-03-29']);
    expect(one('Eid al-Fitr 2018')).toContainEqual(['Eid al-Fitr 2018', '2018-06-15']);
    expect(one('Eid al-Adha in 2018')).toContainEqual(['Eid al-Adha in 2018', '2018-08-21']);
    expect(one('Chinese New Year 2018')).toContainEqual(['Chinese New Year 2018', '2018-02-16']);
    expect(one('Yom Kippur 2018')).toContainEqual(['Yom Kippur 2018', '2018-09-19']);
    expect(one('Rosh Hashanah 2018')).toContainEqual(['Rosh Hashanah 2018', '2018-09-10/2018-09-11']);
    // Hanukkah 2024 runs into 2025; Purim falls in the second Adar of a leap year.
    expect(one('Hanukkah 2024')).toContainEqual(['Hanukkah 2024', '2024-12-26/2025-01-02']);
    expect(one('Purim 2024')).toContainEqual(['Purim 2024', '2024-03-24']);
    expect(one('Purim 2025')).toContainEqual(['Purim 2025', '2025-03-14']);
    // Without a year: the coming one, from the reference date.
    expect(one('The store will close for Passover.', { year: 2025, month: 1, day: 10 })).toContainEqual(['Passover', '2025-04-13/2025-04-20']);
    expect(one('He lent money to the firm.')).toEqual([]);
  });

  it('takes a holiday without a year as the coming one unless the sentence is in the past', () => {
    const feb = { year: 2013, month: 2, day: 12 };
    expect(one('The offices close on Christmas Day.', feb)).toContainEqual(['Christmas Day', '2013-12-25']);
    expect(one('Sales rose sharply over Christmas.', feb)).toContainEqual(['Christmas', '2012-12-25']);
  });

  it('reads ranges across months, with or without a year, and "from the 13th to the 15th of July"', () => {
    expect(one('The fair runs June 28 – July 2, 2024.')).toContainEqual(['June 28 – July 2, 2024', '2024-06-28/2024-07-02']);
    expect(one('from 28 June to 2 July 2024')).toContainEqual(['28 June to 2 July 2024', '2024-06-28/2024-07-02']);
    expect(one('open Dec 28 - Jan 3, 2025')).toContainEqual(['Dec 28 - Jan 3, 2025', '2024-12-28/2025-01-03']);
    expect(one('July 13 - July 15')).toContainEqual(['July 13 - July 15', '2024-07-13/2024-07-15']);
    expect(one('from the 13th to the 15th of July')).toContainEqual(['13th to the 15th of July', '2024-07-13/2024-07-15']);
    // "and" between two full dates lists them; it is no range
    expect(one('on Aug. 26 and Oct. 20').map(([, v]) => v)).not.toContain('2024-08-26/2024-10-20');
  });

  it('reads parts of a unit, weekends, weeks of a day, first and last days, and weekdays of a week', () => {
    expect(one('by the end of the year')).toContainEqual(['end of the year', '2024']);
    expect(one('at the beginning of next month')).toContainEqual(['beginning of next month', '2024-08']);
    expect(one('Sales were strong over the weekend.')).toContainEqual(['weekend', '2024-W27-WE']);
    expect(one('The festival will take place over the weekend.')).toContainEqual(['weekend', '2024-W28-WE']);
    expect(one('in the week of March 6, 2000')).toContainEqual(['week of March 6, 2000', '2000-W10']);
    expect(one('until the last day of October 2015')).toContainEqual(['last day of October 2015', '2015-10-31']);
    expect(one('on Wednesday next week')).toContainEqual(['Wednesday next week', '2024-07-17']);
    expect(one('on Sunday from last week')).toContainEqual(['Sunday from last week', '2024-07-07']);
    expect(one('during the current summer')).toContainEqual(['current summer', '2024-SU']);
    expect(one('the first Monday of the month')).toContainEqual(['first Monday of the month', '2024-07-01']);
    expect(one('in the summer, prices fell', { year: 2024, month: 10, day: 1 })).toContainEqual(['summer', '2024-SU']);
    expect(one('after the fall of the Berlin Wall').length).toBe(0);
  });

  it('keeps the part of a period a modifier names (TIMEX3 mod) and the modifier in the span', () => {
    const mods = (text: string) => findDates(text, REF).map((d) => [text.slice(d.start, d.end), d.value, d.mod]);
    expect(mods('by the end of 2027')).toContainEqual(['end of 2027', '2027', 'END']);
    expect(mods('in early March')).toContainEqual(['early March', '2024-03', 'START']);
    expect(mods('since mid-July')).toContainEqual(['mid-July', '2024-07', 'MID']);
    expect(mods('at the beginning of next week')).toContainEqual(['beginning of next week', '2024-W29', 'START']);
    expect(mods('the late 1970s')).toContainEqual(['late 1970s', '197', 'END']);
    expect(mods('the middle of October 2023')).toContainEqual(['middle of October 2023', '2023-10', 'MID']);
    // A day has no parts here ("early Monday" is a time of day), and plain periods carry no mod.
    expect(mods('in March 2025')).toContainEqual(['March 2025', '2025-03', undefined]);
  });

  it('reads centuries, decades in words, "the year", "last night", "mid-1996" and vague references', () => {
    expect(one('in the 20th century')).toContainEqual(['20th century', '19']);
    expect(one('since the nineteenth century')).toContainEqual(['nineteenth century', '18']);
    expect(one('later this century')).toContainEqual(['this century', '20']);
    expect(one('music of the nineties')).toContainEqual(['nineties', '199']);
    expect(one('Revenue for the year rose 4 percent.')).toContainEqual(['year', '2024']);
    // In a results release early in the year, "the full year" is the year just reported on.
    expect(one('Fourth-quarter revenue rose 8 percent; for the full year, revenue rose 5 percent.', { year: 2025, month: 2, day: 10 })).toContainEqual(['full year', '2024']);
    expect(one('the year 2000 problem').map(([t]) => t)).not.toContain('year');
    expect(one('Fires broke out last night.')).toContainEqual(['last night', '2024-07-08TNI']);
    expect(one('by mid-1996')).toContainEqual(['mid-1996', '1996']);
    expect(one('several years ago')).toContainEqual(['several years ago', 'PAST_REF']);
    expect(one('in the near term')).toContainEqual(['near term', 'FUTURE_REF']);
  });

  it('reads spelled-out years, and a weekday that fixes the year of a day', () => {
    expect(one('in nineteen ninety-six')).toContainEqual(['nineteen ninety-six', '1996']);
    expect(one('the year two thousand')).toContainEqual(['year two thousand', '2000']);
    expect(one('in twenty twenty-four')).toContainEqual(['twenty twenty-four', '2024']);
    expect(one('two thousand ten people').length).toBe(0);
    expect(one('Fri, Jul 18', { year: 2013, month: 2, day: 12 })).toContainEqual(['Fri, Jul 18', '2014-07-18']);
    // after the date too, with its dot when it is an abbreviation, not the sentence's full stop after a full name
    expect(one('Jul 18, Fri', { year: 2013, month: 2, day: 12 })).toContainEqual(['Jul 18, Fri', '2014-07-18']);
    expect(one('on July 18, Fri. in Riga', { year: 2013, month: 2, day: 12 })).toContainEqual(['July 18, Fri.', '2014-07-18']);
    expect(one('It opens 18 July, Friday.', { year: 2013, month: 2, day: 12 })).toContainEqual(['18 July, Friday', '2014-07-18']);
    // "Wed", "Sat", "Sun" are words; before a date, with their dot or comma, they are weekdays
    expect(one('Sat, March 2, 2024')).toContainEqual(['Sat, March 2, 2024', '2024-03-02']);
    expect(one('Wed, Feb 13', { year: 2013, month: 2, day: 12 })).toContainEqual(['Wed, Feb 13', '2013-02-13']);
    expect(one('under the sun March 3')).toContainEqual(['March 3', '2024-03-03']);
  });

  it('reads "the year ended March 31" as a period counted back from its end date, as TimeML does', () => {
    expect(one('revenue for the year ended March 31')).toEqual([['year', 'P1Y'], ['March 31', '2024-03-31']]);
    expect(one('a loss for the quarter ending Sept. 30, 2024')).toEqual([['quarter', 'P1Q'], ['Sept. 30, 2024', '2024-09-30']]);
    expect(one('a loss for the third quarter ended Sept. 30, 2024')).toContainEqual(['third quarter', '2024-Q3']);
  });

  it('reads "Friday after next", month/year and month-first dotted dates', () => {
    const tue = { year: 2013, month: 2, day: 12 };
    expect(one('friday after next', tue)).toContainEqual(['friday after next', '2013-02-22']);
    expect(one('on Wednesday after next', tue)).toContainEqual(['Wednesday after next', '2013-02-20']);
    expect(one('sales in 2/2013 rose')).toContainEqual(['2/2013', '2013-02']);
    expect(one('under Resolution No. 12/2023')).toEqual([]);
    expect(one('Decree 4/2024 applies')).toEqual([]);
    expect(one('born 10.31.1974')).toContainEqual(['10.31.1974', '1974-10-31']);
    expect(one('on 09.07.2024')).toContainEqual(['09.07.2024', '2024-07-09']);
    expect(one('the third day of October 2014')).toContainEqual(['third day of October 2014', '2014-10-03']);
  });

  it('reads results language: the quarter reported on, and a year earlier', () => {
    const oct = { year: 2024, month: 10, day: 24 };
    expect(one('Revenue for the quarter rose 12 percent.', oct)).toContainEqual(['quarter', '2024-Q3']);
    expect(one('Quarterly revenue rose 12 percent from a year earlier.', oct)).toContainEqual(['a year earlier', '2023-Q3']);
    expect(one('Three years ago we had 10 staff.', oct)).toContainEqual(['Three years ago', '2021']);
    expect(one('last fall', oct)).toContainEqual(['last fall', '2023-FA']);
    expect(one('in recent years', oct)).toContainEqual(['recent years', 'PAST_REF']);
  });

  it('reads a year earlier in a results paragraph as the quarter reported on, and not for other periods', () => {
    const oct = { year: 2024, month: 10, day: 24 };
    const text = 'Acme reported third-quarter results on Thursday.\n\nThe company said net income rose to $94 million, or 89 cents a share, from $85 million a year ago. For the nine months, net was $254 million, up from $163 million a year earlier.';
    expect(one(text, oct)).toContainEqual(['a year ago', '2023-Q3']);
    expect(one(text, oct)).toContainEqual(['a year earlier', '2023']);
    expect(one('Our team has grown from 12 people a year ago.', oct)).toContainEqual(['a year ago', '2023']);
  });

  it('reads the year of a quarter from its modifiers, and a quarter not yet begun as last year’s', () => {
    const jan = { year: 2025, month: 1, day: 28 };
    expect(one('Profits fell in the fourth quarter.', jan)).toContainEqual(['fourth quarter', '2024-Q4']);
    expect(one('We expect growth in the fourth quarter.', jan)).toContainEqual(['fourth quarter', '2025-Q4']);
    expect(one('In the year-ago third quarter, net was $2 million.', jan)).toContainEqual(['year-ago third quarter', '2024-Q3']);
    expect(one('a charge in the 2023 second quarter', jan)).toContainEqual(['2023 second quarter', '2023-Q2']);
    expect(one("effective as early as next year's first quarter", jan)).toContainEqual(["next year's first quarter", '2026-Q1']);
  });

  it('reads a month with last, next, this, or a year word after it', () => {
    expect(one('The treaty was signed last May.')).toContainEqual(['last May', '2024-05']);
    expect(one('The treaty was signed last September.')).toContainEqual(['last September', '2023-09']);
    expect(one('Talks resume next March.')).toContainEqual(['next March', '2025-03']);
    expect(one('In June last year, the plant opened.')).toContainEqual(['June last year', '2023-06']);
    expect(one('The process began in February this year.')).toContainEqual(['February this year', '2024-02']);
  });

  it('reads results periods as the quarter reported on', () => {
    const oct = { year: 2024, month: 10, day: 24 };
    const text = 'Acme reported third-quarter net income of $5 million. In the year-earlier period, it earned $4 million; in the 2022 period, $3 million. Sales in the latest period rose 9%.';
    expect(one(text, oct)).toContainEqual(['year-earlier period', '2023-Q3']);
    expect(one(text, oct)).toContainEqual(['2022 period', '2022-Q3']);
    expect(one(text, oct)).toContainEqual(['latest period', '2024-Q3']);
    expect(one("compared with last year's quarter", oct)).toContainEqual(["last year's quarter", '2023-Q3']);
    expect(one('The trial period ends soon.', oct).map(([t]) => t)).not.toContain('period');
  });

  it('counts "the following year/month/day" from the date named before it', () => {
    expect(one('On May 22, 1995, she was promoted, and the following year she moved to Budapest.')).toContainEqual(['following year', '1996']);
    expect(one('The plant opened on 3 March 2021. The next day, 200 people applied.')).toContainEqual(['next day', '2021-03-04']);
    expect(one('Talks stalled in October 2019; the following month they resumed.')).toContainEqual(['following month', '2019-11']);
    expect(one('The results will be published the following day.')).toContainEqual(['following day', '2024-07-10']);
    expect(one('The plant opened on 3 March 2021. Later that year it hired 200 people.')).toContainEqual(['Later that year', '2021']);
    expect(one('The ship sank on 12 May 1990, and that same day the rescue began.')).toContainEqual(['that same day', '1990-05-12']);
    expect(one('That day was special.')).toContainEqual(['That day', 'XXXX-XX-XX']);
    expect(one('The ship sank on 12 May 1990 and was found the next morning.')).toContainEqual(['next morning', '1990-05-13TMO']);
  });

  it('counts "two weeks before Christmas" from the date after it, at that date’s granularity', () => {
    expect(one('The market opens two weeks before Christmas.')).toContainEqual(['two weeks before Christmas', '2024-12-11']);
    expect(one('Results came three days after the March 3 vote.')).toContainEqual(['three days after the March 3', '2024-03-06']);
    expect(one('The plant reopened six months after June 2020.')).toContainEqual(['six months after June 2020', '2020-12']);
    expect(one('Construction ends one year after 1 May 2025.')).toContainEqual(['one year after 1 May 2025', '2026-05-01']);
    // Before something that is not a date, the count stays counted from the reference date.
    expect(one('Two weeks before, the board met.')).toContainEqual(['Two weeks before', '2024-W26']);
    // A month before a year-level date cannot be said at that year's granularity: both stay as they were.
    expect(one('a month before the 2024 elections')).toEqual([['a month before', '2024-06'], ['2024', '2024']]);
  });

  it('reads Lent and the Orthodox Great Lent as their days, and "end of year" without an article', () => {
    expect(one('Fasting during Lent 2025 is common.')).toContainEqual(['Lent 2025', '2025-03-05/2025-04-19']);
    expect(one('the great fast 2018 began')).toContainEqual(['great fast 2018', '2018-02-19/2018-03-30']);
    // ("lent" is also a verb.)
    expect(one('The bank lent money in 2019.')).toEqual([['2019', '2019']]);
    expect(one('The fund closes by end of year.')).toContainEqual(['end of year', '2024']);
    expect(one('He spoke on MLK Jr. Day 2025.')).toContainEqual(['MLK Jr. Day 2025', '2025-01-20']);
  });

  it('reads the first or last week of a month as an ISO week (the weeks that begin in it; the last that ends in it)', () => {
    expect(one('in the first week of October 2014')).toContainEqual(['first week of October 2014', '2014-W41']);
    expect(one('the last week of September 2014')).toContainEqual(['last week of September 2014', '2014-W39']);
    expect(one('They met in the second week of January 2024.')).toContainEqual(['second week of January 2024', '2024-W02']);
  });

  it('reads a date with no tense as the coming one when asked to (forward), else as the nearest', () => {
    const forward = (text: string) => findDates(text, REF, { forward: true }).map((d) => [text.slice(d.start, d.end), d.value]);
    // REF is Tuesday 9 July 2024: Monday alone is yesterday by default, next Monday when leaning forward.
    expect(one('Monday')).toContainEqual(['Monday', '2024-07-08']);
    expect(forward('Monday')).toContainEqual(['Monday', '2024-07-15']);
    expect(one('the first Tuesday of March')).toContainEqual(['first Tuesday of March', '2024-03-05']);
    expect(forward('the first Tuesday of March')).toContainEqual(['first Tuesday of March', '2025-03-04']);
    expect(forward('the last Friday of March')).toContainEqual(['last Friday of March', '2025-03-28']);
    // The sentence's tense still decides when there is one.
    expect(forward('The deal closed on Monday.')).toContainEqual(['Monday', '2024-07-08']);
  });

  it('gives a day its part of the day or its clock time, but never takes a clock time alone', () => {
    expect(one('The talks ended on Friday morning.')).toContainEqual(['Friday morning', '2024-07-05TMO']);
    expect(one('Protesters gathered Sunday night in Riga.')).toContainEqual(['Sunday night', '2024-07-07TNI']);
    expect(one('The vote is set for 9 a.m. EST Thursday.')).toContainEqual(['9 a.m. EST Thursday', '2024-07-11T09:00']);
    expect(one('The polls close on July 12 at 8 p.m. local time.')).toContainEqual(['July 12 at 8 p.m.', '2024-07-12T20:00']);
    expect(one('He spoke this morning.')).toContainEqual(['this morning', '2024-07-09TMO']);
    expect(one('They meet at noon Friday.')).toContainEqual(['noon Friday', '2024-07-12T12:00']);
    expect(one('The doors open at 10:35 a.m. for visitors.')).toEqual([]);
    expect(findDates('Doors open Friday morning.', null)[0]).toMatchObject({ value: 'XXXX-XX-XXTMO', type: 'time', resolved: false });
  });

  it('reads a part of the day with a modifier before the day', () => {
    expect(one('The fire broke out mid-afternoon yesterday.')).toContainEqual(['mid-afternoon yesterday', '2024-07-08TAF']);
    expect(one('Talks ended late evening on Friday.')).toContainEqual(['late evening on Friday', '2024-07-05TEV']);
  });

  it('leaves relative expressions unresolved without a reference date', () => {
    const [d] = findDates('approved on 20 June', null);
    expect(d.value).toBe('XXXX-06-20');
    expect(d.resolved).toBe(false);
  });

  it('reads durations as durations', () => {
    const d = findDates('for two years', REF)[0];
    expect([d.type, d.value]).toEqual(['duration', 'P2Y']);
  });

  it.each([
    'Call 555-2024 for details',
    '2,024 people attended',
    'a price of $2024',
    'version 2.2024.1',
    'rose 2024%',
    'Room 1999 on floor 3',
    'at 10:30 a.m.',
    'you may 5 times',
    'the march 12 kilometres',
    'No. 2019 in the series',
    'ISBN 978-3-16-148410-0',
    '+371 2024 5678',
  ])('is not a date: %s', (text) => {
    expect(findDates(text, REF)).toEqual([]);
  });

  it('never uses the clock: without a reference, output does not depend on the day', async () => {
    const r = await extract('The ministry said yesterday that it will act.');
    expect(r.referenceDate).toBeNull();
    expect(r.dates[0].resolved).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain('no-reference-date');
  });

  it('uses publishedAt from the input as the reference date', async () => {
    const r = await extract({ text: 'The law was approved on 20 June.', publishedAt: '2023-07-01' });
    expect(r.dates[0].value).toBe('2023-06-20');
    expect(r.publishedAt).toBe('2023-07-01');
  });
});

describe('weekdays in reported speech', () => {
  it('reads a weekday next to a past reporting verb as the past one, even when the clause speaks of the future', () => {
    // 2024-07-10 is a Wednesday: "said Tuesday" is the day before, although "will" follows.
    const ref = { year: 2024, month: 7, day: 10 };
    expect(one('The company said Tuesday it will open a plant in Riga.', ref)).toEqual([['Tuesday', '2024-07-09']]);
    expect(one('The board on Tuesday announced that it will list the shares.', ref)).toEqual([['Tuesday', '2024-07-09']]);
    expect(one('The plant will open on Friday.', ref)).toEqual([['Friday', '2024-07-12']]);
  });
});
