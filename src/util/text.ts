/** Small string helpers that replace regexes which would backtrack on long runs (e.g. `/[.,]+$/`). */

/** Drop trailing characters that `keep` rejects, in linear time: trimEndWhile('a.,', (c) => '.,'.includes(c)) === 'a'. */
export function trimEndWhile(s: string, drop: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The same at the start. */
export function trimStartWhile(s: string, drop: (c: string) => boolean): string {
  let start = 0;
  while (start < s.length && drop(s[start])) start++;
  return s.slice(start);
}

export const isSpace = (c: string) => /\s/.test(c);
