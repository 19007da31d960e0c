/**
 * Document-level scores against hand-annotated gold files: beside an input
 * `name.ext`, a `name.gold.json` lists the people (with their roles), the
 * organizations and the places a reader finds in that release — a record for
 * a JSONL archive is annotated as an array, one entry per line.
 *
 * A gold entity is found when a predicted entity of the same kind is named by
 * one of its names (name, aliases; compared case-insensitively, without a
 * possessive) — by its name, acronym or any mention. A predicted entity that
 * matches no gold entity of its kind is spurious; `optional` gold entities
 * (borderline ones: a venue, a street) count neither way. A gold role is found
 * when the person's predicted roles include its title (or one part of a
 * "President and CEO" title) with the same organization, when one is given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPaths } from '../pipeline.js';
import { formatOf } from '../ingest/sources.js';
import type { PressRecord } from '../schema/record.js';
import { isExtractionError } from '../schema/record.js';
import { type Counts, type Prf, prf } from './ner.js';

export interface GoldRole {
  title: string;
  /** The organization, or the names that are all right for it ("University of Leeds", "Faculty of Engineering"). */
  organization?: string | string[];
}
export interface GoldEntity {
  name: string;
  aliases?: string[];
  optional?: boolean;
  roles?: GoldRole[];
}
export interface GoldDocument {
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
}

export interface GoldMiss {
  document: string;
  kind: 'person' | 'organization' | 'place' | 'role';
  error: 'missed' | 'spurious' | 'wrong type';
  text: string;
}

export interface GoldReport {
  documents: number;
  person: Prf;
  organization: Prf;
  place: Prf;
  micro: Prf;
  roles: Prf;
  errors: GoldMiss[];
  seconds: number;
}

const KINDS = [
  ['people', 'person'],
  ['organizations', 'organization'],
  ['places', 'place'],
] as const;

/** Lower case, NFC, single spaces, no possessive, no surrounding punctuation. */
export function normName(s: string): string {
  const t = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/u, '');
  const edge = (c: string) => ` "“”'‘’.,;:()-`.includes(c);
  let a = 0;
  let b = t.length;
  while (a < b && edge(t[a]!)) a++;
  while (b > a && edge(t[b - 1]!)) b--;
  return t.slice(a, b);
}


const goldNames = (g: GoldEntity) => new Set([g.name, ...(g.aliases ?? [])].map(normName));

function predictedNames(e: { name: string; acronym?: string; mentions: { text: string }[] }): Set<string> {
  return new Set([e.name, ...(e.acronym ? [e.acronym] : []), ...e.mentions.map((m) => m.text)].map(normName));
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** "President and CEO" → president and ceo, president, ceo. */
function titleParts(title: string): string[] {
  const whole = normName(title);
  return [...new Set([whole, ...whole.split(/ ?(?:,|\band\b|&|\/|\bun\b|\bund\b|\bet\b|\by\b) ?/u).map((x) => x.trim()).filter(Boolean)])];
}

/** Titles agree when one's words begin or end the other's: "Dean" ~ "Dean of the Faculty", "ministrs" ~ "veselības ministrs". */
function sameTitle(a: string, b: string): boolean {
  for (const x of titleParts(a)) {
    for (const y of titleParts(b)) {
      const [short, long] = x.length <= y.length ? [x.split(' '), y.split(' ')] : [y.split(' '), x.split(' ')];
      const head = long.slice(0, short.length).join(' ') === short.join(' ');
      const tail = long.slice(long.length - short.length).join(' ') === short.join(' ');
      if (head || tail) return true;
    }
  }
  return false;
}


/** Compare one record with its gold annotation, adding to the counts and the error list. */
export function compareRecord(record: PressRecord, gold: GoldDocument, counts: Record<string, Counts>, errors: GoldMiss[]): void {
  const doc = record.id;
  const matchedPeople = new Map<GoldEntity, PressRecord['people'][number]>();
  for (const [field, kind] of KINDS) {
    const golds = gold[field] ?? [];
    const preds = record[field] as { name: string; acronym?: string; mentions: { text: string }[] }[];
    const c = counts[kind]!;
    for (const g of golds) {
      const names = goldNames(g);
      const hit = preds.find((p) => intersects(predictedNames(p), names));
      if (hit) {
        if (!g.optional) c.tp++;
        if (kind === 'person') matchedPeople.set(g, hit as PressRecord['people'][number]);
      } else if (!g.optional) {
        c.fn++;
        errors.push({ document: doc, kind, error: 'missed', text: g.name });
      }
    }
    for (const p of preds) {
      const names = predictedNames(p);
      if (golds.some((g) => intersects(names, goldNames(g)))) continue;
      c.fp++;
      const other = KINDS.find(([f, k]) => k !== kind && (gold[f] ?? []).some((g) => intersects(names, goldNames(g))));
      errors.push({ document: doc, kind, error: other ? 'wrong type' : 'spurious', text: other ? `${p.name} (is a ${other[1]})` : p.name });
    }
  }
  // Roles: of the gold people that were found.
  const orgNames = (names: string | string[]) => {
    const out = new Set<string>();
    for (const name of Array.isArray(names) ? names : [names]) {
      const g = (gold.organizations ?? []).find((o) => goldNames(o).has(normName(name)));
      for (const n of g ? goldNames(g) : [normName(name)]) out.add(n);
    }
    return out;
  };
  const roleMatches = (r: { title: string; organization?: string }, g: GoldRole) =>
    sameTitle(r.title, g.title) && (!g.organization || (r.organization !== undefined && orgNames(g.organization).has(normName(r.organization))));
  const c = counts.roles!;
  for (const g of gold.people ?? []) {
    const p = matchedPeople.get(g);
    for (const role of g.roles ?? []) {
      if (p && p.roles.some((r) => roleMatches(r, role))) c.tp++;
      else {
        c.fn++;
        errors.push({ document: doc, kind: 'role', error: 'missed', text: `${g.name}: ${role.title}${role.organization ? ` @ ${[role.organization].flat().join(' | ')}` : ''}` });
      }
    }
  }
  for (const p of record.people) {
    const g = [...matchedPeople].find(([, q]) => q === p)?.[0];
    for (const r of p.roles) {
      if (g && (g.roles ?? []).some((role) => roleMatches(r, role))) continue;
      c.fp++;
      errors.push({ document: doc, kind: 'role', error: 'spurious', text: `${p.name}: ${r.title}${r.organization ? ` @ ${r.organization}` : ''}` });
    }
  }
}

/** The input a gold file annotates: the file with the same name and a readable extension. */
function inputFor(dir: string, goldFile: string, files: string[]): string | null {
  const stem = goldFile.replace(/\.gold\.json$/, '');
  const input = files.find((f) => f !== goldFile && f.startsWith(`${stem}.`) && formatOf(f) !== null);
  return input ? path.join(dir, input) : null;
}

/** Score every `*.gold.json` in a folder against the records of the inputs beside it. */
export async function evaluateGoldFolder(dir: string, options: { topErrors?: number } = {}): Promise<GoldReport> {
  const t0 = performance.now();
  const files = readdirSync(dir).sort();
  const counts: Record<string, Counts> = Object.fromEntries(['person', 'organization', 'place', 'roles'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const errors: GoldMiss[] = [];
  let documents = 0;
  for (const goldFile of files.filter((f) => f.endsWith('.gold.json'))) {
    const input = inputFor(dir, goldFile, files);
    if (!input) throw new Error(`${goldFile}: no input file beside it`);
    const gold = JSON.parse(readFileSync(path.join(dir, goldFile), 'utf8')) as GoldDocument | GoldDocument[];
    const records: PressRecord[] = [];
    for await (const item of extractPaths([input])) {
      if (isExtractionError(item)) throw new Error(`${input}: ${item.reason}`);
      records.push(item);
    }
    const golds = Array.isArray(gold) ? gold : [gold];
    if (golds.length !== records.length) throw new Error(`${goldFile}: ${golds.length} annotations for ${records.length} records`);
    records.forEach((r, i) => compareRecord(r, golds[i]!, counts, errors));
    documents += records.length;
  }
  const s = (k: string) => prf(counts[k]!);
  const sum = (f: keyof Counts) => ['person', 'organization', 'place'].reduce((n, k) => n + counts[k]![f], 0);
  return {
    documents,
    person: s('person'),
    organization: s('organization'),
    place: s('place'),
    micro: prf({ tp: sum('tp'), fp: sum('fp'), fn: sum('fn') }),
    roles: s('roles'),
    errors: errors.slice(0, options.topErrors ?? 1000),
    seconds: Math.round(performance.now() - t0) / 1000,
  };
}
