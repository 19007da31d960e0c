/**
 * Word lists the entity extractors consult. Sources, all licensed to ship:
 * compromise's own lexicon (MIT: first names, places, organizations, common
 * words with their parts of speech), i18n-iso-countries (MIT: country names in
 * many languages with ISO 3166-1 codes), and the lists in this folder written
 * for this project. Built once per process, read-only afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CITIES_FILE, ENGLISH_WORDS_FILE, loadCompromiseData } from './compromise-data.js';
import { type PlaceEntry, deriveCities, deriveEnglishWords, deriveLexicons, fold, titleCase } from './derive.js';
import * as words from './words.js';
import { SortedTable, SortedWordList } from '../util/word-list.js';
import { BoundedCache } from '../util/bounded-cache.js';

const compromise = await loadCompromiseData();
const compromiseLexicon = compromise.lexicon;

/** compromise's part-of-speech tags for a lower-cased word ([] when unknown). */
export const tagsOf = (w: string): string[] => {
  const t = compromiseLexicon.get(w);
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};

export type { PlaceEntry } from './derive.js';

const derived = compromise.derived ?? deriveLexicons(compromise);

/** Countries, regions, capitals and the places compromise knows: lower-cased name → entry. */
const MAIN_PLACES = new Map<string, PlaceEntry>(derived.places);
/** The GeoNames towns no other list holds (`key\tName\tCC` lines), read on first use and searched in place. */
let cityTable: SortedTable | undefined;
const cityRow = (key: string) =>
  (cityTable ??= new SortedTable(existsSync(CITIES_FILE) ? readFileSync(CITIES_FILE, 'utf8') : deriveCities({ ...compromise, derived }))).get(key);
/** Answers from the town table, misses too (see BoundedCache). */
const townCache = new BoundedCache<PlaceEntry | null>(20_000);

/** Lower-cased place name (possibly several words) → entry: the main lists, then the GeoNames towns. */
export const PLACES = {
  get(key: string): PlaceEntry | undefined {
    const main = MAIN_PLACES.get(key);
    if (main) return main;
    const entry = townCache.get(key, (k) => {
      const row = cityRow(k);
      if (row === undefined) return null;
      const [name, countryCode] = row.split('\t') as [string, string];
      return { name: name || titleCase(k), countryCode, kind: 'city', town: true };
    });
    return entry ?? undefined;
  },
  has(key: string): boolean {
    return PLACES.get(key) !== undefined;
  },
};
/** Names that are no places whatever stands before them ("in Bitcoin"): the lists leave them out, and so do the context rules. */
export const NOT_PLACE_NAMES = new Set<string>(words.NOT_PLACES);
/** A place of the main lists (not a town of the long GeoNames list, whose names are often surnames too: "Sutton"). */
export const isMainPlace = (key: string) => MAIN_PLACES.has(key);
/** Lower-cased first word of every multi-word place, for the chunker. */
export const PLACE_FIRST_WORDS = new Set<string>([
  ...[...MAIN_PLACES.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!),
  ...derived.cityFirstWords,
]);

export { fold, titleCase } from './derive.js';

/**
 * Latvian and Lithuanian case endings → the nominative endings they can come from
 * (feminine -a/-e, masculine -s/-is/-us, Lithuanian -as/-ys), longest first.
 */
const BALTIC_CASES: [RegExp, string[]][] = [
  [/(?:ijā)$/u, ['ija']],
  [/(?:ai|as|u|ā|ą|os|oje)$/u, ['a']],
  [/(?:ei|es|i|ē|ę)$/u, ['e']],
  [/(?:am|ā|u|o|ui|ą)$/u, ['s', 'as']],
  // (-ī also of the feminine -s nouns: "Daugavpilī" → "Daugavpils"; -īs of the plural -is: "Cēsīs" → "Cēsis".)
  [/(?:im|ī|io|iui|į)$/u, ['is', 'ijs', 's']],
  [/(?:īs)$/u, ['is']],
  [/(?:um|ū|aus|ui)$/u, ['us']],
  // (-os also of the masculine plural -i: "Talsos" → "Talsi", "Limbažos" → "Limbaži".)
  [/(?:os)$/u, ['as', 'i']],
];

/**
 * Nominative candidates of a Latvian or Lithuanian word in another case, for lexicon lookups:
 * "rīgā" → "rīga", "latvijas" → "latvija", "sofijai" → "sofija", "andrim" → "andris".
 */
export function baseForms(lower: string): string[] {
  const out: string[] = [];
  for (const [re, endings] of BALTIC_CASES) {
    const m = re.exec(lower);
    if (!m) continue;
    const stem = lower.slice(0, m.index);
    if (stem.length < 2) continue;
    for (const e of endings) out.push(stem + e);
  }
  return out;
}

/** A place by its name, trying Baltic base forms when the language inflects names. */
export function lookupPlace(key: string, language?: string): PlaceEntry | undefined {
  const hit = PLACES.get(key);
  if (hit || key.includes(' ')) return hit;
  // German genitive: "Deutschlands", "Sachsens", "Berlins".
  if (language === 'de') return key.length > 4 && key.endsWith('s') ? PLACES.get(key.slice(0, -1)) : undefined;
  if (!(language === 'lv' || language === 'lt')) return undefined;
  for (const b of baseForms(key)) {
    const e = PLACES.get(b);
    if (e) return e;
  }
  return undefined;
}

export const US_STATE_CODES: Record<string, string> = words.US_STATE_CODES;
export const NOT_ACRONYMS: Set<string> = words.NOT_ACRONYMS;
export const CREDENTIALS = new Set<string>(words.CREDENTIALS);
export const TRAILING_ORG_HEADS = new Set<string>(words.TRAILING_ORG_HEADS);
export const NAME_END_PREPOSITIONS = new Set<string>(words.NAME_END_PREPOSITIONS);
/** Departments and functions: "Head of Technology", "Human Resources". */
export const DEPARTMENTS = new Set<string>(words.DEPARTMENTS);
export const CRYPTO_ASSETS = new Set<string>(words.CRYPTO_ASSETS);

/** Lower-cased known organization names (several words allowed). */
export const ORGANIZATIONS = new Set<string>(derived.organizations);
export const ORG_FIRST_WORDS = new Set([...ORGANIZATIONS].filter((o) => o.includes(' ')).map((o) => o.split(' ')[0]));

/** Words that make a capitalized phrase an organization wherever they stand in it ("Ministry", "University", "Forum"). */
export const ORG_HEADS = new Set<string>(derived.orgHeads);
/** Legal-form suffixes ("Inc", "GmbH", "SIA"); case-sensitive. */
export const ORG_SUFFIXES = new Set<string>(words.ORG_SUFFIXES);

export const HONORIFICS = new Set<string>(words.HONORIFICS);
/** Lower-cased words that head a job title ("director", "minister", "ceo"). */
export const TITLE_HEADS = new Set<string>(words.TITLE_HEADS);
/** German compound titles: "Wirtschaftsministerin", "Bundespräsident", "Pressesprecher", "Abteilungsleiterin". */
const GERMAN_COMPOUND_TITLE = /^\p{Ll}{3,}(?:minister|präsident|direktor|leiter|sprecher|kanzler|sekretär|beauftragte)(?:in|r)?$/u;
/** Is this (lower-case) word the head of a job title? The list, and German compounds of its heads. */
export const isJobTitle = (lower: string) => TITLE_HEADS.has(lower) || (lower.length >= 10 && !lower.startsWith('admin') && GERMAN_COMPOUND_TITLE.test(lower));
const CREDENTIAL_LEADS = new Set(['certified', 'chartered', 'registered', 'licensed', 'accredited', 'board-certified']);
/**
 * A professional designation, not a body: "Certified Financial Planner", "Chartered Financial Analyst",
 * "Certified IRA Services Professionals" — a certifying word first, a practitioner last ("Certified Financial
 * Planner Board of Standards" ends in a body's head), also after a vendor's name ("Microsoft Certified Trainer").
 * `next`: a last word after the words ("Registered Investment" + "Adviser").
 */
export function isCredentialName(lowers: string[], next?: string): boolean {
  // (A vendor's programme may come first: "Microsoft Certified Trainer", "AWS Certified Solutions Architect".)
  if (lowers.length > 2 && CREDENTIAL_LEADS.has(lowers[1]!) && !CREDENTIAL_LEADS.has(lowers[0]!)) return isCredentialName(lowers.slice(1), next);
  if (lowers.length + (next ? 1 : 0) < 2 || !CREDENTIAL_LEADS.has(lowers[0]!)) return false;
  const last = next ?? lowers[lowers.length - 1]!;
  const one = last.replace(/s$/, '');
  if (ORG_HEADS.has(last) || ORG_HEADS.has(one)) return false;
  return isJobTitle(last) || isJobTitle(one) || /(?:er|or|ist|ant|ian|ional)$/.test(one);
}
/**
 * Are the words (lower case, "and" and "&" allowed) a department's or a portfolio's name — common words, no body's
 * head unless a department's ("Housing Counseling and Community Outreach", "Fund Sales", "Global Services")?
 */
export function isDepartmentName(lowers: string[]): boolean {
  const words = lowers.filter((w) => w !== 'and' && w !== '&');
  // (Each part's last word is what it is: "Fund Sales" is sales; "Harbor Fund" would be a fund.)
  const lasts = lowers.filter((w, k) => w !== 'and' && w !== '&' && (k === lowers.length - 1 || lowers[k + 1] === 'and' || lowers[k + 1] === '&'));
  const common = (w: string) => isEnglishWord(w) || /^\p{Ll}{3,}(?:ing|ment|tion|sion|ness|ship|ity|ance|ence)$/u.test(w);
  return words.length > 0 && words.every((w) => DEPARTMENTS.has(w) || (common(w) && !isMainPlace(w))) && lasts.every((w) => DEPARTMENTS.has(w) || !ORG_HEADS.has(w));
}
export const TITLE_BODY_HEADS = new Set<string>(words.TITLE_BODY_HEADS);
/** Lower-cased words that can modify a title head ("senior", "deputy", "policy"). */
export const TITLE_MODIFIERS = new Set<string>(words.TITLE_MODIFIERS);
export const REPORTING_VERBS = new Set<string>(words.REPORTING_VERBS);
export const NAME_PARTICLES = new Set<string>(words.NAME_PARTICLES);
/** Given names that are also common English words ("frank", "bill"): given names only outside English. */
export const GIVEN_NAMES_THAT_ARE_WORDS = new Set<string>(words.GIVEN_NAMES_THAT_ARE_WORDS);
export const ENGLISH_WORD_GIVEN_NAMES = new Set<string>(words.ENGLISH_WORD_GIVEN_NAMES);
export const SURNAMES_FIRST = new Set<string>(words.SURNAMES_FIRST);

/** Lower-cased given names: compromise's plus the European names in words.ts. */
export const FIRST_NAMES = new Set<string>(derived.firstNames);
let englishWords: SortedWordList | undefined;
/** A common English word (not a name or a place): "contract", "registration", "overview". The list loads on first use. */
export const isEnglishWord = (lower: string) =>
  (englishWords ??= new SortedWordList(existsSync(ENGLISH_WORDS_FILE) ? readFileSync(ENGLISH_WORDS_FILE, 'utf8') : deriveEnglishWords(derived))).has(lower);
export const LAST_NAMES = new Set<string>(derived.lastNames);
/** More surnames (many countries'), weaker evidence than LAST_NAMES: a name's last word after a known given name. */
export const MORE_SURNAMES = new Set<string>(derived.moreSurnames);

const givenName = (lower: string) => FIRST_NAMES.has(lower) || FIRST_NAMES.has(fold(lower));
/** Is this lower-cased word a given name (diacritics folded)? A compound of given names is one too: "jean-marie", "anne-sophie". */
export const isFirstName = (lower: string) => givenName(lower) || (lower.includes('-') && lower.split('-').every((part) => part.length > 1 && givenName(part)));

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

export { STOPWORDS, MONTH_AND_DAY_WORDS, EXCHANGES } from './words.js';

/** A function word of the text's language (the shared list, plus Latvian's in Latvian text). */
export const isStopword = (lower: string, language?: string) =>
  words.STOPWORDS.has(lower) || (language === 'lv' && words.STOPWORDS_LV.has(lower)) || (language === 'de' && words.STOPWORDS_DE.has(lower));
/** Nouns that head names of laws, plans, events and works — never people ("Cyber Security Law"). */
export const THING_HEADS = new Set<string>(words.THING_HEADS);
/** Last words of events' and laws' names, which are no organizations. */
export const EVENT_HEADS = new Set<string>(words.EVENT_HEADS);
export const LAW_HEADS = new Set<string>(words.LAW_HEADS);
export const AWARD_HEADS = new Set<string>(words.AWARD_HEADS);
