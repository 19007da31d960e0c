/**
 * Benchmark: the full pipeline against the plain-compromise baseline
 * (`nlp(text)` with .people(), .organizations(), .places()) on the same documents.
 *
 *   npm run bench                       # newsworthy archive in ../shared when present, else fixtures × N
 *   npm run bench -- --docs 500         # limit the number of documents
 *   npm run bench -- --corpus DIR       # any folder of releases
 *
 * Prints docs/s, MB/s, peak RSS, the cores kept busy (CPU time over wall time) and the ratios. Not a test: numbers vary by machine.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import type { SourceItem } from '../src/ingest/sources.js';
import type { DocumentInput } from '../src/doc.js';

// The built package (`npm run bench` builds first), as users run it: with the lexicon data files the
// build writes. (From src/ the lexicons would be derived at start-up from compromise and the build-time
// word lists, which takes time and memory no installed press-facts spends.)
const { extractSync } = (await import('../dist/pipeline.js')) as typeof import('../src/pipeline.js');
const { formatOf } = (await import('../dist/ingest/sources.js')) as typeof import('../src/ingest/sources.js');

const { values } = parseArgs({ options: { docs: { type: 'string' }, corpus: { type: 'string' }, repeat: { type: 'string' } } });

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (formatOf(e.name) && formatOf(e.name) !== 'jsonl') out.push(full);
  }
  return out;
}

const shared = '../shared/corpora/newsworthy-pr-archive';
const corpus = values.corpus ?? (existsSync(shared) ? shared : 'fixtures');
let files = walk(corpus);
const repeat = Number(values.repeat ?? (corpus === 'fixtures' ? 40 : 1));
files = Array.from({ length: repeat }, () => files).flat();
if (values.docs) files = files.slice(0, Number(values.docs));
const docs: DocumentInput[] = files.map((f) => {
  const text = readFileSync(f, 'utf8');
  const fmt = formatOf(f);
  return fmt === 'html' ? { html: text, path: f } : fmt === 'markdown' ? { markdown: text, path: f } : { text, path: f };
});
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

async function time(label: string, fn: () => void | Promise<void>) {
  peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  await fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  // CPU time of all threads (workers, compiler and GC helpers) over wall time: how many cores the run kept busy.
  const cpu = process.cpuUsage(cpu0);
  const cores = +((cpu.user + cpu.system) / 1e6 / s).toFixed(2);
  peak = Math.max(peak, process.memoryUsage().rss);
  const row = { label, docs: docs.length, seconds: +s.toFixed(2), docsPerSec: +(docs.length / s).toFixed(1), mbPerSec: +(bytes / 1e6 / s).toFixed(2), peakRssMB: Math.round(peak / 1e6), cores };
  console.log(JSON.stringify(row));
  return row;
}

console.log(`corpus: ${corpus} (${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB), node ${process.version}`);
// Warm up both (module load, JIT) on a few documents.
for (const d of docs.slice(0, 20)) {
  extractSync(d);
  nlp(d.text ?? d.markdown ?? d.html ?? '').people();
}
const baseline = await time('plain compromise', () => {
  for (const d of docs) {
    const doc = nlp(d.text ?? d.markdown ?? d.html ?? '');
    doc.people().json();
    doc.organizations().json();
    doc.places().json();
  }
});
const full = await time('press-facts (1 worker)', () => {
  for (const d of docs) extractSync(d);
});
console.log(`ratio press-facts / baseline: ${(full.docsPerSec / baseline.docsPerSec).toFixed(2)}×`);

const { extractInWorkers } = (await import('../dist/parallel/pool.js')) as typeof import('../src/parallel/pool.js');
async function* items(): AsyncGenerator<SourceItem> {
  for (const d of docs) yield { ok: true, input: d, format: d.html ? 'html' : d.markdown ? 'markdown' : 'text' };
}
for (const jobs of [2]) {
  const row = await time(`press-facts (${jobs} workers)`, async () => {
    for await (const r of extractInWorkers(items(), {}, jobs)) void r;
  });
  console.log(`ratio ${jobs} workers / 1 worker: ${(row.docsPerSec / full.docsPerSec).toFixed(2)}×`);
}
clearInterval(sampler);
