/**
 * Date words per language: month and weekday names with their inflected forms.
 * One table for all languages lets one set of patterns read "9 July 2024",
 * "9. Juli 2024", "le 9 juillet 2024", "9 de julio de 2024" and "2024. gada 9. jūlijā".
 */

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const DE_MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Latvian month stems; the inflected forms (janvāris, janvārī, janvāra …) are generated below. */
const LV_STEMS = ['janvār', 'februār', 'mart', 'aprīl', 'maij', 'jūnij', 'jūlij', 'august', 'septembr', 'oktobr', 'novembr', 'decembr'];
const LV_ENDINGS = ['is', 'ī', 'a', 's', 'ā', 'ijs', 'ijā', 'ija', 'ī'];

/** Lower-cased month word → month number (1–12). */
export const MONTHS = new Map<string, number>();
const add = (word: string, month: number) => {
  if (!MONTHS.has(word)) MONTHS.set(word, month);
};
EN_MONTHS.forEach((w, i) => add(w, i + 1));
Object.entries(EN_MONTH_ABBR).forEach(([w, m]) => add(w, m));
DE_MONTHS.forEach((w, i) => add(w, i + 1));
add('jänner', 1);
add('maerz', 3);
FR_MONTHS.forEach((w, i) => add(w, i + 1));
add('fevrier', 2);
add('aout', 8);
add('decembre', 12);
ES_MONTHS.forEach((w, i) => add(w, i + 1));
add('setiembre', 9);
LV_STEMS.forEach((stem, i) => {
  // "marts/martā", "maijs/maijā", "jūnijs/jūnijā", "augusts/augustā", "septembris/septembrī"
  for (const e of LV_ENDINGS) add(stem + e, i + 1);
});

/** Month words that are also ordinary words and need a number next to them. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sept', 'dec', 'mai', 'mars', 'august', 'mayo']);

/** English, German, French, Spanish and Latvian weekday names → ISO weekday (Mon = 1). */
export const WEEKDAYS = new Map<string, number>();
[
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ['tues', 'weds', 'thur', 'thurs'],
  ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'],
].forEach((names, row) => {
  names.forEach((n, i) => {
    if (row === 2) WEEKDAYS.set(n, [2, 3, 4, 4][i]);
    else WEEKDAYS.set(n, i + 1);
  });
});
WEEKDAYS.delete('sun');
WEEKDAYS.delete('sat');
WEEKDAYS.delete('wed');
WEEKDAYS.delete('mar');

/** Number words used in durations and "two weeks ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, several: -1, few: -1, couple: 2,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/**
 * A regex alternation of `words` that prefers the longest word, written as a
 * trie: "jan(?:uary|vier|u(?:ar|ár))?" instead of every word spelled out.
 * V8 compiles it about twice as fast and scans with it faster, and it matches
 * exactly what the flat longest-first alternation matched: the words that can
 * match at one position all lie on one path of the trie, which is tried
 * deepest first.
 */
export function alternation(words: Iterable<string>): string {
  // Sorted, the words that share a prefix stand together, the prefix itself (when it is a word) first: each run of
  // them is one branch of the trie, read off the list without building it (this runs for every pattern at start-up).
  const list = [...new Set(words)].sort();
  const emit = (from: number, to: number, depth: number): string => {
    let i = from;
    const optional = i < to && list[i]!.length === depth;
    if (optional) i++;
    const branches: string[] = [];
    while (i < to) {
      const cp = list[i]!.codePointAt(depth)!;
      const ch = String.fromCodePoint(cp);
      let j = i + 1;
      while (j < to && list[j]!.codePointAt(depth) === cp) j++;
      branches.push((SPECIAL.has(ch) ? `\\${ch}` : ch) + emit(i, j, depth + ch.length));
      i = j;
    }
    if (branches.length === 0) return '';
    // One branch needs no group, unless it is longer than one character and optional.
    const bare = branches.length === 1 && (!optional || [...branches[0]!].length === 1);
    const group = bare ? branches[0]! : `(?:${branches.join('|')})`;
    return optional ? `${group}?` : group;
  };
  return emit(0, list.length, 0);
}
/** Characters a regular expression reads as syntax. */
const SPECIAL = new Set('.*+?^${}()|[]\\');
