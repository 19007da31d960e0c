/**
 * Database output: the tables follow from the zod schema; SQLite always, and
 * PostgreSQL against a real server (see helpers/postgres.ts).
 */
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../src/pipeline.js';
import { RecordSchema, SCHEMA_VERSION, type ExtractionError, type PressRecord } from '../src/schema/record.js';
import { DB_VERSION, ddl, ddlStatements } from '../src/sql/ddl.js';
import { postgresSink } from '../src/sql/postgres.js';
import { parseTarget } from '../src/sql/sink.js';
import { sqliteSink } from '../src/sql/sqlite.js';
import { TABLES, recordRows } from '../src/sql/tables.js';
import { cli, tmp } from './helpers/cli.js';
import { startPostgres, type TestServer } from './helpers/postgres.js';
import { pgCounts, sqliteCounts } from './helpers/db.js';

let records: PressRecord[] = [];
beforeAll(async () => {
  for await (const item of extractPaths(['fixtures'])) {
    if ('schemaVersion' in item) records.push(item);
  }
  records = records.sort((a, b) => (a.id < b.id ? -1 : 1));
}, 60_000);

/** How many rows the records should give, per table, counted from the records themselves. */
function expectedCounts(list: PressRecord[]): Record<string, number> {
  const sum = (f: (r: PressRecord) => number) => list.reduce((n, r) => n + f(r), 0);
  const entities = (r: PressRecord) => [...r.people, ...r.organizations, ...r.places];
  return {
    records: list.length,
    blocks: sum((r) => r.blocks.length),
    entities: sum((r) => entities(r).length),
    mentions: sum((r) => entities(r).reduce((n, e) => n + e.mentions.length, 0)),
    roles: sum((r) => r.people.reduce((n, p) => n + p.roles.length, 0)),
    dates: sum((r) => r.dates.length),
    quotes: sum((r) => r.quotes.length),
    contacts: sum((r) => r.contacts.emails.length + r.contacts.phones.length + r.contacts.urls.length + (r.contacts.handles?.length ?? 0)),
    money: sum((r) => r.money.length),
    warnings: sum((r) => r.warnings.length),
  };
}


const anError: ExtractionError = { input: 'archive/broken.html', code: 'binary', reason: 'binary data (NUL bytes), not text' };

describe('tables from the zod schema', () => {
  it('gives every scalar field of a record a column of the records table', () => {
    const columns = TABLES.find((t) => t.name === 'records')!.columns.map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['id', 'schema_version', 'source_path', 'source_line', 'text', 'title', 'published_at', 'published_at_source', 'reference_date', 'dateline_place', 'dateline_date', 'dateline_start', 'language_code', 'language_confidence']),
    );
    // Arrays are child tables, never columns.
    expect(columns.some((c) => /people|blocks|dates|warnings/.test(c))).toBe(false);
    const dates = TABLES.find((t) => t.name === 'dates')!;
    expect(dates.columns.map((c) => `${c.name}:${c.type}${c.nullable ? '?' : ''}`)).toEqual([
      'record_id:text', 'ordinal:integer', 'span_start:integer', 'span_end:integer', 'text:text', 'block:text?', 'type:text', 'value:text', 'mod:text?', 'period:text?', 'role:text', 'resolved:boolean',
    ]);
    expect(dates.columns.find((c) => c.name === 'role')!.values).toEqual(['published', 'event', 'other']);
  });

  it('gives one row per array item, keyed by record id and position', () => {
    const rows = recordRows(records[0]!);
    const counts = Object.fromEntries([...rows].map(([t, r]) => [t, r.length]));
    expect(counts).toEqual(expectedCounts([records[0]!]));
    for (const t of TABLES.filter((x) => x.name !== 'errors')) {
      for (const row of rows.get(t.name)!) expect(row.length).toBe(t.columns.length);
    }
  });

  it('prints DDL for both dialects, with the version table', async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const r = await cli(['schema', '--sql', dialect]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(ddl(dialect));
      for (const t of TABLES) expect(r.stdout).toContain(`CREATE TABLE IF NOT EXISTS "${t.name}"`);
      expect(r.stdout).toContain('"press_facts_schema"');
      expect(r.stdout).toContain('ON DELETE CASCADE');
    }
    expect(ddl('postgres')).toContain('"resolved" BOOLEAN NOT NULL');
    expect(ddl('sqlite')).toContain('"resolved" INTEGER NOT NULL CHECK ("resolved" IN (0, 1))');
    expect((await cli(['schema', '--sql', 'oracle'])).code).toBe(2);
  });

  it('parses --to targets', () => {
    expect(parseTarget('sqlite:out/r.db')).toEqual({ kind: 'sqlite', file: 'out/r.db' });
    expect(parseTarget('out/releases.sqlite')).toEqual({ kind: 'sqlite', file: 'out/releases.sqlite' });
    expect(parseTarget('postgresql://u:p@h/db')).toEqual({ kind: 'postgres', url: 'postgresql://u:p@h/db' });
    expect(parseTarget('out/releases.txt')).toBeNull();
  });
});

describe('SQLite', () => {
  it('runs the printed DDL twice without error (it is idempotent)', () => {
    const db = new Sqlite(':memory:');
    for (let i = 0; i < 2; i++) db.exec(ddl('sqlite'));
    expect(db.prepare('SELECT "version", "record_schema" FROM "press_facts_schema"').all()).toEqual([{ version: DB_VERSION, record_schema: SCHEMA_VERSION }]);
    db.close();
  });

  it('loads records into normalized tables whose rows give back every span', async () => {
    const file = path.join(tmp(), 'r.db');
    const sink = await sqliteSink(file, { batchSize: 4 });
    for (const r of records) await sink.write(r);
    await sink.close();
    expect(sqliteCounts(file)).toEqual({ ...expectedCounts(records), errors: 0 });
    const db = new Sqlite(file, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const texts = new Map((db.prepare('SELECT id, text FROM records').all() as { id: string; text: string }[]).map((r) => [r.id, r.text]));
    const mentions = db.prepare('SELECT record_id, span_start, span_end, text FROM mentions').all() as { record_id: string; span_start: number; span_end: number; text: string }[];
    expect(mentions.length).toBeGreaterThan(100);
    for (const m of mentions) expect(texts.get(m.record_id)!.slice(m.span_start, m.span_end)).toBe(m.text);
    // The usual questions: releases naming an organization, roles a person held, releases per month.
    const naming = db
      .prepare(`SELECT DISTINCT r.id FROM records r JOIN entities e ON e.record_id = r.id WHERE e.kind = 'organization' AND e.name = ?`)
      .pluck()
      .all('Microsoft');
    expect(naming).toEqual(['fixtures/press-release-lv-mfa.txt']);
    const roles = db
      .prepare(`SELECT ro.title, ro.organization FROM roles ro JOIN entities e ON e.record_id = ro.record_id AND e.ordinal = ro.entity_ordinal WHERE e.name = ?`)
      .all('Baiba Kaškina');
    expect(roles).toEqual([{ title: 'Manager', organization: 'CERT.LV' }]);
    const months = db.prepare(`SELECT substr(published_at, 1, 7) AS month, count(*) AS n FROM records WHERE published_at IS NOT NULL GROUP BY month`).all() as { n: number }[];
    expect(months.reduce((n, m) => n + m.n, 0)).toBe(records.filter((r) => r.publishedAt).length);
    db.close();
  });

  it('replaces a record by id on a second load and keeps the same row counts', async () => {
    const file = path.join(tmp(), 'r.db');
    for (let run = 0; run < 2; run++) {
      const sink = await sqliteSink(file);
      for (const r of records) await sink.write(r);
      await sink.close();
    }
    expect(sqliteCounts(file)).toEqual({ ...expectedCounts(records), errors: 0 });
    const changed = { ...records[0]!, title: 'Corrected headline', people: [] };
    expect(RecordSchema.safeParse(changed).success).toBe(true);
    const sink = await sqliteSink(file);
    await sink.write(changed);
    await sink.close();
    const db = new Sqlite(file, { readonly: true });
    expect(db.prepare('SELECT title FROM records WHERE id = ?').pluck().get(changed.id)).toBe('Corrected headline');
    expect(db.prepare(`SELECT count(*) FROM entities WHERE record_id = ? AND kind = 'person'`).pluck().get(changed.id)).toBe(0);
    db.close();
  });

  it('keeps error entries, one per input, until the input gives a record', async () => {
    const file = path.join(tmp(), 'r.db');
    const record = records[0]!;
    const sink = await sqliteSink(file);
    await sink.error(anError);
    await sink.error({ ...anError, reason: 'still broken' });
    await sink.error({ input: record.source.path!, code: 'too-large', reason: 'over --max-bytes' });
    await sink.close();
    let db = new Sqlite(file, { readonly: true });
    expect(db.prepare('SELECT input, reason FROM errors ORDER BY input').all()).toEqual([
      { input: 'archive/broken.html', reason: 'still broken' },
      { input: record.source.path, reason: 'over --max-bytes' },
    ]);
    db.close();
    const again = await sqliteSink(file);
    await again.write(record);
    await again.close();
    db = new Sqlite(file, { readonly: true });
    expect(db.prepare('SELECT input FROM errors').pluck().all()).toEqual(['archive/broken.html']);
    db.close();
  });

  it('migrates a database of layout 1 (record schema 1.0.0) and keeps its rows', async () => {
    const file = path.join(tmp(), 'r.db');
    const old = new Sqlite(file);
    for (const s of ddlStatements('sqlite')) old.exec(s);
    old.exec('ALTER TABLE "records" DROP COLUMN "source_encoding"');
    for (const t of ['mentions', 'dates', 'quotes', 'money']) old.exec(`ALTER TABLE "${t}" DROP COLUMN "block"`);
    old.exec('ALTER TABLE "dates" DROP COLUMN "mod"');
    old.exec('ALTER TABLE "dates" DROP COLUMN "period"');
    old.exec('DELETE FROM "press_facts_schema"');
    old.exec(`INSERT INTO "press_facts_schema" VALUES (1, '1.0.0')`);
    old.close();
    const sink = await sqliteSink(file);
    for (const r of records) await sink.write(r);
    await sink.close();
    const db = new Sqlite(file, { readonly: true });
    expect(db.prepare('SELECT max(version) FROM press_facts_schema').pluck().get()).toBe(DB_VERSION);
    expect(db.prepare('SELECT count(*) FROM records WHERE source_encoding = ?').pluck().get('utf-8')).toBe(records.filter((r) => r.source.encoding === 'utf-8').length);
    expect(db.prepare(`SELECT count(*) FROM mentions WHERE block = 'about'`).pluck().get()).toBeGreaterThan(0);
    const mods = records.flatMap((r) => r.dates.filter((d) => d.mod)).length;
    expect(mods).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM dates WHERE mod IS NOT NULL').pluck().get()).toBe(mods);
    const periods = records.flatMap((r) => r.dates.filter((d) => d.period)).length;
    expect(db.prepare('SELECT count(*) FROM dates WHERE period IS NOT NULL').pluck().get()).toBe(periods);
    db.close();
  });

  it('refuses a database made by a newer press-facts', async () => {
    const file = path.join(tmp(), 'r.db');
    const db = new Sqlite(file);
    for (const s of ddlStatements('sqlite')) db.exec(s);
    db.prepare(`INSERT INTO "press_facts_schema" VALUES (?, '9.0.0')`).run(DB_VERSION + 1);
    db.close();
    await expect(sqliteSink(file)).rejects.toThrow(/newer than this press-facts/);
  });

  it('is one flag on the CLI: --to sqlite:FILE, idempotent, resumable', async () => {
    const dir = tmp();
    const file = path.join(dir, 'releases.db');
    const first = await cli(['extract', 'fixtures', '--to', `sqlite:${file}`]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(''); // records go to the database only
    expect(first.stderr).toMatch(new RegExp(`${records.length} records, 0 errors .* → sqlite:`));
    const counts = sqliteCounts(file);
    expect(counts).toEqual({ ...expectedCounts(records), errors: 0 });
    expect((await cli(['extract', 'fixtures', '--to', file, '--quiet'])).code).toBe(0);
    expect(sqliteCounts(file)).toEqual(counts);
    const resumed = await cli(['extract', 'fixtures', '--to', file, '--resume']);
    expect(resumed.stderr).toMatch(new RegExp(`0 records, 0 errors .*${records.length} kept from the previous run, ${records.length} inputs skipped`));
    // Both at once: a JSONL file and the database.
    const both = await cli(['extract', 'fixtures/seed.txt', 'fixtures', '--to', file, '--out', path.join(dir, 'r.jsonl'), '--quiet']);
    expect(both.code).toBe(1); // fixtures/seed.txt does not exist
    expect(sqliteCounts(file).errors).toBe(1);
    expect((await cli(['extract', 'fixtures', '--to', 'releases.txt'])).code).toBe(2);
  }, 60_000);
});

describe('PostgreSQL', () => {
  let server: TestServer | null = null;
  let skip = '';
  beforeAll(async () => {
    const s = await startPostgres();
    if ('reason' in s) {
      skip = s.reason;
      console.warn(`PostgreSQL tests skipped: ${s.reason}`);
    } else server = s;
  }, 120_000);
  afterAll(() => server?.stop());


  async function freshDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: server!.url });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(server!.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  it('loads the same tables with COPY, idempotently, and answers the usual questions', async (ctx) => {
    if (!server) return ctx.skip(skip);
    const url = await freshDatabase('press_facts_load');
    for (let run = 0; run < 2; run++) {
      const sink = await postgresSink(url, { batchSize: 4 });
      for (const r of records) await sink.write(r);
      await sink.error(anError);
      await sink.close();
      expect(await pgCounts(url)).toEqual({ ...expectedCounts(records), errors: 1 });
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const texts = new Map((await client.query('SELECT id, text FROM records')).rows.map((r) => [r.id as string, r.text as string]));
    const mentions = (await client.query('SELECT record_id, span_start, span_end, text FROM mentions')).rows;
    for (const m of mentions) expect(texts.get(m.record_id)!.slice(Number(m.span_start), Number(m.span_end))).toBe(m.text);
    const roles = await client.query(
      `SELECT ro.title, ro.organization FROM roles ro JOIN entities e ON e.record_id = ro.record_id AND e.ordinal = ro.entity_ordinal WHERE e.name = $1`,
      ['Baiba Kaškina'],
    );
    expect(roles.rows).toEqual([{ title: 'Manager', organization: 'CERT.LV' }]);
    const resolved = await client.query(`SELECT resolved FROM dates LIMIT 1`);
    expect(typeof resolved.rows[0].resolved).toBe('boolean');
    await client.end();
  }, 120_000);

  it('runs the printed DDL twice without error', async (ctx) => {
    if (!server) return ctx.skip(skip);
    const url = await freshDatabase('press_facts_ddl');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (let i = 0; i < 2; i++) await client.query(ddl('postgres'));
    expect((await client.query('SELECT version, record_schema FROM press_facts_schema')).rows).toEqual([{ version: DB_VERSION, record_schema: SCHEMA_VERSION }]);
    await client.end();
  }, 60_000);

  it('stores text with tabs, newlines, backslashes and NUL without moving a span', async (ctx) => {
    if (!server) return ctx.skip(skip);
    const url = await freshDatabase('press_facts_text');
    const base = records[0]!;
    const text = 'A\tB\\C\r\nD\u0000E 😀';
    const odd: PressRecord = {
      ...base,
      id: 'odd',
      text,
      title: 'tab\there',
      blocks: [],
      people: [{ name: 'D\u0000E', mentions: [{ start: 7, end: 10, text: 'D\u0000E' }], roles: [] }],
      organizations: [],
      places: [],
      dates: [],
      quotes: [],
      money: [],
      contacts: { emails: [], phones: [], urls: [] },
      warnings: [],
      dateline: null,
    };
    expect(RecordSchema.safeParse(odd).success).toBe(true);
    const sink = await postgresSink(url);
    await sink.write(odd);
    await sink.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const row = (await client.query(`SELECT text, title FROM records WHERE id = 'odd'`)).rows[0];
    expect(row.title).toBe('tab\there');
    expect(row.text).toBe(text.replace('\u0000', '\uFFFD'));
    expect(row.text.length).toBe(text.length);
    const m = (await client.query(`SELECT span_start, span_end, text FROM mentions WHERE record_id = 'odd'`)).rows[0];
    expect(row.text.slice(Number(m.span_start), Number(m.span_end))).toBe(m.text);
    await client.end();
  }, 60_000);

  it('is one flag on the CLI: --to postgres://…', async (ctx) => {
    if (!server) return ctx.skip(skip);
    const url = await freshDatabase('press_facts_cli');
    const r = await cli(['extract', 'fixtures', '--to', url, '--quiet']);
    expect(r.code).toBe(0);
    expect((await pgCounts(url)).records).toBe(records.length);
    const bad = await cli(['extract', 'fixtures', '--to', 'postgres://nobody:secret@127.0.0.1:1/none', '--quiet']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/cannot open database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
    expect(bad.stderr).not.toContain('secret');
  }, 60_000);
});
