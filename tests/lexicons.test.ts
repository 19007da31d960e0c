/** The word lists: the data file `npm run build` writes must hold exactly what the sources derive. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFromCompromise, type CompromiseData } from '../src/lexicons/compromise-data.js';
import { deriveLexicons } from '../src/lexicons/derive.js';

describe('lexicon data file', () => {
  const file = 'dist/lexicons/compromise-lexicon.json';
  it.runIf(existsSync(file))('equals compromise’s lexicon and the lists derived from it (the build is not stale)', async () => {
    const built = JSON.parse(readFileSync(file, 'utf8')) as CompromiseData;
    const fresh = await dataFromCompromise();
    expect(built.version).toBe(fresh.version);
    expect(built.orgWords).toEqual(fresh.orgWords);
    expect(Object.keys(built.lexicon).length).toBe(Object.keys(fresh.lexicon).length);
    expect(built.derived).toEqual(deriveLexicons(fresh));
  }, 60_000);
});
