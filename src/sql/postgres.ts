/**
 * PostgreSQL sink (pg + pg-copy-streams): records are buffered into batches;
 * each batch is one transaction that deletes the batch's record ids (child
 * rows cascade) and bulk-loads every table with COPY … FROM STDIN. Loading the
 * same inputs twice leaves the same rows.
 *
 * PostgreSQL text cannot hold U+0000: a NUL in any string is stored as U+FFFD,
 * which keeps every span's offsets.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import type { ExtractionError, PressRecord } from '../schema/record.js';
import { VERSION_TABLE, migrationStatements, quote, versionTableDdl } from './ddl.js';
import { TABLES, errorRow, recordInputName, recordRows, type Row, type Value } from './tables.js';
import type { DatabaseSink } from './sink.js';

export interface PostgresSinkOptions {
  /** Records per transaction (default 500). */
  batchSize?: number;
}

/** A value in COPY text format. */
function copyValue(v: Value): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  // eslint-disable-next-line no-control-regex
  return v.replace(/[\\\n\r\t\u0000]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '\uFFFD'));
}

export function copyLine(row: Row): string {
  return `${row.map(copyValue).join('\t')}\n`;
}

/** An arbitrary constant naming press-facts' advisory lock (serializes migrations). */
const MIGRATION_LOCK = 7_043_017;

export async function connectPostgres(url: string): Promise<pg.Client> {
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client({ connectionString: url, application_name: 'press-facts' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(versionTableDdl());
    const { rows } = await client.query<{ v: number }>(`SELECT COALESCE(MAX("version"), 0)::int AS v FROM ${quote(VERSION_TABLE)}`);
    for (const s of migrationStatements(rows[0]!.v, 'postgres')) await client.query(s);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    await client.end().catch(() => {});
    throw e;
  }
  return client;
}

/** A sink that loads records (and error entries) into PostgreSQL. */
export async function postgresSink(url: string, options: PostgresSinkOptions = {}): Promise<DatabaseSink> {
  const client = await connectPostgres(url);
  const { from: copyFrom } = await import('pg-copy-streams');
  const batchSize = options.batchSize ?? 500;
  // Last write wins within a batch, as it would row by row.
  let records = new Map<string, PressRecord>();
  let errors = new Map<string, ExtractionError>();
  let closed = false;

  async function copy(table: string, lines: string[]): Promise<void> {
    if (lines.length === 0) return;
    const t = TABLES.find((x) => x.name === table)!;
    const sql = `COPY ${quote(t.name)} (${t.columns.map((c) => quote(c.name)).join(', ')}) FROM STDIN`;
    await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
  }

  async function flush(): Promise<void> {
    if (records.size === 0 && errors.size === 0) return;
    const batch = [...records.values()];
    const failed = [...errors.values()];
    records = new Map();
    errors = new Map();
    const lines = new Map<string, string[]>(TABLES.map((t) => [t.name, []]));
    for (const record of batch) {
      for (const [name, rows] of recordRows(record)) {
        const out = lines.get(name)!;
        for (const row of rows) out.push(copyLine(row));
      }
    }
    for (const e of failed) lines.get('errors')!.push(copyLine(errorRow(e)));
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM "records" WHERE "id" = ANY($1::text[])', [batch.map((r) => r.id)]);
      await client.query('DELETE FROM "errors" WHERE "input" = ANY($1::text[])', [[...batch.map(recordInputName), ...failed.map((e) => e.input)]]);
      for (const t of TABLES) await copy(t.name, lines.get(t.name)!);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    }
  }

  const guard = () => {
    if (closed) throw new Error('postgres sink is closed');
  };
  return {
    async write(record) {
      guard();
      records.delete(record.id);
      records.set(record.id, record);
      errors.delete(recordInputName(record));
      if (records.size + errors.size >= batchSize) await flush();
    },
    async error(entry) {
      guard();
      errors.delete(entry.input);
      errors.set(entry.input, entry);
      if (records.size + errors.size >= batchSize) await flush();
    },
    async ids() {
      await flush();
      const { rows } = await client.query<{ id: string }>('SELECT "id" FROM "records"');
      return new Set(rows.map((r) => r.id));
    },
    async close() {
      if (closed) return;
      try {
        await flush();
      } finally {
        closed = true;
        await client.end();
      }
    },
    async abort() {
      if (closed) return;
      closed = true;
      records = new Map();
      errors = new Map();
      await client.end().catch(() => {});
    },
  };
}
