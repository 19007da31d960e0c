/** Exporters: CSV round-trips through a real parser, formulas are neutralized, files appear only when complete. */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fileSink, neutralizeCell } from '../src/export/index.js';
import { extract } from '../src/index.js';

describe('CSV export', () => {
  it('neutralizes cells that a spreadsheet would run as formulas', () => {
    expect(neutralizeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeCell('+1 617 555 0188')).toBe("'+1 617 555 0188");
    expect(neutralizeCell('@handle')).toBe("'@handle");
    expect(neutralizeCell('plain')).toBe('plain');
    expect(neutralizeCell(42)).toBe(42);
  });

  it('quotes newlines and quotes so values read back unchanged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'press-facts-csv-'));
    const record = await extract({ id: 'q1', title: 'A "quoted",\nmulti-line title', text: 'Jane Doe, CEO of Acme Corp, said "we are growing fast in Riga this year".' });
    const target = path.join(dir, 'records.csv');
    const sink = await fileSink(target, 'csv', { csvSafe: false });
    await sink.write(record);
    await sink.close();
    const rows = parse(readFileSync(target), { columns: true }) as Record<string, string>[];
    expect(rows[0].title).toBe('A "quoted", multi-line title');
    expect(rows[0].id).toBe('q1');
  });

  it('leaves no file behind when a run is aborted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'press-facts-abort-'));
    const target = path.join(dir, 'records.json');
    const sink = await fileSink(target, 'json');
    await sink.write(await extract('Riga, 9 July 2024 – A short release.'));
    expect(existsSync(target)).toBe(false);
    await sink.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});
