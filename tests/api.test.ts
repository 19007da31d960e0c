/** The public surface and the schema contract. */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sql from '../src/sql/index.js';

describe('public API', () => {
  it('exports exactly this surface', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DEFAULT_LANGUAGES', 'ENTITY_COLUMNS', 'EntityRowSchema', 'ExtractionErrorSchema', 'RECORD_COLUMNS', 'RecordSchema', 'SCHEMA_VERSION',
        'STAGES', 'detectLanguage', 'entityRows', 'evaluate', 'extract', 'extractAll', 'extractPaths', 'extractSync', 'findDates', 'isExtractionError',
        'readSources', 'recordJsonSchema', 'recordRow',
      ].sort(),
    );
  });

  it('press-facts/sql exports the database sinks and DDL', () => {
    expect(Object.keys(sql).sort()).toEqual(
      ['DB_VERSION', 'TABLES', 'VERSION_TABLE', 'connectPostgres', 'databaseSink', 'ddl', 'ddlStatements', 'openSqlite', 'parseTarget', 'postgresSink', 'recordRows', 'sqliteSink'].sort(),
    );
  });

  it('extractAll streams records and error entries in input order', async () => {
    const inputs = ['First release from Riga.', { id: 'two', text: 'Second release about Tallinn.' }, { id: 'bad', text: 'x'.repeat(5), publishedAt: 'not a date' }];
    const out = [];
    for await (const r of api.extractAll(inputs)) out.push(r);
    expect(out.map((r) => ('id' in r ? r.id : r.input))).toEqual([expect.stringMatching(/^sha256-/), 'two', 'bad']);
  });

  it('detectLanguage answers und for text too short to call', () => {
    expect(api.detectLanguage('ok')).toEqual({ code: 'und', confidence: 0 });
    expect(api.detectLanguage('Domnīcas dalībnieki pie galdiem').code).toBe('lv');
    expect(api.detectLanguage('The ministry announced a new programme for schools today.').code).toBe('en');
  });

  it('rejects a record whose span points outside its text', async () => {
    const r = await api.extract('Riga is the capital of Latvia.');
    const broken = { ...r, places: [{ name: 'X', mentions: [{ start: 0, end: 999, text: 'X' }] }] };
    expect(api.RecordSchema.safeParse(broken).success).toBe(false);
    const mismatch = { ...r, places: [{ name: 'X', mentions: [{ start: 0, end: 4, text: 'Oslo' }] }] };
    expect(api.RecordSchema.safeParse(mismatch).success).toBe(false);
  });

  it('JSON Schema and CSV columns come from the zod schema', () => {
    const schema = api.recordJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(api.RecordSchema.shape));
    expect(api.RECORD_COLUMNS).toContain('language.code');
    expect(api.RECORD_COLUMNS).toContain('people');
    expect(api.ENTITY_COLUMNS).toEqual(Object.keys(api.EntityRowSchema.shape));
  });

  it('entities.csv rows keep a date\'s TIMEX3 mod', () => {
    const record = api.extractSync({ text: 'Riga, 9 July 2024 – The plant will open by the end of 2027.' });
    const rows = api.entityRows(record).filter((r) => r.kind === 'date');
    expect(rows).toContainEqual(expect.objectContaining({ value: '2027', mod: 'END', text: 'end of 2027' }));
    expect(rows).toContainEqual(expect.objectContaining({ value: '2024-07-09', mod: '' }));
    for (const r of rows) expect(api.EntityRowSchema.safeParse(r).success).toBe(true);
  });
});
