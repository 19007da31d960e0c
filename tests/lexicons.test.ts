/** The word lists: the data file `npm run build` writes must hold exactly what the sources derive. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFileText, dataFromCompromise, parseDataFile } from '../src/lexicons/compromise-data.js';
import { deriveCities, deriveEnglishWords, deriveLexicons } from '../src/lexicons/derive.js';

describe('lexicon data file', () => {
  const file = 'dist/lexicons/compromise-lexicon.json';
  it.runIf(existsSync(file))('equals compromise’s lexicon and the lists derived from it (the build is not stale)', async () => {
    const built = parseDataFile(readFileSync(file, 'utf8'));
    const fresh = await dataFromCompromise();
    expect(built.version).toBe(fresh.version);
    expect(built.orgWords).toEqual(fresh.orgWords);
    expect(built.lexicon.size).toBe(fresh.lexicon.size);
    for (const [word, tags] of fresh.lexicon) expect.soft(built.lexicon.get(word), word).toEqual(tags);
    const derived = deriveLexicons(fresh);
    expect(built.derived).toEqual(derived);
    expect(readFileSync('dist/lexicons/english-words.txt', 'utf8')).toBe(deriveEnglishWords(derived));
    expect(readFileSync('dist/lexicons/cities.txt', 'utf8')).toBe(deriveCities({ ...fresh, derived }));
  }, 60_000);
});

describe('lexicon data file format', () => {
  it('reads back what it wrote: every word with its tags, one tag or several', () => {
    const lexicon = new Map<string, string | string[]>([
      ['riga', ['City', 'Place']],
      ['said', 'PastTense'],
      ['new york', ['City', 'Place']],
      ['paris', 'City'],
    ]);
    const text = dataFileText({ version: '1', lexicon, orgWords: ['council'] });
    const back = parseDataFile(text);
    expect(back.version).toBe('1');
    expect(back.orgWords).toEqual(['council']);
    expect(new Map([...back.lexicon].sort())).toEqual(new Map([...lexicon].sort()));
    // Looked up in place: every word, a phrase, and a miss (asked twice: the second answer comes from the cache).
    expect(back.lexicon.size).toBe(4);
    for (const [word, tags] of lexicon) expect(back.lexicon.get(word)).toEqual(tags);
    for (let i = 0; i < 2; i++) expect([back.lexicon.get('rig'), back.lexicon.has('new york'), back.lexicon.has('york')]).toEqual([undefined, true, false]);
    expect(dataFileText(back)).toBe(text);
  });
});

describe('SortedWordList', () => {
  it('answers exactly as a Set of the same words', async () => {
    const fc = (await import('fast-check')).default;
    const { SortedWordList } = await import('../src/util/word-list.js');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'z'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const list = new SortedWordList([...words].sort().join('\n'));
        const set = new Set(words);
        for (const w of [...words, ...probes]) expect(list.has(w), w).toBe(set.has(w));
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it('SortedTable answers exactly as a Map of the same keys', async () => {
    const fc = (await import('fast-check')).default;
    const { SortedTable } = await import('../src/util/word-list.js');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'z'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (keys, probes) => {
        const rows = keys.map((k, i) => [k, `v${i}\tx`] as const);
        const table = new SortedTable(rows.map(([k, v]) => `${k}\t${v}`).sort().join('\n'));
        const map = new Map(rows);
        for (const k of [...keys, ...probes, ...keys]) expect(table.get(k), k).toBe(map.get(k));
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it('knows towns from GeoNames, but not those that are words or names', async () => {
    const { PLACES, isMainPlace } = await import('../src/lexicons/index.js');
    expect(PLACES.get('düsseldorf')).toEqual({ name: 'Düsseldorf', countryCode: 'DE', kind: 'city', town: true });
    expect(PLACES.get('innsbruck')?.countryCode).toBe('AT');
    expect(isMainPlace('innsbruck')).toBe(false);
    expect(isMainPlace('riga')).toBe(true);
    // common English words, function words of other languages, short names of small towns, non-place senses
    for (const w of ['reading', 'surprise', 'best', 'nekā', 'pati', 'doma', 'solana', 'batman']) expect(PLACES.has(w), w).toBe(false);
  });

  it('knows common English words and not names', async () => {
    const { isEnglishWord } = await import('../src/lexicons/index.js');
    expect(['contract', 'registration', 'overview', 'unit'].map(isEnglishWord)).toEqual([true, true, true, true]);
    expect(['heniņš', 'kaškina', 'riga', 'blockchainz'].map(isEnglishWord)).toEqual([false, false, false, false]);
  });
});

describe('places in Latvian and Lithuanian cases', () => {
  it('are found by their nominative, whatever the case ending', async () => {
    const { lookupPlace } = await import('../src/lexicons/index.js');
    const name = (word: string) => lookupPlace(word, 'lv')?.name;
    expect(['rīgā', 'latvijas', 'daugavpilī', 'ventspilī', 'cēsīs'].map(name)).toEqual(['Rīga', 'Latvia', 'Daugavpils', 'Ventspils', 'Cēsis']);
    // (Only where the language inflects names: an English "Cēsīs" is no lookup.)
    expect(lookupPlace('daugavpilī', 'en')).toBeUndefined();
  });
});
