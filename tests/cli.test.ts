/** The CLI: run(argv) in process, and the real binary once. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from './helpers/cli.js';
import { RecordSchema } from '../src/schema/record.js';
import { ENTITY_COLUMNS, RECORD_COLUMNS } from '../src/schema/columns.js';



describe('press-facts CLI', () => {
  it('prints help and version', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/press-facts extract <inputs\.\.\.>/);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+ \(schema \d+\.\d+\.\d+\)/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['extract'])).code).toBe(2);
    expect((await cli(['extract', 'fixtures', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['extract', 'fixtures', '--reference-date', 'July'])).code).toBe(2);
    expect((await cli(['extract', 'fixtures', '--bogus'])).code).toBe(2);
    expect((await cli(['extract', 'fixtures', '--jobs', '0'])).code).toBe(2);
    expect((await cli(['extract', 'fixtures', '--time-budget', 'soon'])).code).toBe(2);
  });

  it('writes the four output files to a folder, atomically, with a summary', async () => {
    const out = path.join(tmp(), 'run');
    const r = await cli(['extract', 'fixtures', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/press-facts: 19 inputs, 19 records, 0 errors in [\d.]+ s/);
    expect(readdirSync(out).sort()).toEqual(['entities.csv', 'records.csv', 'records.json', 'records.jsonl']);
    const json = JSON.parse(readFileSync(path.join(out, 'records.json'), 'utf8')) as unknown[];
    expect(json.length).toBe(19);
    for (const rec of json) expect(RecordSchema.safeParse(rec).success).toBe(true);
    const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
    const rows = parse(readFileSync(path.join(out, 'records.csv')), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(RECORD_COLUMNS);
    expect(rows.length).toBe(19);
    const entities = parse(readFileSync(path.join(out, 'entities.csv')), { columns: true }) as Record<string, string>[];
    expect(Object.keys(entities[0])).toEqual(ENTITY_COLUMNS);
    expect(entities.some((e) => e.kind === 'person' && e.name === 'Rolands Heniņš')).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical output', async () => {
    const a = path.join(tmp(), 'a.jsonl');
    const b = path.join(tmp(), 'b.jsonl');
    await cli(['extract', 'fixtures', '--out', a]);
    await cli(['extract', 'fixtures', '--out', b]);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('counts failures, writes an errors file and exits 1', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'good.txt'), 'Acme Corp opened an office in Riga on 3 March 2025.');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const errors = path.join(dir, 'errors.jsonl');
    const r = await cli(['extract', dir, '--out', path.join(dir, 'out.jsonl'), '--errors', errors]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty input/);
    expect(r.stderr).toMatch(/2 inputs, 1 records, 1 errors/);
    const entries = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(entries).toEqual([expect.objectContaining({ code: 'empty', input: expect.stringMatching(/empty\.txt$/) })]);
  });

  it('reads stdin and writes JSONL to stdout; --reference-date resolves relative dates', async () => {
    const r = await cli(['extract', '-', '--reference-date', '2024-07-09'], 'The minister spoke yesterday in Riga.');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec.dates[0]).toMatchObject({ text: 'yesterday', value: '2024-07-08' });
  });

  it('--forward-dates reads a date with no tense as the coming one', async () => {
    const text = 'Webinar: Monday, 10:00 CET.';
    const plain = JSON.parse((await cli(['extract', '-', '--reference-date', '2024-07-09'], text)).stdout.trim());
    const forward = JSON.parse((await cli(['extract', '-', '--reference-date', '2024-07-09', '--forward-dates'], text)).stdout.trim());
    expect(plain.dates[0]).toMatchObject({ text: expect.stringMatching(/^Monday/), value: expect.stringMatching(/^2024-07-08/) });
    expect(forward.dates[0]).toMatchObject({ text: expect.stringMatching(/^Monday/), value: expect.stringMatching(/^2024-07-15/) });
  });

  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.title).toBe('PressRecord');
    expect(schema.properties.people.type).toBe('array');
  });

  it('gives byte-identical output for any number of worker threads', () => {
    const bin = path.resolve('dist/cli/main.js');
    const dir = tmp();
    for (const jobs of ['1', '2', '3']) {
      const r = spawnSync(process.execPath, [bin, 'extract', 'fixtures', 'no/such/file.txt', '--jobs', jobs, '--out', path.join(dir, `j${jobs}.jsonl`)], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/20 inputs, 19 records, 1 errors/);
    }
    const one = readFileSync(path.join(dir, 'j1.jsonl'));
    expect(readFileSync(path.join(dir, 'j2.jsonl'))).toEqual(one);
    expect(readFileSync(path.join(dir, 'j3.jsonl'))).toEqual(one);
  });

  it('without --jobs, runs an archive on every core and a few releases on one thread, with the same output', () => {
    const bin = path.resolve('dist/cli/main.js');
    const dir = tmp();
    const archive = path.join(dir, 'archive');
    mkdirSync(archive);
    const seed = readFileSync('fixtures/press-release-lv-mfa.txt', 'utf8');
    for (let i = 0; i < 100; i++) writeFileSync(path.join(archive, `r${String(i).padStart(3, '0')}.txt`), `${seed}\nRelease ${i}.\n`);
    const auto = spawnSync(process.execPath, [bin, 'extract', archive, '--out', path.join(dir, 'auto.jsonl')], { encoding: 'utf8' });
    const one = spawnSync(process.execPath, [bin, 'extract', archive, '--jobs', '1', '--out', path.join(dir, 'one.jsonl')], { encoding: 'utf8' });
    expect([auto.status, one.status]).toEqual([0, 0]);
    const cores = Math.min(availableParallelism(), 8);
    expect(auto.stderr).toMatch(cores > 1 ? new RegExp(`100 records, 0 errors in [\\d.]+ s on ${cores} worker threads`) : /100 records, 0 errors in [\d.]+ s →/);
    expect(one.stderr).not.toMatch(/worker threads/);
    expect(readFileSync(path.join(dir, 'auto.jsonl'))).toEqual(readFileSync(path.join(dir, 'one.jsonl')));
    // The bundled fixtures (19 releases): one thread, where starting workers would cost more than they save.
    const few = spawnSync(process.execPath, [bin, 'extract', 'fixtures', '--out', path.join(dir, 'few.jsonl')], { encoding: 'utf8' });
    expect(few.stderr).toMatch(/19 records, 0 errors in [\d.]+ s →/);
  }, 120_000);

  it('runs as a real binary with meaningful exit codes', () => {
    const bin = path.resolve('dist/cli/main.js');
    expect(existsSync(bin), 'dist is built by npm ci (prepare) and by pretest').toBe(true);
    const ok = spawnSync(process.execPath, [bin, 'extract', 'fixtures/press-release-lv-mfa.txt', '--format', 'jsonl'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).people.length).toBe(2);
    // The binary is one bundled file (for start-up): it must give exactly the record the sources give.
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(readFileSync('fixtures/press-release-lv-mfa.expected.json', 'utf8')));
    expect(ok.stderr).toMatch(/1 inputs, 1 records, 0 errors/);
    const bad = spawnSync(process.execPath, [bin, 'extract', 'no/such/file.txt'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const usage = spawnSync(process.execPath, [bin, 'extract'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});

describe('interrupt and resume', () => {
  const bin = path.resolve('dist/cli/main.js');
  const corpus = () => {
    const dir = tmp();
    const seed = readFileSync('fixtures/gov-uk-council-cyber.txt', 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `r${String(i).padStart(4, '0')}.txt`), seed.replace('3 March 2025', `${(i % 28) + 1} March 2025`));
    return dir;
  };

  it('--resume completes a partial output without duplicates or gaps', async () => {
    const dir = corpus();
    const full = path.join(tmp(), 'full.jsonl');
    const part = path.join(tmp(), 'part.jsonl');
    expect((await cli(['extract', dir, '--out', full, '--quiet'])).code).toBe(0);
    // A partial output: the first 150 records, as an interrupted run leaves it.
    writeFileSync(part, readFileSync(full, 'utf8').split('\n').slice(0, 150).join('\n') + '\n');
    const r = await cli(['extract', dir, '--out', part, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/250 inputs, 250 records, 0 errors .*150 kept from the previous run, 150 inputs skipped/);
    expect(readFileSync(part)).toEqual(readFileSync(full));
  }, 120_000);

  it('Ctrl-C leaves a valid output that --resume finishes', async () => {
    const dir = corpus();
    const out = path.join(tmp(), 'run');
    const child = spawn(process.execPath, [bin, 'extract', dir, '--out', out, '--quiet']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').trim().split('\n');
    for (const l of lines) expect(RecordSchema.safeParse(JSON.parse(l)).success).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'records.json'), 'utf8')).length).toBe(lines.length);
    if (code === 130) expect(lines.length).toBeLessThan(400);
    const r = spawnSync(process.execPath, [bin, 'extract', dir, '--out', out, '--resume'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const ids = readFileSync(path.join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids.length).toBe(400);
    expect(new Set(ids).size).toBe(400);
    expect(ids).toEqual([...ids].sort());
  }, 120_000);
});
