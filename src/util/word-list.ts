/**
 * Lookups in sorted, newline-separated lists, by binary search over the string
 * itself: no Set or Map of tens of thousands of strings to build at start-up.
 * A list must be sorted in code-unit order (`Array.prototype.sort()` with no comparator).
 */

/**
 * The line of `list` whose key (the line up to its first tab, or the whole line) equals `key`, or null.
 * Ordering lines by key is ordering them whole: a tab sorts before every character a key holds.
 */
function findLine(list: string, key: string): string | null {
  let lo = 0;
  let hi = list.length;
  // Invariant: a line with this key starts in [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    if (start < lo) {
      // `mid` is inside a line that starts before `lo`: look at the next line instead.
      const next = list.indexOf('\n', mid);
      if (next < 0 || next + 1 >= hi) return null;
      lo = Math.max(lo, next + 1);
      continue;
    }
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const line = list.slice(start, end);
    const tab = line.indexOf('\t');
    const lineKey = tab < 0 ? line : line.slice(0, tab);
    if (lineKey === key) return line;
    if (lineKey < key) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Membership in a sorted word list, one word per line. */
export class SortedWordList {
  constructor(private readonly list: string) {}

  has(word: string): boolean {
    return findLine(this.list, word) !== null;
  }
}

/** A sorted table, one `key\tvalue` line per key: the value for a key, or undefined. */
export class SortedTable {
  constructor(private readonly list: string) {}

  get(key: string): string | undefined {
    if (key.includes('\n') || key.includes('\t')) return undefined;
    const line = findLine(this.list, key);
    return line === null ? undefined : line.slice(line.indexOf('\t') + 1);
  }
}
