/**
 * compromise's lexicon (MIT) — the part of compromise press-facts uses — loaded
 * fast. `npm run build` writes it to `dist/lexicons/compromise-lexicon.json`
 * (see build-data.ts), so the CLI and the library start without loading and
 * unpacking all of compromise (about 0.5 s). When that file is missing or was
 * written from another compromise version (running from the sources, in the
 * tests), compromise itself is loaded and asked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type LexTag = string | string[];

export interface CompromiseData {
  /** compromise's version the data came from. */
  version: string;
  /** Lower-cased word or phrase → part-of-speech tag(s), in compromise's order. */
  lexicon: Map<string, LexTag>;
  /** Words compromise takes for the head of an organization name. */
  orgWords: string[];
  /** The lists derived from it (and the project's lists), when `npm run build` stored them. */
  derived?: import('./derive.js').DerivedLexicons;
}

/*
 * The data files live in dist/lexicons/. Each URL goes up one folder and back into lexicons/, so it
 * resolves the same from this module and from the bundled entry points (dist/cli/main.js,
 * dist/parallel/worker.js), which carry this code inside them.
 */
export const DATA_FILE = new URL('../lexicons/compromise-lexicon.json', import.meta.url);
/** Common English words, sorted, one per line: read on first use, outside the JSON file that every run parses. */
export const ENGLISH_WORDS_FILE = new URL('../lexicons/english-words.txt', import.meta.url);
/** Towns and cities from GeoNames, sorted `key\tName\tCC` lines: read on first use (see deriveCities). */
export const CITIES_FILE = new URL('../lexicons/cities.txt', import.meta.url);

/**
 * The data file's shape: the lexicon grouped by tags, `{ "Tag1,Tag2": "word\nword\n…" }`.
 * Splitting 73 strings into a Map takes a third of the time JSON.parse needs
 * for an object of 24,000 words, which was a tenth of the CLI's start-up.
 */
interface DataFile extends Omit<CompromiseData, 'lexicon'> {
  words: Record<string, string>;
}

/** The data file's text for `data` (deterministic: groups and words sorted). */
export function dataFileText(data: CompromiseData): string {
  const groups = new Map<string, string[]>();
  for (const [word, tags] of data.lexicon) {
    if (word.includes('\n')) throw new Error(`lexicon word with a line break: ${JSON.stringify(word)}`);
    const key = typeof tags === 'string' ? tags : tags.join(',');
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(word);
  }
  const words: Record<string, string> = {};
  for (const key of [...groups.keys()].sort()) words[key] = groups.get(key)!.sort().join('\n');
  const file: DataFile = { version: data.version, words, orgWords: data.orgWords, derived: data.derived };
  return `${JSON.stringify(file)}\n`;
}

/** Read the data file's text back (the lexicon's order is then by group, not compromise's). */
export function parseDataFile(text: string): CompromiseData {
  const file = JSON.parse(text) as DataFile;
  const lexicon = new Map<string, LexTag>();
  for (const [key, list] of Object.entries(file.words)) {
    const tags: LexTag = key.includes(',') ? key.split(',') : key;
    for (const word of list.split('\n')) lexicon.set(word, tags);
  }
  return { version: file.version, lexicon, orgWords: file.orgWords, derived: file.derived };
}

/** The installed compromise's version, read from its package.json (found from its entry point; it exports no package.json). */
export function compromiseVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve('compromise'));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise' && pkg.version) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/** Ask compromise itself (slow: loads and unpacks its whole model). */
export async function dataFromCompromise(): Promise<CompromiseData> {
  const { default: nlp } = await import('compromise');
  const model = nlp.model() as unknown as { one: { lexicon: Record<string, LexTag> }; two: { orgWords?: Record<string, unknown> } };
  return { version: compromiseVersion(), lexicon: new Map(Object.entries(model.one.lexicon)), orgWords: Object.keys(model.two.orgWords ?? {}) };
}

export async function loadCompromiseData(): Promise<CompromiseData> {
  if (existsSync(DATA_FILE)) {
    const data = parseDataFile(readFileSync(DATA_FILE, 'utf8'));
    if (data.version === compromiseVersion()) return data;
  }
  return dataFromCompromise();
}
