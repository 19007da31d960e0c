/**
 * Refine: resolve overlapping proposals, then merge mentions into one entity
 * per real-world thing — a later "Heniņš" is a mention of "Rolands Heniņš",
 * "UNIDIR" of the Institute for Disarmament Research, "Latvia’s" of Latvia —
 * and attach roles to people.
 */
import type { EntityCandidate, RoleCandidate } from '../../doc.js';
import type { Mention, Organization, Person, Place, Role } from '../../schema/record.js';
import type { Token } from './tokens.js';
import { trimEndWhile } from '../../util/text.js';
import { Coverage } from '../../util/spans.js';
import { ORG_HEADS, PLACES, isCommonWord, isDemonym, isFirstName } from '../../lexicons/index.js';

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

/**
 * Merge candidates into entities. `tokens` are all the document's tokens, used
 * to find further bare mentions (surnames, acronyms) the chunker did not propose.
 */
export function linkEntities(text: string, candidates: EntityCandidate[], roles: RoleCandidate[], tokens: Token[]): Linked {
  const first = resolveOverlaps(candidates);
  // Every other occurrence of a multi-word name is a mention too ("Riga Technical Academy" in a headline),
  // and wins over the shorter proposals it contains ("Riga").
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
    if (!/\s/.test(c.name) || seenNames.has(`${c.kind}:${c.name}`)) continue;
    seenNames.add(`${c.kind}:${c.name}`);
    const surface = text.slice(c.start, c.end);
    for (const at of occurrences(text, surface)) {
      const end = at + surface.length;
      if (inside(at, end)) continue;
      extra.push({ ...c, start: at, end, score: 0.95, evidence: 'repeated-name' });
    }
  }
  const resolved = extra.length ? resolveOverlaps([...first, ...extra]) : first;
  // A "person" whose name is an organization's name elsewhere in the document is that organization ("Acme Robotics").
  const orgKeys = new Set(resolved.filter((c) => c.kind === 'organization').map((c) => orgKey(c.name)));
  const kept = resolved.map((c) => (c.kind === 'person' && orgKeys.has(orgKey(c.name)) ? { ...c, kind: 'organization' as const } : c));
  // Covered ranges, sorted and disjoint (overlaps were resolved above), for O(log n) checks.
  const spans = kept.map((k) => [k.start, k.end] as [number, number]).sort((x, y) => x[0] - y[0]);
  const lastStartingBefore = (e: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const covered = (s: number, e: number) => {
    const k = lastStartingBefore(e);
    return k >= 0 && spans[k][1] > s;
  };

  // Organizations, with acronyms defined in parentheses: "Institute for Disarmament Research (UNIDIR)".
  const orgGroups = new Map<string, Group<{ acronym?: string }>>();
  const acronymOwner = new Map<string, string>(); // acronym → group key
  const orgs = kept.filter((c) => c.kind === 'organization');
  for (const c of orgs) {
    const key = orgKey(c.name);
    let g = orgGroups.get(key);
    if (!g) orgGroups.set(key, (g = { key, names: [], mentions: [], extra: {} }));
    g.names.push(c.name);
    g.mentions.push(mention(text, c));
  }
  for (const c of orgs) {
    const after = text.slice(c.end, c.end + 16);
    const def = /^\s{0,2}\(\s{0,2}([\p{Lu}][\p{Lu}\p{N}.&-]{1,11})\s{0,2}\)/u.exec(after);
    if (def && def[1] !== c.name) {
      const g = orgGroups.get(orgKey(c.name))!;
      g.extra.acronym = def[1];
      acronymOwner.set(def[1], g.key);
    }
  }
  // Acronyms by initials: "UNSC" → "United Nations Security Council".
  for (const g of orgGroups.values()) {
    if (g.extra.acronym) continue;
    const longest = g.names.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(/\s+/).length < 2) continue;
    const ini = initials(longest);
    if (ini.length >= 2 && orgGroups.has(ini.toLowerCase()) && !acronymOwner.has(ini)) {
      g.extra.acronym = ini;
      acronymOwner.set(ini, g.key);
    }
  }
  for (const [acr, ownerKey] of acronymOwner) {
    const owner = orgGroups.get(ownerKey)!;
    const short = orgGroups.get(acr.toLowerCase());
    if (short && short !== owner) {
      owner.mentions.push(...short.mentions);
      orgGroups.delete(short.key);
    }
  }

  // Places by canonical name.
  const placeGroups = new Map<string, Group<{ countryCode?: string }>>();
  for (const c of kept.filter((k) => k.kind === 'place')) {
    const key = norm(c.name);
    let g = placeGroups.get(key);
    if (!g) placeGroups.set(key, (g = { key, names: [c.name], mentions: [], extra: {} }));
    if (c.countryCode) g.extra.countryCode = c.countryCode;
    g.mentions.push(mention(text, c));
  }

  // People: full names first, then single names linked to the full name they belong to.
  const personGroups = new Map<string, Group<{ roles: Role[]; starts: Set<number> }>>();
  const persons = kept.filter((c) => c.kind === 'person');
  const multi = persons.filter((p) => /\s/.test(p.name));
  const single = persons.filter((p) => !/\s/.test(p.name));
  const byPart = new Map<string, string>(); // surname/first name → group key
  for (const c of multi) {
    const key = norm(c.name).replace(/\s[\p{L}]\.\s/gu, ' ');
    let g = personGroups.get(key);
    if (!g) personGroups.set(key, (g = { key, names: [], mentions: [], extra: { roles: [], starts: new Set() } }));
    g.names.push(c.name);
    g.mentions.push(mention(text, c));
    g.extra.starts.add(c.start);
    const parts = c.name.split(/\s+/);
    const last = parts[parts.length - 1].toLowerCase();
    if (!byPart.has(last)) byPart.set(last, key);
  }
  for (const c of single) {
    const owner = byPart.get(c.name.toLowerCase());
    const key = owner ?? norm(c.name);
    let g = personGroups.get(key);
    if (!g) personGroups.set(key, (g = { key, names: [], mentions: [], extra: { roles: [], starts: new Set() } }));
    g.names.push(c.name);
    g.mentions.push(mention(text, c));
    g.extra.starts.add(c.start);
  }

  // Short names: "Acme" for "Acme Robotics, Inc." — the distinctive first word of a company's name
  // (one with a legal form; not a common word, a place or a given name; not shared by two organizations).
  const shortName = new Map<string, string | null>();
  for (const g of orgGroups.values()) {
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

  // Further bare mentions: surnames of known people and acronyms of known organizations, wherever they stand.
  for (const t of tokens) {
    if (!t.word || !t.cap) continue;
    const bare = t.text.replace(/['’]s$/u, '');
    const end = t.start + bare.length;
    if (covered(t.start, end)) continue;
    const personKey = byPart.get(bare.toLowerCase());
    if (personKey && bare.length > 2) {
      const g = personGroups.get(personKey)!;
      g.mentions.push(mention(text, { start: t.start, end }));
      continue;
    }
    const key =
      acronymOwner.get(bare) ??
      (orgGroups.has(bare.toLowerCase()) && bare === bare.toUpperCase() && bare.length >= 2 ? bare.toLowerCase() : undefined) ??
      (!t.sentenceStart && bare.slice(1) !== bare.slice(1).toUpperCase() ? (shortName.get(bare.toLowerCase()) ?? undefined) : undefined);
    if (key && orgGroups.has(key)) orgGroups.get(key)!.mentions.push(mention(text, { start: t.start, end }));
  }

  // Roles: attach to the person whose mention starts where the role says; orphan titles to the next person nearby.
  const groupByStart = new Map<number, Group<{ roles: Role[]; starts: Set<number> }>>();
  for (const g of personGroups.values()) for (const s of g.extra.starts) groupByStart.set(s, g);
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

  const sortMentions = (ms: Mention[]) => {
    const seen = new Set<string>();
    return ms
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((m) => {
        const k = `${m.start}:${m.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
  };
  const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length ? b : a));
  const byFirst = <T extends { mentions: Mention[] }>(a: T, b: T) => a.mentions[0].start - b.mentions[0].start;

  const people: Person[] = [...personGroups.values()]
    .map((g) => ({ name: longest(g.names), mentions: sortMentions(g.mentions), roles: g.extra.roles.sort((a, b) => a.start - b.start) }))
    .sort(byFirst);
  const organizations: Organization[] = [...orgGroups.values()]
    .map((g) => {
      const nonAcronym = g.names.filter((n) => n !== g.extra.acronym);
      return { name: longest(nonAcronym.length ? nonAcronym : g.names), ...(g.extra.acronym ? { acronym: g.extra.acronym } : {}), mentions: sortMentions(g.mentions) };
    })
    .sort(byFirst);
  const places: Place[] = [...placeGroups.values()]
    .map((g) => ({ name: g.names[0], ...(g.extra.countryCode ? { countryCode: g.extra.countryCode } : {}), mentions: sortMentions(g.mentions) }))
    .sort(byFirst);
  return { people, organizations, places };
}
