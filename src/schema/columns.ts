/**
 * CSV shapes, derived from the record schema: `records.csv` has one row per
 * record, `entities.csv` one row per mention/role/date in long form.
 */
import * as z from './zod.js';
import { RecordSchema, type PressRecord } from './record.js';

/** One row of `entities.csv`: ready for a database bulk load. */
export const EntityRowSchema = z.object({
  record_id: z.string(),
  kind: z.enum(['person', 'organization', 'place', 'role', 'date', 'quote', 'money', 'email', 'phone', 'url', 'handle']),
  name: z.string().describe('Canonical entity name (person, organization, place), or the mention text.'),
  value: z.string().describe('Normalized value: ISO date, amount + currency, email, phone, URL, acronym or country code.'),
  role: z.string().describe('Role title (kind role).'),
  organization: z.string().describe('Organization of the role (kind role).'),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().describe('record.text.slice(start, end)'),
  mod: z.string().describe('TIMEX3 mod of a date: START, MID or END (kind date), else empty.'),
  period: z.string().describe('The period a duration counted from the reference date covers, as a TIMEX3 range (kind date), else empty.'),
});
export type EntityRow = z.infer<typeof EntityRowSchema>;
export const ENTITY_COLUMNS = Object.keys(EntityRowSchema.shape) as (keyof EntityRow)[];

type Scalar = string | number | boolean | null;

/** The record's shape, flattened: every scalar leaf of RecordSchema becomes a column. */
function scalarLeaves(schema: z.ZodType, prefix: string, out: string[], arrays: string[]): void {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType } }).def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries((schema as z.ZodObject).shape)) {
        scalarLeaves(child as z.ZodType, prefix ? `${prefix}.${key}` : key, out, arrays);
      }
      return;
    case 'optional':
    case 'nullable':
    case 'default':
      scalarLeaves(def.innerType as z.ZodType, prefix, out, arrays);
      return;
    case 'pipe':
      scalarLeaves(def.in as z.ZodType, prefix, out, arrays);
      return;
    case 'array':
      arrays.push(prefix);
      return;
    default:
      out.push(prefix);
  }
}

const leaves: string[] = [];
const arrayFields: string[] = [];
scalarLeaves(RecordSchema as unknown as z.ZodType, '', leaves, arrayFields);

/** Columns of `records.csv`: scalar fields (the full text is left to JSON/JSONL), then a count and a name list per array. */
export const RECORD_COLUMNS: string[] = [
  ...leaves.filter((c) => c !== 'text'),
  ...arrayFields.flatMap((a) => {
    const base = a.replace(/\./g, '_');
    return ['people', 'organizations', 'places', 'dates'].includes(a) ? [`${base}_count`, base] : [`${base}_count`];
  }),
];

function get(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** One `records.csv` row for a record, keyed by RECORD_COLUMNS. */
export function recordRow(record: PressRecord): Record<string, Scalar> {
  const row: Record<string, Scalar> = {};
  for (const col of leaves) {
    if (col === 'text') continue;
    const v = get(record, col);
    row[col] = v === undefined ? null : (v as Scalar);
  }
  for (const a of arrayFields) {
    const base = a.replace(/\./g, '_');
    const arr = (get(record, a) as unknown[]) ?? [];
    row[`${base}_count`] = arr.length;
    if (['people', 'organizations', 'places'].includes(a)) {
      row[base] = (arr as { name: string }[]).map((e) => e.name).join('; ');
    } else if (a === 'dates') {
      row[base] = (arr as { value: string }[]).map((d) => d.value).join('; ');
    }
  }
  return row;
}

/** Long-form `entities.csv` rows for a record. */
export function entityRows(record: PressRecord): EntityRow[] {
  const rows: EntityRow[] = [];
  const base = { record_id: record.id, value: '', role: '', organization: '', mod: '', period: '' };
  for (const p of record.people) {
    for (const m of p.mentions) rows.push({ ...base, kind: 'person', name: p.name, start: m.start, end: m.end, text: m.text });
    for (const r of p.roles) {
      rows.push({ ...base, kind: 'role', name: p.name, role: r.title, organization: r.organization ?? '', start: r.start, end: r.end, text: record.text.slice(r.start, r.end) });
    }
  }
  for (const o of record.organizations) {
    for (const m of o.mentions) rows.push({ ...base, kind: 'organization', name: o.name, value: o.acronym ?? '', start: m.start, end: m.end, text: m.text });
  }
  for (const pl of record.places) {
    for (const m of pl.mentions) rows.push({ ...base, kind: 'place', name: pl.name, value: pl.countryCode ?? '', start: m.start, end: m.end, text: m.text });
  }
  for (const d of record.dates) rows.push({ ...base, kind: 'date', name: d.text, value: d.value, role: d.role, start: d.start, end: d.end, text: d.text, mod: d.mod ?? '', period: d.period ?? '' });
  for (const q of record.quotes) rows.push({ ...base, kind: 'quote', name: q.speaker ?? '', start: q.start, end: q.end, text: q.text });
  for (const m of record.money) {
    rows.push({ ...base, kind: 'money', name: m.text, value: m.amount === null ? m.currency : `${m.amount} ${m.currency}`, start: m.start, end: m.end, text: m.text });
  }
  for (const kind of ['emails', 'phones', 'urls', 'handles'] as const) {
    const k = kind.slice(0, -1) as 'email' | 'phone' | 'url' | 'handle';
    for (const c of record.contacts[kind] ?? []) rows.push({ ...base, kind: k, name: c.value, value: c.value, start: c.start, end: c.end, text: record.text.slice(c.start, c.end) });
  }
  return rows;
}
