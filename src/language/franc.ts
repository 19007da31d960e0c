/**
 * franc's language ranking — its trigram models, its script detection, its
 * distance and its normalization, with the same results to the last digit —
 * computed through an index instead of one dictionary lookup per trigram and
 * per language.
 *
 * franc scores a text against every candidate of its script by looking each of
 * the text's trigrams up in each candidate's model: about 150 trigrams × 60
 * candidates for a sentence, most of the time language identification takes.
 * Here each trigram is looked up once, in an index that lists the models that
 * hold it and its rank in each, and the distances of all candidates are summed
 * in one pass. tests/language.test.ts checks the ranking against `francAll`.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's cost of a trigram that a model lacks, and of its sample's cap. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;

/** A script's models: its languages in franc's order, and for each trigram the models that hold it with its rank. */
interface ScriptIndex {
  languages: string[];
  /** trigram → pairs (language index, rank) packed as language × 65536 + rank. */
  postings: Map<string, number[]>;
}

const indexes = new Map<string, ScriptIndex>();

/**
 * The index of a script's models among the candidates (all of them without a list), built on the first text of that
 * script with that list: most runs see one list and only Latin.
 */
function scriptIndex(script: string, allowed: Set<string> | undefined, key: string): ScriptIndex {
  const id = `${script}\0${key}`;
  let index = indexes.get(id);
  if (index) return index;
  const models = data[script]!;
  const languages = Object.keys(models).filter((language) => !allowed || allowed.has(language));
  const postings = new Map<string, number[]>();
  languages.forEach((language, l) => {
    const model = models[language]!.split('|');
    for (let rank = 0; rank < model.length; rank++) {
      const trigram = model[rank]!;
      const list = postings.get(trigram);
      if (!list) postings.set(trigram, [l * 65536 + rank]);
      // franc keeps a trigram's first rank when a model lists it twice.
      else if (list[list.length - 1]! >>> 16 !== l) list.push(l * 65536 + rank);
    }
  });
  index = { languages, postings };
  // A library user may ask with many lists: keep the last few.
  if (indexes.size >= 16) indexes.clear();
  indexes.set(id, index);
  return index;
}

/** The script franc would pick: the one with the most characters (the first of equals, in franc's order). */
function topScript(value: string): [string | undefined, number] {
  // Scripts are disjoint: a script holding more than half the characters is the top one without counting the rest.
  const latin = value.match(expressions.Latin!)?.length ?? 0;
  if (latin * 2 > value.length) return ['Latin', latin / value.length];
  let top: string | undefined;
  let count = -1;
  for (const script in expressions) {
    const n = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (n > count) [top, count] = [script, n];
  }
  return [top, count];
}

/** franc's trigrams of a text, counted: punctuation and digits out, white space collapsed, lower case, padded. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

const NONE: readonly string[] = [];

/** The candidate set as a lookup and a key, kept per list: the pipeline asks with the same list for every block. */
let lastOnly: readonly string[] | undefined;
let lastAllowed: { set: Set<string> | undefined; key: string } = { set: undefined, key: '' };
function allowedSet(only: readonly string[]): { set: Set<string> | undefined; key: string } {
  if (only !== lastOnly) {
    const set = only.length ? new Set(only) : undefined;
    lastOnly = only;
    lastAllowed = { set, key: set ? [...set].sort().join(',') : '' };
  }
  return lastAllowed;
}

/**
 * Candidate languages of a text with franc's scores (1 = best, sorted), exactly as `francAll(value, { only, minLength })`
 * returns them: `[['und', 1]]` when the text is too short or no candidate writes its script.
 */
export function rankLanguages(value: string, options: { only?: readonly string[]; minLength?: number } = {}): [string, number][] {
  const { set: allowed, key } = allowedSet(options.only ?? NONE);
  if (!value || value.length < (options.minLength ?? 10)) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) {
    if (!script || share === 0 || (allowed && !allowed.has(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, postings } = scriptIndex(script, allowed, key);
  const counts = trigramCounts(value);
  // Every trigram costs MAX_DIFFERENCE in a model that lacks it; a model that holds it pays |count − rank − 1|.
  const distance = new Float64Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const list = postings.get(trigram);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const packed = list[i]!;
      const rank = packed & 0xffff;
      distance[packed >>> 16] += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
  }
  const ranked = languages.map((language, l): [string, number] => [language, distance[l]!]);
  if (ranked.length === 0) return [['und', 1]];
  // A stable sort, as franc's: equal distances keep franc's order of the models.
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
