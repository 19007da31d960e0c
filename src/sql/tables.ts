/**
 * The relational shape of a record, derived from the zod schema: every scalar
 * field of a schema object becomes a column (nested objects flattened with
 * `_`, camelCase → snake_case), every array becomes a child table keyed by
 * the record id and the item's position. `start`/`end` become `span_start` /
 * `span_end` (END is an SQL keyword). The same tables serve SQLite and
 * PostgreSQL; `ddl.ts` renders them per dialect.
 */
import * as z from '../schema/zod.js';
import {
  BlockSchema,
  ContactValueSchema,
  DateSchema,
  DiagnosticSchema,
  ExtractionErrorSchema,
  MentionSchema,
  MoneySchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
  QuoteSchema,
  RecordSchema,
  RoleSchema,
  type ExtractionError,
  type PressRecord,
} from '../schema/record.js';

export type ColumnType = 'text' | 'integer' | 'real' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** Allowed values (zod enum or literal). */
  values?: readonly string[];
  /** Path of the value inside the schema object, e.g. ['dateline', 'place']. */
  path: string[];
}

export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

export interface Table {
  name: string;
  description: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Secondary indexes, each a list of columns. */
  indexes: string[][];
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function columnName(path: string[]): string {
  if (path.length === 1 && (path[0] === 'start' || path[0] === 'end')) return `span_${path[0]}`;
  return path.map(snake).join('_');
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; values?: unknown[]; entries?: Record<string, string> };

/** The scalar columns of a zod object schema; arrays are skipped (they are child tables). */
export function scalarColumns(schema: z.ZodType, omit: readonly string[] = [], path: string[] = [], nullable = false): Column[] {
  const def = (schema as unknown as { def: Def }).def;
  switch (def.type) {
    case 'object': {
      const out: Column[] = [];
      for (const [key, child] of Object.entries((schema as z.ZodObject).shape)) {
        if (path.length === 0 && omit.includes(key)) continue;
        out.push(...scalarColumns(child as z.ZodType, omit, [...path, key], nullable));
      }
      return out;
    }
    case 'optional':
    case 'nullable':
      return scalarColumns(def.innerType as z.ZodType, omit, path, true);
    case 'default':
      return scalarColumns(def.innerType as z.ZodType, omit, path, nullable);
    case 'pipe':
      return scalarColumns(def.in as z.ZodType, omit, path, nullable);
    case 'array':
      return [];
    case 'string':
      return [{ name: columnName(path), type: 'text', nullable, path }];
    case 'number':
      return [{ name: columnName(path), type: (schema as z.ZodNumber).isInt ? 'integer' : 'real', nullable, path }];
    case 'boolean':
      return [{ name: columnName(path), type: 'boolean', nullable, path }];
    case 'enum':
      return [{ name: columnName(path), type: 'text', nullable, path, values: Object.values(def.entries ?? {}) }];
    case 'literal':
      return [{ name: columnName(path), type: 'text', nullable, path, values: (def.values ?? []).map(String) }];
    default:
      throw new Error(`no SQL column type for zod type "${def.type}" at ${path.join('.')}`);
  }
}

const key = (name: string, type: ColumnType = 'integer'): Column => ({ name, type, nullable: false, path: [] });
const recordId = key('record_id', 'text');
const toRecord: ForeignKey = { columns: ['record_id'], table: 'records', references: ['id'] };

/** Columns every entity kind has, plus the kind-specific ones (nullable). */
function entityColumns(): Column[] {
  const seen = new Map<string, Column>();
  for (const schema of [PersonSchema, OrganizationSchema, PlaceSchema]) {
    for (const c of scalarColumns(schema)) {
      const existing = seen.get(c.name);
      seen.set(c.name, existing ? { ...existing, nullable: existing.nullable || c.nullable } : { ...c, nullable: c.name !== 'name' || c.nullable });
    }
  }
  return [...seen.values()];
}

function child(name: string, description: string, schema: z.ZodType, indexes: string[][] = []): Table {
  return {
    name,
    description,
    columns: [recordId, key('ordinal'), ...scalarColumns(schema)],
    primaryKey: ['record_id', 'ordinal'],
    foreignKeys: [toRecord],
    indexes,
  };
}

const RECORD_ARRAYS = ['blocks', 'people', 'organizations', 'places', 'dates', 'quotes', 'contacts', 'money', 'warnings'] as const;

/** All tables, parents before children. */
export const TABLES: readonly Table[] = [
  {
    name: 'records',
    description: 'One row per release: its source, text, title, publication date, dateline and language.',
    columns: scalarColumns(RecordSchema as unknown as z.ZodType, RECORD_ARRAYS),
    primaryKey: ['id'],
    foreignKeys: [],
    indexes: [['published_at'], ['source_path']],
  },
  child('blocks', 'Structural blocks of the text (headline, dateline, paragraph, about, contact …) with their language.', BlockSchema, [['kind']]),
  {
    name: 'entities',
    description: 'People, organizations and places: one row per distinct entity in a record.',
    columns: [recordId, key('ordinal'), { name: 'kind', type: 'text', nullable: false, values: ['person', 'organization', 'place'], path: [] }, ...entityColumns()],
    primaryKey: ['record_id', 'ordinal'],
    foreignKeys: [toRecord],
    indexes: [['kind', 'name'], ['name']],
  },
  {
    name: 'mentions',
    description: 'Every span where an entity is named.',
    columns: [recordId, key('entity_ordinal'), key('ordinal'), ...scalarColumns(MentionSchema)],
    primaryKey: ['record_id', 'entity_ordinal', 'ordinal'],
    foreignKeys: [{ columns: ['record_id', 'entity_ordinal'], table: 'entities', references: ['record_id', 'ordinal'] }],
    indexes: [],
  },
  {
    name: 'roles',
    description: 'Titles a person holds in a record, with the organization when stated.',
    columns: [recordId, key('entity_ordinal'), key('ordinal'), ...scalarColumns(RoleSchema)],
    primaryKey: ['record_id', 'entity_ordinal', 'ordinal'],
    foreignKeys: [{ columns: ['record_id', 'entity_ordinal'], table: 'entities', references: ['record_id', 'ordinal'] }],
    indexes: [['organization'], ['title']],
  },
  child('dates', 'Temporal expressions with their TIMEX3 value and role (published / event / other).', DateSchema, [['value'], ['role']]),
  child('quotes', 'Quotations with their speaker.', QuoteSchema, [['speaker']]),
  {
    name: 'contacts',
    description: 'E-mail addresses, phone numbers (E.164), URLs and social handles.',
    columns: [recordId, { name: 'kind', type: 'text', nullable: false, values: ['email', 'phone', 'url', 'handle'], path: [] }, key('ordinal'), ...scalarColumns(ContactValueSchema)],
    primaryKey: ['record_id', 'kind', 'ordinal'],
    foreignKeys: [toRecord],
    indexes: [['value']],
  },
  child('money', 'Amounts of money with their ISO 4217 currency.', MoneySchema, [['currency']]),
  child('warnings', 'Diagnostics raised while extracting a record.', DiagnosticSchema),
  {
    name: 'errors',
    description: 'Inputs that gave no record, with the reason. Cleared when the input later gives a record.',
    columns: scalarColumns(ExtractionErrorSchema),
    primaryKey: ['input'],
    foreignKeys: [],
    indexes: [['code']],
  },
];

export function table(name: string): Table {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

export type Value = string | number | boolean | null;
export type Row = Value[];

function pick(obj: unknown, path: string[]): Value {
  let cur = obj;
  for (const k of path) {
    if (cur === null || cur === undefined) return null;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur === undefined ? null : (cur as Value);
}

/** A row of `t` for `item`, with the leading key columns given. */
function rowOf(t: Table, keys: Value[], item: unknown): Row {
  const row: Row = [...keys];
  for (let i = keys.length; i < t.columns.length; i++) row.push(pick(item, t.columns[i]!.path));
  return row;
}

/** The rows a record becomes, per table (the errors table excepted). */
export function recordRows(record: PressRecord): Map<string, Row[]> {
  const rows = new Map<string, Row[]>(TABLES.filter((t) => t.name !== 'errors').map((t) => [t.name, []]));
  const add = (name: string, keys: Value[], item: unknown) => rows.get(name)!.push(rowOf(table(name), keys, item));
  const id = record.id;
  add('records', [], record);
  record.blocks.forEach((b, i) => add('blocks', [id, i], b));
  let e = 0;
  const entities: [string, { mentions: unknown[]; roles?: unknown[] }[]][] = [
    ['person', record.people],
    ['organization', record.organizations],
    ['place', record.places],
  ];
  for (const [kind, list] of entities) {
    for (const entity of list) {
      add('entities', [id, e, kind], entity);
      entity.mentions.forEach((m, i) => add('mentions', [id, e, i], m));
      (entity.roles ?? []).forEach((r, i) => add('roles', [id, e, i], r));
      e++;
    }
  }
  record.dates.forEach((d, i) => add('dates', [id, i], d));
  record.quotes.forEach((q, i) => add('quotes', [id, i], q));
  for (const kind of ['emails', 'phones', 'urls', 'handles'] as const) {
    (record.contacts[kind] ?? []).forEach((c, i) => add('contacts', [id, kind.slice(0, -1), i], c));
  }
  record.money.forEach((m, i) => add('money', [id, i], m));
  record.warnings.forEach((w, i) => add('warnings', [id, i], w));
  return rows;
}

export function errorRow(error: ExtractionError): Row {
  return rowOf(table('errors'), [], error);
}

/** The name an error entry for this record's input would have had (see pipeline `inputName`). */
export function recordInputName(record: PressRecord): string {
  const p = record.source.path;
  if (p) return record.source.line !== undefined ? `${p}:${record.source.line}` : p;
  return record.id;
}
