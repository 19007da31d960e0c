/**
 * Temporal evaluation. TimeML (.tml, TempEval-3): strict and relaxed extent F1
 * and value F1 for DATE and TIME expressions, each document resolved against
 * its creation time (DCT). Duckling phrase corpus: share of date-level phrases
 * (day, week, month, year grain) whose value is right, and negatives not taken.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractSync } from '../pipeline.js';
import { addDays, addMonths, daysInMonth, formatDay, formatMonth, isoWeek, parseISODate, weekday } from '../extract/dates/calendar.js';
import { findDates } from '../extract/dates/index.js';
import { type Counts, type Prf, prf } from './ner.js';

export interface TimexGold {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  dct: string;
  text: string;
  timexes: TimexGold[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parse a .tml file: the TEXT element's plain text with the TIMEX3 spans in it. */
export function parseTimeML(xml: string, id: string): TimeMLDocument {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const from = xml.indexOf('<TEXT>');
  const to = xml.lastIndexOf('</TEXT>');
  const body = from >= 0 && to > from ? xml.slice(from + 6, to) : '';
  let text = '';
  const timexes: TimexGold[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)(?![A-Za-z0-9])([^<>]*)>|&(amp|lt|gt|quot|apos);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(re)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        const o = open.pop();
        if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value });
      } else if (!m[3].trim().endsWith('/')) {
        open.push({ start: text.length, type: /type="([^"]+)"/.exec(m[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3])?.[1] ?? '' });
      }
    } else if (m[4]) text += ENTITIES[m[4]];
    else text += m[0];
  }
  // Spans must not start or end in white space.
  for (const t of timexes) {
    while (t.start < t.end && /\s/.test(text[t.start])) t.start++;
    while (t.end > t.start && /\s/.test(text[t.end - 1])) t.end--;
  }
  return { id, dct, text, timexes };
}

function tmlFiles(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  const out: string[] = [];
  for (const e of readdirSync(target, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(target, e.name);
    if (e.isDirectory()) out.push(...tmlFiles(full));
    else if (e.name.endsWith('.tml')) out.push(full);
  }
  return out;
}

export interface TimeMLReport {
  documents: number;
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
  errors: { kind: 'missed' | 'spurious' | 'wrong-value'; text: string; gold?: string; predicted?: string }[];
}

const TYPES = new Set(['DATE', 'TIME']);

/** Score DATE and TIME expressions of .tml files (or folders of them). */
export function evaluateTimeML(targets: string[], options: { topErrors?: number; forwardDates?: boolean } = {}): TimeMLReport {
  const strict: Counts = { tp: 0, fp: 0, fn: 0 };
  const relaxed: Counts = { tp: 0, fp: 0, fn: 0 };
  let valueCorrect = 0;
  let goldTotal = 0;
  let predTotal = 0;
  const errors: TimeMLReport['errors'] = [];
  const files = targets.flatMap(tmlFiles);
  for (const file of files) {
    const doc = parseTimeML(readFileSync(file, 'utf8'), path.basename(file));
    const dct = parseISODate(doc.dct);
    const record = extractSync({ id: doc.id, text: doc.text, ...(dct ? { publishedAt: formatDay(dct) } : {}) }, { forwardDates: options.forwardDates });
    const gold = doc.timexes.filter((t) => TYPES.has(t.type));
    const pred = record.dates.filter((d) => d.type === 'date' || d.type === 'time');
    goldTotal += gold.length;
    predTotal += pred.length;
    const used = new Set<number>();
    for (const g of gold) {
      const exactIdx = pred.findIndex((p) => p.start === g.start && p.end === g.end);
      const idx = exactIdx >= 0 ? exactIdx : pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (exactIdx >= 0) strict.tp++;
      if (idx < 0) {
        relaxed.fn++;
        errors.push({ kind: 'missed', text: doc.text.slice(g.start, g.end), gold: g.value });
        continue;
      }
      used.add(idx);
      relaxed.tp++;
      if (pred[idx].value === g.value) valueCorrect++;
      else errors.push({ kind: 'wrong-value', text: doc.text.slice(g.start, g.end), gold: g.value, predicted: pred[idx].value });
    }
    strict.fn += gold.length - gold.filter((g) => pred.some((p) => p.start === g.start && p.end === g.end)).length;
    strict.fp += pred.filter((p) => !gold.some((g) => p.start === g.start && p.end === g.end)).length;
    pred.forEach((p, i) => {
      if (!used.has(i) && !gold.some((g) => p.start < g.end && g.start < p.end)) {
        relaxed.fp++;
        errors.push({ kind: 'spurious', text: p.text, predicted: p.value });
      }
    });
  }
  const value = prf({ tp: valueCorrect, fp: predTotal - valueCorrect, fn: goldTotal - valueCorrect });
  // Most frequent errors first.
  const counted = new Map<string, { e: TimeMLReport['errors'][number]; n: number }>();
  for (const e of errors) {
    const k = `${e.kind}|${e.text.toLowerCase()}|${e.gold ?? ''}|${e.predicted ?? ''}`;
    const c = counted.get(k) ?? { e, n: 0 };
    c.n++;
    counted.set(k, c);
  }
  const top = [...counted.values()].sort((a, b) => b.n - a.n).slice(0, options.topErrors ?? 25).map((c) => ({ ...c.e, count: c.n }));
  return { documents: files.length, gold: goldTotal, predicted: predTotal, strict: prf(strict), relaxed: prf(relaxed), value, errors: top };
}

export interface DucklingEntry {
  text: string;
  section: string;
  kind: string;
  value?: string;
  start?: string;
  end_exclusive?: string;
  grain?: string;
}

/** The TIMEX3 value Duckling's answer stands for, at its grain; null when not date-level. */
export function ducklingValue(e: DucklingEntry): string | null {
  const grain = e.grain ?? '';
  if (!['day', 'week', 'month', 'year'].includes(grain)) return null;
  const at = (iso: string | undefined) => parseISODate(iso);
  const fmt = (d: ReturnType<typeof at>) => {
    if (!d) return null;
    if (grain === 'day') return formatDay(d);
    if (grain === 'week') return isoWeek(d);
    if (grain === 'month') return formatMonth(d.year, d.month);
    return String(d.year);
  };
  if (e.kind === 'instant') return fmt(at(e.value));
  if (e.kind === 'interval') {
    const a = at(e.start);
    const b = at(e.end_exclusive);
    if (!a || !b) return null;
    const last =
      grain === 'day' ? addDays(b, -1) : grain === 'week' ? addDays(b, -7) : grain === 'month' ? { ...addMonths(b.year, b.month, -1), day: 1 } : { year: b.year - 1, month: 1, day: 1 };
    const [va, vb] = [fmt(a), fmt(last)];
    return va === vb ? va : `${va}/${vb}`;
  }
  return null;
}

/**
 * A modified period in Duckling's convention: Duckling answers "early March" or
 * "the end of the month" with an interval of days (1–10, 11–20, 21–end), "the
 * beginning of 2017" with months (January–March; the end: September–December)
 * and "the end of this week" with days (Monday–Wednesday; Friday–Sunday), and
 * seasons with days (summer: 21 June–23 September).
 */
export function ducklingModified(value: string, mod: 'START' | 'MID' | 'END' | undefined): string {
  // A season (TimeML "2013-SU") is Duckling's astronomical interval of days; a year's winter is the one its
  // January falls in, as press-facts dates "this winter" in February.
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season && !mod) {
    const y = Number(season[1]);
    const days = { SP: [`${y}-03-20`, `${y}-06-20`], SU: [`${y}-06-21`, `${y}-09-23`], FA: [`${y}-09-23`, `${y}-12-20`], WI: [`${y - 1}-12-21`, `${y}-03-20`] }[season[2] as 'SP'];
    return `${days[0]}/${days[1]}`;
  }
  if (!mod) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    const [a, b] = mod === 'START' ? [1, 10] : mod === 'MID' ? [11, 20] : [21, daysInMonth(y, m)];
    return `${formatDay({ year: y, month: m, day: a })}/${formatDay({ year: y, month: m, day: b })}`;
  }
  if (/^\d{4}$/.test(value) && mod !== 'MID') return mod === 'START' ? `${value}-01/${value}-03` : `${value}-09/${value}-12`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    if (mod === 'START') return `${formatDay(monday)}/${formatDay(addDays(monday, 2))}`;
    if (mod === 'END') return `${formatDay(addDays(monday, 4))}/${formatDay(addDays(monday, 6))}`;
  }
  return value;
}

/** Monday of ISO week `week` of `year`. */
function mondayOfIsoWeek(year: number, week: number) {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 7 * (week - 1) - (weekday(jan4) - 1));
}

export interface DucklingReport {
  phrases: number;
  correct: number;
  accuracy: number;
  negatives: number;
  negativesTaken: number;
  errors: { text: string; expected: string; got: string | null }[];
}

/**
 * Score the Duckling phrase corpus (reference time 2013-02-12). Duckling reads a phrase with no tense as the coming
 * occurrence ("monday", "October"); `forwardDates` does the same here.
 */
export function evaluateDuckling(file: string, options: { topErrors?: number; forwardDates?: boolean } = {}): DucklingReport {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as DucklingEntry & { _meta?: { reference_time: string } });
  const meta = lines.find((l) => l._meta)?._meta;
  const ref = parseISODate(meta?.reference_time ?? '2013-02-12') ?? { year: 2013, month: 2, day: 12 };
  const find = (text: string) => findDates(text, ref, { forward: options.forwardDates });
  let phrases = 0;
  let correct = 0;
  let negatives = 0;
  let negativesTaken = 0;
  const errors: DucklingReport['errors'] = [];
  for (const e of lines) {
    if (e._meta) continue;
    if (e.section === 'negativeCorpus') {
      negatives++;
      const taken = find(e.text).filter((d) => d.type === 'date' || d.type === 'time');
      if (taken.length) {
        negativesTaken++;
        errors.push({ text: e.text, expected: '(none)', got: taken[0]!.value });
      }
      continue;
    }
    const expected = ducklingValue(e);
    if (!expected) continue;
    phrases++;
    // A duration counted from the reference ("last 2 days") is Duckling's interval: its period.
    const found = find(e.text).filter((d) => d.type === 'date' || d.period);
    const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const got = best ? (best.period ?? ducklingModified(best.value, best.mod)) : null;
    if (got === expected) correct++;
    else errors.push({ text: e.text, expected, got });
  }
  return {
    phrases,
    correct,
    accuracy: Math.round((phrases ? correct / phrases : 0) * 1000) / 10,
    negatives,
    negativesTaken,
    errors: errors.slice(0, options.topErrors ?? 25),
  };
}
