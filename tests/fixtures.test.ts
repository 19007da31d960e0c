/** Golden fixtures: every input in fixtures/ must produce exactly its checked-in expected record. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../src/schema/record.js';
import { expectedPath, fixtureInputs, runFixture } from './helpers/fixtures.js';

const inputs = fixtureInputs();

describe('golden fixtures', () => {
  it('has the required variety of fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(13);
    expect(inputs.some((f) => f.endsWith('.html'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('.md'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('.jsonl'))).toBe(true);
  });

  for (const input of inputs) {
    it(input, async () => {
      const file = expectedPath(input);
      expect(existsSync(file), `${file} is missing: run npm run fixtures:update and review it`).toBe(true);
      const actual = await runFixture(input);
      const records = Array.isArray(actual) ? actual : [actual];
      for (const r of records) expect(RecordSchema.safeParse(r).success).toBe(true);
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
