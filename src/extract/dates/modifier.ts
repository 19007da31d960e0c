/**
 * TIMEX3 modifiers: "early 2024", "mid-July", "the end of the month", "late
 * November" keep the value of the period (2024, 2024-07 …) and say which part
 * of it is meant (`mod` START, MID or END), as TimeML annotates them.
 */

export type DateMod = 'START' | 'MID' | 'END';

const MODS: Record<string, DateMod> = { early: 'START', beginning: 'START', start: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END', close: 'END' };

/** A modifier just before a value: "late 2024", "mid-July", "end of April", "the start of next year". */
const BEFORE = /(?:^|[^\p{L}\p{N}])((?:very\s)?(?:(early|mid|late)[-\s]|(end|beginning|start|middle|close)\sof\s(?:the\s)?))$/iu;
/** A modifier that a pattern already took into its match ("the end of the month", "early this week"). */
const INSIDE = /^(?:the\s)?(?:very\s)?(?:(early|mid|late)[-\s]|(end|beginning|start|middle|close)\sof\s)/iu;
/** Business shorthand: "by EOM", "EOY", "the BOM" (end or beginning of the month, quarter, year). */
const SHORTHAND = /^(?:the\s)?([EB])O[MQY](?![\p{L}\p{N}])/u;

/** Values that are periods with parts: decades, years, quarters, halves, months, weeks, seasons. */
const PERIOD = /^(?:\d{3}|\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}|W\d{2}|SP|SU|FA|WI))?)$/;

/**
 * The modifier of a date span [start, end) and the span's new start when the
 * modifier stands before it; null when there is none or the value is no period.
 */
export function dateModifier(text: string, start: number, value: string): { mod: DateMod; start: number } | null {
  if (!PERIOD.test(value)) return null;
  const inside = INSIDE.exec(text.slice(start, start + 24));
  if (inside) return { mod: MODS[(inside[1] ?? inside[2])!.toLowerCase()]!, start };
  const shorthand = SHORTHAND.exec(text.slice(start, start + 8));
  if (shorthand) return { mod: shorthand[1] === 'E' ? 'END' : 'START', start };
  const before = BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return null;
  return { mod: MODS[(before[2] ?? before[3])!.toLowerCase()]!, start: start - before[1]!.length };
}
