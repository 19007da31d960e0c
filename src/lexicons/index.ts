/**
 * Word lists the entity extractors consult. Sources, all licensed to ship:
 * compromise's own lexicon (MIT: first names, places, organizations, common
 * words with their parts of speech), i18n-iso-countries (MIT: country names in
 * many languages with ISO 3166-1 codes), and the lists in this folder written
 * for this project. Built once per process, read-only afterwards.
 */
import nlp from 'compromise';
import { createRequire } from 'node:module';
import * as words from './words.js';

const require = createRequire(import.meta.url);

type LexTag = string | string[];
const compromiseLexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, LexTag> } }).one.lexicon;
const compromiseOrgWords = Object.keys((nlp.model() as unknown as { two: { orgWords: Record<string, unknown> } }).two.orgWords ?? {});

/** compromise's part-of-speech tags for a lower-cased word ([] when unknown). */
export const tagsOf = (w: string): string[] => {
  const t = compromiseLexicon[w];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};

export interface PlaceEntry {
  name: string;
  countryCode?: string;
  kind: 'country' | 'city' | 'region' | 'place';
}

/** Lower-cased place name (possibly several words) → entry. */
export const PLACES = new Map<string, PlaceEntry>();
/** Lower-cased first word of every multi-word place, for the chunker. */
export const PLACE_FIRST_WORDS = new Set<string>();

function addPlace(key: string, entry: PlaceEntry) {
  const k = key.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!k || PLACES.has(k)) return;
  PLACES.set(k, entry);
  if (k.includes(' ')) PLACE_FIRST_WORDS.add(k.split(' ')[0]);
}

// Countries, with their ISO codes, in the languages the pipeline reads.
const countryLangs = ['en', 'lv', 'de', 'fr', 'es', 'lt', 'et', 'pt', 'it', 'nl'];
const english = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const canonicalCountry = (code: string) => {
  if (words.COUNTRY_NAMES[code]) return words.COUNTRY_NAMES[code];
  const n = english[code];
  return Array.isArray(n) ? n[0] : n;
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
for (const r of words.REGIONS) addPlace(r, { name: r, kind: 'region' });
for (const c of words.CITIES) addPlace(c, { name: c, kind: 'city' });
for (const [w, t] of Object.entries(compromiseLexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  const kind = tags.includes('Country') ? 'country' : tags.includes('City') ? 'city' : tags.includes('Region') ? 'region' : tags.includes('Place') ? 'place' : null;
  if (!kind) continue;
  const name = w.replace(/(^|[\s-])\p{Ll}/gu, (s) => s.toUpperCase());
  addPlace(w, { name, kind });
}
for (const w of words.NOT_PLACES) PLACES.delete(w);

/** Fold diacritics for lookups: "Lucía" → "lucia". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Latvian and Lithuanian case endings → base forms, for gazetteer lookups: "Rīgā" → "Rīga", "Latvijas" → "Latvija". */
export function baseForms(lower: string): string[] {
  const out: string[] = [];
  const rules: [RegExp, string][] = [
    [/ā$/u, 'a'], [/as$/u, 'a'], [/ai$/u, 'a'], [/u$/u, 'a'], [/ē$/u, 'e'], [/es$/u, 'e'], [/ei$/u, 'e'], [/ī$/u, 'is'],
    [/os$/u, 'as'], [/oje$/u, 'a'], [/ą$/u, 'a'], [/ijā$/u, 'ija'],
  ];
  for (const [re, rep] of rules) if (re.test(lower)) out.push(lower.replace(re, rep));
  return out;
}

/** A place by its name, trying Baltic base forms when the language inflects names. */
export function lookupPlace(key: string, language?: string): PlaceEntry | undefined {
  const hit = PLACES.get(key);
  if (hit || !(language === 'lv' || language === 'lt') || key.includes(' ')) return hit;
  for (const b of baseForms(key)) {
    const e = PLACES.get(b);
    if (e) return e;
  }
  return undefined;
}

export const US_STATE_CODES: Record<string, string> = words.US_STATE_CODES;
export const NOT_ACRONYMS: Set<string> = words.NOT_ACRONYMS;
export const TRAILING_ORG_HEADS = new Set<string>(words.TRAILING_ORG_HEADS);

/** Lower-cased known organization names (several words allowed). */
export const ORGANIZATIONS = new Set<string>([...words.ORGANIZATIONS.map((o) => o.toLowerCase())]);
for (const [w, t] of Object.entries(compromiseLexicon)) {
  if ((Array.isArray(t) ? t : [t]).some((x) => x === 'Organization' || x === 'SportsTeam')) ORGANIZATIONS.add(w);
}
export const ORG_FIRST_WORDS = new Set([...ORGANIZATIONS].filter((o) => o.includes(' ')).map((o) => o.split(' ')[0]));

/** Words that make a capitalized phrase an organization wherever they stand in it ("Ministry", "University", "Forum"). */
export const ORG_HEADS = new Set<string>([...compromiseOrgWords, ...words.ORG_HEADS].map((w) => w.toLowerCase()));
for (const w of words.NOT_ORG_HEADS) ORG_HEADS.delete(w);
/** Legal-form suffixes ("Inc", "GmbH", "SIA"); case-sensitive. */
export const ORG_SUFFIXES = new Set<string>(words.ORG_SUFFIXES);

export const HONORIFICS = new Set<string>(words.HONORIFICS);
/** Lower-cased words that head a job title ("director", "minister", "ceo"). */
export const TITLE_HEADS = new Set<string>(words.TITLE_HEADS);
/** Lower-cased words that can modify a title head ("senior", "deputy", "policy"). */
export const TITLE_MODIFIERS = new Set<string>(words.TITLE_MODIFIERS);
export const REPORTING_VERBS = new Set<string>(words.REPORTING_VERBS);
export const NAME_PARTICLES = new Set<string>(words.NAME_PARTICLES);

/** Lower-cased given names: compromise's plus the European names in words.ts. */
export const FIRST_NAMES = new Set<string>(words.FIRST_NAMES.map((n) => n.toLowerCase()));
export const LAST_NAMES = new Set<string>();
for (const [w, t] of Object.entries(compromiseLexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  if (w.includes(' ')) continue;
  if (tags.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')) FIRST_NAMES.add(w);
  if (tags.includes('LastName')) LAST_NAMES.add(w);
}
for (const w of words.NOT_FIRST_NAMES) FIRST_NAMES.delete(w);
for (const n of [...FIRST_NAMES]) FIRST_NAMES.add(fold(n));

/** Is this lower-cased word a given name (diacritics folded)? */
export const isFirstName = (lower: string) => FIRST_NAMES.has(lower) || FIRST_NAMES.has(fold(lower));

const COMMON_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Modal', 'QuestionWord', 'Negative', 'PastTense',
  'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Adjective', 'Comparative', 'Superlative', 'Plural', 'Singular',
  'Uncountable', 'Expression', 'Reflexive', 'Possessive', 'Verb', 'Noun', 'Actor', 'Condition', 'Imperative', 'Cardinal', 'Ordinal',
  'TextValue', 'Multiple', 'Fraction', 'Duration', 'Unit', 'Date', 'Month', 'WeekDay',
]);

/** A common (not proper) word: known to the lexicon with a part of speech, or in the stop list. */
export function isCommonWord(lower: string): boolean {
  if (words.STOPWORDS.has(lower)) return true;
  const tags = tagsOf(lower);
  if (tags.length === 0) return false;
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Organization' || t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName' || t === 'Person' || t === 'ProperNoun')) return false;
  return tags.some((t) => COMMON_TAGS.has(t));
}

export function isDemonym(lower: string): boolean {
  return tagsOf(lower).includes('Demonym') || words.DEMONYMS.has(lower);
}

export { STOPWORDS, MONTH_AND_DAY_WORDS } from './words.js';
/** Nouns that head names of laws, plans, events and works — never people ("Cyber Security Law"). */
export const THING_HEADS = new Set<string>(words.THING_HEADS);
