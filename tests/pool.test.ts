/** The worker pool: order, and what a dying worker costs. */
import { describe, expect, it } from 'vitest';
import { extractInWorkers } from '../src/parallel/pool.js';
import type { SourceItem } from '../src/ingest/sources.js';

const crashing = new URL('./helpers/crashing-worker.mjs', import.meta.url);

async function* items(texts: string[]): AsyncGenerator<SourceItem> {
  for (const [i, text] of texts.entries()) yield { ok: true, input: { id: `d${i}`, text }, format: 'text' };
}

async function run(texts: string[], jobs: number, workerUrl = crashing) {
  const out: unknown[] = [];
  for await (const r of extractInWorkers(items(texts), {}, jobs, { workerUrl })) out.push(r);
  return out as ({ id?: string; text?: string } & { input?: string; code?: string })[];
}

describe('extractInWorkers', () => {
  it('answers in input order for any number of workers', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `document ${i}`);
    for (const jobs of [1, 2, 3]) expect((await run(texts, jobs)).map((r) => r.text)).toEqual(texts);
  });

  it('a worker that dies costs only the document it was on; the run goes on with a fresh worker', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? `CRASH ${i}` : `document ${i}`));
    for (const jobs of [1, 2]) {
      const out = await run(texts, jobs);
      expect(out).toHaveLength(texts.length);
      out.forEach((r, i) => {
        if (texts[i]!.includes('CRASH')) expect(r).toMatchObject({ input: `d${i}`, code: 'worker-failed', reason: 'worker thread exited with code 3' });
        else expect(r).toEqual({ id: `d${i}`, text: texts[i] });
      });
    }
  });

  it('a worker script that cannot run gives every document an error entry instead of hanging', async () => {
    const missing = new URL('./helpers/no-such-worker.mjs', import.meta.url);
    const out = await run(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 2, missing);
    expect(out).toHaveLength(7);
    for (const [i, r] of out.entries()) expect(r).toMatchObject({ input: `d${i}`, code: 'worker-failed' });
  });
});
