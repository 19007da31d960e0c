/** Row counts per press-facts table, for the database tests and bench/db.ts. */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { TABLES } from '../../src/sql/tables.js';

export function sqliteCounts(file: string): Record<string, number> {
  const db = new Sqlite(file, { readonly: true });
  const out = Object.fromEntries(TABLES.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]));
  db.close();
  return out;
}

export async function pgCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t.name] = Number((await client.query(`SELECT count(*) AS n FROM "${t.name}"`)).rows[0].n);
  await client.end();
  return out;
}
