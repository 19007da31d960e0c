/**
 * Membership in a sorted, newline-separated word list, by binary search over the
 * string itself: no Set of tens of thousands of strings to build at start-up.
 * The list must be sorted in code-unit order (`Array.prototype.sort()` with no comparator).
 */
export class SortedWordList {
  constructor(private readonly list: string) {}

  has(word: string): boolean {
    const s = this.list;
    let lo = 0;
    let hi = s.length;
    // Invariant: a line that equals `word` starts in [lo, hi).
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = s.lastIndexOf('\n', mid - 1) + 1;
      if (start < lo) {
        // `mid` is inside a line that starts before `lo`: look at the next line instead.
        const next = s.indexOf('\n', mid);
        if (next < 0 || next + 1 >= hi) return false;
        lo = Math.max(lo, next + 1);
        continue;
      }
      let end = s.indexOf('\n', start);
      if (end < 0) end = s.length;
      const line = s.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}
