/** The golden-fixture runner shared by the test and by `npm run fixtures:update`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { extractPaths } from '../../src/pipeline.js';
import { formatOf } from '../../src/ingest/sources.js';

export const FIXTURES_DIR = 'fixtures';

/** Input files in fixtures/ (each has a `<name>.expected.json` beside it). */
export function fixtureInputs(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => formatOf(f) !== null)
    .sort()
    .map((f) => path.join(FIXTURES_DIR, f));
}

export function expectedPath(input: string): string {
  return input.replace(/\.[^.]+$/, '.expected.json');
}

/** What the pipeline produces for one fixture file: a record, or an array of records for a JSONL archive. */
export async function runFixture(input: string): Promise<unknown> {
  const out: unknown[] = [];
  for await (const item of extractPaths([input])) out.push(item);
  return formatOf(input) === 'jsonl' ? out : out[0];
}
