/**
 * SQL DDL for the tables of `tables.ts`, in the SQLite or PostgreSQL dialect,
 * and the schema version table that makes migrations possible.
 */
import { SCHEMA_VERSION } from '../schema/record.js';
import { TABLES, type Column, type Table } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Version of the database layout. It changes whenever the tables change:
 * a new database is created at this version directly; an older one is brought
 * up to it by the MIGRATIONS after its version.
 *   1 — record schema 1.0.0
 *   2 — record schema 1.1.0: records.source_encoding; block (the kind of block a span is in) on mentions, dates, quotes, money
 *   3 — record schema 1.2.0: dates.mod (the part of the period meant)
 *   4 — record schema 1.3.0: dates.period (the period an anchored duration covers)
 */
export const DB_VERSION = 4;

/** Name of the table that records which layout versions have been applied. */
export const VERSION_TABLE = 'press_facts_schema';

export const quote = (name: string): string => `"${name}"`;

function sqlType(c: Column, dialect: Dialect): string {
  switch (c.type) {
    case 'text':
      return 'TEXT';
    case 'integer':
      return dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
    case 'real':
      return dialect === 'postgres' ? 'DOUBLE PRECISION' : 'REAL';
    case 'boolean':
      return dialect === 'postgres' ? 'BOOLEAN' : 'INTEGER';
  }
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

function columnDdl(c: Column, dialect: Dialect): string {
  let s = `  ${quote(c.name)} ${sqlType(c, dialect)}${c.nullable ? '' : ' NOT NULL'}`;
  // Enum values are not constrained here: the zod schema checks them before a row is written, and an
  // enum that grows in a minor schema version (source.format gained "pdf") needs no table rebuild.
  if (c.type === 'boolean' && dialect === 'sqlite') s += ` CHECK (${quote(c.name)} IN (0, 1))`;
  return s;
}

export function createTable(t: Table, dialect: Dialect): string[] {
  const lines = t.columns.map((c) => columnDdl(c, dialect));
  lines.push(`  PRIMARY KEY (${t.primaryKey.map(quote).join(', ')})`);
  for (const fk of t.foreignKeys) {
    lines.push(`  FOREIGN KEY (${fk.columns.map(quote).join(', ')}) REFERENCES ${quote(fk.table)} (${fk.references.map(quote).join(', ')}) ON DELETE CASCADE`);
  }
  const statements = [`-- ${t.description}\nCREATE TABLE IF NOT EXISTS ${quote(t.name)} (\n${lines.join(',\n')}\n)`];
  for (const cols of t.indexes) {
    const name = `${t.name}_${cols.join('_')}_idx`;
    statements.push(`CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(t.name)} (${cols.map(quote).join(', ')})`);
  }
  return statements;
}

function versionTable(): string {
  return `-- Database layout versions applied (see press-facts DB_VERSION), with the record schema version of each.
CREATE TABLE IF NOT EXISTS ${quote(VERSION_TABLE)} (
  "version" INTEGER NOT NULL PRIMARY KEY,
  "record_schema" TEXT NOT NULL
)`;
}

/** Migrations by target version: the statements that bring version - 1 to version. */
export const MIGRATIONS: Record<number, (dialect: Dialect) => string[]> = {
  2: () => [
    'ALTER TABLE "records" ADD COLUMN "source_encoding" TEXT',
    ...['mentions', 'dates', 'quotes', 'money'].map((t) => `ALTER TABLE "${t}" ADD COLUMN "block" TEXT`),
  ],
  3: () => ['ALTER TABLE "dates" ADD COLUMN "mod" TEXT'],
  4: () => ['ALTER TABLE "dates" ADD COLUMN "period" TEXT'],
};

/** The statement that creates the version table (run before reading the current version). */
export function versionTableDdl(): string {
  return versionTable();
}

const versionRow = (v: number) =>
  `INSERT INTO ${quote(VERSION_TABLE)} ("version", "record_schema") VALUES (${v}, ${literal(SCHEMA_VERSION)}) ON CONFLICT ("version") DO NOTHING`;

/** Statements that bring a database at layout `current` (0: empty) to DB_VERSION. */
export function migrationStatements(current: number, dialect: Dialect): string[] {
  if (current === 0) {
    // A new database: the current tables at once.
    return [...TABLES.flatMap((t) => createTable(t, dialect)), versionRow(DB_VERSION)];
  }
  const statements: string[] = [];
  for (const v of pendingMigrations(current)) statements.push(...MIGRATIONS[v]!(dialect), versionRow(v));
  return statements;
}

/** The full DDL of the current layout, as statements (without trailing semicolons). */
export function ddlStatements(dialect: Dialect): string[] {
  return [versionTable(), ...migrationStatements(0, dialect)];
}

/** The DDL as one script, for `press-facts schema --sql DIALECT`. */
export function ddl(dialect: Dialect): string {
  return `-- press-facts database layout ${DB_VERSION} (record schema ${SCHEMA_VERSION}), ${dialect}\n\n${ddlStatements(dialect)
    .map((s) => `${s};\n`)
    .join('\n')}`;
}

/** Which migrations a database at `current` needs; throws when it is newer than this press-facts. */
export function pendingMigrations(current: number): number[] {
  if (current > DB_VERSION) {
    throw new Error(`the database has layout version ${current}, newer than this press-facts (${DB_VERSION}); upgrade press-facts`);
  }
  const out: number[] = [];
  for (let v = current + 1; v <= DB_VERSION; v++) out.push(v);
  return out;
}
