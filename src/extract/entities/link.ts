/**
 * Refine: resolve overlapping proposals, then merge mentions into one entity
 * per real-world thing — a later "Heniņš" is a mention of "Rolands Heniņš",
 * "UNIDIR" of the Institute for Disarmament Research, "Latvia’s" of Latvia —
 * and attach roles to people.
 */
import { type EntityCandidate, type RoleCandidate, entityCandidate } from '../../doc.js';
import type { Mention, Organization, Person, Place, Role } from '../../schema/record.js';
import type { Token } from './tokens.js';
import { trimEndWhile } from '../../util/text.js';
import { Coverage } from '../../util/spans.js';
import { EXCHANGES, ORG_HEADS, PLACES, isCommonWord, isDemonym, isFirstName } from '../../lexicons/index.js';

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'der', 'für', 'und']);

/** Initials of a name's content words: "United Nations Security Council" → "UNSC". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** Greedy overlap resolution: higher score, then longer span, wins. */
export function resolveOverlaps(candidates: EntityCandidate[]): EntityCandidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EntityCandidate[] = [];
  const length = candidates.reduce((n, c) => Math.max(n, c.end), 0);
  const covered = new Coverage(length);
  for (const c of sorted) {
    if (covered.overlaps(c.start, c.end)) continue;
    covered.add(c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
/** Organization key: without "the" and a legal form, so "Acme Robotics, Inc." and "Acme Robotics" meet. */
const LEGAL = new Set(['inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'l.l.c', 'llp', 'gmbh', 'ag', 'sa', 's.a', 'se', 'plc', 'sia', 'as', 'a/s', 'asa', 'ab', 'oy', 'oyj', 'nv', 'n.v', 'bv', 'b.v', 'spa', 's.p.a', 'co', 'kg', 'pty', 'sas', 'srl', 'uab', 'oü']);
const orgKey = (s: string) => {
  const n = norm(s);
  const cut = n.lastIndexOf(' ');
  if (cut < 0 || !LEGAL.has(n.slice(cut + 1).replace(/\.$/, ''))) return n;
  return trimEndWhile(n.slice(0, cut), (c) => c === ',');
};

/** Word-bounded occurrences of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length < 3) return out;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + needle.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push(at);
  }
  return out;
}
const mention = (text: string, s: { start: number; end: number }): Mention => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

interface Group<T> {
  key: string;
  names: string[];
  mentions: Mention[];
  extra: T;
}

export interface Linked {
  people: Person[];
  organizations: Organization[];
  places: Place[];
}

/** Sorted, disjoint covered ranges, for O(log n) "is this range covered?" checks. */
class Covered {
  private readonly spans: [number, number][];
  constructor(candidates: EntityCandidate[]) {
    this.spans = candidates.map((k) => [k.start, k.end] as [number, number]).sort((x, y) => x[0] - y[0]);
  }
  private lastStartingBefore(e: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid][0] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  has(s: number, e: number): boolean {
    const k = this.lastStartingBefore(e);
    return k >= 0 && this.spans[k][1] > s;
  }
}

/**
 * Every other occurrence of a multi-word name is a mention too ("Riga Technical Academy" in a headline),
 * and wins over the shorter proposals it contains ("Riga").
 */
function addRepeatedNames(text: string, first: EntityCandidate[]): EntityCandidate[] {
  const extra: EntityCandidate[] = [];
  const seenNames = new Set<string>();
  const owners = new Coverage(text.length);
  first.forEach((k, i) => owners.add(k.start, k.end, i + 1));
  /** Is [at, end) already one candidate, or inside one? */
  const inside = (at: number, end: number) => {
    const o = owners.ownerAt(at);
    return o !== 0 && o === owners.ownerAt(end - 1) && first[o - 1].start <= at && first[o - 1].end >= end;
  };
  for (const c of first) {
    // (Multi-word as written: "U.S." is no multi-word name because its canonical one is "United States", and where
    // the chunker did not read it, it is part of something else: "the U.S. Open".)
    const surface = text.slice(c.start, c.end);
    if (!/\s/.test(surface) || seenNames.has(`${c.kind}:${surface}`)) continue;
    seenNames.add(`${c.kind}:${surface}`);
    for (const at of occurrences(text, surface)) {
      const end = at + surface.length;
      if (inside(at, end)) continue;
      extra.push(entityCandidate(at, end, c.kind, c.name, 0.95, 'repeated-name', c.countryCode));
    }
  }
  return extra.length ? resolveOverlaps([...first, ...extra]) : first;
}

type OrgGroup = Group<{ acronym?: string }>;
type PlaceGroup = Group<{ countryCode?: string }>;
type PersonGroup = Group<{ roles: Role[]; starts: Set<number> }>;

interface OrgIndex {
  groups: Map<string, OrgGroup>;
  /** acronym → group key */
  acronymOwner: Map<string, string>;
}

/** One pair of brackets after a name, and an exchange and its ticker inside ("NYSE: MUX", "NYSE American: ABC", "OTCQB: XYZ.A"). */
const BRACKETS = /^\s{0,2}\(([^()\n]{3,80})\)/u;
const LISTING = /^\s*([\p{L}-]+(?:\s\p{L}+)?)\s?:\s?([\p{Lu}\p{N}][\p{Lu}\p{N}.]{0,7})\s*$/u;

/** The ticker symbols in the brackets right after a company's name: "(NASDAQ: ACME; TSX: ACM)", "(NYSE: MUX) (TSX: MUX)". */
function tickersAfter(text: string, at: number): string[] {
  const out: string[] = [];
  let pos = at;
  for (let k = 0; k < 3; k++) {
    const m = BRACKETS.exec(text.slice(pos, pos + 90));
    if (!m) break;
    let listed = false;
    for (const part of m[1]!.split(/[;,|]|\band\b/)) {
      const p = LISTING.exec(part);
      if (p && (EXCHANGES.has(p[1]!) || EXCHANGES.has(p[1]!.split(' ')[0]!))) {
        out.push(p[2]!.replace(/\.$/, ''));
        listed = true;
      }
    }
    if (!listed) break;
    pos += m[0].length;
  }
  return out;
}

/** Organizations by key, with acronyms defined in parentheses ("Institute for Disarmament Research (UNIDIR)") or by initials. */
function groupOrganizations(text: string, orgs: EntityCandidate[]): OrgIndex {
  const groups = new Map<string, OrgGroup>();
  const acronymOwner = new Map<string, string>();
  for (const c of orgs) {
    const key = orgKey(c.name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, names: [], mentions: [], extra: {} }));
    g.names.push(c.name);
    g.mentions.push(mention(text, c));
  }
  for (const c of orgs) {
    const after = text.slice(c.end, c.end + 16);
    const def = /^\s{0,2}\(\s{0,2}([\p{Lu}][\p{Lu}\p{N}.&-]{1,11})\s{0,2}\)/u.exec(after);
    if (def && def[1] !== c.name) {
      const g = groups.get(orgKey(c.name))!;
      g.extra.acronym = def[1];
      acronymOwner.set(def[1], g.key);
    }
  }
  // Ticker symbols: "McEwen Mining (NYSE: MUX) (TSX: MUX)" — "MUX", wherever it stands, is the company.
  for (const c of orgs) {
    for (const ticker of tickersAfter(text, c.end)) {
      if (ticker !== c.name && !acronymOwner.has(ticker)) acronymOwner.set(ticker, orgKey(c.name));
    }
  }
  // Acronyms by initials: "UNSC" → "United Nations Security Council".
  for (const g of groups.values()) {
    if (g.extra.acronym) continue;
    const longest = g.names.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(/\s+/).length < 2) continue;
    const ini = initials(longest);
    if (ini.length >= 2 && groups.has(ini.toLowerCase()) && !acronymOwner.has(ini)) {
      g.extra.acronym = ini;
      acronymOwner.set(ini, g.key);
    }
  }
  for (const [acr, ownerKey] of acronymOwner) {
    const owner = groups.get(ownerKey)!;
    const short = groups.get(acr.toLowerCase());
    if (short && short !== owner) {
      owner.mentions.push(...short.mentions);
      groups.delete(short.key);
    }
  }
  return { groups, acronymOwner };
}

/** Places by canonical name. */
function groupPlaces(text: string, places: EntityCandidate[]): Map<string, PlaceGroup> {
  const groups = new Map<string, PlaceGroup>();
  for (const c of places) {
    const key = norm(c.name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, names: [c.name], mentions: [], extra: {} }));
    // The name as written in running text, not in a capitals dateline: "Georgetown", not "GEORGETOWN".
    else if (!/\p{Ll}/u.test(g.names[0]!) && /\p{Ll}/u.test(c.name)) g.names.unshift(c.name);
    if (c.countryCode) g.extra.countryCode = c.countryCode;
    g.mentions.push(mention(text, c));
  }
  return groups;
}

interface PersonIndex {
  groups: Map<string, PersonGroup>;
  /** surname → group key */
  byPart: Map<string, string>;
  /** given name (of one person only, and no one's surname) → group key */
  byGiven: Map<string, string>;
}

/** People: full names first, then single names linked to the full name they belong to. */
function groupPeople(text: string, persons: EntityCandidate[]): PersonIndex {
  const groups = new Map<string, PersonGroup>();
  const byPart = new Map<string, string>();
  const add = (key: string, c: EntityCandidate) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, names: [], mentions: [], extra: { roles: [], starts: new Set() } }));
    g.names.push(c.name);
    g.mentions.push(mention(text, c));
    g.extra.starts.add(c.start);
  };
  for (const c of persons) {
    if (!/\s/.test(c.name)) continue;
    const key = norm(c.name).replace(/\s[\p{L}]\.\s/gu, ' ');
    add(key, c);
    const parts = c.name.split(/\s+/);
    // (A Chinese or Korean name's surname comes first: "Wang Donghai … Wang said".)
    const last = (c.evidence === 'surname-first' ? parts[0]! : parts[parts.length - 1]!).toLowerCase();
    if (!byPart.has(last)) byPart.set(last, key);
  }
  // A given name alone is the person's whose given name it is, when only one person in the document has it and it is no
  // one's surname, and a known given name ("Sarah Lee … said Sarah"; not "Paris", nor "Microsoft" of a misread
  // "Microsoft Copilot", nor an unknown "Jansher").
  const givenOf = new Map<string, Set<string>>();
  for (const key of groups.keys()) {
    const given = key.split(' ')[0]!;
    if (key.includes(' ') && given.length > 2 && isFirstName(given)) givenOf.set(given, (givenOf.get(given) ?? new Set()).add(key));
  }
  const byGiven = new Map<string, string>();
  for (const [given, keys] of givenOf) if (keys.size === 1 && !byPart.has(given)) byGiven.set(given, [...keys][0]!);
  for (const c of persons) if (!/\s/.test(c.name)) add(byPart.get(c.name.toLowerCase()) ?? byGiven.get(c.name.toLowerCase()) ?? norm(c.name), c);
  return { groups, byPart, byGiven };
}

/**
 * Short names: "Acme" for "Acme Robotics, Inc." — the distinctive first word of a company's name
 * (one with a legal form; not a common word, a place or a given name; not shared by two organizations).
 */
function shortNames(groups: Map<string, OrgGroup>): Map<string, string | null> {
  const shortName = new Map<string, string | null>();
  for (const g of groups.values()) {
    if (!g.names.some((n) => orgKey(n) !== norm(n))) continue;
    for (const name of g.names) {
      const first = name.split(/\s+/)[0];
      if (!/\s/.test(name) || first.length < 3 || !/^\p{Lu}\p{Ll}/u.test(first)) continue;
      const lower = first.toLowerCase();
      if (isCommonWord(lower) || PLACES.has(lower) || isFirstName(lower) || ORG_HEADS.has(lower) || isDemonym(lower)) continue;
      const owner = shortName.get(lower);
      shortName.set(lower, owner === undefined || owner === g.key ? g.key : null);
    }
  }
  return shortName;
}

/** Further bare mentions: surnames of known people and acronyms and short names of known organizations, wherever they stand. */
function addBareMentions(text: string, tokens: Token[], covered: Covered, people: PersonIndex, orgs: OrgIndex): void {
  const shortName = shortNames(orgs.groups);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.cap) continue;
    const bare = t.text.replace(/['’]s$/u, '');
    const end = t.start + bare.length;
    if (covered.has(t.start, end)) continue;
    // (A given name alone only as a word of its own: not in capitals, "ABOUT RON GORDON WATCH REPAIR", nor before
    // another capitalized word, "Mike English", nor a ticker or an e-mail address, "$MATT", "Daniel@…".)
    const next = tokens[k + 1];
    const alone = !t.allCaps && !(next?.word && next.cap && !next.newlineBefore) && text[t.start - 1] !== '$' && text[end] !== '@';
    const personKey = people.byPart.get(bare.toLowerCase()) ?? (alone ? people.byGiven.get(bare.toLowerCase()) : undefined);
    if (personKey && bare.length > 2) {
      people.groups.get(personKey)!.mentions.push(mention(text, { start: t.start, end }));
      continue;
    }
    const key =
      orgs.acronymOwner.get(bare) ??
      (orgs.groups.has(bare.toLowerCase()) && bare === bare.toUpperCase() && bare.length >= 2 ? bare.toLowerCase() : undefined) ??
      (!t.sentenceStart && bare.slice(1) !== bare.slice(1).toUpperCase() ? (shortName.get(bare.toLowerCase()) ?? undefined) : undefined);
    if (key && orgs.groups.has(key)) orgs.groups.get(key)!.mentions.push(mention(text, { start: t.start, end }));
  }
}

/** Roles: attach to the person whose mention starts where the role says; orphan titles to the next person nearby. */
function attachRoles(text: string, roles: RoleCandidate[], groups: Map<string, PersonGroup>): void {
  const groupByStart = new Map<number, PersonGroup>();
  for (const g of groups.values()) for (const s of g.extra.starts) groupByStart.set(s, g);
  const personStarts = [...groupByStart.keys()].sort((a, b) => a - b);
  // Roles tied to a person first; then titles standing right before a name ("the Minister of X, Dace Krūmiņa").
  const ordered = [...roles.filter((r) => r.personStart >= 0), ...roles.filter((r) => r.personStart < 0)];
  for (const r of ordered) {
    let g = r.personStart >= 0 ? groupByStart.get(r.personStart) : undefined;
    if (!g && r.personStart < 0) {
      const next = personStarts.find((s) => s >= r.end);
      if (next !== undefined && /^[\s,]{0,3}$/.test(text.slice(r.end, next))) g = groupByStart.get(next);
    }
    if (!g) continue;
    const title = r.title.replace(/\s+/g, ' ').trim();
    const existing = g.extra.roles.find((x) => x.title.toLowerCase() === title.toLowerCase());
    if (existing) {
      if (!existing.organization && r.organization) existing.organization = r.organization;
      continue;
    }
    g.extra.roles.push({ title, ...(r.organization ? { organization: r.organization } : {}), start: r.start, end: r.end });
  }
}

function sortMentions(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
/** The longest name; of names as long, the first written in lower-case letters too ("Walk in My Shoes Foundation", not the heading's "WALK IN MY SHOES FOUNDATION"). */
const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length || (b.length === a.length && !/\p{Ll}/u.test(a) && /\p{Ll}/u.test(b)) ? b : a));
const byFirst = <T extends { mentions: Mention[] }>(a: T, b: T) => a.mentions[0].start - b.mentions[0].start;

/**
 * Merge candidates into entities. `tokens` are all the document's tokens, used
 * to find further bare mentions (surnames, acronyms) the chunker did not propose.
 */
export function linkEntities(text: string, candidates: EntityCandidate[], roles: RoleCandidate[], tokens: Token[]): Linked {
  const resolved = addRepeatedNames(text, resolveOverlaps(candidates));
  // A "person" whose name is an organization's name elsewhere in the document is that organization ("Acme Robotics").
  const orgKeys = new Set(resolved.filter((c) => c.kind === 'organization').map((c) => orgKey(c.name)));
  // A town of the long GeoNames list named as a person's surname elsewhere is that person ("Jon Sutton … Sutton joined").
  const surnames = new Set(resolved.filter((c) => c.kind === 'person' && /\s/.test(c.name)).map((c) => c.name.split(/\s+/).pop()!.toLowerCase()));
  const kept = resolved.map((c) =>
    c.kind === 'person' && orgKeys.has(orgKey(c.name))
      ? entityCandidate(c.start, c.end, 'organization', c.name, c.score, c.evidence)
      : c.kind === 'place' && c.evidence === 'town' && surnames.has(text.slice(c.start, c.end).toLowerCase())
        ? entityCandidate(c.start, c.end, 'person', text.slice(c.start, c.end), c.score, 'surname')
        : c,
  );
  const orgs = groupOrganizations(text, kept.filter((c) => c.kind === 'organization'));
  const placeGroups = groupPlaces(text, kept.filter((c) => c.kind === 'place'));
  const people = groupPeople(text, kept.filter((c) => c.kind === 'person'));
  addBareMentions(text, tokens, new Covered(kept), people, orgs);
  attachRoles(text, roles, people.groups);

  return {
    people: [...people.groups.values()]
      .map((g) => ({ name: longest(g.names), mentions: sortMentions(g.mentions), roles: g.extra.roles.sort((a, b) => a.start - b.start) }))
      .sort(byFirst),
    organizations: [...orgs.groups.values()]
      .map((g) => {
        const nonAcronym = g.names.filter((n) => n !== g.extra.acronym);
        return { name: longest(nonAcronym.length ? nonAcronym : g.names), ...(g.extra.acronym ? { acronym: g.extra.acronym } : {}), mentions: sortMentions(g.mentions) };
      })
      .sort(byFirst),
    places: [...placeGroups.values()]
      .map((g) => ({ name: g.names[0], ...(g.extra.countryCode ? { countryCode: g.extra.countryCode } : {}), mentions: sortMentions(g.mentions) }))
      .sort(byFirst),
  };
}
