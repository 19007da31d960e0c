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
  /** Lower-cased word or phrase → part-of-speech tag(s). */
  lexicon: Record<string, LexTag>;
  /** Words compromise takes for the head of an organization name. */
  orgWords: string[];
  /** The lists derived from it (and the project's lists), when `npm run build` stored them. */
  derived?: import('./derive.js').DerivedLexicons;
}

export const DATA_FILE = new URL('./compromise-lexicon.json', import.meta.url);

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
  return { version: compromiseVersion(), lexicon: model.one.lexicon, orgWords: Object.keys(model.two.orgWords ?? {}) };
}

export async function loadCompromiseData(): Promise<CompromiseData> {
  if (existsSync(DATA_FILE)) {
    const data = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as CompromiseData;
    if (data.version === compromiseVersion()) return data;
  }
  return dataFromCompromise();
}
