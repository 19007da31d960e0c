/**
 * SQLite sink (better-sqlite3): records go into the normalized tables of
 * `tables.ts`. Writing a record replaces any earlier record with the same id
 * (its child rows go with it, ON DELETE CASCADE), so loading the same inputs
 * twice leaves the same rows. Records are committed in batches; a run that
 * stops early keeps every batch it committed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ExtractionError, PressRecord } from '../schema/record.js';
import { VERSION_TABLE, migrationStatements, quote, versionTableDdl } from './ddl.js';
import { TABLES, errorRow, recordInputName, recordRows, type Row, type Table } from './tables.js';
import type { DatabaseSink } from './sink.js';

export interface SqliteSinkOptions {
  /** Records per transaction (default 256). */
  batchSize?: number;
}

function insertSql(t: Table, conflict = ''): string {
  const cols = t.columns.map((c) => quote(c.name)).join(', ');
  const params = t.columns.map(() => '?').join(', ');
  return `INSERT ${conflict}INTO ${quote(t.name)} (${cols}) VALUES (${params})`;
}

/** SQLite has no boolean: true/false are stored as 1/0. */
function bind(row: Row): (string | number | null)[] {
  return row.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
}

/** Open (creating or migrating) a press-facts SQLite database. */
export async function openSqlite(file: string): Promise<Database.Database> {
  const { default: Sqlite } = await import('better-sqlite3');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(versionTableDdl());
  const current = (db.prepare(`SELECT COALESCE(MAX("version"), 0) AS v FROM ${quote(VERSION_TABLE)}`).get() as { v: number }).v;
  const statements = migrationStatements(current, 'sqlite');
  if (statements.length) db.transaction(() => statements.forEach((s) => db.exec(s)))();
  return db;
}

/** A sink that loads records (and error entries) into a SQLite database file. */
export async function sqliteSink(file: string, options: SqliteSinkOptions = {}): Promise<DatabaseSink> {
  const db = await openSqlite(file);
  const batchSize = options.batchSize ?? 256;
  const inserts = new Map(TABLES.filter((t) => t.name !== 'errors').map((t) => [t.name, db.prepare(insertSql(t))]));
  const deleteRecord = db.prepare(`DELETE FROM "records" WHERE "id" = ?`);
  const deleteError = db.prepare(`DELETE FROM "errors" WHERE "input" = ?`);
  const errorsTable = TABLES.find((t) => t.name === 'errors')!;
  const upsertError = db.prepare(
    `${insertSql(errorsTable)} ON CONFLICT ("input") DO UPDATE SET ${errorsTable.columns
      .filter((c) => c.name !== 'input')
      .map((c) => `${quote(c.name)} = excluded.${quote(c.name)}`)
      .join(', ')}`,
  );
  let pending: (PressRecord | ExtractionError)[] = [];
  let closed = false;

  const load = db.transaction((items: (PressRecord | ExtractionError)[]) => {
    for (const item of items) {
      if ('schemaVersion' in item) {
        deleteRecord.run(item.id);
        deleteError.run(recordInputName(item));
        for (const [name, rows] of recordRows(item)) {
          const stmt = inserts.get(name)!;
          for (const row of rows) stmt.run(bind(row));
        }
      } else {
        upsertError.run(bind(errorRow(item)));
      }
    }
  });
  const flush = () => {
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    load(items);
  };
  const add = async (item: PressRecord | ExtractionError) => {
    if (closed) throw new Error('sqlite sink is closed');
    pending.push(item);
    if (pending.length >= batchSize) flush();
  };
  return {
    write: add,
    error: add,
    async ids() {
      flush();
      return new Set((db.prepare(`SELECT "id" FROM "records"`).pluck().all() as string[]));
    },
    async close() {
      if (closed) return;
      flush();
      closed = true;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
    async abort() {
      // Batches already committed stay; the one in memory is dropped.
      if (closed) return;
      pending = [];
      closed = true;
      db.close();
    },
  };
}
