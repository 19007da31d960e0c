/**
 * Find, then classify: capitalized phrases are chunked from tokens (allowing
 * "of", "&", name particles inside), trimmed of sentence-initial common words
 * and possessives, split at job titles ("Policy Director | Rolands Heniņš"),
 * and classified as person, organization or place from lexicons, structure
 * (org heads, legal forms, acronyms) and context (titles, honorifics,
 * reporting verbs). Each proposal carries its evidence.
 */
import { type EntityCandidate, type RoleCandidate, entityCandidate } from '../../doc.js';
import {
  EXCHANGES,
  HONORIFICS,
  NOT_ACRONYMS,
  TRAILING_ORG_HEADS,
  NAME_END_PREPOSITIONS,
  TITLE_BODY_HEADS,
  CRYPTO_ASSETS,
  DEPARTMENTS,
  isDepartmentName,
  CREDENTIALS,
  isCredentialName,
  US_STATE_CODES,
  baseForms,
  isFirstName,
  isEnglishWord,
  NOT_PLACE_NAMES,
  isMainPlace,
  lookupPlace,
  titleCase,
  LAST_NAMES,
  MORE_SURNAMES,
  MONTH_AND_DAY_WORDS,
  NAME_PARTICLES,
  GIVEN_NAMES_THAT_ARE_WORDS,
  ENGLISH_WORD_GIVEN_NAMES,
  SURNAMES_FIRST,
  ORGANIZATIONS,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACES,
  PLACE_FIRST_WORDS,
  REPORTING_VERBS,
  STOPWORDS,
  isStopword,
  THING_HEADS,
  EVENT_HEADS,
  LAW_HEADS,
  AWARD_HEADS,
  TITLE_HEADS,
  isJobTitle,
  tagsOf,
  TITLE_MODIFIERS,
  isCommonWord,
  isDemonym,
} from '../../lexicons/index.js';
import { trimEndWhile } from '../../util/text.js';
import { type Token, chiefTitleEnd } from './tokens.js';

/** Words after which "of" continues a name: "Ministry of", "University of", "Republic of", "Gulf of". */
const OF_HEADS = new Set([...ORG_HEADS, ...TITLE_HEADS, 'republic', 'kingdom', 'state', 'states', 'city', 'province', 'county', 'region', 'gulf', 'bay', 'isle', 'isles', 'island', 'islands', 'sea', 'lake', 'mount', 'cape', 'district', 'commonwealth', 'federation', 'emirates', 'principality', 'duchy', 'república', 'reino', 'république', 'royaume', 'bank', 'museum', 'house', 'hall', 'court', 'school', 'office']);

/** A regnal number after a name: II to XXXIX. */
const REGNAL = /^(?=[IVX]{1,6}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Heads of street and facility names, which are places: "Ronald Reagan Boulevard", "Parmer Ranch". (Not words that are also common surnames: Park, Lane, Hill, Field.) */
const FACILITY_HEADS = new Set([
  'boulevard', 'blvd', 'avenue', 'road', 'street', 'highway', 'parkway', 'expressway', 'freeway', 'turnpike', 'plaza', 'mall', 'ranch',
  'estates', 'stadium', 'arena', 'airport', 'canyon', 'trail', 'square', 'island', 'islands', 'peninsula', 'valley', 'mountains',
  'boardwalk', 'pier', 'wharf', 'marina', 'racecourse', 'speedway', 'raceway',
]);
/** Stock photo sites named in photo credits ("Photo by Jane Roe on Unsplash"). */
const STOCK_PHOTO_SITES = new Set(['unsplash', 'pexels', 'pixabay', 'shutterstock', 'istock', 'flickr', 'freepik']);
const HEADQUARTERS = new Set(['headquarters', 'hq', 'head-office']);
const HEADQUARTERS_MODIFIERS = new Set(['corporate', 'global', 'world', 'international', 'national', 'regional', 'european', 'u.s', 'us', 'north', 'american']);
/**
 * Verbs of press-release headlines, capitalized there ("Acme Ltd Secures …", "BlockDAG Network Grows …"): no
 * name ends in one. (Not those that are also nouns or surnames: "Plans", "Marks", "Reports", "Means".)
 */
const HEADLINE_VERBS = new Set([
  'grows', 'soars', 'surges', 'unveils', 'announces', 'invests', 'paves', 'secures', 'intends', 'expands', 'joins', 'wins', 'appoints',
  'acquires', 'completes', 'receives', 'raises', 'introduces', 'celebrates', 'signs', 'debuts', 'achieves', 'welcomes', 'commences',
  'delivers', 'unlocks', 'empowers', 'transforms', 'revolutionizes', 'enhances', 'accelerates', 'strengthens', 'boosts', 'surpasses',
  'reveals', 'embarks', 'enables', 'expects', 'prepares', 'aims', 'seeks',
]);
const headlineVerb = (t: Token) => t.cap && !t.allCaps && HEADLINE_VERBS.has(t.lower);
/** Participles that end names ("Ackerman & Co. Headquartered in Atlanta", "Services Offered by …") and those that do not. */
const IRREGULAR_PARTICIPLES = new Set(['headquartered', 'based', 'made', 'built', 'held', 'known', 'led', 'run', 'owned', 'driven', 'grown', 'chosen', 'written']);
const NAME_PARTICIPLES = new Set([
  'united', 'limited', 'unlimited', 'incorporated', 'chartered', 'registered', 'allied', 'certified', 'accredited', 'licensed', 'integrated',
  'advanced', 'applied', 'consolidated', 'associated', 'combined', 'federated', 'amalgamated', 'diversified', 'reformed', 'restored', 'blessed',
  'untitled', 'unleashed', 'reloaded', 'redefined', 'reimagined', 'uncovered', 'unlocked', 'revisited', 'revealed',
]);
/** Lower-case words after a participle that show it is a verb: "… Offered by", "… Headquartered in", "… Facilitated the". */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'at', 'on', 'from', 'to', 'for', 'with', 'near', 'since', 'across', 'under', 'the', 'a', 'an', 'its', 'their']);
const trailingParticiple = (t: Token, next: Token | undefined) =>
  t.cap && !t.allCaps && (IRREGULAR_PARTICIPLES.has(t.lower) || (/^\p{Lu}\p{Ll}{3,}ed$/u.test(t.text) && !NAME_PARTICIPLES.has(t.lower) && isEnglishWord(t.lower))) &&
  next !== undefined && next.start - t.end <= 1 && (next.text === ':' || AFTER_PARTICIPLE.has(next.text));
/** Heads that name a publication by its rhythm only after its name ("Publishers Weekly", not "Weekly Bestseller Lists"). */
const RHYTHM_HEADS = new Set(['weekly', 'daily', 'monthly', 'quarterly']);
/** Prepositions of a headline that no organization's name holds (unlike "Doctors Without Borders", "Commission Against Corruption"). */
const SPLITTING_PREPOSITIONS = new Set(['between', 'through', 'toward', 'towards', 'amid', 'amidst', 'despite', 'via', 'into', 'onto']);
/** How addresses shorten street words ("Mission St", "Harbor Rd"; read without their full stop). */
const STREET_ABBREVIATIONS = new Set(['st', 'ave', 'av', 'rd', 'ln', 'pkwy', 'hwy', 'ct', 'pl', 'sq', 'ter', 'cir', 'fwy', 'expy', 'tpke', 'trl', 'dr']);
/** The facility heads that name streets. */
const STREET_HEADS = new Set(['boulevard', 'blvd', 'avenue', 'road', 'street', 'highway', 'parkway', 'expressway', 'freeway', 'turnpike']);
/** What sports clubs write before or after their names (as written: "FC", "VfB"). */
const CLUB_PREFIXES = new Set(['FC', 'SC', 'SK', 'AC', 'AS', 'SV', 'TSV', 'VfB', 'VfL', 'VfR', 'HK', 'SSC', 'RC', 'CF', 'CD', 'AFC', 'FK', 'NK', 'KV', 'PSV', 'BSC', 'SG', 'TuS', 'SpVgg', 'KAA', 'KRC', 'AIK', 'IFK', 'BK', 'HC', 'RCD', 'UD', 'SD', 'OGC', 'AJ', 'ACF', 'SSD', 'FCSB', 'CSKA', 'KS', 'GKS', 'MKS', 'OFK', 'NAC', 'SBV', 'RKC', 'ADO']);
const CLUB_SUFFIXES = new Set(['FC', 'AFC', 'FK', 'FF', 'BK']);
/** The last word of a form's field label: "Company Name:", "Organization:", "Contact Person:", "Issuer:". */
const FIELD_LABELS = new Set([
  'name', 'company', 'organization', 'organisation', 'person', 'agency', 'firm', 'employer', 'institution', 'publisher', 'issuer', 'sponsor', 'source', 'client', 'brand',
  // A contact's or an event's fields: "Conference ID:", "Marketing TEL:", "Grant Amount:", "Event Date:".
  'id', 'tel', 'phone', 'fax', 'email', 'e-mail', 'website', 'address', 'add', 'addr', 'code', 'number', 'passcode', 'amount', 'date', 'deadline', 'venue', 'price',
]);
/** Social platforms, and what a firm keeps on them ("Telegram Group", "Discord Server", "YouTube Channel"). */
const SOCIAL_PLATFORMS = new Set(['telegram', 'discord', 'facebook', 'whatsapp', 'linkedin', 'reddit', 'youtube', 'twitter', 'x', 'instagram', 'tiktok', 'wechat', 'signal', 'slack']);
const SOCIAL_PLACES = new Set(['group', 'groups', 'channel', 'community', 'page', 'account', 'chat', 'server', 'handle', 'profile']);
/** Verbs of a call to act, which start no name inside a run of capitalized words ("… Presale Join Official Telegram Group"). */
const CALLS_TO_ACT = new Set(['visit', 'join', 'follow', 'subscribe', 'download', 'register', 'click']);
/** The bodies and offices every firm has, which name no organization on their own. */
const GOVERNING_BODIES = new Set([
  'head office', 'main office', 'registered office', 'corporate office', 'branch office', 'home office',
  'board of directors', 'board of trustees', 'board of advisors', 'board of advisers', 'board of governors', 'board of managers',
  'advisory board', 'supervisory board', 'executive board', 'management board', 'executive committee', 'audit committee',
  'compensation committee', 'steering committee', 'executive team', 'leadership team', 'management team', 'advisory council',
]);
/** Articles that open place and organization names when written capitalized in mid-sentence ("El Paso", "Los Alamos"). */
const NAME_ARTICLES = new Set(['La', 'Le', 'Les', 'El', 'Los', 'Las']);
/** First words of place names that are not people's names: "San Ramon", "Fort Myers", "Lake Placid". */
const PLACE_PREFIXES = new Set(['san', 'santa', 'santo', 'são', 'los', 'las', 'fort', 'mount', 'mt.', 'lake', 'port', 'puerto', 'porto', 'bad', 'sankt']);
const US_STATE_NAMES = new Set(Object.values(US_STATE_CODES).map((s) => s.toLowerCase()));
/** Administrative areas named after a place or a person: "Harris County", "Lima Region". */
const ADMIN_AREAS = new Set(['county', 'province', 'district', 'region', 'prefecture', 'oblast', 'governorate', 'municipality', 'parish', 'township', 'borough', 'canton', 'voivodeship', 'raion', 'krai']);

/** Heads of a state's formal name: "Kingdom of", "Republic of", "Grand Duchy of". */
const STATE_HEADS = new Set([
  'kingdom', 'republic', 'state', 'commonwealth', 'principality', 'duchy', 'sultanate', 'emirate', 'federation', 'confederation',
  'republik', 'bundesrepublik', 'königreich', 'fürstentum', 'großherzogtum', 'république', 'royaume', 'principauté', 'república', 'reino', 'principado',
]);
/** Words between a state's head and its place: "Kingdom of", "République de", "Republik" (none). */
const STATE_CONNECTORS = new Set(['of', 'the', 'de', 'du', 'des', 'del', 'la', 'der']);

export const POSSESSIVE = /['’]s$|['’]$/u;
/** Possessives of plurals that begin names ("People's Bank of China", "Children's Hospital", "Veterans' Affairs"). */
const NAME_POSSESSIVES = new Set(["people's", "children's", "women's", "men's", "veterans'", "workers'", "farmers'", "citizens'", "teachers'", "nurses'", "lawyers'", "officers'", "writers'", "artists'"]);
/** Words that continue an organization or place name after its head: "Ministry of", "Ayuntamiento de". */
const OF_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'des', 'du', 'der', 'di', 'da', 'für', 'pour', 'para']);
/** What joins a title to its organization, in the languages press-facts reads: "CEO of", "CEO de", "Direktor der". */
const TITLE_OF = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'der', 'di', 'da', 'für', 'pour', 'para']);
/** Languages whose common nouns are lower case, so an unknown capitalized pair is probably a name. */
const NAME_SHAPE_LANGUAGES = new Set(['en', 'lv', 'lt', 'et', 'und']);

export interface ChunkContext {
  text: string;
  tokens: Token[];
  /** Lower-cased words seen capitalized in mid-sentence somewhere in the document. */
  midSentenceCaps: Set<string>;
  /** Lower-cased words seen in lower case somewhere in the document. */
  lowerWords: Set<string>;
  /** Acronyms the document defines in parentheses: "(UNIDIR)". */
  definedAcronyms: Set<string>;
  /** Acronyms the document defines only by lower-case words ("passive infrared sensors (PIR)"): terms, not names. */
  termAcronyms: Set<string>;
  /** The block is written in capitals or title case (headlines, CoNLL-style): rely on lexicons only. */
  shouting: boolean;
  /** Language of the block (ISO 639-1 or "und"): decides which name rules apply. */
  language: string;
}

/** A demonym of the project's list or of compromise's lexicon ("American", "Mexican"). */
const anyDemonym = (lower: string) => isDemonym(lower) || tagsOf(lower).includes('Demonym');
const isTitleWord = (lower: string) => isJobTitle(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''));
const isTitleHead = (lower: string) => isJobTitle(lower) || HONORIFICS.has(lower.replace(/\.$/, ''));
const stripDot = (s: string) => s.replace(/\.$/, '');

function nameToken(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap) return false;
  if (/^\p{N}+$/u.test(t.text)) return false;
  return !MONTH_AND_DAY_WORDS.has(stripDot(t.lower));
}

/** Is the token a common word written with a capital only because it starts a sentence? */
function sentenceInitialCommon(t: Token, ctx: ChunkContext): boolean {
  const w = stripDot(t.lower).replace(POSSESSIVE, '');
  if (isStopword(w, ctx.language) || isDemonym(w)) return true;
  if (isCommonWord(w) && !ctx.midSentenceCaps.has(w)) return true;
  if (ctx.lowerWords.has(w) && !ctx.midSentenceCaps.has(w)) return true;
  if (!ctx.midSentenceCaps.has(w) && /(?:ing|ly|tion|tions|ment|ments|ness|ship|ity|ities|ies|ed|ous|ive|ful|less|able|ance|ence)$/.test(w) && !PLACES.has(w) && !isFirstName(w)) return true;
  return false;
}

interface Span {
  i: number;
  j: number; // exclusive
}

/** Group adjacent capitalized tokens (with connectors) into chunks. */
/** A capitalized word no lexicon knows as anything else: it may be part of a person's name. */
function unknownNameWord(t: Token, ctx: ChunkContext): boolean {
  if (!t.word || !t.cap || t.allCaps || /\d/.test(t.text)) return false;
  const w = t.lower;
  return !ORG_HEADS.has(w) && !isMainPlace(w) && !ORGANIZATIONS.has(w) && !isCommonWord(w) && !ctx.lowerWords.has(w) && !isStopword(w, ctx.language) && !isTitleWord(w);
}

/** A word of an organization's subject list: capitalized, and not a place, an organization or a given name. */
const subjectWord = (t: Token | undefined) => nameToken(t) && !PLACES.has(t!.lower) && !ORGANIZATIONS.has(t!.lower) && !isFirstName(t!.lower);

/**
 * Where a serial list of subject words that starts at `from` ends ("Communities and Local Government",
 * "Nutrition, and Forestry"): name words, optional commas, then "and" and the last name words.
 * 0 when the tokens there are not such a list.
 */
function serialListEnd(tokens: Token[], from: number): number {
  let k = from;
  for (let items = 0; items < 6; items++) {
    if (!subjectWord(tokens[k]) || tokens[k]!.newlineBefore) return 0;
    while (subjectWord(tokens[k]) && !tokens[k]!.newlineBefore) k++;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.text === '&') {
      k++;
      if (!subjectWord(tokens[k])) return 0;
      while (subjectWord(tokens[k]) && !tokens[k]!.newlineBefore) k++;
      return k;
    }
    if (tokens[k - 1]?.text !== ',') return 0;
  }
  return 0;
}

/** Heads of public and private bodies that close a "Securities and Exchange Commission" name. */
const AND_HEADS = new Set([
  'administration', 'commission', 'service', 'office', 'board', 'council', 'committee', 'agency', 'bureau', 'department', 'center',
  'centre', 'centers', 'centres', 'institute', 'association', 'foundation', 'authority', 'organization', 'organisation', 'society',
  'federation', 'union', 'court', 'corporation', 'company', 'ministry', 'academy', 'school', 'college', 'university', 'laboratory',
  'hospital', 'museum', 'league', 'alliance', 'party', 'tribunal', 'directorate', 'inspectorate', 'secretariat', 'fund',
]);
/** A common word written as part of a name: "Securities", "Food", "Wildlife". */
const commonSubject = (t: Token) => nameToken(t) && !ORG_HEADS.has(t.lower) && (isEnglishWord(t.lower) || isCommonWord(t.lower)) && !ORGANIZATIONS.has(t.lower);

/**
 * tokens[i, j) are subject words (after a country's initials: "U.S."), tokens[j] is "and": where the name ends
 * when common words and an organization's head follow ("Exchange Commission", "Drug Administration"); 0 otherwise.
 */
function subjectsAndHead(tokens: Token[], text: string, i: number, j: number): number {
  let from = i;
  if (tokens[from]!.lower === 'the') from++;
  if (/^(?:U\.S\.|US|U\.K\.|UK|EU)$/.test(tokens[from]?.text ?? '')) from++;
  else if (tokens[from]?.text === 'United' && /^(?:States|Kingdom)$/.test(tokens[from + 1]?.text ?? '')) from += 2;
  if (from >= j || j - from > 3) return 0;
  // Not after a complete name: "Protocol Labs and Alpha Ventures", "Wall Street and Big Pharma" are two.
  if ((j - from > 1 && ORG_HEADS.has(tokens[j - 1]!.lower)) || lexiconLookup(tokens, from, j, text).place) return 0;
  let plain = false;
  for (let k = from; k < j; k++) {
    if (!commonSubject(tokens[k]!) && !(nameToken(tokens[k]) && ORG_HEADS.has(tokens[k]!.lower))) return 0;
    plain ||= commonSubject(tokens[k]!);
  }
  let k = j + 1;
  while (k < tokens.length && k - j <= 4 && (commonSubject(tokens[k]!) || ORG_HEADS.has(tokens[k]!.lower)) && !tokens[k]!.newlineBefore) k++;
  const head = tokens[k - 1]!;
  for (let m = j + 1; m < k - 1; m++) plain ||= commonSubject(tokens[m]!);
  // A head of a body after two words or more ("Trademark Office", not "Trust" in "Transparency and Trust"),
  // and a common word somewhere (two heads alone, "the Ministry and Agency staff", are two names).
  if (k < j + 3 || !AND_HEADS.has(head.lower) || nameToken(tokens[k]) || !plain) return 0;
  return k;
}

/** Does a known multi-word place start at token i ("New York" in "New York Rangers")? */
function startsKnownPlace(ctx: ChunkContext, i: number): boolean {
  return PLACE_FIRST_WORDS.has(ctx.tokens[i]!.lower) && knownPlaceEnd(ctx, i, i + 1) > i + 1;
}

/** The end of the longest known place that starts at token i and runs past token j (up to four tokens more), else j. */
function knownPlaceEnd(ctx: ChunkContext, i: number, j: number): number {
  let best = j;
  for (let k = j; k < Math.min(ctx.tokens.length, j + 4); k++) {
    if (ctx.tokens[k]!.newlineBefore) break;
    if (lexiconLookup(ctx.tokens, i, k + 1, ctx.text).place) best = k + 1;
  }
  return best;
}

/**
 * Does the run `i`…`j` open with a surname's particle, capitalized, and the surname after it ("De Vries", "Van der Berg",
 * "Del Toro")? Not "y", which joins two names. (In English text: elsewhere the word is also an article, "La Truckload
 * Carriers Association (TCA) se …".)
 */
function surnameParticle(tokens: Token[], i: number, j: number): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.allCaps || t.lower === 'y' || !NAME_PARTICLES.has(t.lower)) return false;
  let k = i + 1;
  while (k < j - 1 && !tokens[k]!.cap && NAME_PARTICLES.has(tokens[k]!.lower)) k++;
  const surname = tokens[k];
  return k < j && surname !== undefined && surname.cap && !surname.allCaps && surname.start <= tokens[k - 1]!.end + 1 && /^\p{Lu}\p{Ll}/u.test(surname.text);
}

/**
 * Is the run `i`…`j` a given name that is also an English word and a surname, in English text: "Bill Harris", "Randy
 * Newman", "Mark J. Steyn"? The surname is a known one, or a capitalized word that is no English word, place or
 * organization's head, nor an abstract noun ("Frank Wild", "Chase Bank", "Rich Characterization" are not).
 */
function wordGivenName(ctx: ChunkContext, i: number, j: number): boolean {
  const { tokens } = ctx;
  const n = j - i;
  if ((ctx.language !== 'en' && ctx.language !== 'und') || n < 2 || n > 3 || !ENGLISH_WORD_GIVEN_NAMES.has(tokens[i]!.lower)) return false;
  if (n === 3 && !/^\p{Lu}\.$/u.test(tokens[i + 1]!.text) && !isFirstName(tokens[i + 1]!.lower)) return false;
  const last = tokens[j - 1]!;
  const surname = last.lower.replace(POSSESSIVE, '');
  if (!last.cap || last.allCaps || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(last.text)) return false;
  return LAST_NAMES.has(surname) || MORE_SURNAMES.has(surname) || (!isCommonWord(surname) && !isEnglishWord(surname) && !abstractNoun(surname) && !isMainPlace(surname) && !ORG_HEADS.has(surname) && !ORGANIZATIONS.has(surname) && !PLACES.has(surname));
}

/** One pinyin syllable: an initial, one to three vowels, a final nasal or r. */
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?$/u;

/** Is a lower-case word a run of pinyin syllables ("donghai", "xiaoping", "zemin")? */
function pinyin(word: string): boolean {
  const reachable = [true];
  for (let from = 0; from < word.length; from++) {
    if (!reachable[from]) continue;
    for (let to = from + 1; to <= Math.min(word.length, from + 6); to++) if (PINYIN_SYLLABLE.test(word.slice(from, to))) reachable[to] = true;
  }
  return reachable[word.length] === true;
}

/** A romanized Chinese or Korean given name: pinyin syllables, or two hyphenated syllables ("Dae-jung"); no English word. */
function eastAsianGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word)) return false;
  const lower = word.toLowerCase();
  // (Towns of the long list share many of these names: "Donghai".)
  if (isEnglishWord(lower) || isCommonWord(lower) || isMainPlace(lower) || ORG_HEADS.has(lower)) return false;
  // (Nor a place's name and a suffix: "Hong Kong-listed".)
  if (lower.includes('-')) return !lower.split('-').some((part) => isEnglishWord(part) || isCommonWord(part));
  return lower.length <= 9 && pinyin(lower);
}

/** Do the tokens from `j` repeat the last two or more words before it, word for word (the repeat may end in a possessive)? */
function repeatsRun(tokens: Token[], i: number, j: number): boolean {
  for (let from = i; from <= j - 2; from++) {
    const n = j - from;
    let k = 0;
    for (; k < n; k++) {
      const again = tokens[j + k];
      if (!again || !nameToken(again) || (again.text !== tokens[from + k]!.text && (k < n - 1 || again.text.replace(POSSESSIVE, '') !== tokens[from + k]!.text))) break;
    }
    if (k === n) return true;
  }
  return false;
}

function chunk(ctx: ChunkContext): Span[] {
  const { tokens } = ctx;
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameToken(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasOfHead = OF_HEADS.has(tokens[i].lower);
    let hasOf = false;
    while (j < tokens.length) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (t.newlineBefore) break;
      const next = tokens[j + 1];
      const next2 = tokens[j + 2];
      // "Latvia’s Ministry" → stop after the possessive; not after a plural's that names a body's members, "People’s Bank
      // of China", "Children's Hospital", "Veterans' Affairs".
      if (POSSESSIVE.test(prev.text) && prev.word && !NAME_POSSESSIVES.has(prev.lower.replace(/’/g, "'"))) break;
      // A label run into the name under it ("Contact DetailsNational Legal and Policy Center"): the name starts anew.
      if (prev.text === 'Details' && t.start === prev.end) break;
      // Link texts set side by side ("Acme Token Website   Join Official Telegram Group"), and a heading whose line break
      // became two spaces ("Market Analysis and Risk Management  Meltem Demirors, Chief …"), are one name each; a call
      // to act starts none: "… Presale Join Official Telegram Group Follow Official X Account".
      if (t.start - prev.end >= 2 || (t.cap && CALLS_TO_ACT.has(t.lower) && nameToken(next) && !next.newlineBefore)) break;
      // "Volume The Surefire Group" (a heading run into a name): a capitalized "The" after a name word starts a new name.
      if (t.text === 'The' && !t.sentenceStart && nameToken(prev)) break;
      // A name said twice where a heading ran into its paragraph ("About Laurie Loughney Laurie Loughney's reputation"):
      // two names.
      if (j - i >= 2 && repeatsRun(tokens, i, j)) break;
      if (nameToken(t)) {
        hasOfHead ||= OF_HEADS.has(t.lower);
        j++;
        continue;
      }
      if (OF_CONNECTORS.has(t.lower) && hasOfHead) {
        if (nameToken(next) && !next.newlineBefore) {
          hasOf = true;
          j += 1;
          continue;
        }
        if (next?.lower === 'the' && nameToken(next2)) {
          hasOf = true;
          j += 2;
          continue;
        }
      }
      if (t.text === '&' && nameToken(next)) {
        j++;
        continue;
      }
      // "Ministry of Housing, Communities and Local Government": a serial list of subject words after "of".
      if (t.text === ',' && hasOfHead && hasOf) {
        const end = serialListEnd(tokens, j + 1);
        if (end > 0) {
          j = end;
          break;
        }
      }
      // (Not before a second title of the same person: "CIO of Cleveland Clinic and CEO of Marx Advisory".)
      // (Nor before a person: "Director of Marketing and Membership and Sandi Gracia joins".)
      if (t.lower === 'and' && hasOfHead && hasOf && nameToken(next) && !ORGANIZATIONS.has(next.lower) && !PLACES.has(next.lower) && !(isTitleHead(stripDot(next.lower)) && next2?.lower === 'of') && !(isFirstName(next.lower) && nameToken(next2) && !ORG_HEADS.has(next2!.lower))) {
        j++;
        continue;
      }
      // "Securities and Exchange Commission", "U.S. Fish and Wildlife Service": subject words, "and", more, a head.
      if (t.lower === 'and' && !hasOf) {
        const end = subjectsAndHead(tokens, ctx.text, i, j);
        if (end > 0) {
          j = end;
          break;
        }
      }
      // "Frankfurt am Main", "Newcastle upon Tyne": a known place whose name goes on in lower case.
      if (!t.cap && PLACE_FIRST_WORDS.has(tokens[i].lower)) {
        const end = knownPlaceEnd(ctx, i, j);
        if (end > j) {
          j = end;
          continue;
        }
      }
      // (After two words at most, or right after a given name: "Werke von Johann Wolfgang von Goethe".)
      // (Not after a title: "CEO de Lotto.com Inc." is a title and a firm.)
      if (NAME_PARTICLES.has(t.lower) && !t.cap && (j - i <= 2 || isFirstName(tokens[j - 1]!.lower)) && !hasOfHead && !isTitleWord(stripDot(tokens[j - 1]!.lower))) {
        let k = j;
        while (k < tokens.length && NAME_PARTICLES.has(tokens[k].lower) && !tokens[k].cap && k - j < 3) k++;
        if (nameToken(tokens[k])) {
          j = k;
          continue;
        }
      }
      break;
    }
    // "Aizsardzības ministrija": lower-case organization nouns after the name (Latvian, Lithuanian).
    for (let k = j; k < Math.min(tokens.length, j + 2); k++) {
      const t = tokens[k];
      if (!t.word || t.cap || t.newlineBefore) break;
      if (TRAILING_ORG_HEADS.has(t.lower)) {
        j = k + 1;
        break;
      }
    }
    // "Acme Robotics, Inc." — a legal form after a comma belongs to the name.
    // (Not a US state code that is also a legal form after a place: "Las Vegas, NV", "Columbus, SE".)
    const stateAfterPlace = Boolean(tokens[j + 1] && US_STATE_CODES[tokens[j + 1]!.text] && lexiconLookup(tokens, i, j, ctx.text).place);
    if (tokens[j]?.text === ',' && tokens[j + 1] && ORG_SUFFIXES.has(tokens[j + 1].text) && tokens[j + 1].cap && !stateAfterPlace && !['Company', 'Group', 'Holdings'].includes(tokens[j + 1].text)) j += 2;
    out.push({ i, j });
    i = j;
  }
  return out;
}

function lexiconLookup(tokens: Token[], i: number, j: number, text: string) {
  const surface = text.slice(tokens[i].start, tokens[j - 1].end).replace(POSSESSIVE, '');
  const key = surface.toLowerCase().replace(/\s+/g, ' ');
  return { key, place: PLACES.get(key), org: ORGANIZATIONS.has(key) };
}

function isAcronym(t: Token): boolean {
  const bare = t.text.replace(POSSESSIVE, '');
  // (Not a model or standard number, nor a biomarker or gene: "ERC-20", "F-16", "FY2024", "PD-L1", "GLP-1", "IL-6".)
  return /^(?:\p{Lu}[\p{Lu}\p{N}&.-]{1,9})$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare) && !/^\p{Lu}\.$/u.test(bare) && !/^\p{Lu}+-?\p{N}{2,}$/u.test(bare) && !/^\p{Lu}+-\p{Lu}*\p{N}+$/u.test(bare);
}

function context(tokens: Token[], i: number, j: number) {
  const before = tokens[i - 1];
  const before2 = tokens[i - 2];
  const after = tokens[j];
  const after2 = tokens[j + 1];
  const reportedAfter = Boolean(after && REPORTING_VERBS.has(after.lower)) || Boolean(after?.text === ',' && after2 && REPORTING_VERBS.has(after2.lower));
  const reportedBefore = Boolean(before && REPORTING_VERBS.has(before.lower));
  const saidBy = Boolean(before && before.lower === 'by' && before2 && /^(?:said|written|signed|stated|led|founded|chaired)$/.test(before2.lower));
  const after3 = tokens[j + 2];
  const appositionTitle = after?.text === ',' && Boolean(after2) && (isJobTitle(after2.lower) || (TITLE_MODIFIERS.has(after2.lower) && Boolean(after3) && isJobTitle(after3.lower)));
  const who = after?.text === ',' && after2?.lower === 'who';
  return { reportedAfter, reportedBefore, saidBy, appositionTitle, who };
}

export interface Proposals {
  candidates: EntityCandidate[];
  roles: RoleCandidate[];
}

/** Propose entity mentions (and roles seen inside name chunks) for one block's tokens. */
export function proposeEntities(ctx: ChunkContext): Proposals {
  const { tokens, text } = ctx;
  const candidates: EntityCandidate[] = [];
  const roles: RoleCandidate[] = [];
  const spans = ctx.shouting ? shoutingSpans(tokens) : chunk(ctx).flatMap((s) => (tokens[s.i]!.heading ? headingSpans(tokens, s) : [s]));

  for (const span of spans) {
    let { i, j } = span;
    // Possessive at the end is not part of the name.
    // Trim sentence-initial common words and leading articles/connectors.
    while (i < j) {
      const t = tokens[i];
      const w = stripDot(t.lower);
      // A path or a host in a web address ("https://ibn.fm/NENZ9"), or an e-mail address's domain, is no name.
      if (t.address) {
        i++;
        continue;
      }
      if ((!t.cap && t.word) || !t.word) {
        i++;
        continue;
      }
      // A label run into the name under it ("Contact DetailsProactive Investors") is no part of the name,
      // nor is "Texas-based" before it (the place is read on its own).
      if ((t.text === 'Details' && tokens[i + 1]?.start === t.end) || /-based$/i.test(t.text)) {
        i++;
        continue;
      }
      // A Romance article capitalized in mid-sentence opens a name: "Los Alamos National Laboratory", "Le Monde".
      // (After a word or a comma: after a dash or a colon, a sentence may start: "Toulouse, le 5 novembre – La Région …".)
      if (NAME_ARTICLES.has(t.text) && !t.sentenceStart && !t.newlineBefore && !ctx.shouting && (tokens[i - 1]?.word || tokens[i - 1]?.text === ',') && i + 1 < j && tokens[i + 1]!.cap && !tokens[i + 1]!.text.includes('-') && tokens[i + 1]!.start === t.end + 1) break;
      // A surname's particle, capitalized at its start, opens the name in English text: "De Vries told …", "… said Van Dyk".
      if (ctx.language === 'en' && surnameParticle(tokens, i, j)) break;
      // (A stopword in capitals is kept as a possible acronym, "IT", unless the phrase is in capitals: "NOTE TO INVESTORS".)
      const capsPhrase = t.allCaps && (ctx.shouting || (i + 1 < j && tokens[i + 1]!.allCaps && CAPS_LEADERS.has(w)));
      if (isStopword(w, ctx.language) && (!t.allCaps || capsPhrase) && !lexiconLookup(tokens, i, j, text).place && !lexiconLookup(tokens, i, j, text).org && !startsKnownPlace(ctx, i)) {
        i++;
        continue;
      }
      // A nationality before a given name and a surname describes the person: "fellow American James Heath", "Mexican
      // Ariel Cruz" (not a known name that holds it: "American Express").
      if (j - i >= 3 && anyDemonym(w) && isFirstName(tokens[i + 1]!.lower) && tokens[i + 1]!.cap && !tokens[i + 1]!.allCaps) {
        const known = lexiconLookup(tokens, i, j, text);
        if (!known.org && !known.place) {
          i++;
          continue;
        }
      }
      // (Not a head before "of" and a name: "Bank of America announced …".)
      const headOf = ORG_HEADS.has(w) && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.cap === true && !isTitleWord(stripDot(tokens[i + 2]!.lower));
      if (t.sentenceStart && j - i >= 1 && sentenceInitialCommon(t, ctx) && !headOf && !wordGivenName(ctx, i, j) && !isTitleWord(w) && !lexiconLookup(tokens, i, j, text).place && !lexiconLookup(tokens, i, j, text).org) {
        i++;
        continue;
      }
      break;
    }
    // "VP of Marketing of Lee's Famous Recipe": after a title's "of", a department and its "of" belong to the title.
    if (tokens[i - 1]?.lower === 'of' && isTitleHead(stripDot(tokens[i - 2]?.lower ?? ''))) {
      let k = i;
      while (k < j && DEPARTMENTS.has(tokens[k]!.lower)) k++;
      if (k > i && k + 1 < j && TITLE_OF.has(tokens[k]!.lower)) i = k + 1;
    }
    while (j > i && (!tokens[j - 1].word || (!tokens[j - 1].cap && !TRAILING_ORG_HEADS.has(tokens[j - 1].lower)))) j--;
    // A photo credit: "Photo by Kumpan Electric on Unsplash" names the photographer, not "… on Unsplash".
    if (j - i > 2 && tokens[j - 2]!.lower === 'on' && STOCK_PHOTO_SITES.has(tokens[j - 1]!.lower)) j -= 2;
    // A title-case line goes on past the name: "Rottermond Jewelers Since 1920", "Foster Plumbing For Homes".
    while (j - i > 1 && !tokens[j - 1].allCaps && (isStopword(stripDot(tokens[j - 1].lower), ctx.language) || AFTER_NAME_VERBS.has(tokens[j - 1].lower)) && !ORG_SUFFIXES.has(tokens[j - 1].text) && !ORG_HEADS.has(stripDot(tokens[j - 1].lower)) && ORG_HEADS.has(tokens[j - 2]!.lower)) j--;
    // Nor does a name end in a headline's preposition ("Weekly Bestseller Lists Across 8 Categories"); and a
    // headline's verb ends the name before it ("BlockDAG Network Grows at …", "Acme Mining Ltd Secures Permit").
    while (j - i > 1 && !tokens[j - 1].allCaps && NAME_END_PREPOSITIONS.has(tokens[j - 1].lower)) j--;
    for (let k = i + 1; k < j; k++) {
      if (headlineVerb(tokens[k]!)) {
        j = k;
        break;
      }
    }
    // A participle that the sentence goes on from: "Key Services Offered: …", "Ackerman & Co. Headquartered in Atlanta".
    if (j - i > 1 && trailingParticiple(tokens[j - 1]!, tokens[j])) j--;
    // A headline's preposition inside the run divides it: "… Facilitated the Transaction Between Fredericksburg Machine
    // & Steel, LLC and …" (each side is read on its own).
    for (let k = i + 1; k < j - 1; k++) {
      const t = tokens[k]!;
      if (!t.cap || t.allCaps || !SPLITTING_PREPOSITIONS.has(t.lower)) continue;
      spans.push({ i: k + 1, j });
      j = k;
      break;
    }
    // A headquarters after a firm's name is where it is: "Maxim Group Corporate Headquarters", "Acme Inc. HQ".
    if (j - i > 1 && HEADQUARTERS.has(tokens[j - 1].lower)) {
      let k = j - 1;
      if (k - i > 1 && HEADQUARTERS_MODIFIERS.has(tokens[k - 1].lower)) k--;
      const last = tokens[k - 1]!;
      if (ORG_HEADS.has(stripDot(last.lower)) || ORG_SUFFIXES.has(last.text)) j = k;
    }
    if (j <= i) continue;
    if (departmentOfTitle(tokens, text, i, j)) continue;
    // A name written twice in a row, where a heading ran into its paragraph ("About Maxim Group Maxim Group is …"),
    // is two mentions; so is a contact's name before the firm named after it ("Jeremy Martin Jeremy Martin PR").
    for (let half = Math.floor((j - i) / 2); half >= 1; half--) {
      if (half === 1 && j - i > 2) break;
      if (!tokens.slice(i, i + half).every((t, k) => t.word && t.text === tokens[i + half + k]!.text)) continue;
      spans.push({ i: i + half, j });
      j = i + half;
      break;
    }
    // A contact line that lost its line breaks: an organization's head, then a given name and a surname end the
    // chunk ("CSJ Consulting Charles Moss", "Proactive Investors Jane Doe"): the organization, then the person.
    for (let h = Math.max(i + 1, j - 4); h <= j - 3; h++) {
      if (!(ORG_HEADS.has(tokens[h]!.lower) || ORG_SUFFIXES.has(stripDot(tokens[h]!.text))) || !isFirstName(tokens[h + 1]!.lower)) continue;
      const person = tokens.slice(h + 1, j);
      if (person.length > 3 || !person.every((t) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACES.has(t.lower))) continue;
      // (The surname is a known one or no English word: not "Memorial Hermann Health System".)
      const surname = person[person.length - 1]!.lower;
      if (!LAST_NAMES.has(surname) && (isEnglishWord(surname) || isCommonWord(surname))) continue;
      spans.push({ i: h + 1, j });
      j = h + 1;
      break;
    }

    // German capitalizes every noun: nouns before "der"/"des" and an organization are no part of its name ("Mitglied
    // der Demokratischen Partei", "Präsident der Akademie der Wissenschaften"), unless they hold its head.
    if (ctx.language === 'de') {
      const k = tokens.slice(i, j).findIndex((t) => t.lower === 'der' || t.lower === 'des');
      if (k > 0 && !tokens.slice(i, i + k).some((t) => ORG_HEADS.has(t.lower)) && tokens.slice(i + k + 1, j).some((t) => ORG_HEADS.has(t.lower))) i += k + 1;
    }
    // And a noun before a given name is no part of the name ("Der Rennfahrer Michael Schumacher gewann"): the name
    // starts at the given name.
    if (ctx.language === 'de') {
      for (let k = i + 1; k < j - 1; k++) {
        const prev = tokens[k - 1]!;
        // (A particle after a given name belongs to the name, "Maria von Trapp"; after a noun it does not, "Werke von
        // Johann Wolfgang von Goethe".)
        const inName = NAME_PARTICLES.has(prev.lower) && k - 2 >= i && isFirstName(tokens[k - 2]!.lower);
        if (!isFirstName(tokens[k]!.lower) || isFirstName(prev.lower) || inName || ORG_HEADS.has(prev.lower) || ORG_SUFFIXES.has(prev.text)) continue;
        spans.push({ i: k, j });
        j = k;
        break;
      }
    }

    // Split at a job title inside the chunk: [prefix] [title] [name].
    let titleFrom = -1;
    let titleTo = -1;
    // Two titles joined into one: "Founder & CEO", "President and Chief Executive Officer".
    let joinedTitles = false;
    for (let k = i; k < j; k++) {
      if (isTitleWord(stripDot(tokens[k].lower))) {
        let m = k;
        joinedTitles = false;
        while (m < j && isTitleWord(stripDot(tokens[m].lower))) {
          // "Chief Customer Success Officer": the words up to the head belong to the title.
          const chief = chiefTitleEnd(tokens, m);
          m = chief > 0 && chief <= j ? chief : m + 1;
          if (m + 1 < j && (tokens[m]!.text === '&' || tokens[m]!.lower === 'and') && isTitleHead(stripDot(tokens[m - 1]!.lower)) && isTitleWord(stripDot(tokens[m + 1]!.lower))) {
            joinedTitles = true;
            m++;
          }
        }
        if (isTitleHead(stripDot(tokens[m - 1].lower)) || tokens[m - 1].lower === 'director') {
          titleFrom = k;
          titleTo = m;
          break;
        }
        k = m;
      }
    }
    // "Ohio State University President Jane Doe": a body's head inside the title run ends the organization before
    // it ("State" and "University" also modify titles: "State Senator", "University Professor").
    if (titleFrom > i) {
      for (let h = titleTo - 2; h >= titleFrom; h--) {
        if (!TITLE_BODY_HEADS.has(tokens[h]!.lower) || !tokens.slice(titleFrom, h + 1).every((t) => t.cap)) continue;
        titleFrom = h + 1;
        break;
      }
    }
    if (titleFrom >= 0) {
      const rest = tokens.slice(titleTo, j);
      const restHasOrgHead = rest.some((t) => ORG_HEADS.has(t.lower)) || (rest.length > 0 && ORG_SUFFIXES.has(rest[rest.length - 1].text));
      // "Founder & CEO Caissa Realty": joined titles before an organization's name are no part of it.
      // ("President & CEO of Wayne Brothers" is a title and its organization, read below.)
      if (joinedTitles && titleFrom === i && restHasOrgHead && titleTo < j && !TITLE_OF.has(rest[0]!.lower)) {
        const org = classify(ctx, titleTo, j, { titleBefore: false, preferOrg: true });
        if (org) candidates.push(org);
        continue;
      }
      // "Director John Doe of the FBI", "CEO Jane Smith of Acme Corp": a title, a person, "of" and the person's organization.
      let ofAt = -1;
      for (let k = titleTo + 1; k < Math.min(j - 1, titleTo + 5); k++) {
        if (tokens[k]!.lower === 'of') {
          ofAt = k;
          break;
        }
      }
      if (titleFrom === i && ofAt > 0 && isFirstName(tokens[titleTo]!.lower)) {
        const person = classify(ctx, titleTo, ofAt, { titleBefore: true });
        if (person?.kind === 'person') {
          const orgFrom = tokens[ofAt + 1]!.lower === 'the' ? ofAt + 2 : ofAt + 1;
          const org = orgFrom < j ? classify(ctx, orgFrom, j, { titleBefore: false, preferOrg: true }) : null;
          candidates.push(person);
          if (org) candidates.push(org);
          const titleText = text.slice(tokens[titleFrom]!.start, tokens[titleTo - 1]!.end).replace(/\.$/, '');
          roles.push({ personStart: person.start, title: titleText, organization: org?.kind === 'organization' ? org.name : undefined, start: tokens[titleFrom]!.start, end: tokens[titleTo - 1]!.end });
          continue;
        }
      }
      const whole = lexiconLookup(tokens, i, j, text);
      // "Office of the President", "Cabinet of Ministers": a head, "of", and the title is one organization.
      const ofBefore = titleFrom > i && (tokens[titleFrom - 1]!.lower === 'of' || (tokens[titleFrom - 1]!.lower === 'the' && tokens[titleFrom - 2]?.lower === 'of'));
      const headOfTitle = ofBefore && tokens.slice(i, titleFrom).some((t) => ORG_HEADS.has(t.lower)) && (titleTo === j || tokens[titleTo]!.lower === 'of');
      if (!whole.org && !whole.place && !headOfTitle && !(restHasOrgHead && titleFrom === i && !TITLE_OF.has(rest[0]?.lower ?? ''))) {
        const titleSpan = { start: tokens[titleFrom].start, end: tokens[titleTo - 1].end };
        const title = text.slice(titleSpan.start, titleSpan.end);
        let prefixOrg: string | undefined;
        if (titleFrom > i) {
          const affiliation = titleTo < j;
          const pre = classify(ctx, i, titleFrom, { titleBefore: false, affiliation }) ?? (affiliation ? affiliationOrg(ctx, i, titleFrom, titleTo) : null);
          if (pre) {
            candidates.push(pre);
            if (pre.kind === 'organization') prefixOrg = pre.name;
          }
        }
        if (titleTo < j && TITLE_OF.has(tokens[titleTo].lower)) {
          // "Under Secretary of the Ministry of Defence": title, then its organization.
          let k = titleTo + 1;
          // "Legislative Director for Cathy McMorris Rodgers": a person right after "for" or "of" is whom the title
          // serves, not its organization (and the title is someone else's).
          if (j - k >= 2 && j - k <= 4 && isFirstName(tokens[k]!.lower) && tokens.slice(k, j).every((t) => nameToken(t) && !ORG_HEADS.has(t.lower) && !ORG_SUFFIXES.has(t.text))) {
            const person = classify(ctx, k, j, { titleBefore: true });
            if (person) candidates.push(person);
            continue;
          }
          // "VP of Marketing of Lee's Famous Recipe": a department belongs to the title, the organization follows it.
          if (DEPARTMENTS.has(tokens[k]!.lower) && TITLE_OF.has(tokens[k + 1]?.lower ?? '') && k + 2 < j) {
            titleSpan.end = tokens[k]!.end;
            k += 2;
          }
          if (tokens[k]?.lower === 'the') k++;
          // "Minister for Local Government Jim Hartley": a given name ends the organization and starts the person.
          let personFrom = -1;
          // (Not a given name inside the organization's name: "Trustee of the Bill & Melinda Gates Foundation".)
          const inName = (m: number) => ['&', 'and'].includes(tokens[m - 1]!.lower) || tokens.slice(m, j).some((t) => ORG_HEADS.has(t.lower) || ORG_SUFFIXES.has(t.text));
          for (let m = k + 1; m < j - 1; m++) if (isFirstName(tokens[m].lower) && !inName(m)) personFrom = m;
          // "Minister of Infrastructure Marek Kowalczyk": no known given name, but the chunk ends in two
          // unknown capitalized words after the portfolio — that is the name.
          if (personFrom < 0 && j - k >= 3 && [tokens[j - 2]!, tokens[j - 1]!].every((t) => unknownNameWord(t, ctx))) personFrom = j - 2;
          const orgEnd = personFrom > 0 ? personFrom : j;
          // (A department before "at" and the organization is part of the title: "Head of Fund Sales at Man Group".)
          const org = k < orgEnd && !departmentOfTitle(tokens, text, k, orgEnd) ? classify(ctx, k, orgEnd, { titleBefore: false, preferOrg: true }) : null;
          if (org) candidates.push(org);
          let personStart = -1;
          if (personFrom > 0) {
            const person = classify(ctx, personFrom, j, { titleBefore: true });
            if (person) {
              candidates.push(person);
              if (person.kind === 'person') personStart = person.start;
            }
          }
          const orgName = org && org.kind === 'organization' ? org.name : undefined;
          // Without an organization, "for Local Government" is part of the title itself.
          const roleEnd = orgName || k >= orgEnd ? titleSpan.end : tokens[orgEnd - 1].end;
          roles.push({ personStart, title: text.slice(titleSpan.start, roleEnd), organization: orgName, start: titleSpan.start, end: roleEnd });
          continue;
        }
        if (titleTo < j) {
          // In a title-case headline the name ends before the words after it: "Agent Alan Morell Reaches …",
          // "Talent Agent Icon Harry Abrams": a given name and a surname, without the common words around them.
          let [from, to] = [titleTo, j];
          if (to - from >= 3) {
            const plain = (t: Token) => (isEnglishWord(t.lower) || isCommonWord(t.lower)) && !isFirstName(t.lower) && !LAST_NAMES.has(t.lower);
            const given = tokens.slice(from, to).findIndex((t) => isFirstName(t.lower));
            if (given > 0 && tokens.slice(from, from + given).every(plain)) from += given;
            // (Only where the line goes on in capitals, and never after a particle: "President Andrea Wilson Woods
            // stated", "Dirk Van de Put".)
            const headline = !tokens[j] || !tokens[j]!.word || tokens[j]!.cap || /^\p{N}/u.test(tokens[j]!.text);
            // (Nor before the head of an event or a body: "King Abdulaziz Camel Festival" names no person.)
            const thing = tokens.slice(from, to).some((t) => EVENT_HEADS.has(t.lower) || ORG_HEADS.has(t.lower));
            while (headline && !thing && to - from > 2 && plain(tokens[to - 1]!) && !NAME_PARTICLES.has(tokens[to - 2]!.lower)) to--;
          }
          const person = classify(ctx, from, to, { titleBefore: true });
          if (person) {
            candidates.push(person);
            if (person.kind === 'person') {
              roles.push({ personStart: person.start, title: title.replace(/\.$/, ''), organization: prefixOrg, start: titleSpan.start, end: titleSpan.end });
            }
          }
          continue;
        }
        // A title alone ("Policy Director") before a name outside the chunk is handled by the role patterns.
        const before = tokens[titleFrom - 1];
        if (titleFrom === i && (before?.lower === 'the' || before?.lower === 'a')) {
          roles.push({ personStart: -1, title, start: titleSpan.start, end: titleSpan.end });
        }
        continue;
      }
    }
    const c = classify(ctx, i, j, { titleBefore: false }) ?? organizationOfPlace(ctx, i, j);
    if (c) candidates.push(c);
  }
  return { candidates, roles };
}

/**
 * A chunk joined over a name particle that is no person's name: a known organization before a place is that
 * organization of that place ("les Lakers de Los Angeles", "Microsoft de France"). (Other such chunks stay
 * unread: their parts alone, "Versailles" in "Château de Versailles", would name something else.)
 */
function organizationOfPlace(ctx: ChunkContext, i: number, j: number): EntityCandidate | null {
  const { tokens, text } = ctx;
  let k = i + 1;
  while (k < j - 1 && !(NAME_PARTICLES.has(tokens[k]!.lower) && !tokens[k]!.cap)) k++;
  if (k >= j - 1) return null;
  let after = k;
  while (after < j && NAME_PARTICLES.has(tokens[after]!.lower) && !tokens[after]!.cap) after++;
  if (after >= j) return null;
  const left = classify(ctx, i, k, { titleBefore: false });
  const right = left?.kind === 'organization' && left.evidence === 'lexicon' ? classify(ctx, after, j, { titleBefore: false }) : null;
  if (!left || right?.kind !== 'place') return null;
  return entityCandidate(left.start, right.end, 'organization', text.slice(left.start, right.end).replace(/\s+/g, ' '), 0.8, 'organization-of-place');
}

/** In all-caps text, only lexicon matches are trusted: longest known place or organization first. */
function shoutingSpans(tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    for (let n = Math.min(5, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (words.some((t) => !t.word)) continue;
      const key = words.map((t) => t.lower).join(' ').replace(POSSESSIVE, '');
      if (PLACES.has(key) || ORGANIZATIONS.has(key)) {
        out.push({ i, j: i + n });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Is tokens[i, j) a department or a portfolio between a title's "of" and "at" and the organization ("Director of
 * Housing Counseling and Community Outreach at Consolidated Credit", "Head of Fund Sales at Man Group")? Common words
 * only, no body's head.
 */
export function departmentOfTitle(tokens: Token[], text: string, i: number, j: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 8 && tokens[k]!.lower !== 'of' && (tokens[k]!.cap || tokens[k]!.lower === 'and' || tokens[k]!.text === '&' || tokens[k]!.text === ',')) k--;
  if (tokens[k]?.lower !== 'of' || !isTitleHead(stripDot(tokens[k - 1]?.lower ?? ''))) return false;
  // Or before a comma and the organization when it is made of department words and adjectives only: "VP of
  // Organizational Development, iQor.com", "Head of Strategic Partnerships, Acme" (not "CEO of Ladybug Resources, …").
  if (tokens[j]?.text === ',' && tokens[j + 1]?.word) {
    const own = tokens.slice(k + 1, j).filter((t) => t.word).map((t) => stripDot(t.lower));
    const departmentWord = (w: string) => DEPARTMENTS.has(w) || w === 'and' || /^\p{Ll}{3,}(?:al|ic|ive)$/u.test(w);
    return own.length > 0 && DEPARTMENTS.has(own[own.length - 1]!) && own.every(departmentWord) && !lexiconLookup(tokens, i, j, text).org;
  }
  let m = j;
  while (m < tokens.length && m - j <= 8 && (tokens[m]!.cap || tokens[m]!.lower === 'and' || tokens[m]!.text === '&' || tokens[m]!.text === ',')) m++;
  if (tokens[m]?.lower !== 'at' || !tokens[m + 1]?.cap) return false;
  const words = tokens.slice(k + 1, m).filter((t) => t.word);
  return isDepartmentName(words.map((t) => stripDot(t.lower))) && !lexiconLookup(tokens, i, j, text).org;
}

/** A chunk in a heading run into its text: the known names in it, as in a headline in capitals. */
function headingSpans(tokens: Token[], span: Span): Span[] {
  return shoutingSpans(tokens.slice(span.i, span.j)).map((s) => ({ i: s.i + span.i, j: s.j + span.i }));
}

/** Particles that begin US place names the chunker leaves out: "VAN NUYS", "DES PLAINES", "LA JOLLA", "SANTA ANA". */
const PLACE_PARTICLES = new Set(['van', 'des', 'la', 'le', 'de', 'del', 'el', 'santa', 'san', 'st.', 'mountain', 'los', 'las']);
/** Post-nominal letters that are also state codes: "Thomas Lee, MD", "Jane Roe, PA". */
const CREDENTIAL_CODES = new Set(['MD', 'PA', 'DC', 'ND', 'ME', 'OR', 'IN']);
/** Address words that stand before a comma in an address line: "Suite 200, …". */
const ADDRESS_WORDS = new Set(['suite', 'unit', 'floor', 'building', 'box', 'apt', 'ste', 'room', 'highway']);

/** May tokens[i, j), before ", <US state>", be a city's name? */
function cityBeforeState(ctx: ChunkContext, i: number, j: number, lowers: string[], state: Token): boolean {
  const chunk = ctx.tokens.slice(i, j);
  if (lowers.some((w) => ORG_HEADS.has(w) || THING_HEADS.has(w) || ADDRESS_WORDS.has(w)) || lowers.join('').length < 4) return false;
  // A dateline in capitals: "GEORGETOWN, TX".
  if (chunk.every((t) => t.allCaps || !t.word)) return true;
  if (!chunk.every((t) => t.cap) || j - i > 3) return false;
  // After "in", "near", "based in": a place ("located in Jackson, MS", though Jackson is a given name and MS a degree).
  if (LOCATIVE.has(ctx.tokens[i - 1]?.lower ?? '')) return true;
  // In running text, a short unknown name: not a person's ("Thomas Lee, MD"), not a firm before its city ("Signarama Troy, MI").
  if (CREDENTIAL_CODES.has(state.text)) return false;
  if (isFirstName(lowers[0]!) || lowers.some((w) => isEnglishWord(w) || isCommonWord(w))) return false;
  return j - i === 1 || !lexiconLookup(ctx.tokens, i + 1, j, ctx.text).place;
}

/** German articles, and prepositions fused with one ("im", "zum"), which no other language press-facts reads writes. */
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
const GERMAN_FUSED = new Set(['im', 'vom', 'zum', 'zur', 'beim', 'ins']);

/**
 * Does a German article stand right before tokens[i]? Articles count in German blocks; the fused forms in any block
 * (a German sentence full of foreign names may be "und"). (With an adjective between, a town may take one: "das
 * benachbarte Potsdam", "des heutigen Blenheim".)
 */
function germanArticleBefore(ctx: ChunkContext, i: number): boolean {
  const w = ctx.tokens[i - 1]?.lower;
  return w !== undefined && (GERMAN_FUSED.has(w) || (ctx.language === 'de' && GERMAN_ARTICLES.has(w)));
}

/** Is text[start, end) a line of its own (a heading), give or take a closing colon? */
function standsAlone(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t' || text[a - 1] === '#' || text[a - 1] === '*')) a--;
  let b = end;
  while (b < text.length && ' \t:*'.includes(text[b]!)) b++;
  // (A line break that became two spaces or more, as in flattened releases, ends a line too: "… end.  Company
  // Overview  Founded in 1990, …".)
  const gap = (from: number, to: number) => to - from >= 2 && /^[ \t]+$/.test(text.slice(from, to));
  const lineStart = a === 0 || text[a - 1] === '\n' || (gap(a, start) && /[.!?:"”)]/.test(text[a - 1]!));
  const lineEnd = b === text.length || text[b] === '\n' || text[b] === '\r' || gap(end, b);
  return lineStart && lineEnd;
}

/** Is the name followed by two spaces or more and a sentence, a heading whose line break was lost ("Popular Services  Whether people …")? */
function headingBeforeSentence(text: string, end: number): boolean {
  return /^:?[ \t]{2,}\p{Lu}\p{Ll}*[ ,]+\p{Ll}/u.test(text.slice(end, end + 40));
}

/**
 * Capitalized words before a title and a name that nothing else claims are the person's organization ("Benchmark
 * Transaction Director Sean Fechtmann"): tokens[i, titleFrom) before the title tokens[titleFrom, titleTo). Not a day
 * or a month ("Monday Director …"); not words that describe the person ("Registered Nurse", "Personal Injury
 * Attorney", "Investment Director": one word must be no English word and no given name, several none an adjective or
 * a demonym); not after a determiner or an adjective ("the British Ambassador", "His Highness", "esteemed County
 * Magistrate"); not before an honorific ("Toney Dr. Quodarrius", where "Dr" may even be a street's "Drive"); not a
 * credential or a letter or two ("PhD", "HH", "E").
 */
function affiliationOrg(ctx: ChunkContext, i: number, titleFrom: number, titleTo: number): EntityCandidate | null {
  const { tokens, text } = ctx;
  const words = tokens.slice(i, titleFrom);
  if (words.length > 4 || !words.every((t) => t.word && t.cap && !MONTH_AND_DAY_WORDS.has(t.lower) && !isStopword(t.lower, ctx.language))) return null;
  const leader = tokens[i - 1];
  const lead = leader && (!leader.cap || /^(?:the|his|her|their|its|a|an)$/.test(leader.lower)) ? tagsOf(leader.lower) : [];
  if (lead.some((t) => t === 'Determiner' || t === 'Adjective' || t === 'Possessive') || /^(?:his|her|their)$/.test(leader?.lower ?? '')) return null;
  if ([tokens[titleFrom]!, tokens[titleTo - 1]!].some((t) => /^(?:dr|mr|mrs|ms|mx|prof|sir|dame|hon|rev)\.?$/.test(t.lower))) return null;
  if (words.length === 1 && (words[0]!.text.replace(/\W/g, '').length <= 2 || /^(?:phd|md|mba|dds|esq|jd)$/.test(words[0]!.lower.replace(/\./g, '')))) return null;
  if (lexiconLookup(tokens, i, titleFrom, text).place) return null;
  if (!words.every((t) => !/['’]/.test(t.text) && !isTitleWord(stripDot(t.lower)) && !anyDemonym(t.lower))) return null;
  const named =
    words.length === 1
      ? !isEnglishWord(words[0]!.lower) && !isCommonWord(words[0]!.lower) && !isFirstName(words[0]!.lower)
      : words.every((t) => !tagsOf(t.lower).includes('Adjective'));
  if (!named) return null;
  const [start, end] = [tokens[i]!.start, tokens[titleFrom - 1]!.end];
  return entityCandidate(start, end, 'organization', text.slice(start, end), 0.5, 'affiliation');
}

/**
 * Classify tokens[i, j) as a person, organization or place — or nothing. `titleBefore`: a job title stands right before. `preferOrg`: a body is expected there ("of …").
 * `affiliation`: the words stand before a title and a name ("said Benchmark Transaction Director Sean Fechtmann"),
 * so a reporting verb before them speaks of that person, not of them.
 */
function classify(ctx: ChunkContext, i: number, j: number, opts: { titleBefore: boolean; preferOrg?: boolean; affiliation?: boolean }): EntityCandidate | null {
  const { tokens, text } = ctx;
  const first = tokens[i];
  const last = tokens[j - 1];
  const start = first.start;
  let end = last.end;
  const possessive = POSSESSIVE.exec(last.text);
  if (possessive && last.text.length > possessive[0].length) end -= possessive[0].length;
  const surface = text.slice(start, end);
  const name = surface.replace(/\s+/g, ' ');
  const n = j - i;
  const lowers = tokens.slice(i, j).map((t) => stripDot(t.lower).replace(POSSESSIVE, ''));
  const make = (kind: EntityCandidate['kind'], score: number, evidence: string, as = name, countryCode?: string) =>
    entityCandidate(start, end, kind, as, score, evidence, countryCode);
  const before = tokens[i - 1];
  const before2 = tokens[i - 2];

  if (n === 1 && isStopword(lowers[0]!, ctx.language) && !first.allCaps) return null;
  if (n === 1 && (notAName(ctx, i) || headlineVerb(first))) return null;
  // A legal form alone ("LLC." after "Acme Holdings," on its own): no name.
  // (Not a state code that is also a legal form: "Las Vegas, NV".)
  if (n === 1 && ORG_SUFFIXES.has(first.text.replace(/\.$/, '')) && !US_STATE_CODES[first.text.replace(/\.$/, '')]) return null;
  const lex = lexiconLookup(tokens, i, j, text);
  if (lex.org) return make('organization', 0.9, 'lexicon');
  // A handle after "@" names an account, not a body ("photo by Logan Weaver | @LGNWVR"); known names came from the lexicon.
  if (n === 1 && text[start - 1] === '@') return null;
  // Nor are people named by a plural title: "U.S. Senators", "European Commissioners" (not "House of Representatives",
  // nor a town's team: "Ottawa Senators", "Kansas City Chiefs", "Washington Commanders").
  if (n > 1 && /s$/.test(lowers[n - 1]!) && isJobTitle(lowers[n - 1]!.slice(0, -1)) && !lowers.includes('of') && !lowers.some((w) => ORG_HEADS.has(w))) {
    const place = lexiconLookup(tokens, i, j - 1, text).place;
    // (The country stays a place: "U.S." of "U.S. Senators".)
    if (place?.kind === 'country') return entityCandidate(start, tokens[j - 2]!.end, 'place', place.name, 0.85, 'gazetteer', place.countryCode || undefined);
    if (!place) return null;
  }
  // A sports club: "Chelsea FC", "Malmö FF"; "FC Chelsea", "SK Rapid Wien", "VfB Stuttgart", "AC Milan" — a prefix
  // with the club's town, since "SD Card", "AJ Tennant" or "SK S4V 2X5" (a Canadian postal code) have one too.
  if (n >= 2 && n <= 5 && tokens.slice(i, j).every((t) => t.cap || /^\p{N}/u.test(t.text))) {
    const town = () => tokens.slice(i + 1, j).some((t) => PLACES.has(t.lower) || lookupPlace(t.lower, ctx.language)) || lexiconLookup(tokens, i + 1, j, text).place;
    if (CLUB_SUFFIXES.has(last.text) || (CLUB_PREFIXES.has(first.text) && town())) return make('organization', 0.8, 'club');
  }
  // A label before its colon in a list of services ("include: Residential Property Management: Expertise in …"),
  // written in common words and without a body's head ("Association", "Council"): a heading, not a name.
  // So is a form's field ("Company Name: Acme Ltd.", "Organization: …", "Contact Person: …").
  // (A field's last word may be an abbreviation: "TEL", "ID".)
  const label =
    tokens[j]?.text === ':' &&
    lowers.slice(0, -1).every((w) => isEnglishWord(w)) &&
    ((before && LIST_MARKS.has(before.text) && isEnglishWord(lowers[n - 1]!) && lowers.every((w) => !BODY_HEADS.has(w))) || (n <= 3 && FIELD_LABELS.has(lowers[n - 1]!)));
  // A field of study: "a master's degree in Elementary School Counseling", "his master's in Business Administration",
  // "majoring in Computer Science".
  // So is a degree's subject: "a Master of Business Administration", "Bachelor of Science".
  const field =
    (before?.lower === 'in' && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => STUDY_WORDS.has(t.lower.replace(POSSESSIVE, '')))) ||
    (before?.lower === 'in' && before2 !== undefined && /^(?:master|bachelor)(?:['’]?s)$/.test(before2.lower)) ||
    (before?.lower === 'of' && DEGREES.has(before2?.lower.replace(POSSESSIVE, '') ?? ''));
  // A degree's subject before the word: "his Construction Management degree".
  const subject = /^(?:degree|degrees|diploma|major|minor)$/.test(tokens[j]?.lower ?? '') && lowers.every((w) => isEnglishWord(w) || isCommonWord(w));
  // An award: "Investment Banking Firm of the Year", "Employer of the Year".
  const award = n >= 4 && lowers[n - 1] === 'year' && lowers[n - 2] === 'the' && lowers[n - 3] === 'of';
  // An event's edition: "Quantum World Congress 2024", "Paris Peace Forum 2025" (the body that holds it may be an
  // organization; with the year, the name is the event).
  const next = tokens[j];
  // (Not "the World Economic Forum 2024 report": after the year, only the end, punctuation, a capital or a function word.)
  const afterYear = tokens[j + 1];
  const edition =
    n >= 2 &&
    EDITION_HEADS.has(lowers[n - 1]!) &&
    next !== undefined &&
    next.start === last.end + 1 &&
    /^(?:19|20)\d\d$/.test(next.text) &&
    (!afterYear || !afterYear.word || afterYear.cap || isStopword(afterYear.lower, ctx.language));
  if ((label || field || subject || award || edition) && !ORG_SUFFIXES.has(last.text)) return null;
  const place = lex.place ?? (n === 1 ? lookupPlace(lex.key, ctx.language) : undefined);
  // An organization by the common noun beside its name: "a Promodes spokesman", "Hamas officials", "the Zycie Warszawy
  // daily said"; "the daily Le Populaire", "national carrier EgyptAir", "French club Nice" (a town's team).
  const byNoun = ctx.language === 'en' && !ctx.shouting ? orgByNoun(ctx, i, j, lowers, place !== undefined) : null;
  if (byNoun) return make('organization', 0.6, byNoun);
  if (place && !(opts.preferOrg && n === 1 && place.kind !== 'country')) {
    // A city before ", TX" or ", Texas" is in the United States, whichever namesake is larger ("GEORGETOWN, TX");
    // so is a country's name there: "Holland, Michigan", "Lebanon, PA" are towns.
    const [comma, state] = [tokens[j], tokens[j + 1]];
    const stateWord = state?.lower.replace(/-based$/, '');
    const beforeUsState = comma?.text === ',' && state && (US_STATE_CODES[state.text.replace(/\.$/, '')] || US_STATE_NAMES.has(stateWord!));
    if (beforeUsState && place.kind === 'country' && tokens.slice(i, j).every((t) => t.cap || t.allCaps)) return make('place', 0.8, 'city-before-state', titleCase(name.toLowerCase()), 'US');
    // German writes every noun with a capital, and a town takes no article: "im Norden", "in der Mitte" are nouns
    // (the towns Norden and Mitte are "in Norden", "aus Mitte"). Countries and regions may take one ("die Schweiz"),
    // and are no towns.
    if (n === 1 && place.town && germanArticleBefore(ctx, i)) return null;
    return make('place', place.town ? 0.8 : 0.9, place.town ? 'town' : 'gazetteer', place.name, beforeUsState && place.kind === 'city' ? 'US' : place.countryCode || undefined);
  }
  // "Kingdom of Saudi Arabia", "People's Republic of China", "State of Maine": the formal name of a known place.
  const head = lowers.findIndex((w) => STATE_HEADS.has(w));
  let from = head + 1;
  while (from < n && STATE_CONNECTORS.has(lowers[from]!)) from++;
  // Only a head that starts the name (after adjectives: "People's", "Federal"): "Chamber of Commerce of the Republic of
  // Latvia" is an organization, and "State of Latvia" after "Secretary of" is part of a title.
  const headStartsName = head >= 0 && lowers.slice(0, head).every((w) => !OF_CONNECTORS.has(w) && !ORG_HEADS.has(w) && !isJobTitle(w)) && before?.lower !== 'of';
  if (headStartsName && from < n) {
    const tail = lexiconLookup(tokens, i + from, j, text);
    const state = tail.place ?? (from === n - 1 ? lookupPlace(tail.key, ctx.language) : undefined);
    // "People's" before "Republic of China" is part of the name.
    const begin = before && /^people['’]s$/i.test(before.text) ? before.start : start;
    if (state) return entityCandidate(begin, end, 'place', state.name, 0.9, 'state-name', state.countryCode || undefined);
  }
  // "Ottoman Empire", "Mughal Empire": an empire is a place (its name ends the phrase; "Empire State Building" does not).
  if (n >= 2 && (lowers[n - 1] === 'empire' || lowers[n - 1] === 'reich') && tokens.slice(i, j).every((t) => t.cap || t.allCaps)) return make('place', 0.75, 'empire');
  // "FORT WORTH, TX" / "BOSTON, MA": a US state code after a place and a comma.
  const bare = first.text.replace(POSSESSIVE, '');
  const code = bare.replace(/\.$/, '');
  // (A degree after a person's name is no state: "Thomas Lee, MD" — but "located in Jackson, MS" is.)
  const credential = CREDENTIAL_CODES.has(code) && !LOCATIVE.has(tokens[i - 3]?.lower ?? '') && [tokens[i - 3], tokens[i - 2]].some((t) => t && isFirstName(t.lower));
  if (n === 1 && credential && before?.text === ',') return null;
  if (n === 1 && US_STATE_CODES[code] && !credential && before?.text === ',' && before2 && (before2.cap || before2.allCaps)) {
    return entityCandidate(start, first.start + code.length, 'place', US_STATE_CODES[code]!, 0.85, 'us-state-code');
  }
  // "GEORGETOWN, TX", "Parmer, Texas": a name before a comma and a US state is a city ("VAN NUYS, CA" with its particle).
  const [comma, state] = [tokens[j], tokens[j + 1]];
  // ("MS." at a sentence's end took its full stop, as "Ms." does.)
  if (comma?.text === ',' && state && (US_STATE_CODES[state.text.replace(/\.$/, '')] || US_STATE_NAMES.has(state.lower)) && cityBeforeState(ctx, i, j, lowers, state)) {
    const from = before && before.end + 1 === start && PLACE_PARTICLES.has(before.lower) && (before.allCaps || before.cap) ? before.start : start;
    return entityCandidate(from, end, 'place', text.slice(from, end).replace(/\s+/g, ' '), 0.8, 'city-before-state');
  }
  if (ctx.shouting) return null;

  // "Harris County", "Lima Region", "Riga District": a name and an administrative area is a place.
  if (n >= 2 && ADMIN_AREAS.has(lowers[n - 1]!) && !lowers.some((w) => ORG_HEADS.has(w)) && tokens.slice(i, j).every((t) => t.cap || t.allCaps)) {
    return make('place', 0.75, 'admin-area');
  }
  // "Ronald Reagan Boulevard", "Parmer Ranch", "Yankee Stadium": a name and a street or facility is a place.
  // (A street keeps an organization's word it is named after: "Union Boulevard", "University Avenue", "College Road".)
  if (n >= 2 && FACILITY_HEADS.has(lowers[n - 1]!) && (STREET_HEADS.has(lowers[n - 1]!) || !lowers.some((w) => ORG_HEADS.has(w))) && tokens.slice(i, j).every((t) => t.cap || t.allCaps)) {
    return make('place', 0.7, 'facility');
  }
  // "San Ramon", "Santa Clarita", "Fort Myers", "Lake Placid": a place-name prefix and a name.
  if (n === 2 && PLACE_PREFIXES.has(lowers[0]!) && tokens.slice(i, j).every((t) => t.cap) && !ORG_HEADS.has(lowers[1]!) && !THING_HEADS.has(lowers[1]!) && lowers[1] !== 'claus') {
    return make('place', 0.6, 'place-prefix');
  }
  // "Montreal Canadiens", "New York Rangers": a known place and a capitalized plural is a team (not an abstract noun's
  // plural: "California Regulations", "Texas Operations").
  if (n >= 2 && ctx.language === 'en' && /^\p{Lu}\p{Ll}{2,}s$/u.test(last.text) && !THING_HEADS.has(lowers[n - 1]!) && !ORG_HEADS.has(lowers[n - 1]!) && !isDemonym(lowers[n - 1]!) && !/(?:tions|sions|ments|ities|ances|ences|ships)$/.test(lowers[n - 1]!)) {
    if (lexiconLookup(tokens, i, j - 1, text).place && !PLACES.has(lowers[n - 1]!)) return make('organization', 0.6, 'team-name');
  }
  // "House of Representatives", "House of Commons": "house" is a head only before "of".
  // (A publication's rhythm first is a description: "Weekly Bestseller Lists".)
  const hasHead = lowers.some((w, k) => (ORG_HEADS.has(w) || TRAILING_ORG_HEADS.has(w) || (w === 'house' && lowers[k + 1] === 'of')) && (n > 1 || k > 0) && !(k === 0 && RHYTHM_HEADS.has(w)));
  // A group or a channel on a social platform is a link, not a firm: "Official Telegram Group", "Discord Server".
  const social = lowers.filter((w) => w !== 'official');
  if (social.length === 2 && SOCIAL_PLATFORMS.has(social[0]!) && SOCIAL_PLACES.has(social[1]!)) return null;
  const legal = n > 1 && ORG_SUFFIXES.has(last.text.replace(POSSESSIVE, ''));
  if (legal) return make('organization', 0.9, 'legal-form');
  // "the Securities Act", "Private Securities Litigation Reform Act": laws are no organizations.
  if (n > 1 && LAW_HEADS.has(lowers[n - 1]!)) return null;
  // Nor are distinctions: "an Academy Award", "the Nobel Prize"; nor designations, "a Certified Financial Planner".
  // (The practitioner may be a title the chunk left out: "Registered Investment Adviser".)
  const after = tokens[j];
  const designation = isCredentialName(lowers) || Boolean(after?.cap && after.start - end === 1 && isCredentialName(lowers, after.lower));
  if (n > 1 && (AWARD_HEADS.has(lowers[n - 1]!) || designation)) return null;
  // Nor are a firm's departments: "Human Resources", "Investor Relations", "Business Development".
  if (n > 1 && lowers.every((w) => DEPARTMENTS.has(w) || w === 'and' || w === '&')) return null;
  // Nor is a body of any firm named alone: "the Board of Directors", "an Advisory Board".
  if (n > 1 && GOVERNING_BODIES.has(lowers.join(' '))) return null;
  // Nor is a qualifier: "(U.S. Mobile Phones Only)", "Invitation Only", "Adults Only".
  if (n > 1 && lowers[n - 1] === 'only') return null;
  // Nor is a crypto asset: "Atlantis Coin", "Furrever Token" (the project behind it is named otherwise, "… Labs").
  if (n > 1 && CRYPTO_ASSETS.has(lowers[n - 1]!)) return null;
  // Nor is a street after a house number: "415 Mission St", "12 Harbor Rd".
  if (n > 1 && /^\p{N}+\p{L}?$/u.test(before?.text ?? '') && (STREET_HEADS.has(lowers[n - 1]!) || STREET_ABBREVIATIONS.has(lowers[n - 1]!))) return null;
  // Nor are events: "Blockchain & Digital Asset Virtual Investor Conference", "Web Summit", "Consumer Electronics Show".
  if (n > 1 && EVENT_HEADS.has(lowers[n - 1]!)) return null;
  // A title-case headline is no name: "How BEN Is Ensuring It Has A Strong Team …", "Uranium Partners With APEX".
  if (n > 2 && tokens.slice(i + 1, j - 1).some((t) => t.cap && !t.allCaps && HEADLINE_WORDS.has(t.lower))) return null;
  if (hasHead && n > 1) {
    // Common words and a head are a heading or a description, not a name: "Strategic Partnerships" on a line
    // of its own; "Managed Services", "Cost Savings" when the document also writes each word in lower case.
    // (Known names, "General Motors", came from the lexicon; "Humane Society of the United States" has a structure.)
    const described = ctx.language === 'en' && lowers.every((w) => isEnglishWord(w) || isCommonWord(w));
    const plain = described && /s$/.test(lowers[n - 1]!) && lowers.every((w) => w === 'and' || w === '&' || (ctx.lowerWords.has(w) && !isStopword(w, ctx.language)));
    // (So is a heading whose line break was lost before a sentence: "Pop-A-Lock's Popular Services  Whether …".)
    // (And so are common words before a job title's head, the field of a title or a designation: "a Retirement
    // Management Advisor", "Family Office Director"; not a body's name, "Brain Research Institute Member", "Continental
    // Airlines Chairman", "Office of Special Trial Counsel".)
    const field =
      described &&
      after !== undefined &&
      after.cap &&
      after.start - end <= 1 &&
      isJobTitle(trimEndWhile(stripDot(after.lower), (c) => c === '®' || c === '™')) &&
      !tokens[j + 1]?.cap &&
      !lowers.includes('of') &&
      !BODY_HEADS.has(lowers[n - 1]!) &&
      !/^(?:airlines|airways|school|hospital)$/.test(lowers[n - 1]!);
    if (plain || field || (described && (standsAlone(text, start, end) || headingBeforeSentence(text, end)))) return null;
    return make('organization', 0.8, 'org-head');
  }
  if (n === 1 && isAcronym(first)) {
    // "OF", "THE", "IT" in capitals are words, not acronyms (known ones, "WHO", came from the lexicon above).
    if (isStopword(lowers[0]!, ctx.language)) return null;
    const upper = bare.toUpperCase();
    const commonWord = bare.length >= 4 && (isCommonWord(bare.toLowerCase()) || isEnglishWord(bare.toLowerCase()));
    // Two letters say too little ("AA", "YT", "NT") unless the document defines them: "Acme Trust (AT)".
    const vague = ctx.language === 'en' && /^\p{Lu}\p{Lu}$/u.test(bare) && !ctx.definedAcronyms.has(bare);
    // "PIR" after "passive infrared sensors", "CBT" after "cognitive-behavioral therapy": the document defines it as a term.
    const term = ctx.termAcronyms.has(bare);
    // Codes ("P2P", "B2B", "5G", "LH706-02", "B002BMEFXS") are not names unless the document defines them ("TV3", "G20" may be).
    const code = (/\p{L}\p{N}+\p{L}|\p{N}{3}|-\p{N}/u.test(bare) || /^\p{N}/u.test(bare)) && !ctx.definedAcronyms.has(bare);
    // (With a sentence's full stop: "11:30 a.m. EST.")
    // (A word in capitals for emphasis between lower-case words is no acronym: "their OWN emotions".)
    const emphasis = bare.length <= 3 && isEnglishWord(bare.toLowerCase()) && before?.word === true && !before.cap && tokens[j]?.word === true && !tokens[j]!.cap;
    // A US legislator's party and state: "Senator Mark Warner (D-VA)".
    const partyState = /^[DRI]-\p{Lu}{2}$/u.test(bare) && US_STATE_CODES[bare.slice(2)] !== undefined;
    // A unit after a quantity: "36,392 TFLOPS", "a 3.0 GPA", "(35 C.D.)" (not after a year, "the 2024 NBA Finals", nor
    // after a list's number at the start of a line, "3 MSNBC: …").
    const quantity = /[^\n\p{N},.]\p{N}(?:[\p{N},.]*\p{N})?\s?$/u.exec(text.slice(Math.max(0, start - 16), start));
    const unit = quantity !== null && !/^.(?:1[89]|20)\p{N}\p{N}\s?$/u.test(quantity[0]);
    // A fellowship among the credentials after a name: "Geno Merli, M.D., FSVM;" (and a generation: "Jr., III").
    // (A degree right after a name and a comma is one too: "Laurie Loughney, BS, LNHA".)
    // (Nor is a US state's code in parentheses after a legislator's name, as "(D-VA)" is not: "Cathy Rodgers (WA)".)
    const stateAfterName = US_STATE_CODES[bare] !== undefined && before?.text === '(' && tokens[j]?.text === ')' && tokens[i - 2]?.cap === true && !tokens[i - 2]!.allCaps && isLastNameLike(tokens[i - 2]!);
    const degreeAfterName = DEGREES_AFTER_NAME.has(upper) && tokens[i - 1]?.text === ',' && tokens[i - 2]?.cap === true && !tokens[i - 2]!.allCaps && (tokens[j]?.text === ',' || !tokens[j]?.word);
    const afterCredential = credentialBefore(tokens, i) || degreeAfterName || /^[IVX]+$/.test(bare);
    if (emphasis || partyState || stateAfterName || unit || afterCredential || NOT_ACRONYMS.has(upper) || NOT_ACRONYMS.has(`${upper}.`) || (/^\p{Lu}+\.$/u.test(upper) && NOT_ACRONYMS.has(upper.slice(0, -1))) || isCurrency(bare) || commonWord || vague || term || code || isJobTitle(bare.toLowerCase())) return null;
    return make('organization', 0.5, 'acronym');
  }
  // (Not the name before the @ of an e-mail address: "Gregory.Michaels@icrinc.com".)
  // (Nor a host in a URL: "https://GALFAVIP1.eventbrite.com".)
  if (n === 1 && /\p{Ll}\.\p{L}{2,}/u.test(first.text) && text[first.end] !== '@' && !text.slice(Math.max(0, first.start - 3), first.start).endsWith('//')) return make('organization', 0.5, 'domain-name');

  // People.
  const c = context(tokens, i, j);
  if (opts.affiliation) c.reportedBefore = c.saidBy = false;
  // A particle inside a name that starts with a given name ("Johann Wolfgang von Goethe", "Dolores del Río",
  // "Jean-Marie Le Pen") is neither a common word nor out of shape. (Not "y", which also joins two names; nor after other words:
  // "Academia de Liderazgo", "Cinco de Mayo".)
  // So are the particles that open a surname: "De Vries", "Van der Berg".
  const wordGiven = wordGivenName(ctx, i, j);
  const givenFirst = isFirstName(lowers[0]!) || wordGiven;
  const opening = ctx.language === 'en' && surnameParticle(tokens, i, j) ? tokens.slice(i, j).findIndex((t) => !NAME_PARTICLES.has(t.lower)) : 0;
  const particle = (k: number) => ((givenFirst && k > 0) || k < opening) && k < n - 1 && lowers[k] !== 'y' && NAME_PARTICLES.has(lowers[k]!);
  // (A surname of the longer list after a known given name is no common word either: "Stuart Law", "Anthony Hill".)
  const moreSurname = (w: string, k: number) => k === n - 1 && k > 0 && MORE_SURNAMES.has(w) && (isFirstName(lowers[0]!) || wordGiven);
  const anyCommon = lowers.some((w, k) => (k > 0 || (!isFirstName(w) && !wordGiven)) && isCommonWord(w) && !isFirstName(w) && !LAST_NAMES.has(w) && !particle(k) && !moreSurname(w, k));
  // (A town of the long list does not stop a name: "Jon Sutton".)
  // (Nor a given name that is also a head: "Bill Harris".)
  const anyOrgOrPlace = lowers.some((w, k) => !(k === 0 && wordGiven) && (ORG_HEADS.has(w) || isMainPlace(w) || THING_HEADS.has(w) || isDemonym(w)));
  // "the national Cyber Security Law": a determiner or adjective before the phrase makes it a thing, not a person.
  const prevTags = before && !before.cap ? tagsOf(before.lower) : [];
  const nounPhrase = prevTags.some((t) => t === 'Determiner' || t === 'Adjective' || t === 'Possessive') || before?.lower === 'of';
  const shapeOk = tokens
    .slice(i, j)
    .every((t, k) => particle(k) || /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:['’]s)?$|^\p{Lu}\.$|^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Al|O['’])\p{Lu}[\p{Ll}]+$/u.test(t.text));
  const honorific = before && HONORIFICS.has(stripDot(before.lower));
  // (Given names that are also English words are names in a block of another language: "Frank Sinatra", "Max Biaggi".)
  const firstName = isFirstName(lowers[0]) || wordGiven || (ctx.language !== 'en' && ctx.language !== 'und' && GIVEN_NAMES_THAT_ARE_WORDS.has(lowers[0]!));
  // "King Charles III", "Pope Benedict XVI", "Johannes Paul II": a given name and a regnal number.
  // ("I" alone only after a title: "Mary I"; "when Anna I met" is a pronoun.)
  if (n >= 2 && n <= 4 && REGNAL.test(last.text) && (last.text !== 'I' || opts.titleBefore) && !anyOrgOrPlace && !anyCommon && (opts.titleBefore || honorific || firstName)) {
    const nameShaped = tokens.slice(i, j - 1).every((t) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t.text));
    if (nameShaped) return make('person', 0.85, 'regnal-name');
  }
  // ("Hong Kong-listed", "Ohio-based": a place and a participle, no one's name.)
  const suffixed = tokens.slice(i, j).some((t) => /-(?:based|listed|born|owned|made|registered|headquartered|backed|led|focused)$/i.test(t.text));
  if (n <= 5 && shapeOk && !anyOrgOrPlace && !suffixed) {
    // (After a title alone, not a single common English word that no one is named: "Chief People … Officer",
    // "the Global Administrator Console".)
    // ("Chairman Lee's", "Chairman Lee said": a possessive or a verb of speech after it says it is someone.)
    const next = tokens[j];
    const spoken = POSSESSIVE.test(first.text) || Boolean(next && (SINGLE_NAME_VERBS.has(next.lower) || REPORTING_VERBS.has(next.lower)));
    const plainWord = n === 1 && !spoken && isEnglishWord(lowers[0]!) && !LAST_NAMES.has(lowers[0]!) && !isFirstName(lowers[0]!);
    // (Nor a portfolio after a title: "EVP Store Operations", "VP Total Rewards".)
    const portfolio = n > 1 && !isFirstName(lowers[0]!) && isDepartmentName(lowers);
    if (honorific || (opts.titleBefore && !plainWord && !portfolio)) return make('person', 0.9, honorific ? 'honorific' : 'title-before');
    if (n >= 2 && firstName && !anyCommon) return make('person', 0.85, 'first-name');
    // "Bob Dole", "Tom Cruise": a given name and a surname that is also a common word, capitalized in mid-sentence
    // and never written in lower case in the document.
    // (Not an abstract noun: "Grant Overview", "Satoshi Mapping", "Valentine Experience".)
    // (With particles between: "Anna van der Berg".)
    const surname = lowers[n - 1]!;
    const particlesBetween = n <= 4 && lowers.slice(1, -1).every((_, k) => particle(k + 1));
    if (n >= 2 && particlesBetween && firstName && !nounPhrase && !ctx.lowerWords.has(surname) && !isStopword(surname, ctx.language) && !isTitleWord(surname) && !abstractNoun(surname)) {
      return make('person', 0.7, 'first-name-common-surname');
    }
    if (n >= 2 && (c.reportedAfter || c.reportedBefore || c.saidBy || c.appositionTitle || c.who) && !anyCommon && ctx.language !== 'de') return make('person', 0.8, 'context');
    if (n >= 2 && n <= 3 && LAST_NAMES.has(lowers[n - 1]) && !anyCommon && ctx.language !== 'de') return make('person', 0.7, 'last-name');
    // "Wang Donghai", "Deng Xiaoping", "Kim Dae-jung": a Chinese or Korean surname first, and a given name of pinyin
    // syllables or of two hyphenated syllables that is no English word.
    if (n >= 2 && n <= 3 && SURNAMES_FIRST.has(lowers[0]!) && !anyOrgOrPlace && !isMainPlace(`${lowers[0]} ${lowers[1]!.split('-')[0]}`) && tokens.slice(i + 1, j).every((t) => eastAsianGivenName(t.text))) {
      return make('person', 0.7, 'surname-first');
    }
    // "S. Waugh", "C. Lewis": an initial before a capitalized name.
    if (n >= 2 && /^\p{Lu}\.$/u.test(first.text) && !/^\p{Lu}\.$/u.test(last.text) && !isCommonWord(lowers[n - 1])) return make('person', 0.75, 'initial');
    // (In English, not when a word is a common English word: "Blockchain Registration", "Contract Options".)
    const english = (ctx.language === 'en' || ctx.language === 'und') && lowers.some((w) => isEnglishWord(w.replace(POSSESSIVE, '')));
    // (In a block too short to name its language, not German function words either: "Ihr Hauptort", "Sein Vater".)
    const functionWord = (w: string) => isStopword(w, ctx.language) || (ctx.language === 'und' && isStopword(w, 'de'));
    if (n >= 2 && n <= 3 && NAME_SHAPE_LANGUAGES.has(ctx.language) && !anyCommon && !english && !nounPhrase && !lowers.some(functionWord)) {
      return make('person', 0.55, 'name-shape');
    }
    const after = tokens[j];
    const unknown = !isCommonWord(lowers[0]) && !isFirstName(lowers[0]) && !isDemonym(lowers[0]);
    if (n === 1 && after && SINGLE_NAME_VERBS.has(after.lower) && unknown && !plainWord && !first.sentenceStart) {
      return make('person', 0.5, 'context-single');
    }
    // Latvian and Lithuanian text: a known given name alone in mid-sentence, in any case ("Sofijai", "Andrim").
    // (Also at the start of a sentence: a given name there is rarely anything else in these languages.)
    if (n === 1 && (ctx.language === 'lv' || ctx.language === 'lt') && !PLACES.has(lowers[0]!) && !isCommonWord(lowers[0]!) && !isStopword(lowers[0]!, ctx.language) && balticGivenName(lowers[0]!)) {
      return make('person', 0.45, 'given-name-single');
    }
    // A known surname alone before a verb of speech, also at the start of a sentence and when a town has the name
    // ("Carter noted …"; not a country or a capital: "Washington said").
    if (n === 1 && after && SINGLE_NAME_VERBS.has(after.lower) && LAST_NAMES.has(lowers[0]!) && !isMainPlace(lowers[0]!) && !ORGANIZATIONS.has(lowers[0]!) && NAME_SHAPE_LANGUAGES.has(ctx.language)) {
      return make('person', 0.5, 'last-name-said');
    }
    // A known surname alone in mid-sentence: "Clinton", "Dole".
    if (n === 1 && !first.sentenceStart && LAST_NAMES.has(lowers[0]) && !PLACES.has(lowers[0]) && NAME_SHAPE_LANGUAGES.has(ctx.language)) {
      return make('person', 0.45, 'last-name-single');
    }
    // "in Arbil", "near Tavildara": an unknown capitalized word after a locative preposition is a place.
    // (Not a possessive before a noun, "an increase in Bitcoin's price", nor a word the document also writes in lower case.)
    const possessive = POSSESSIVE.test(first.text) && tokens[j]?.word === true;
    if (n === 1 && unknown && !possessive && !NOT_PLACE_NAMES.has(lowers[0]!) && !ctx.lowerWords.has(lowers[0]!) && !first.sentenceStart && before && LOCATIVE.has(before.lower) && !tokens[j]?.cap && NAME_SHAPE_LANGUAGES.has(ctx.language)) {
      return make('place', 0.4, 'locative');
    }
  }
  return null;
}

/** A Latvian or Lithuanian given name, in any case: "Sofijai", "Andrim". */
function balticGivenName(lower: string): boolean {
  return isFirstName(lower) || baseForms(lower).some(isFirstName);
}

/** Is the word before token i, across a comma, a degree or a fellowship written after a name ("M.D., FSVM")? */
function credentialBefore(tokens: Token[], i: number): boolean {
  // Back over a run of them: "Laurie Loughney, BS, LNHA, CALA, CSW, CDP, AHM" (one known credential is enough).
  let k = i;
  for (let n = 0; n < 8 && tokens[k - 1]?.text === ','; n++) {
    const last = tokens[k - 2];
    if (!last) return false;
    // ("M.D." is the word "M.D" and its full stop.)
    const dotted = last.text === '.' && tokens[k - 3]?.end === last.start;
    const word = (dotted ? `${tokens[k - 3]!.text}.` : last.text).toUpperCase();
    if (CREDENTIALS.has(word) || DEGREES_AFTER_NAME.has(word)) return true;
    if (!/^[\p{Lu}.]{2,7}$/u.test(word)) return false;
    k -= dotted ? 3 : 2;
  }
  return false;
}
/** A capitalized word that may end a person's name: no body's head, no place, no common English word unless a surname. */
function isLastNameLike(t: Token): boolean {
  const w = t.lower.replace(POSSESSIVE, '');
  return !ORG_HEADS.has(w) && !isMainPlace(w) && (LAST_NAMES.has(w) || !isEnglishWord(w));
}
/** Degrees that are credentials after a name and a comma, but may be other things alone ("MS", "MA", "PE"): not in CREDENTIALS. */
const DEGREES_AFTER_NAME = new Set(['BS', 'MS', 'MA', 'PE', 'ESQ', 'MED']);

/** ISO 4217 currency codes ("UAH", "EUR"), from the runtime: amounts, not organizations (known companies, "AMD", come from the lexicon). */
let currencies: Set<string> | undefined;
const isCurrency = (code: string) => code.length === 3 && (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(code);

/** Participles that follow a name in a run-in heading: "Morgan Jewelers Established in 1914". */
const AFTER_NAME_VERBS = new Set(['established', 'founded', 'headquartered', 'based', 'incorporated', 'launched']);

/** Capitalized words that belong to a title-case headline, never inside an organization's name. */
const HEADLINE_WORDS = new Set(['is', 'are', 'was', 'were', 'it', 'has', 'have', 'had', 'will', 'can', 'this', 'that', 'with', 'to', 'into', 'how', 'why', 'what', 'its', 'their', 'our', 'your']);

/** Function words that do not begin a name, even in capitals: "TO INVESTORS", "FOR IMMEDIATE RELEASE". */
const CAPS_LEADERS = new Set(['to', 'of', 'for', 'and', 'the', 'in', 'on', 'at', 'by', 'with', 'from', 'a', 'an', 'or']);

const ABSTRACT_NOUN = /(?:ing|tion|sion|ment|ness|ity|ence|ance|ship|ology|ism|view|time|doctor)$/;

/**
 * An abstract noun after a given name ("Grant Overview", "Valentine Experience") — and a word in "-ing" only when it
 * is a verb's gerund ("Satoshi Mapping": to map), not a surname with the same ending ("Steve Darling", "Anna Sterling").
 */
function abstractNoun(lower: string): boolean {
  if (!ABSTRACT_NOUN.test(lower)) return false;
  if (!lower.endsWith('ing')) return true;
  const stem = lower.slice(0, -3);
  return stem.length >= 2 && (isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (/(.)\1$/.test(stem) && isEnglishWord(stem.slice(0, -1))));
}
/** Nouns after a name that make it an organization's ("a Promodes spokesman", "Cigar Aficionado magazine"). */
const ORG_NOUNS_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'officials', 'executives', 'newspaper', 'magazine', 'agency', 'television', 'radio', 'group', 'airline', 'carrier', 'subsidiary', 'unit', 'brokerage', 'insurer']);
/** Nouns before a name that make it an organization's ("the daily Le Populaire", "national carrier EgyptAir"). */
const ORG_NOUNS_BEFORE = new Set(['daily', 'newspaper', 'weekly', 'magazine', 'agency', 'carrier', 'airline', 'brokerage', 'insurer', 'utility', 'conglomerate', 'carmaker', 'automaker', 'retailer', 'chipmaker', 'broadcaster', 'publisher', 'club', 'side', 'team']);
/** Of those, the ones that name a town's team: "French club Nice", "Dutch side Ajax". */
const TEAM_NOUNS = new Set(['club', 'side', 'team']);
/** A verb that a company's shares or stock do ("Pirelli shares reacted", "Jones stock closed"): past tense, or a market's verb. */
const marketVerb = (t: Token | undefined) =>
  t !== undefined && t.word && !t.cap && (/^(?:rose|fell|were|are|have|had|traded|trade|closed|gained|lost|slipped|jumped|dropped|rallied|surged|slumped|soared|tumbled|climbed|eased|firmed|edged)$/.test(t.lower) || tagsOf(t.lower).includes('PastTense'));
/** Words that may follow a name in a sentence, where the name ends the noun phrase ("the daily Le Populaire said"). */
const AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'reported', 'quoted', 'published', 'announced', 'printed', 'beat', 'won', 'lost', 'drew']);

/**
 * English: is tokens[i, j) an organization's name by the common noun beside it ("a Promodes spokesman", "Hamas
 * officials", "the daily Le Populaire said")? The evidence's name, or null. Not a demonym, a common word, a given
 * name or a surname alone ("a German spokesman", "the Republican group", "Dole officials"), nor a place, unless a
 * team's noun stands before it. A noun before the name needs the name to end its phrase: not "the daily Zoom calls".
 */
function orgByNoun(ctx: ChunkContext, i: number, j: number, lowers: string[], place: boolean): string | null {
  const { tokens } = ctx;
  const n = j - i;
  // (Words in letters with a capital first and lower case after it: acronyms, codes and compounds have rules of their own.)
  if (n > 4 || !tokens.slice(i, j).every((t) => /^\p{Lu}[\p{L}\p{M}]+$/u.test(t.text) && /\p{Ll}/u.test(t.text) && !MONTH_AND_DAY_WORDS.has(t.lower))) return null;
  const after = tokens[j];
  const before = tokens[i - 1];
  const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && b.start - a.end <= 1;
  const ends = (k: number) => !tokens[k]?.word || isStopword(tokens[k]!.lower, 'en') || SINGLE_NAME_VERBS.has(tokens[k]!.lower) || AFTER_NAME.has(tokens[k]!.lower) || tagsOf(tokens[k]!.lower).includes('PastTense');
  const nounBefore = before !== undefined && !before.cap && adjacent(before, tokens[i]) && ORG_NOUNS_BEFORE.has(before.lower);
  if (place) return nounBefore && TEAM_NOUNS.has(before.lower) ? 'team-noun' : null;
  const plain = (w: string) => isEnglishWord(w) || isCommonWord(w) || anyDemonym(w);
  if (n === 1 ? plain(lowers[0]!) || LAST_NAMES.has(lowers[0]!) || isFirstName(lowers[0]!) : lowers.every(plain) || isFirstName(lowers[0]!)) return null;
  if (after && !after.cap && adjacent(tokens[j - 1], after)) {
    const noun = after.lower;
    // "daily" and "weekly" as nouns, ending the phrase ("the Zycie Warszawy daily said"; not "Bitcoin daily volume");
    // "shares" and "stock" before a market's verb ("Pirelli shares reacted"; not "Velmora shares its view").
    if (noun === 'daily' || noun === 'weekly') return ends(j + 1) ? 'noun-after' : null;
    if (noun === 'shares' || noun === 'stock') return marketVerb(tokens[j + 1]) ? 'noun-after' : null;
    if (ORG_NOUNS_AFTER.has(noun) || (noun === 'news' && tokens[j + 1]?.lower === 'agency')) return 'noun-after';
  }
  // (A noun before the name needs the name to end its phrase: not "a utility DeFi token".)
  if (nounBefore && ends(j)) return 'noun-before';
  return null;
}

const SINGLE_NAME_VERBS = new Set(['said', 'says', 'added', 'explained', 'noted', 'told', 'argued', 'insisted', 'stressed', 'warned', 'wrote', 'admitted', 'denied', 'replied']);
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout']);
/** Marks before an item of a run-in list. */
const LIST_MARKS = new Set([':', '•', '·', '-', '–', '—', '*', '▪', '○', '●']);
/** Last words of a name that, followed by a year, make it an event's edition ("World Congress 2024"). */
const EDITION_HEADS = new Set(['congress', 'forum', 'summit', 'week', 'show', 'games', 'cup', 'series', 'meeting', 'assembly', 'days', 'challenge', 'open', 'marathon', 'gala', 'world', 'exhibition', 'biennale', 'triennale']);
/** Words before "in" and a field of study. */
const STUDY_WORDS = new Set(['degree', 'degrees', 'major', 'majors', 'majored', 'majoring', 'minor', 'diploma', 'certificate', 'phd', 'ph.d.', 'mba', 'doctorate', 'specializing', 'specialising']);
/** Degrees named "… of Subject". */
const DEGREES = new Set(['master', 'masters', 'bachelor', 'bachelors', 'doctor', 'doctorate']);
/** Heads that name a body even when every word is a common one ("National Trial Lawyers Association"). */
const BODY_HEADS = new Set(['association', 'council', 'institute', 'society', 'federation', 'foundation', 'union', 'league', 'committee', 'commission', 'agency', 'ministry', 'department', 'university', 'college', 'academy', 'bank', 'trust', 'club', 'board', 'chamber', 'alliance', 'coalition', 'network', 'group', 'company', 'corporation', 'partners']);
const WEEKDAY_RANGE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?[-–](?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$/i;

/**
 * One word that is no name whatever its capitals: a ticker after an exchange and a colon ("NASDAQ: SYTA"), or
 * between a colon and a closing parenthesis ("(TSX-V: ABC)"); a token or ticker after "$" ("$BAOM"); a range of
 * weekdays ("Fri-Sat").
 */
function notAName(ctx: ChunkContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (WEEKDAY_RANGE.test(t.text)) return true;
  if (ctx.text[t.start - 1] === '$' && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text)) return true;
  if (ctx.tokens[i - 1]?.text !== ':' || !/^[\p{Lu}\p{N}.]+$/u.test(t.text)) return false;
  const exchange = ctx.tokens[i - 2];
  return Boolean(exchange && EXCHANGES.has(exchange.text)) || ctx.tokens[i + 1]?.text === ')';
}
