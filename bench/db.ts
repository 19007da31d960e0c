/**
 * Benchmark: what loading into a database adds to extraction.
 *
 *   npx tsx bench/db.ts                  # newsworthy archive in ../shared when present, else fixtures × 40
 *   npx tsx bench/db.ts --corpus DIR --jobs 2
 *
 * Runs the CLI three times on the same corpus — to a JSONL file, with
 * --to sqlite:FILE, and with --to postgres://… — and prints the wall time of
 * each and the overhead of the database runs over the JSONL run. It also times
 * the database sinks alone on the extracted records (load seconds / extraction
 * seconds), the steadier figure. Then it loads the same records a second time
 * and checks that the row counts stay the same.
 *
 * PostgreSQL: PRESS_FACTS_PG_URL, or a throwaway server started with the
 * machine's initdb/pg_ctl (as the tests do). Not a test: numbers vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { PressRecord } from '../src/schema/record.js';
import { postgresSink } from '../src/sql/postgres.js';
import { sqliteSink } from '../src/sql/sqlite.js';
import { TABLES } from '../src/sql/tables.js';
import type { DatabaseSink } from '../src/sql/sink.js';
import { startPostgres } from '../tests/helpers/postgres.js';
import { pgCounts, sqliteCounts } from '../tests/helpers/db.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, jobs: { type: 'string' } } });
const shared = '../shared/corpora/newsworthy-pr-archive';
const dir = mkdtempSync(path.join(os.tmpdir(), 'press-facts-dbbench-'));
let corpus = values.corpus ?? (existsSync(shared) ? shared : '');
if (!corpus) {
  // fixtures × 40 (text, HTML and Markdown files only), each copy its own input.
  corpus = path.join(dir, 'corpus');
  for (let i = 0; i < 40; i++) cpSync('fixtures', path.join(corpus, String(i)), { filter: (f) => !/\.(json|jsonl)$/.test(f) });
}
const jobs = values.jobs ?? '1';
const cliPath = 'dist/cli/main.js';
if (!existsSync(cliPath)) throw new Error('build first: npm run build');

const server = await startPostgres();
if ('reason' in server) console.log(`PostgreSQL: skipped (${server.reason})`);
const pgUrl = 'reason' in server ? null : server.url;

function cli(args: string[]): number {
  const t0 = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [cliPath, 'extract', corpus, '--quiet', '--jobs', jobs, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  } catch (e) {
    // Exit 1 means some inputs were errors (e.g. an index.jsonl without text): the run still completed.
    const err = e as { status?: number; stderr?: Buffer };
    if (err.status !== 1) {
      process.stderr.write(err.stderr ?? '');
      throw e;
    }
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${[...TABLES.map((t) => `"${t.name}"`), '"press_facts_schema"'].join(', ')} CASCADE`);
  await client.end();
}

const pct = (x: number, base: number) => `${(((x - base) / base) * 100).toFixed(1)} %`;

try {
  const jsonl = path.join(dir, 'records.jsonl');
  const dbFile = path.join(dir, 'releases.db');
  console.log(`corpus: ${corpus}, --jobs ${jobs}, node ${process.version}`);
  const tJsonl = cli(['--out', jsonl]);
  console.log(JSON.stringify({ run: 'extract → jsonl', seconds: +tJsonl.toFixed(2) }));
  const tSqlite = cli(['--to', `sqlite:${dbFile}`]);
  console.log(JSON.stringify({ run: 'extract → sqlite', seconds: +tSqlite.toFixed(2), overhead: pct(tSqlite, tJsonl) }));
  if (pgUrl) {
    await resetPostgres(pgUrl);
    const tPg = cli(['--to', pgUrl]);
    console.log(JSON.stringify({ run: 'extract → postgres', seconds: +tPg.toFixed(2), overhead: pct(tPg, tJsonl) }));
  }

  // The sinks alone, on the records extracted above.
  const records = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PressRecord);
  async function load(sink: DatabaseSink): Promise<number> {
    const t0 = process.hrtime.bigint();
    for (const r of records) await sink.write(r);
    await sink.close();
    return Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const before = sqliteCounts(dbFile);
  const tLoadSqlite = await load(await sqliteSink(dbFile));
  const same = JSON.stringify(sqliteCounts(dbFile)) === JSON.stringify(before);
  console.log(JSON.stringify({ run: 'sqlite sink alone (second load)', records: records.length, seconds: +tLoadSqlite.toFixed(2), ofExtraction: `${((tLoadSqlite / tJsonl) * 100).toFixed(1)} %`, sameRowCounts: same, rows: before }));
  if (pgUrl) {
    const pgBefore = await pgCounts(pgUrl);
    const tLoadPg = await load(await postgresSink(pgUrl));
    const pgSame = JSON.stringify(await pgCounts(pgUrl)) === JSON.stringify(pgBefore);
    console.log(JSON.stringify({ run: 'postgres sink alone (second load)', records: records.length, seconds: +tLoadPg.toFixed(2), ofExtraction: `${((tLoadPg / tJsonl) * 100).toFixed(1)} %`, sameRowCounts: pgSame, sameAsSqlite: JSON.stringify(pgBefore) === JSON.stringify(before) }));
  }
} finally {
  if (!('reason' in server)) server.stop();
  rmSync(dir, { recursive: true, force: true });
}
