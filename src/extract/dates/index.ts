/**
 * The date stage: finds temporal expressions, normalizes them to TIMEX3 values
 * at their own granularity and resolves relative ones against the document's
 * reference date (never the machine's clock).
 */
import { type Doc, type PipelineOptions, warn } from '../../doc.js';
import type { DateMention } from '../../schema/record.js';
import { type YMD, parseISODate, formatDay } from './calendar.js';
import { type DateCandidate, type ParseContext, PARSERS } from './parsers.js';
import { Coverage } from '../../util/spans.js';
import { withTimeOfDay } from './time-of-day.js';
import { resolveAnaphora, resolveOffsets } from './anaphora.js';
import { dateModifier } from './modifier.js';

export { PARSERS } from './parsers.js';
export type { DateCandidate } from './parsers.js';

/**
 * Find every temporal expression in `text`, resolved against `ref` when given. Overlaps keep the longest match.
 * `forward`: an expression with no tense to go by is the coming one (PipelineOptions.forwardDates).
 */
export function findDates(text: string, ref: YMD | null, options: { forward?: boolean } = {}): DateCandidate[] {
  const ctx: ParseContext = { text, ref, ...(options.forward && { forward: true }) };
  const all: (DateCandidate & { order: number })[] = [];
  PARSERS.forEach((parser, order) => {
    if (parser.trigger && !parser.trigger.test(text)) return;
    parser.pattern.lastIndex = 0;
    for (const m of text.matchAll(parser.pattern)) {
      const built = parser.build(m, ctx);
      if (!built) continue;
      // Trim a leading "the " that a pattern allowed for context.
      let start = m.index + (built.skip ?? 0);
      let end = m.index + m[0].length + (built.extend ?? 0);
      // "on Nov. 25." — a sentence's full stop after a day number is not part of the date.
      if (!built.extend && /\d\.$/.test(m[0])) end--;
      const lead = /^(?:the\s|le\s|on\s)/i.exec(text.slice(start, end));
      if (lead) start += lead[0].length;
      // "early 2024", "mid-July", "the end of the month": the modifier belongs to the expression; the value keeps its granularity.
      const modifier = built.type === 'date' ? dateModifier(text, start, built.value) : null;
      if (modifier) start = modifier.start;
      all.push({ start, end, type: built.type, value: built.value, resolved: built.resolved, order, ...(modifier && { mod: modifier.mod }), ...(built.period && { period: built.period }) });
    }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken: DateCandidate[] = [];
  const occupied = new Coverage(text.length);
  for (const c of all) {
    if (occupied.overlaps(c.start, c.end)) continue;
    occupied.add(c.start, c.end);
    const ending = periodEnding(text, c);
    taken.push(withTimeOfDay(text, ending ?? { start: c.start, end: c.end, type: c.type, value: c.value, resolved: c.resolved, ...(c.mod && { mod: c.mod }), ...(c.period && { period: c.period }) }));
  }
  return resolveOffsets(text, resolveAnaphora(text, taken.sort((a, b) => a.start - b.start || a.end - b.end)));
}

/**
 * "the year ended March 31", "the quarter ending Sept. 30": a period counted back from the date after it, as TimeML
 * reads it: a duration (`P1Y`, `P1Q`), the date its own expression. ("The third quarter ended Sept. 30" names its quarter.)
 */
function periodEnding(text: string, c: { start: number; end: number }): DateCandidate | null {
  const m = /^(?:fiscal\s)?(year|quarter|month|week)$/i.exec(text.slice(c.start, c.end));
  if (!m || !/^\s+(?:ended|ending)\s/.test(text.slice(c.end, c.end + 10))) return null;
  if (!/(?:^|\s)(?:the|its|their|our)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) return null;
  const unit = { year: 'Y', quarter: 'Q', month: 'M', week: 'W' }[m[1]!.toLowerCase() as 'year']!;
  return { start: c.start, end: c.end, type: 'duration', value: `P1${unit}`, resolved: true };
}

const EVENT_WORDS =
  /\b(held|hold|holds|host|hosts|hosted|took place|take place|takes place|will be|launch|launched|opens?|opened|meeting|conference|summit|forum|event|ceremony|session|workshop|webinar|festival|discussion|exhibition|scheduled|approved|adopted|signed|announced|elected|election|begins?|began|starts?|started|ends?|ended)\b/i;

/** Is this a day-level (or range of days) value? */
const dayLevel = (v: string) => /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/.test(v);

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 400);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 400);
  const stop = after.search(/[.\n]/);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * Does the date name a calendar day in so many words ("9 July 2024", "2024-07-09"), as a release's own date may?
 * (A year's end, "by year-end 2024", has a day's value but dates no release.)
 */
export function statesDay(text: string, d: DateCandidate): boolean {
  return d.type === 'date' && d.resolved && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !/year[-\s]end/i.test(text.slice(d.start, d.end));
}

/** Decide the reference date: input/page metadata, the dateline, the option, else the first full date in the text. */
function referenceFor(doc: Doc, options: PipelineOptions): { ref: YMD | null; inferred: boolean } {
  const stated = parseISODate(doc.publishedAt) ?? parseISODate(options.referenceDate);
  if (stated) return { ref: stated, inferred: false };
  const sample = doc.text.slice(0, 20000);
  const first = findDates(sample, null).find((d) => statesDay(sample, d));
  return { ref: first ? parseISODate(first.value) : null, inferred: Boolean(first) };
}

export function extractDates(doc: Doc, options: PipelineOptions = {}): Doc {
  const { ref, inferred } = referenceFor(doc, options);
  doc.referenceDate = ref ? formatDay(ref) : null;
  if (!doc.publishedAt && options.referenceDate && parseISODate(options.referenceDate)) {
    doc.publishedAt = options.referenceDate;
    doc.publishedAtSource = 'option';
  }
  if (inferred && ref) {
    warn(doc, 'dates', 'reference-date-inferred', `no publication date found; relative dates resolved against the first full date in the text (${formatDay(ref)})`);
  }
  const found = findDates(doc.text, ref, { forward: options.forwardDates });
  let unresolved = 0;
  const dates: DateMention[] = found.map((c) => {
    if (!c.resolved) unresolved++;
    let role: DateMention['role'] = 'other';
    const inDateline = doc.dateline && c.start >= doc.dateline.start && c.end <= doc.dateline.end;
    const atPublished = doc.publishedAtSpan && c.start === doc.publishedAtSpan.start && c.end === doc.publishedAtSpan.end;
    if (inDateline || atPublished || (doc.publishedAt && c.value === doc.publishedAt && c.start < 400 && doc.publishedAtSource !== 'option')) role = 'published';
    else if (dayLevel(c.value) && EVENT_WORDS.test(sentenceAround(doc.text, c.start, c.end))) role = 'event';
    return { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, value: c.value, ...(c.mod && { mod: c.mod }), ...(c.period && { period: c.period }), role, resolved: c.resolved };
  });
  if (unresolved > 0) {
    warn(doc, 'dates', 'no-reference-date', `${unresolved} relative date expression(s) left unresolved: no publication or reference date known`);
  }
  doc.dates = dates;
  return doc;
}
