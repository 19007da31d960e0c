/**
 * A day with a time of day: "Friday morning" (TIMEX3 `2000-01-28TMO`),
 * "Wednesday night" (`…TNI`), "9 a.m. Tuesday" and "Tuesday at 9 a.m."
 * (`…T09:00`), "noon Thursday" (`…T12:00`). A clock time alone is not a date
 * and is never proposed on its own; it only sharpens a day beside it.
 */
import type { DateCandidate } from './parsers.js';

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** "9 a.m.", "10:35 p.m.", "7pm", "noon", "midnight", "midday" — with an optional time zone after it. */
const CLOCK = String.raw`(?:(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?m\.?|(noon|midday|midnight))(?:\s(?:[A-Z]{2,4}))?`;
const CLOCK_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}:.])${CLOCK},?\s{1,2}(?:on\s)?$`, 'u');
const CLOCK_AFTER = new RegExp(String.raw`^,?\s{1,2}(?:at|from|around|about)\s{1,2}${CLOCK}(?![\p{L}\p{N}])`, 'u');
const PART_AFTER = /^\s{1,2}(morning|afternoon|evening|night)(?![\p{L}\p{N}])/iu;
/** "mid-afternoon yesterday", "late morning Tuesday": a part of the day with a modifier, before the day. */
const PART_BEFORE = /(?<![\p{L}\p{N}])(?:mid|early|late)[-\s]?(morning|afternoon|evening|night)\s{1,2}(?:on\s)?$/iu;

/** A day value, resolved or not: 2024-07-09, XXXX-XX-XX. */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/;

function clockValue(m: RegExpExecArray): string | null {
  if (m[4]) return m[4].toLowerCase() === 'midnight' ? '24:00' : '12:00';
  let hour = Number(m[1]);
  const minute = m[2] ?? '00';
  if (hour < 1 || hour > 12) return null;
  if (m[3].toLowerCase() === 'p' && hour !== 12) hour += 12;
  if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${minute}`;
}

/** The candidate, extended over a part of the day or a clock time that stands right beside it. */
export function withTimeOfDay(text: string, c: DateCandidate): DateCandidate {
  if (c.type !== 'date' || !DAY_VALUE.test(c.value)) return c;
  const after = text.slice(c.end, c.end + 32);
  const part = PART_AFTER.exec(after);
  if (part) return { ...c, end: c.end + part[0].length, type: 'time', value: `${c.value}T${PARTS[part[1].toLowerCase()]}` };
  const clockAfter = CLOCK_AFTER.exec(after);
  const clockAfterValue = clockAfter && clockValue(clockAfter);
  if (clockAfter && clockAfterValue) return { ...c, end: c.end + clockAfter[0].length, type: 'time', value: `${c.value}T${clockAfterValue}` };
  const from = Math.max(0, c.start - 32);
  const partBefore = PART_BEFORE.exec(text.slice(from, c.start));
  if (partBefore) return { ...c, start: from + partBefore.index, type: 'time', value: `${c.value}T${PARTS[partBefore[1]!.toLowerCase()]}` };
  const clockBefore = CLOCK_BEFORE.exec(text.slice(from, c.start));
  const clockBeforeValue = clockBefore && clockValue(clockBefore);
  if (clockBefore && clockBeforeValue) return { ...c, start: from + clockBefore.index, type: 'time', value: `${c.value}T${clockBeforeValue}` };
  return c;
}

/** "this morning", "tonight": today, at that part of the day. */
export function partOfToday(word: string): string | null {
  const w = word.toLowerCase().replace(/^(?:this|last)\s+/, '');
  return PARTS[w] ?? null;
}
