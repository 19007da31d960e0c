/**
 * Database sinks: `--to sqlite:FILE` or `--to postgres://…`. Both load the
 * same normalized tables (see `tables.ts`), replace records by id, and keep
 * error entries in an `errors` table.
 */
import type { Sink } from '../export/index.js';
import type { ExtractionError } from '../schema/record.js';

export interface DatabaseSink extends Sink {
  /** Store an error entry (replacing an earlier one for the same input). */
  error(entry: ExtractionError): Promise<void>;
  /** Ids of the records already in the database (for --resume). */
  ids(): Promise<Set<string>>;
}

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Parse a --to value: `sqlite:FILE`, a `.db`/`.sqlite`/`.sqlite3` path, or a `postgres://` / `postgresql://` URL. */
export function parseTarget(to: string): DatabaseTarget | null {
  if (/^postgres(ql)?:\/\//i.test(to)) return { kind: 'postgres', url: to };
  if (/^sqlite:/i.test(to)) {
    const file = to.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return file ? { kind: 'sqlite', file } : null;
  }
  if (/\.(db|sqlite3?)$/i.test(to)) return { kind: 'sqlite', file: to };
  return null;
}

/** Open the sink for a --to target. */
export async function databaseSink(to: string): Promise<DatabaseSink> {
  const target = parseTarget(to);
  if (!target) throw new Error(`cannot tell the database of "${to}": use sqlite:FILE or postgres://…`);
  if (target.kind === 'sqlite') {
    const { sqliteSink } = await import('./sqlite.js');
    return sqliteSink(target.file);
  }
  const { postgresSink } = await import('./postgres.js');
  return postgresSink(target.url);
}
