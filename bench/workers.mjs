/**
 * One thread against worker threads, in process, on the same releases (the built package).
 *
 *   node --no-regexp-tier-up [--interrupt-budget=1000000] bench/workers.mjs [N=800] [MODES=s12] [CORPUS]
 *
 * MODES: s = extractSync on the main thread, 1 = one worker thread, 2 = two. Prints docs/s and the
 * cores kept busy (CPU time of all threads over wall time) for each. Not a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const { extractSync } = await import('../dist/pipeline.js');
const { extractInWorkers } = await import('../dist/parallel/pool.js');
const N = Number(process.argv[2] ?? 800);
const modes = process.argv[3] ?? 's12';
const corpus = process.argv[4] ?? '../shared/corpora/newsworthy-pr-archive';

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (/\.(md|txt|html?)$/.test(e.name)) out.push(full);
  }
  return out;
}
const docs = walk(corpus).slice(0, N).map((f) => {
  const t = readFileSync(f, 'utf8');
  return f.endsWith('.md') ? { markdown: t, path: f } : /\.html?$/.test(f) ? { html: t, path: f } : { text: t, path: f };
});
async function* items() {
  for (const d of docs) yield { ok: true, input: d, format: d.html ? 'html' : d.markdown ? 'markdown' : 'text' };
}
for (const d of docs.slice(0, 20)) extractSync(d);
async function time(label, fn) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await fn();
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ label, docs: docs.length, docsPerSec: +(docs.length / s).toFixed(1), cores: +((c.user + c.system) / 1e6 / s).toFixed(2) }));
}
if (modes.includes('s')) await time('main thread', () => { for (const d of docs) extractSync(d); });
for (const jobs of [1, 2]) {
  if (modes.includes(String(jobs))) await time(`${jobs} worker${jobs > 1 ? 's' : ''}`, async () => { for await (const r of extractInWorkers(items(), {}, jobs)) void r; });
}
