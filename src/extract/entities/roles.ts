/**
 * Roles: person → title → organization, from the patterns releases use:
 *   "Policy Director Rolands Heniņš" (title before the name, found while chunking),
 *   "the Manager of X, CERT.LV, Baiba Kaškina" (title of an organization, then the name),
 *   "Brett Farmiloe, CEO of Featured" / "Jane Doe, senior director at Acme" (apposition after the name),
 *   "Microsoft CEO Satya Nadella" (organization, title, name).
 */
import { type EntityCandidate, type RoleCandidate, entityCandidate } from '../../doc.js';
import { DEPARTMENTS, NAME_END_PREPOSITIONS, NOT_ACRONYMS, PLACES, TITLE_BODY_HEADS, TITLE_MODIFIERS, isCommonWord, isDemonym, isEnglishWord, isJobTitle } from '../../lexicons/index.js';
import { type Token, chiefTitleEnd, chiefTitleStart } from './tokens.js';
import { departmentOfTitle } from './candidates.js';

const word = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');
const isTitleWord = (t: Token | undefined) => Boolean(t) && (isJobTitle(word(t)) || TITLE_MODIFIERS.has(word(t)));
const isHead = (t: Token | undefined) => Boolean(t) && isJobTitle(word(t));

interface Index {
  tokens: Token[];
  /** token index → candidate starting at that token */
  startAt: Map<number, EntityCandidate>;
  /** token index → candidate ending at that token (inclusive) */
  endAt: Map<number, EntityCandidate>;
  tokenAt: Map<number, number>; // char offset of token start → token index
  tokenEnd: Map<number, number>; // char offset of token end → token index
  text: string;
  /** Organizations proposed by role patterns. */
  created: EntityCandidate[];
}

function buildIndex(tokens: Token[], candidates: EntityCandidate[], text: string): Index {
  const tokenAt = new Map<number, number>();
  const tokenEnd = new Map<number, number>();
  tokens.forEach((t, k) => {
    tokenAt.set(t.start, k);
    tokenEnd.set(t.end, k);
  });
  const startAt = new Map<number, EntityCandidate>();
  const endAt = new Map<number, EntityCandidate>();
  for (const c of candidates) {
    const s = tokenAt.get(c.start);
    if (s !== undefined) startAt.set(s, c);
    let e = tokenEnd.get(c.end);
    if (e === undefined) {
      // the candidate dropped a possessive: find the token containing its end
      for (let k = s ?? 0; k < tokens.length && tokens[k].start < c.end; k++) e = k;
    }
    if (e !== undefined) endAt.set(e, c);
  }
  return { tokens, startAt, endAt, tokenAt, tokenEnd, text, created: [] };
}

/** Title run ending at token k (inclusive), scanning left; returns its first token index or -1. */
function titleRunEndingAt(tokens: Token[], k: number): number {
  if (!isHead(tokens[k])) return -1;
  let s = k;
  const chief = chiefTitleStart(tokens, k);
  if (chief >= 0) s = chief;
  while (s - 1 >= 0 && isTitleWord(tokens[s - 1]) && !tokens[s - 1].newlineBefore) s--;
  // After a name, a body's head ends the body and starts the title: "Ohio State University | President".
  const prev = tokens[s - 1];
  if (prev?.word && prev.cap && !tokens[s]!.newlineBefore) {
    for (let h = k - 1; h >= s; h--) {
      if (!TITLE_BODY_HEADS.has(tokens[h]!.lower) || !tokens.slice(s, h + 1).every((t) => t.cap)) continue;
      s = h + 1;
      break;
    }
  }
  return s;
}

/** Title run starting at token k, scanning right: "senior director of online services". Returns exclusive end or -1. */
function titleRunFrom(tokens: Token[], k: number, ix?: Index): number {
  let e = k;
  let sawHead = false;
  while (e < tokens.length && (isTitleWord(tokens[e]) || ((tokens[e].text === '-' || tokens[e].lower === 'and' || tokens[e].text === '&') && isTitleWord(tokens[e + 1]) && sawHead))) {
    // "Chief Revenue Officer": the words between "Chief" and its head belong to the title.
    const chief = chiefTitleEnd(tokens, e);
    if (chief > 0) {
      sawHead = true;
      e = chief;
      continue;
    }
    if (isHead(tokens[e])) sawHead = true;
    e++;
  }
  if (!sawHead) return -1;
  // "Director of Research at …", "Head of Data at …": a short capitalized field after "of", when an organization follows.
  // (A longer one when it is a department's name: "Director of Housing Counseling and Community Outreach at …".)
  if (tokens[e]?.lower === 'of' && tokens[e + 1]?.cap && !ix?.startAt.has(e + 1)) {
    let m = e + 1;
    const joiner = (t: Token) => t.lower === 'and' || t.text === '&';
    while (m < tokens.length && m - e <= 7 && ((tokens[m].word && tokens[m].cap) || (joiner(tokens[m]) && tokens[m + 1]?.cap))) m++;
    if (['at', 'for', 'with'].includes(tokens[m]?.lower ?? '') && (m - e <= 3 || (ix && departmentOfTitle(tokens, ix.text, e + 1, m)))) return m;
    if (tokens[m]?.text === ',' && ix && departmentOfTitle(tokens, ix.text, e + 1, m)) return m;
  }
  // "of online services", "of marketing": lower-case words after "of" belong to the title.
  if (tokens[e]?.lower === 'of' && tokens[e + 1] && !tokens[e + 1].cap && tokens[e + 1].word && tokens[e + 1].lower !== 'the') {
    let m = e + 1;
    while (m < tokens.length && m - e <= 4 && tokens[m].word && !tokens[m].cap && !['for', 'at', 'of', 'the', 'and', 'with', 'who', 'in'].includes(tokens[m].lower)) m++;
    e = m;
  }
  return e;
}

/** Does a title and its "of" start at token m ("Head of …", "General Manager of …")? */
function titleOf(tokens: Token[], m: number): boolean {
  let k = m;
  while (k < m + 4 && isTitleWord(tokens[k])) k++;
  return k > m && tokens.slice(m, k).some((t) => isJobTitle(word(t))) && tokens[k]?.lower === 'of';
}

/** An organization after a title: "of the Ministry", "at Acme", "for online lender GoCredit.loans". */
function organizationAfter(ix: Index, k: number): EntityCandidate | undefined {
  const { tokens } = ix;
  if (!['of', 'at', 'for', 'with', ','].includes(tokens[k]?.lower ?? '')) return ix.startAt.get(k)?.kind === 'organization' ? ix.startAt.get(k) : undefined;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  // "VP of Marketing of Lee's Famous Recipe", "VP of Business Development of MultiversX": the organization follows a
  // department and its "of".
  let d = m;
  while (tokens[d]?.cap && DEPARTMENTS.has(tokens[d]!.lower)) d++;
  if (d > m && tokens[d]?.lower === 'of' && tokens[d + 1]?.cap) m = d + 1;
  for (let skip = 0; skip < 3 && m < tokens.length; skip++) {
    const c = ix.startAt.get(m);
    // (Not another title: "EVP, Head of Product Innovation", "General Manager of Nexstar Media"; "Premier Elite Realty" is a firm.)
    if (c) return c.kind === 'organization' && !titleOf(tokens, m) ? c : undefined;
    if (!tokens[m].word) return undefined;
    if (tokens[m].cap) {
      // An unknown capitalized name in the organization slot of a role is an organization: "CEO of Featured".
      let e = m;
      while (e + 1 < tokens.length && e - m < 6 && !tokens[e + 1].newlineBefore && !ix.startAt.has(e + 1)) {
        const next = tokens[e + 1];
        if (next.word && next.cap) e++;
        else if (['of', 'de', 'for'].includes(next.lower) && tokens[e + 2]?.cap && tokens[e + 2].word) e += 2;
        else break;
      }
      // "CEO of European game publisher INNOVA": a demonym alone describes the organization; it does not name it.
      // Nor does another title ("Founder, Chairman and CEO") or a capitalized preposition of a headline ("with Over 50,000").
      if (e === m && (isDemonym(tokens[m].lower) || isJobTitle(tokens[m].lower) || HEADLINE_PREPOSITIONS.has(tokens[m].lower))) return undefined;
      if (titleOf(tokens, m) || tokens.slice(m, e + 1).every((t) => isTitleWord(t))) return undefined;
      // "Head of Technology and Development", "VP of Sales": a department, not an organization.
      if (DEPARTMENTS.has(tokens[m].lower) && (e === m || tokens.slice(m + 1, e + 1).every((t) => DEPARTMENTS.has(t.lower) || t.lower === 'of'))) return undefined;
      // So is one between the title's "of" and "at" its organization: "Director of Housing Counseling at Consolidated Credit".
      if (departmentOfTitle(tokens, ix.text, m, e + 1)) return undefined;
      const start = tokens[m].start;
      const end = tokens[e].end - (/['’]s$/u.exec(tokens[e].text)?.[0].length ?? 0);
      const created = entityCandidate(start, end, 'organization', ix.text.slice(start, end), 0.6, 'role-organization');
      ix.created.push(created);
      return created;
    }
    m++;
  }
  return undefined;
}

/** What may end an apposition of a title: the sentence, a comma, a quotation, a parenthesis or the line. */
const APPOSITION_END = new Set(['.', ',', '"', '“', '”', ')', ';', ':', '!', '?']);

/**
 * ", ORG TITLE" where the organization is one or two capitalized words nothing else named (token k starts them), and
 * the title ends the apposition: "Lavita CEO.", "DPH Bio President & CEO." Not a title alone, a department, a demonym
 * or a known place ("Texas Governor").
 */
function unknownOrganizationTitle(ix: Index, k: number): Omit<RoleCandidate, 'personStart'> | null {
  const { tokens, text } = ix;
  let e = k;
  while (e < tokens.length && e - k < 2 && tokens[e]!.word && tokens[e]!.cap && !tokens[e]!.newlineBefore && !isTitleWord(tokens[e]) && !ix.startAt.has(e) && !ix.endAt.has(e)) e++;
  if (e === k || tokens.slice(k, e).some((t) => DEPARTMENTS.has(t.lower) || isDemonym(t.lower))) return null;
  // (The first word is no common word, place or term: "Environmental Coordinator", "Social Media Manager", "Americas
  // Channel Sales Leader", "PR Manager" are titles.)
  const lead = tokens[k]!.lower.replace(/['’]s$/u, '');
  if (isEnglishWord(lead) || isCommonWord(lead) || PLACES.has(lead) || NOT_ACRONYMS.has(lead.toUpperCase())) return null;
  const te = titleRunFrom(tokens, e, ix);
  if (te <= e || tokens[te - 1]!.newlineBefore) return null;
  const after = tokens[te];
  if (after && !APPOSITION_END.has(after.text) && !after.newlineBefore) return null;
  // ("PCI's Communications Coordinator": the organization without its possessive.)
  const end = tokens[e - 1]!.end - (/['’]s$/u.exec(tokens[e - 1]!.text)?.[0].length ?? 0);
  const created = entityCandidate(tokens[k]!.start, end, 'organization', text.slice(tokens[k]!.start, end), 0.6, 'role-organization');
  ix.created.push(created);
  return { title: text.slice(tokens[e]!.start, tokens[te - 1]!.end), organization: created.name, start: tokens[e]!.start, end: tokens[te - 1]!.end };
}

/**
 * ", PORTFOLIO TITLE at ORG": a title whose first words are a field or a region, not title words, before "at" and an
 * organization ("Weh Ming, BD Manager at CoinsDo", "Derek Silva, Operations Lead at Reef", "Shaed Hashimkhial,
 * North America Head at Bitget"). The whole run is the title.
 */
function portfolioTitle(ix: Index, k: number): Omit<RoleCandidate, 'personStart'> | null {
  const { tokens, text } = ix;
  // (After a title's modifiers: "Senior Brand Director at P&G Studios".)
  let f = k;
  while (f < tokens.length && f - k < 2 && isTitleWord(tokens[f]) && !isHead(tokens[f])) f++;
  let e = f;
  while (e < tokens.length && e - f < 3 && tokens[e]!.word && tokens[e]!.cap && !tokens[e]!.newlineBefore && !isTitleWord(tokens[e]) && ix.startAt.get(e)?.kind !== 'person') e++;
  if (e === f) return null;
  const te = titleRunFrom(tokens, e, ix);
  // (Only before "at": after "for" comes a minister's portfolio as often as an organization, "Undersecretary for
  // Economic Growth".)
  if (te <= e || tokens[te]?.lower !== 'at') return null;
  const org = organizationAfter(ix, te);
  if (org?.kind !== 'organization') return null;
  return { title: text.slice(tokens[k]!.start, tokens[te - 1]!.end), organization: org.name, start: tokens[k]!.start, end: tokens[te - 1]!.end };
}

/** Prepositions that title-case headlines capitalize. */
const HEADLINE_PREPOSITIONS = new Set([...NAME_END_PREPOSITIONS, 'over', 'under', 'about', 'after', 'before', 'more', 'up', 'than']);

/** Words between a name and its title: "Jane Doe, the company's CEO", "named Jane Doe as its new CFO". */
const DETERMINERS = new Set(['the', 'its', 'our', 'their', 'his', 'her']);
/** "the company's", "the firm's" … before a title. */
const OWNER_NOUN = /^(?:company|firm|group|organi[sz]ation|bank|agency|ministry|university|team|club|city|state|country|government|council|foundation|association|institute|school|hospital|network|brand|startup|platform)['’]s$/u;

const CONNECTORS = new Set(['of', 'at', 'for', 'de', 'du', 'des', 'del', 'der', 'von']);
const ARTICLES = new Set(['the', 'la', 'le', 'el', 'los', 'las', 'les', 'der', 'die', 'das', 'l’', "l'"]);

/**
 * A title that ends just before a comma (token k is the last word before it): "the mayor of Riga",
 * "chief executive", "la concejala de Movilidad Sostenible". A place after the title stays in it
 * ("mayor of Riga"); an organization becomes the role's organization.
 */
function titleBeforeComma(ix: Index, k: number): Omit<RoleCandidate, 'personStart'> | null {
  const { tokens, text } = ix;
  const direct = titleRunEndingAt(tokens, k);
  if (direct >= 0) return { title: text.slice(tokens[direct].start, tokens[k].end).replace(/\.$/, ''), start: tokens[direct].start, end: tokens[k].end };
  // What follows the title's "of": a known organization or place, or a few capitalized words.
  let from: number;
  const c = ix.endAt.get(k);
  if (c && (c.kind === 'organization' || c.kind === 'place')) from = ix.tokenAt.get(c.start) ?? -1;
  else {
    from = k;
    while (from - 1 >= 0 && k - from < 4 && tokens[from - 1].word && tokens[from - 1].cap) from--;
    if (!tokens[from]?.cap) return null;
  }
  if (from <= 0) return null;
  let m = from - 1;
  if (ARTICLES.has(tokens[m]?.lower ?? '')) m--;
  if (!CONNECTORS.has(tokens[m]?.lower ?? '')) return null;
  const ts = titleRunEndingAt(tokens, m - 1);
  if (ts < 0) return null;
  if (c?.kind === 'organization') return { title: text.slice(tokens[ts].start, tokens[m - 1].end), organization: c.name, start: tokens[ts].start, end: tokens[m - 1].end };
  return { title: text.slice(tokens[ts].start, tokens[k].end), start: tokens[ts].start, end: tokens[k].end };
}

/** Roles found around person mentions, and the organizations those patterns name. */
export function findRoles(tokens: Token[], candidates: EntityCandidate[], text: string): { roles: RoleCandidate[]; organizations: EntityCandidate[] } {
  const ix = buildIndex(tokens, candidates, text);
  const roles: RoleCandidate[] = [];
  for (const p of candidates) {
    if (p.kind !== 'person') continue;
    const first = ix.tokenAt.get(p.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < p.end) last++;

    // Before the name: an in-chunk title ("Policy Director Rolands") or a lower-case one ("policy director Jane").
    let anchor = first;
    const runStart = titleRunEndingAt(tokens, first - 1);
    if (runStart >= 0) {
      const titleSpan = { start: tokens[runStart].start, end: tokens[first - 1].end };
      const orgBefore = ix.endAt.get(runStart - 1);
      roles.push({
        personStart: p.start,
        title: text.slice(titleSpan.start, titleSpan.end).replace(/\.$/, ''),
        organization: orgBefore?.kind === 'organization' ? orgBefore.name : undefined,
        ...titleSpan,
      });
      anchor = runStart;
    }
    // "... the TITLE of (the) ORG[, ORG2], [TITLE2] NAME"
    if (tokens[anchor - 1]?.text === ',') {
      let k = anchor - 2;
      let nearestOrg: EntityCandidate | undefined;
      for (let hops = 0; hops < 3 && k >= 0; hops++) {
        const c = ix.endAt.get(k);
        if (!c || c.kind !== 'organization') break;
        nearestOrg ??= c;
        const cs = ix.tokenAt.get(c.start)!;
        k = cs - 1;
        if (tokens[k]?.lower === 'the') k--;
        if (tokens[k]?.text === ',') {
          k--;
          continue;
        }
        if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'at' || tokens[k]?.lower === 'for') {
          const ts = titleRunEndingAt(tokens, k - 1);
          if (ts >= 0) {
            const span = { start: tokens[ts].start, end: tokens[k - 1].end };
            roles.push({ personStart: p.start, title: text.slice(span.start, span.end).replace(/\.$/, ''), organization: nearestOrg.name, ...span });
            // An in-chunk or lower-case title before the name shares the organization.
            for (const r of roles) if (r.personStart === p.start && !r.organization) r.organization = nearestOrg.name;
          }
        }
        break;
      }
    }
    // "said the mayor of Riga, Jane Doe", "la concejala de Movilidad Sostenible, Lucía Ferrer", "its chief executive, John Smith".
    if (tokens[anchor - 1]?.text === ',' && !roles.some((r) => r.personStart === p.start)) {
      const role = titleBeforeComma(ix, anchor - 2);
      if (role) roles.push({ personStart: p.start, ...role });
    }
    // After the name: ", TITLE (of|at|for) ORG" or ", ORG TITLE"; also ", the company's TITLE" and "as its new TITLE".
    const appositive = tokens[last + 1]?.text === ',';
    if (appositive || tokens[last + 1]?.lower === 'as') {
      let k = last + 2;
      const lead = k;
      if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'new') k++;
      if (tokens[k - 1]?.lower === 'the' && OWNER_NOUN.test(tokens[k]?.lower ?? '')) k++;
      // After "as", a title or a determiner must follow ("as its CFO", "as chief executive"; not "as a leader").
      if (!appositive && k === lead && !isTitleWord(tokens[k])) continue;
      const e = titleRunFrom(tokens, k, ix);
      if (e > k) {
        const span = { start: tokens[k].start, end: tokens[e - 1].end };
        const org = organizationAfter(ix, e);
        roles.push({ personStart: p.start, title: text.slice(span.start, span.end), organization: org?.name, ...span });
      } else if (appositive && ix.startAt.get(k)?.kind !== 'organization' && ix.startAt.get(k)?.kind !== 'person') {
        // "Ali Farahanchi, Lavita CEO.", "Travis Dodge, BIMQuote Founder": a few capitalized words no one proposed, and
        // a title that ends the apposition; the words are the organization.
        const role = (ix.startAt.has(k) ? null : unknownOrganizationTitle(ix, k)) ?? portfolioTitle(ix, k);
        if (role) roles.push({ personStart: p.start, ...role });
      } else {
        const org = ix.startAt.get(k);
        if (org?.kind === 'organization') {
          const os = ix.tokenAt.get(org.start)!;
          let oe = os;
          while (oe + 1 < tokens.length && tokens[oe + 1].start < org.end) oe++;
          let ts = oe + 1;
          if (tokens[ts] && /^['’]s$/.test(tokens[ts].text)) ts++;
          const te = titleRunFrom(tokens, ts, ix);
          if (te > ts) {
            const span = { start: tokens[ts].start, end: tokens[te - 1].end };
            roles.push({ personStart: p.start, title: text.slice(span.start, span.end), organization: org.name, ...span });
          }
        }
      }
    }
  }
  return { roles, organizations: ix.created };
}
