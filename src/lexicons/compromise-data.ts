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
import { BoundedCache } from '../util/bounded-cache.js';
import { SortedTable } from '../util/word-list.js';

export type LexTag = string | string[];

/** The lexicon, read-only: a Map when compromise was asked, a table searched in place when read from the data file. */
export interface Lexicon extends Iterable<[string, LexTag]> {
  get(word: string): LexTag | undefined;
  has(word: string): boolean;
  readonly size: number;
}

export interface CompromiseData {
  /** compromise's version the data came from. */
  version: string;
  /** Lower-cased word or phrase → part-of-speech tag(s), in compromise's order. */
  lexicon: Lexicon;
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
 * The data file's shape: the lexicon as one string of sorted `word\tN` lines, searched in place (see
 * LexiconTable), where N indexes the list of tag sets ("Tag" or "Tag1,Tag2"; 73 of them). Read into a
 * Map, its 24,000 words cost about 25 ms of every start-up, more than JSON.parse needs for the whole file.
 */
interface DataFile extends Omit<CompromiseData, 'lexicon'> {
  tagSets: string[];
  words: string;
}

/** A tag set as stored: "Tag" or "Tag1,Tag2". */
const parseTags = (value: string): LexTag => (value.includes(',') ? value.split(',') : value);
const tagSetKey = (tags: LexTag): string => (typeof tags === 'string' ? tags : tags.join(','));

/** Lexicon lookups answered at most this many times from the table before its cache is emptied (memory stays flat). */
const LEXICON_CACHE_SIZE = 50_000;

/** The lexicon of the data file: binary search over its sorted lines, answers (misses too) kept in a bounded cache. */
export class LexiconTable implements Lexicon {
  private readonly table: SortedTable;
  private readonly cache = new BoundedCache<LexTag | null>(LEXICON_CACHE_SIZE);
  private readonly tagSets: LexTag[];

  constructor(
    private readonly lines: string,
    tagSets: string[],
  ) {
    this.table = new SortedTable(lines);
    this.tagSets = tagSets.map(parseTags);
  }

  get(word: string): LexTag | undefined {
    const tags = this.cache.get(word, (w) => {
      const value = this.table.get(w);
      return value === undefined ? null : (this.tagSets[Number(value)] ?? null);
    });
    return tags ?? undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (let i = this.lines.indexOf('\n'); i >= 0; i = this.lines.indexOf('\n', i + 1)) n++;
    return n;
  }

  *[Symbol.iterator](): Iterator<[string, LexTag]> {
    for (const line of this.lines.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) yield [line.slice(0, tab), this.tagSets[Number(line.slice(tab + 1))]!];
    }
  }
}

/** The data file's text for `data` (deterministic: tag sets and words sorted). */
export function dataFileText(data: CompromiseData): string {
  const tagSets = [...new Set(Array.from(data.lexicon, ([, tags]) => tagSetKey(tags)))].sort();
  const index = new Map(tagSets.map((key, i) => [key, i]));
  const lines: string[] = [];
  for (const [word, tags] of data.lexicon) {
    if (/[\t\n]/.test(word)) throw new Error(`lexicon word with a tab or line break: ${JSON.stringify(word)}`);
    lines.push(`${word}\t${index.get(tagSetKey(tags))}\n`);
  }
  // Sorting whole lines sorts them by word: the tab after a word sorts before every character a word holds.
  const file: DataFile = { version: data.version, tagSets, words: lines.sort().join(''), orgWords: data.orgWords, derived: data.derived };
  return `${JSON.stringify(file)}\n`;
}

/** Read the data file's text back. */
export function parseDataFile(text: string): CompromiseData {
  const file = JSON.parse(text) as DataFile;
  return { version: file.version, lexicon: new LexiconTable(file.words, file.tagSets), orgWords: file.orgWords, derived: file.derived };
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
