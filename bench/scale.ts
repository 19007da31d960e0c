/**
 * Memory at scale: generates a JSONL archive of N documents from the fixtures
 * (default 10,000 and 100,000), streams it through the pipeline into a JSONL
 * file, and prints docs/s and peak RSS for each size. Flat memory means the
 * two peaks are about the same.
 *
 *   npx tsx bench/scale.ts [N ...]
 */
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The built package (run `npm run build` first), as users run it: with the lexicon data files the build writes.
const { fileSink } = (await import('../dist/export/index.js')) as typeof import('../src/export/index.js');
const { readSources } = (await import('../dist/ingest/sources.js')) as typeof import('../src/ingest/sources.js');
const { extractItems } = (await import('../dist/pipeline.js')) as typeof import('../src/pipeline.js');
const { isExtractionError } = (await import('../dist/schema/record.js')) as typeof import('../src/schema/record.js');

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const texts = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join('fixtures', f), 'utf8'));

async function generate(n: number): Promise<string> {
  const file = path.join(tmpdir(), `press-facts-scale-${n}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length].replace(/\d{4}/, String(2000 + (i % 25)));
    if (!out.write(`${JSON.stringify({ id: `doc-${i}`, text })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise((r) => out.end(r));
  return file;
}

for (const n of sizes.length ? sizes : [10_000, 100_000]) {
  const file = await generate(n);
  const sink = await fileSink(path.join(tmpdir(), `press-facts-scale-${n}.out.jsonl`), 'jsonl');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = performance.now();
  let records = 0;
  for await (const r of extractItems(readSources([file]))) {
    if (!isExtractionError(r)) {
      records++;
      await sink.write(r);
    }
  }
  await sink.close();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const s = (performance.now() - t) / 1000;
  console.log(JSON.stringify({ documents: n, records, seconds: +s.toFixed(1), docsPerSec: +(n / s).toFixed(1), peakRssMB: Math.round(peak / 1e6) }));
}
