/**
 * The entity stage: people (with roles), organizations and places.
 * Works block by block (cost linear in document length): tokenize, propose
 * candidates, find roles; then link mentions into entities across the document.
 */
import { type Doc, type EntityCandidate, entityCandidate } from '../../doc.js';
import { QUOTED_NAME_LANGUAGES, quotedNames } from './quoted.js';
import { type ChunkContext, proposeEntities } from './candidates.js';
import { linkEntities } from './link.js';
import { hasRomanceHead, romanceOrganizations, romancePlaces } from './romance.js';
import { detectLanguage } from '../../language/index.js';
import { findRoles } from './roles.js';
import { type Token, WRAP_WIDTH, tokenize } from './tokens.js';
import { isSpace, trimEndWhile } from '../../util/text.js';
import { AWARD_HEADS, CRYPTO_ASSETS, EVENT_HEADS, HONORIFICS, LAW_HEADS, MONTH_AND_DAY_WORDS, NAME_END_PREPOSITIONS, NOT_PLACE_NAMES, ORG_HEADS, STOPWORDS, THING_HEADS, US_STATE_CODES, isCredentialName, isDemonym, isEnglishWord, isFirstName, isJobTitle, lookupPlace } from '../../lexicons/index.js';

export { tokenize } from './tokens.js';
export { initials } from './link.js';

/** A block written in capitals: most letters upper-case. */
function isShouting(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    const l = t.text.replace(/[^\p{L}]/gu, '');
    letters += l.length;
    if (t.allCaps) upper += l.length;
  }
  return letters >= 12 && upper / letters > 0.6;
}

/** A headline in title case ("Acme Robotics Raises $40 Million Series B"): capitals say nothing there. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.75;
}

/**
 * Lines of a block (tokens after a line break start a new one); one group when the block is a single line,
 * or a paragraph wrapped at a fixed width (every line but the last long, none in capitals or a table).
 */
function splitLines(tokens: Token[]): Token[][] {
  if (!tokens.some((t, i) => i > 0 && t.newlineBefore)) return [tokens];
  const lines: Token[][] = [];
  for (const t of tokens) {
    if (t.newlineBefore || lines.length === 0) lines.push([]);
    lines[lines.length - 1].push(t);
  }
  const wrapped = lines.every((line, i) => {
    const width = line[line.length - 1]!.end - line[0]!.start;
    return (i === lines.length - 1 || width >= WRAP_WIDTH) && !isShouting(line) && !isResultsLine(line);
  });
  return wrapped ? [tokens] : lines;
}

/** A line of sports results or a table: several numbers, few lower-case words ("Surrey 320 and 200-5", "CHICAGO 4 New York 2"). */
function isResultsLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  // "50,000" is one number, not two: a group of digits after a thousands comma does not count.
  const thousands = (k: number) => tokens[k - 1]?.text === ',' && tokens[k - 1]!.start === tokens[k - 2]?.end && tokens[k]!.start === tokens[k - 1]!.end && /^\d/.test(tokens[k - 2]!.text);
  const numbers = tokens.filter((t, k) => t.word && /^\d/.test(t.text) && !thousands(k)).length;
  const lower = words.filter((t) => /^\p{Ll}/u.test(t.text)).length;
  return numbers >= 2 && lower <= Math.max(1, words.length * 0.25);
}

/** Token positions by start and by end offset, to map candidate spans to token ranges in linear time. */
function indexTokens(tokens: Token[]): { byStart: Map<number, number>; byEnd: Map<number, number> } {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  return { byStart, byEnd };
}

const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'at', 'beat', 'beats', 'drew', 'lost']);
/** Words of a street address before a number ("25th St Apt 910", "Suite 200", "Floor 16"): no team. */
const ADDRESS_WORDS = new Set(['ave', 'rd', 'blvd', 'ln', 'hwy', 'pkwy', 'apt', 'suite', 'ste', 'unit', 'fl', 'floor', 'bldg', 'building', 'room', 'box']);

/**
 * In results, a name before a score (or beside "v", "at", "beat") is a team: an organization.
 * Places become teams; capitalized names nobody proposed become teams too.
 */
function markTeams(tokens: Token[], candidates: EntityCandidate[], text: string): void {
  const { byStart, byEnd } = indexTokens(tokens);
  const isTeamContext = (i: number, j: number) => {
    const next = tokens[j + 1];
    const prev = tokens[i - 1];
    return Boolean((next && (SCORE.test(next.text) || VERSUS.has(next.lower))) || (prev && VERSUS.has(prev.lower)));
  };
  const covered = new Set<number>();
  for (const c of candidates) {
    const i = byStart.get(c.start);
    const j = byEnd.get(c.end);
    if (i === undefined || j === undefined) continue;
    for (let k = i; k <= j; k++) covered.add(k);
    if (c.kind === 'place' && isTeamContext(i, j)) {
      c.kind = 'organization';
      c.evidence = 'team-in-results';
      c.countryCode = undefined;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    // "November 9, 1976 – June 28, 1982": a month or weekday before a number is a date, not a team.
    // (Nor is a capitalized preposition of a headline: "Lists Across 8 Categories".)
    // (Nor is a heading run into its text: "Event 1: Grab 10,000 Coupons …As per the rules".)
    const teamWord = (t: Token) => t.word && t.cap && !t.heading && !/^\d/.test(t.text) && !MONTH_AND_DAY_WORDS.has(t.lower.replace(/\.$/, '')) && !NAME_END_PREPOSITIONS.has(t.lower);
    if (covered.has(i) || !teamWord(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && !covered.has(j + 1) && teamWord(tokens[j + 1])) j++;
    const address = tokens.slice(i, j + 1).some((t) => ADDRESS_WORDS.has(t.lower.replace(/\.$/, '')));
    if (isTeamContext(i, j) && !(i === j && tokens[i].text.length < 3) && !address) {
      candidates.push(entityCandidate(tokens[i].start, tokens[j].end, 'organization', text.slice(tokens[i].start, tokens[j].end), 0.5, 'team-in-results'));
    }
    i = j;
  }
}

/** "About Acme Robotics", "Über die Stadtwerke Lindenau", "À propos de X": the boilerplate heading names an organization. */
const ABOUT_HEADING = /^(?:about|über|à propos d[eu'’]|acerca de|sobre|par)\s{1,3}(?:the\s|die\s|der\s|das\s|la\s|le\s|l['’]|el\s|los\s|las\s)?([^\n:]{2,100}?)\s{0,3}(?::|\n|$)/iu;

/** The last word of a name, lower-cased, without a symbol in parentheses or a trademark sign after it ("Atlantis Coin® (ATC)"). */
function lastWord(name: string): string {
  const open = name.endsWith(')') ? name.lastIndexOf('(') : -1;
  const base = trimEndWhile(open > 0 ? name.slice(0, open) : name, (c) => '®™©'.includes(c) || isSpace(c));
  return base.slice(base.lastIndexOf(' ') + 1).toLowerCase();
}

/** What an "About …" heading may say instead of a name. */
const GENERIC_ABOUT = new Set(['company', 'the company', 'us', 'issuer', 'the issuer', 'author', 'the author', 'publisher', 'sponsor', 'firm', 'the firm', 'project', 'the project', 'token', 'platform', 'organization', 'client', 'fund', 'the fund']);

/** Spans of the names in "About …" headings of the document's boilerplate blocks. */
function aboutNames(doc: Doc): { start: number; end: number; name: string; blockEnd: number }[] {
  const out: { start: number; end: number; name: string; blockEnd: number }[] = [];
  const heading = (b: Doc['blocks'][number]) => ABOUT_HEADING.exec(doc.text.slice(b.start, Math.min(b.end, b.start + 200)));
  doc.blocks.forEach((b, k) => {
    if (b.kind !== 'about') return;
    const m = heading(b);
    if (!m || !/^\p{Lu}/u.test(m[1]!)) return;
    let name = trimEndWhile(m[1]!, (c) => '.,;'.includes(c) || isSpace(c));
    // A heading that ran into its paragraph ("About Maxim Group Maxim Group is a leading …") ends where the name repeats;
    // one that did not repeat and reads on as a sentence is no heading.
    const words = name.split(' ');
    const repeat = [1, 2, 3, 4, 5, 6].find((w) => 2 * w <= words.length && words.slice(0, w).join(' ') === words.slice(w, 2 * w).join(' '));
    // (So does one run into its paragraph without a space: "About Alpha HoldingsAlpha Holdings (AH) is …".)
    const glued = [...name.matchAll(/\p{Ll}(?=\p{Lu})/gu)].map((m) => m.index + 1).find((k) => name.startsWith(name.slice(0, k), k));
    if (repeat) name = words.slice(0, repeat).join(' ');
    else if (glued) name = name.slice(0, glued);
    else if (/\s(?:is|are|was|were|has|have|provides|offers|helps)\s/.test(name)) return;
    // ("About Company:", "About Us": no name; nor a crypto asset, "About Atlantis Coin® (ATC)".)
    if (GENERIC_ABOUT.has(name.toLowerCase()) || CRYPTO_ASSETS.has(lastWord(name))) return;
    const start = b.start + m.index + m[0].indexOf(m[1]!);
    // The section: this block and the boilerplate blocks after it, up to the next "About" heading.
    let last = k;
    while (doc.blocks[last + 1]?.kind === 'about' && !heading(doc.blocks[last + 1]!)) last++;
    out.push({ start, end: start + name.length, name, blockEnd: doc.blocks[last]!.end });
  });
  return out;
}

/** Pronouns that tell of a person, and words that tell of a body, in an "About" block. */
const PERSONAL_PRONOUNS = /\b(?:he|she|his|her|him|hers|himself|herself)\b/giu;
const BODY_WORDS = /\b(?:it|its|we|our|us|company|firm|organization|organisation)\b/giu;

/**
 * Does an "About" block tell of a person ("ABOUT TRISH STANDLEY  Trish Standley is a … songstress … She won …")?
 * The document reads the name as a person's elsewhere, and the block speaks of "she" or "he" more than of "it", "we"
 * or "the company". (A firm named after its founder, "About Jenny Craig … its programs", stays an organization.)
 */
function aboutPerson(doc: Doc, about: { start: number; end: number; name: string; blockEnd: number }): boolean {
  const key = about.name.toLowerCase();
  if (!doc.candidates.some((c) => c.kind === 'person' && (c.end <= about.start || c.start >= about.end) && c.name.toLowerCase() === key)) return false;
  const body = doc.text.slice(about.end, about.blockEnd);
  return (body.match(PERSONAL_PRONOUNS)?.length ?? 0) > (body.match(BODY_WORDS)?.length ?? 0);
}

/**
 * The organization an "About" heading names is an organization wherever it is mentioned:
 * candidates with that name that were read as people become organizations.
 */
function applyAboutHeadings(doc: Doc): void {
  for (const about of aboutNames(doc)) {
    if (aboutPerson(doc, about)) continue;
    const covered = doc.candidates.some((c) => c.start <= about.start && c.end >= about.end);
    if (!covered) doc.candidates.push(entityCandidate(about.start, about.end, 'organization', about.name, 0.95, 'about-heading'));
    for (const c of doc.candidates) {
      if (c.kind === 'person' && (c.name === about.name || (c.start === about.start && c.end === about.end))) {
        c.kind = 'organization';
        c.evidence = 'about-heading';
      }
    }
    // A name read as a person is not a person when the release says what it is "about".
    doc.roleCandidates = doc.roleCandidates.filter((r) => doc.text.slice(r.personStart, r.personStart + about.name.length) !== about.name);
    aboutNameElsewhere(doc, about);
  }
}

/**
 * The heading gives the name's extent: where the text writes it in other capitals ("ABOUT WALK IN MY SHOES
 * FOUNDATION" over "Walk in My Shoes Foundation is …"), the pieces the chunker read in it ("Shoes Foundation")
 * become the whole name. Names of two words or more, written in capitalized words (and lower-case function words:
 * not "ENEOS motor oil", a product) and not all in capitals.
 */
function aboutNameElsewhere(doc: Doc, about: { start: number; end: number; name: string }): void {
  if (!about.name.includes(' ') || about.name.length > 80) return;
  const text = doc.text;
  const lower = text.toLowerCase();
  // (Offsets into the lower-cased text are offsets into the text only when lower-casing kept every length: "İ" does not.)
  if (lower.length !== text.length) return;
  const key = about.name.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (at === about.start || text.slice(at, end) === about.name || !/\p{Lu}/u.test(text[at]!)) continue;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const overlapping = doc.candidates.filter((c) => c.start < end && at < c.end);
    // (Only pieces inside it, and not when it is already one name or part of a longer one.)
    // (In lower-case letters too: a name in capitals elsewhere is a heading's or a banner's, and names nothing better.)
    const words = text.slice(at, end).split(/\s+/);
    if (!overlapping.length || !/\p{Ll}/u.test(text.slice(at, end)) || !words.every((w) => /^\p{Lu}/u.test(w) || LONG_FORM_GLUE.has(w)) || overlapping.some((c) => c.start < at || c.end > end || (c.start === at && c.end === end))) continue;
    doc.candidates = doc.candidates.filter((c) => !overlapping.includes(c));
    doc.candidates.push(entityCandidate(at, end, 'organization', text.slice(at, end), 0.9, 'about-heading'));
  }
}

/** Words that join the members of a list, in the languages press-facts reads. */
const LIST_JOINERS = new Set(['and', 'or', 'un', 'vai', 'und', 'oder', 'et', 'ou', 'y', 'e', 'o', 'i', 'ir', 'ja', 'og', 'och', 'en']);
const LIST_ARTICLES = new Set(['the', 'die', 'der', 'la', 'le', 'el', 'los', 'las', 'les']);

/** A word with a capital inside, as brands write them ("BrewDog", "ClearScore"); not "McAllen", "DeKalb", "LaSalle". */
const brandShaped = (word: string) => /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Du|La|Le|Van|Fitz)\p{Lu}/u.test(word);

/**
 * Places come in lists: "in Glasgow, Havre and Lewistown", "representations of Bahrain and Columbia",
 * "the Danube, the Rhine, the Elbe and the Vistula". A capitalized name nobody typed, listed beside a
 * known place, is a place too.
 */
function propagateListPlaces(tokens: Token[], candidates: EntityCandidate[], text: string): void {
  const { byStart, byEnd } = indexTokens(tokens);
  const owner = new Map<number, EntityCandidate>();
  for (const c of candidates) {
    const i = byStart.get(c.start);
    const j = byEnd.get(c.end);
    if (i === undefined || j === undefined) continue;
    for (let k = i; k <= j; k++) if (!owner.has(k)) owner.set(k, c);
  }
  const isFree = (i: number) => {
    const t = tokens[i];
    return Boolean(t && t.word && t.cap && !t.allCaps && !/\d|-based$/.test(t.text) && !brandShaped(t.text) && !owner.has(i) && !t.sentenceStart && !isFirstName(t.lower) && !isJobTitle(t.lower) && !HONORIFICS.has(t.lower) && !STOPWORDS.has(t.lower) && !MONTH_AND_DAY_WORDS.has(t.lower.replace(/\.$/, '')));
  };
  // A single common English word is not a place's name ("Unit 108", "Ethernet, WiFi"), nor a name no place has ("Ethereum").
  // (Nor is a demonym alone: "the Canadian, UK, and ANZ markets".)
  const commonWord = (i: number, j: number) => j - i === 1 && (isEnglishWord(tokens[i]!.lower) || NOT_PLACE_NAMES.has(tokens[i]!.lower) || isDemonym(tokens[i]!.lower));
  const isSep = (i: number) => tokens[i]?.text === ',' || LIST_JOINERS.has(tokens[i]?.lower ?? '');
  const added: EntityCandidate[] = [];
  let fromSeed: EntityCandidate[] = [];
  const addPlace = (i: number, j: number) => {
    const c = entityCandidate(tokens[i]!.start, tokens[j - 1]!.end, 'place', text.slice(tokens[i]!.start, tokens[j - 1]!.end), 0.55, 'list-with-place');
    fromSeed.push(c);
    for (let k = i; k < j; k++) owner.set(k, c);
  };
  /**
   * A list that also holds an organization ("METASPACE, Moongate, WIS and Xlink Labs") is a list of names, not places;
   * so is an item named elsewhere as an organization ("About Mainz Biomed … in Germany, Mainz Biomed is …").
   */
  const orgNames = new Set(candidates.filter((c) => c.kind === 'organization').map((c) => c.name.toLowerCase()));
  const orgItem = (i: number) => owner.get(i)?.kind === 'organization';
  const orgNamed = (i: number, j: number) => orgNames.has(text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/\s+/g, ' ').toLowerCase());
  // (Streets and facilities do not start lists of places: "4572 JD Mouser Parkway, Unit 108"; nor does a short
  // name in capitals, which may be an abbreviation or a brand: "WIS"; nor a town of the long GeoNames list,
  // whose name may be something else in the list's sense: "Bitcoin, Ethereum, Solana".)
  const places = candidates.filter((c) => c.kind === 'place' && c.evidence !== 'facility' && c.evidence !== 'place-prefix' && c.evidence !== 'town' && !(!c.countryCode && /^\p{Lu}{3,4}$/u.test(text.slice(c.start, c.end))));
  for (const place of places) {
    const first = byStart.get(place.start);
    const last = byEnd.get(place.end);
    if (first === undefined || last === undefined) continue;
    fromSeed = [];
    let mixed = false;
    // Rightwards: sep [sep] [article] Name [Name]. A list ends with the item after its "and": nothing follows a place
    // that came after one ("in North America and the Netherlands, Insight Works supports …").
    // (Not Dutch "en" before it, which is also the French and Spanish "in": "en México, Estados Unidos y Canadá".)
    const closes = (i: number) => tokens[i]?.lower !== 'en' && LIST_JOINERS.has(tokens[i]?.lower ?? '');
    const joinerBefore = (i: number) => closes(i - 1) || (LIST_ARTICLES.has(tokens[i - 1]?.lower ?? '') && closes(i - 2));
    let k = joinerBefore(first) ? tokens.length : last + 1;
    while (isSep(k)) {
      let m = k;
      while (isSep(m)) m++;
      const final = tokens.slice(k, m).some((_, d) => closes(k + d));
      if (LIST_ARTICLES.has(tokens[m]?.lower ?? '')) m++;
      // (A brand's shape beside it makes the list one of names: "BrewDog, MyEnergi, Zilch, Grenade".)
      if (orgItem(m) || brandShaped(tokens[m]?.text ?? '')) mixed = true;
      if (!isFree(m)) break;
      const end = isFree(m + 1) && !isSep(m + 1) ? m + 2 : m + 1;
      // The name must end the list item: a separator, punctuation or a lower-case word follows.
      const after = tokens[end];
      if ((after && after.word && after.cap) || commonWord(m, end)) break;
      if (orgNamed(m, end)) mixed = true;
      addPlace(m, end);
      k = final ? tokens.length : end;
    }
    // Leftwards: [article] Name [Name] sep [sep] place
    k = first - 1;
    if (LIST_ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    while (isSep(k)) {
      let m = k;
      while (isSep(m)) m--;
      if (orgItem(m) || brandShaped(tokens[m]?.text ?? '')) mixed = true;
      if (!isFree(m)) break;
      const start = isFree(m - 1) ? m - 1 : m;
      const before = tokens[start - 1];
      if ((before && before.word && before.cap) || commonWord(start, m + 1)) break;
      if (orgNamed(start, m + 1)) mixed = true;
      addPlace(start, m + 1);
      k = start - 1;
      if (LIST_ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    }
    if (!mixed) {
      added.push(...fromSeed);
      continue;
    }
    const dropped = new Set(fromSeed);
    for (const [k, o] of owner) if (dropped.has(o)) owner.delete(k);
  }
  candidates.push(...added);
}

/**
 * "a Chicago-based company", "New York-based": the place before "-based", its mention without the suffix.
 * (The tokenizer keeps "Michigan-based" as one word, so the chunker sees no name in it.)
 */
function basedPlaces(tokens: Token[], candidates: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  tokens.forEach((t, k) => {
    const m = /^(\p{Lu}[\p{L}.'’-]*)-based$/u.exec(t.text);
    if (!m || candidates.some((c) => c.start < t.end && t.start < c.end)) return;
    const word = m[1]!;
    const before = tokens[k - 1];
    // Two words ("New York-based") when the word before is capitalized, free, and makes a known place with it.
    const pair = before && before.cap && before.end + 1 === t.start && !candidates.some((c) => c.start < before.end && before.start < c.end) ? lookupPlace(`${before.lower} ${word.toLowerCase()}`) : undefined;
    const place = pair ?? lookupPlace(word.toLowerCase());
    if (!place) return;
    const start = pair ? before!.start : t.start;
    out.push(entityCandidate(start, t.start + word.length, 'place', place.name, 0.85, 'place-based', place.countryCode || undefined));
  });
  return out;
}

export function extractEntities(doc: Doc): Doc {
  const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
  const perBlock = blocks.map((b) => tokenize(doc.text, b.start, b.end));
  const midSentenceCaps = new Set<string>();
  const lowerWords = new Set<string>();
  for (const tokens of perBlock) {
    for (const t of tokens) {
      if (!t.word) continue;
      if (t.cap && !t.sentenceStart && !t.allCaps) midSentenceCaps.add(t.lower.replace(/['’]s$/u, ''));
      // (Not a word of an e-mail address, a web address or a handle: "jonathan@proactiveinvestors.com" and
      // "@antonella._caruso" write no given name in lower case.)
      else if (!t.cap && !t.address && doc.text[t.start - 1] !== '@') lowerWords.add(t.lower);
    }
  }
  // Acronyms the document defines in parentheses ("Acme Trust (AT)"), found once for all blocks.
  const { definedAcronyms, termAcronyms } = acronymDefinitions(doc.text, doc.language.code);
  const allTokens: Token[] = [];
  perBlock.forEach((blockTokens, b) => {
    const block = doc.blocks[b];
    const headline = block && (block.kind === 'headline' || block.kind === 'caption');
    const language = block?.language && block.language !== 'und' ? block.language : doc.language.code;
    // French and Spanish names with lower-case words are read in French or Spanish blocks; in a block too short to
    // name its language, by the detector's best guess when that is French or Spanish ("Parti libéral du Québec" alone).
    // The block's reported language stays "und". Guessed once per block, when a line holds such a name's head.
    let romanceLanguage = language === 'und' ? undefined : language;
    // A block whose lines differ (a capitals headline over a body, a results table) is read line by line.
    for (const tokens of splitLines(blockTokens)) {
      const shouting = isShouting(tokens) || (headline && isTitleCase(tokens));
      const ctx: ChunkContext = { text: doc.text, tokens, midSentenceCaps, lowerWords, definedAcronyms, termAcronyms, shouting, language };
      const { candidates: proposed, roles } = proposeEntities(ctx);
      // French and Spanish names with lower-case words ("Ligue nationale de hockey") replace the pieces the chunker found in them.
      if (!shouting && romanceLanguage === undefined && block && hasRomanceHead(tokens)) romanceLanguage = romanceGuess(doc.text.slice(block.start, block.end));
      const romance = shouting ? [] : romanceNames(tokens, doc.text, romanceLanguage ?? language);
      const candidates = romance.length ? [...proposed.filter((c) => !romance.some((r) => c.start < r.end && r.start < c.end)), ...romance] : proposed;
      if (isResultsLine(tokens)) markTeams(tokens, candidates, doc.text);
      else propagateListPlaces(tokens, candidates, doc.text);
      candidates.push(...basedPlaces(tokens, candidates));
      const found = findRoles(tokens, candidates, doc.text);
      doc.candidates.push(...candidates, ...found.organizations);
      doc.roleCandidates.push(...roles, ...found.roles);
    }
    if (QUOTED_NAME_LANGUAGES.has(language)) {
      const b0 = block ?? { start: 0, end: doc.text.length };
      doc.candidates.push(...quotedNames(doc.text, b0.start, b0.end));
    }
    for (const t of blockTokens) allTokens.push(t);
  });
  applyAboutHeadings(doc);
  acronymLongForms(doc, termAcronyms);
  datelinePlace(doc);
  const linked = linkEntities(doc.text, doc.candidates, doc.roleCandidates, allTokens);
  doc.people = linked.people;
  doc.organizations = linked.organizations;
  doc.places = linked.places;
  return doc;
}

const DEGREE_WORDS = new Set(['bachelor', 'master', 'doctor', 'associate']);
/** Words a long form's initials skip: "Office of the Director of National Intelligence (ODNI)". */
const LONG_FORM_GLUE = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'del', 'für', 'der']);

/**
 * An organization the document defines by an acronym is named by the whole long form, whose capitalized words'
 * initials spell the acronym: the pieces the chunker cut it into (at a title, "Office of Special Trial | Counsel
 * (OSTC)", or at "and", "Biomedical Advanced Research and | Development Authority (BARDA)") become one name.
 */
function acronymLongForms(doc: Doc, termAcronyms: Set<string>): void {
  const text = doc.text;
  for (const m of text.matchAll(/\( ?(\p{Lu}[\p{Lu}&]{1,9})[®™]? ?\)/gu)) {
    // (Not a term's, nor a law's or an event's: "Health Insurance Portability and Accountability Act (HIPAA)"; nor
    // inside a name that goes on after it: "the New Markets Tax Credit (NMTC) Coalition".)
    const next = /^ ?(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1]?.toLowerCase();
    if (termAcronyms.has(m[1]!) || (next && (ORG_HEADS.has(next) || THING_HEADS.has(next)))) continue;
    const letters = m[1]!.replace(/&/g, '');
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const offset = m.index - before.length;
    // (Without a possessive or a trademark sign at its end: "London Stock Exchange’s (LSE)", "United Franchise Group™ (UFG)".)
    let cut = before.trimEnd();
    for (;;) {
      if (cut.endsWith("'s") || cut.endsWith('’s')) cut = cut.slice(0, -2);
      else if (/['’™®©]/u.test(cut.at(-1) ?? '')) cut = cut.slice(0, -1);
      else break;
    }
    if (!/^[’'s™®©]{0,3}[ \u00a0]{1,2}$/u.test(before.slice(cut.length))) continue;
    const words = [...cut.matchAll(/[^\s(),;:]+/g)];
    let initials = '';
    let from = -1;
    for (let k = words.length - 1; k >= 0 && initials.length < letters.length; k--) {
      const w = words[k]![0];
      // (Nothing but spaces between the words: no line break, no other punctuation.)
      if (k + 1 < words.length && !/^ {1,2}$/.test(cut.slice(words[k]!.index + w.length, words[k + 1]!.index))) break;
      if (LONG_FORM_GLUE.has(w.toLowerCase())) continue;
      // (A possessive owner before the name is no part of it: "KAILASA's NITHYANANDA HINDU UNIVERSITY".)
      if (!/^\p{Lu}/u.test(w) || /['’]s$/u.test(w)) break;
      initials = w[0]! + initials;
      from = k;
    }
    if (from < 0 || initials !== letters || words.length - from < 2) continue;
    // (A thing's name is no body's: "Image Management System (IMS)", "Declaration of … Feasibility", "Bachelor of Science in …".)
    const ends = [words[from]![0].toLowerCase(), words[words.length - 1]![0].toLowerCase()];
    if (ends.some((w) => THING_HEADS.has(w) || LAW_HEADS.has(w) || EVENT_HEADS.has(w) || AWARD_HEADS.has(w) || DEGREE_WORDS.has(w))) continue;
    const start = offset + words[from]!.index;
    const end = offset + words[words.length - 1]!.index + words[words.length - 1]![0].length;
    const inside = doc.candidates.filter((c) => c.start >= start && c.end <= end);
    if (!inside.some((c) => c.kind === 'organization') || inside.some((c) => c.start === start && c.end === end)) continue;
    const name = text.slice(start, end);
    doc.candidates = doc.candidates.filter((c) => !inside.includes(c));
    doc.candidates.push(entityCandidate(start, end, 'organization', name, 0.8, 'acronym-long-form'));
    // The acronym is the organization's too, whatever a gazetteer says ("BARDA" is also a town).
    for (const c of doc.candidates) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (c.start !== at || c.end !== at + m[1]!.length || c.kind === 'organization') continue;
      c.kind = 'organization';
      c.countryCode = undefined;
      c.evidence = 'acronym';
    }
  }
}

/**
 * The town of the release's dateline ("YERINGTON, NV, March 8, 2024 –", "RISHIKESH, INDIA –") is a place, known to the
 * gazetteer or not, and no organization is read in the dateline's place ("EDMONTON, AB" was an organization,
 * "BLUE ASH" the place "Ash"). The rest of the place (a state, a province, a country) keeps what the chunker read in it.
 */
function datelinePlace(doc: Doc): void {
  const d = doc.dateline;
  // A dateline with a date: a place-only one ("ENEOS – Japan’s largest oil company") may be a name.
  if (!d?.place || !d.date) return;
  const parts = d.place.split(' / ')[0]!.split(',').map((p) => p.trim());
  // A state or a country after the town without a comma ("IRVINE CA", "FLORIDA USA", "Englewood Colorado") is not the town's.
  let town = parts[0]!;
  for (let words = town.split(' '); words.length > 1; words = words.slice(0, -1)) {
    const last = words[words.length - 1]!;
    const place = US_STATE_CODES[last.replace(/\.$/, '')] ? undefined : lookupPlace(last.toLowerCase());
    if (!US_STATE_CODES[last.replace(/\.$/, '')] && place?.kind !== 'country' && place?.kind !== 'region') break;
    town = words.slice(0, -1).join(' ');
  }
  // One town, in capitals or capitalized words: not "NEW YORK and DENVER", not a list.
  if (!/^\p{Lu}[\p{L}\p{M}.'’ -]*$/u.test(town) || /\s(?:and|&|y|et|und)\s/iu.test(town) || town.split(/\s+/).length > 4) return;
  const at = doc.text.indexOf(town, d.start);
  if (at < 0 || at + town.length > d.end) return;
  // The place's span: the town and the parts after it, in the order written.
  let end = at + town.length;
  for (const part of parts.slice(1)) {
    const next = doc.text.indexOf(part, end);
    if (next < 0 || next > end + 4 || next + part.length > d.end) break;
    end = next + part.length;
  }
  const townEnd = at + town.length;
  const known = lookupPlace(town.toLowerCase().replace(/\s+/g, ' '));
  // Written in capitalized words, a town the gazetteer lacks is taken only when no word of it is an English word
  // ("Location UK August 30, 2024" is a template's); in capitals, a dateline's town is one ("BLUE ASH", "NAGS HEAD").
  if (!known && /\p{Ll}/u.test(town) && town.split(/[\s-]+/).some((w) => isEnglishWord(w.toLowerCase()))) return;
  // A name the chunker reads as a person's heads no release: a list of terms ("James Scullin – 22 October 1929 – …").
  if (doc.candidates.some((c) => c.kind === 'person' && c.start < townEnd && at < c.end)) return;
  // No organization in the place; a place read from the town's first word stays ("FLORIDA USA", "IRVINE CA").
  const startsPlace = doc.candidates.some((c) => c.kind === 'place' && c.start === at);
  doc.candidates = doc.candidates.filter((c) => c.end <= at || c.start >= end || (c.kind === 'place' && (startsPlace || c.start >= townEnd)));
  if (startsPlace) return;
  // A town the chunker read in part ("ASH" of "BLUE ASH", "LAUDERDALE" of "FT LAUDERDALE") is the whole town.
  // A town in capitals is named in capitalized words: "O'FALLON" → "O'Fallon".
  const name = known?.name ?? (/\p{Ll}/u.test(town) ? town : town.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (c) => c.toUpperCase()));
  doc.candidates.push(entityCandidate(at, townEnd, 'place', name, 0.9, 'dateline', known?.countryCode || undefined));
}

/** French and Spanish organization and place names with lower-case words; a place's name wins where both are read. */
function romanceNames(tokens: Token[], text: string, language: string): EntityCandidate[] {
  const places = romancePlaces(tokens, text, language);
  const organizations = romanceOrganizations(tokens, text, language).filter((o) => !places.some((p) => o.start < p.end && p.start < o.end));
  return [...organizations, ...places];
}

/** Heads of long forms that name conditions or events ("Optical Fiber Conference (OFC)"), not bodies, even when capitalized. */
const TERM_HEADS = new Set([
  'disease', 'diseases', 'syndrome', 'disorder', 'sclerosis', 'cancer', 'infection', 'deficiency', 'therapy', ...EVENT_HEADS,
  // Programmes, measures and studies: "Give Back Grant (GBG)", "Freedom Economy Index (FEI)".
  'grant', 'grants', 'scholarship', 'fellowship', 'program', 'programme', 'index', 'survey', 'study', 'trial', 'initiative', 'campaign',
  // Distinctions: "Presidential Volunteer Service Award (PVSA)".
  ...AWARD_HEADS,
  // Designations: "Foreign Trade Zone (FTZ)".
  'zone', 'zones', 'status',
  // Crypto assets, whose symbols are tickers: "Atlantis Coin (ATC)", "Furrever Token (FURR)".
  ...CRYPTO_ASSETS,
]);

/** Last words of firms' and publications' names made of common words ("Global Air Charters", "Capital Gains Report"). */
const FIRM_HEADS = new Set(['capital', 'storage', 'charters', 'arts', 'report', 'bullion', 'media', 'energy', 'airlines', 'motors', 'foods', 'brands', 'games', 'entertainment', 'pharmaceuticals', 'therapeutics', 'logistics', 'realty', 'properties', 'homes', 'insurance', 'financial', 'investments', 'securities', 'markets', 'news', 'magazine', 'journal', 'times', 'review', 'press']);

/** Adjectives derived from verbs, which the common-word list may lack: "Extractable", "Decentralized". */
const DERIVED_ADJECTIVE = /^\p{L}{3,}(?:able|ible|ized|ised)$/u;

/** Languages that capitalize every main word of a name ("Federal Bureau of Investigation"): a lower-case head there is a term's. */
const TITLE_CASE_NAMES = new Set(['en', 'de', 'nl', 'und']);

/**
 * Is an acronym's long form a term's (or a title's, or a designation's) rather than a name's? A term's head is a
 * common noun: "passive infrared sensors", "Alzheimer’s disease", "Parkinson’s Disease". (In Latvian, French or
 * Spanish a name's head is in lower case: "Valsts ugunsdzēsības un glābšanas dienests (VUGD)" is a body.)
 */
function termLongForm(longForm: string[], language: string): boolean {
  const head = trimEndWhile(longForm[longForm.length - 1]!.replace(/[,;]$/, ''), (c) => '®™©'.includes(c));
  // So is a job title's ("Special Agent in Charge (SAC)"), unless a body's head names an organization in it
  // ("Office of the Director of National Intelligence (ODNI)").
  const lowers = longForm.map((w) => w.replace(/[,;]$/, '').toLowerCase()).map((w) => trimEndWhile(w, (c) => '®™©'.includes(c)));
  // (A title's head last is a designation's even after a body's head: "Retirement Management Advisor® (RMA®)"; not with
  // "of": "Council of Economic Advisers (CEA)".)
  const title =
    /^\p{Lu}/u.test(longForm[0]!) &&
    ((lowers.some((w) => isJobTitle(w)) && !lowers.some((w) => ORG_HEADS.has(w))) || (isJobTitle(lowers[lowers.length - 1]!) && !lowers.includes('of') && !ORG_HEADS.has(lowers[0]!)));
  // And a capitalized long form of common English words without a body's or a firm's head: "Individual Retirement
  // Account (IRA)", "Key Performance Indicator (KPI)", "Maximum Extractable Value (MEV)" (not "World Health
  // Organization (WHO)", "Alpha Sigma Capital (ASC)", nor "Acme Robotics (AR)", a name).
  const commonWords =
    lowers.length >= 2 &&
    /^\p{Lu}/u.test(longForm[0]!) &&
    lowers.every((w) => isEnglishWord(w) || STOPWORDS.has(w) || DERIVED_ADJECTIVE.test(w)) &&
    !lowers.some((w) => ORG_HEADS.has(w) || FIRM_HEADS.has(w));
  return longForm.every((w) => /^\p{Ll}[\p{Ll}\p{M}-]*[,;]?$/u.test(w)) || (TITLE_CASE_NAMES.has(language) && /^\p{Ll}+$/u.test(head)) || TERM_HEADS.has(head.toLowerCase()) || title || commonWords || isCredentialName(lowers);
}

/** Up to this many words before "(ABC)" are read as the acronym's long form. */
const LONG_FORM_WORDS = 8;

/**
 * Acronyms the document defines in parentheses ("Acme Trust (AT)"), found once for all blocks, and those
 * among them defined only by lower-case words ("passive infrared sensors (PIR)", "cognitive-behavioral
 * therapy (CBT)"): those are terms, and so are symbols the document calls a token or a coin ("the BWB token").
 * A long form starts at the last word before the parenthesis with the acronym's first letter.
 */
export function acronymDefinitions(text: string, language = 'en'): { definedAcronyms: Set<string>; termAcronyms: Set<string> } {
  const definedAcronyms = new Set<string>();
  const lowerDefined = new Set<string>();
  const capitalDefined = new Set<string>();
  const define = (acronym: string, longForm: string[]) => {
    if (termLongForm(longForm, language)) lowerDefined.add(acronym);
    else capitalDefined.add(acronym);
  };
  // (Also "( OSCE )" as tokenized text writes it, and "(CPWA®)".)
  for (const m of text.matchAll(/\( ?["“'‘]?(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})[®™]?["”'’]? ?\)/gu)) {
    const acronym = m[1]!;
    definedAcronyms.add(acronym);
    const words = text.slice(Math.max(0, m.index - 120), m.index).split(/\s+/).filter(Boolean).slice(-LONG_FORM_WORDS);
    const initial = acronym[0]!.toLowerCase();
    let from = -1;
    for (let k = words.length - 1; k >= 0 && k >= words.length - acronym.length - 2; k--) {
      if (words[k]![0]?.toLowerCase() === initial) {
        from = k;
        break;
      }
    }
    if (from >= 0) define(acronym, words.slice(from));
  }
  // The other way round: "an encrypted DID (Decentralized Identifier) system", the long form's initials spelling the acronym.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}&]{1,9}) \(([\p{L}\p{M}'’ -]{3,100})\)/gu)) {
    const acronym = m[1]!;
    const longForm = m[2]!.split(/[\s-]+/).filter(Boolean);
    const initials = longForm.filter((w) => !STOPWORDS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
    if (initials !== acronym.replace(/[^\p{Lu}]/gu, '')) continue;
    definedAcronyms.add(acronym);
    define(acronym, longForm);
  }
  const termAcronyms = new Set([...lowerDefined].filter((a) => !capitalDefined.has(a)));
  // A symbol the document calls a token or a coin anywhere ("FURR coins") names it wherever it stands.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}$])(\p{Lu}[\p{Lu}\p{N}]{1,9})\s(?:token|tokens|coin|coins)(?![\p{L}\p{N}])/gu)) termAcronyms.add(m[1]!);
  return { definedAcronyms, termAcronyms };
}

/** French or Spanish when the language detector's best guess for a short text is one of them, else "und". */
function romanceGuess(text: string): string {
  const guess = detectLanguage(text).code;
  return guess === 'fr' || guess === 'es' ? guess : 'und';
}
