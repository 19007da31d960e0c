/**
 * In-process A/B of two builds: alternate their extractSync over the same releases, so that a
 * slower hour of the machine hits both alike. Prints docs/s per round. Not a test.
 *
 *   node --no-regexp-tier-up bench/ab.mjs OLD_DIST NEW_DIST [N=800] [ROUNDS=4] [CORPUS]
 *
 * OLD_DIST is another checkout's dist/ (git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run build).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [A, B, N = '800', R = '4', corpus = '../shared/corpora/newsworthy-pr-archive'] = process.argv.slice(2);
if (!A || !B || !existsSync(corpus)) {
  console.error('usage: node --no-regexp-tier-up bench/ab.mjs OLD_DIST NEW_DIST [N] [ROUNDS] [CORPUS]');
  process.exit(2);
}
const walk = (d) =>
  readdirSync(d, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
const files = walk(corpus).filter((f) => /\.(txt|md|html?)$/.test(f)).slice(0, Number(N));
const docs = files.map((f) => {
  const t = readFileSync(f, 'utf8');
  return /\.md$/.test(f) ? { markdown: t, path: f } : /\.html?$/.test(f) ? { html: t, path: f } : { text: t, path: f };
});
const load = (dir) => import(pathToFileURL(path.resolve(dir, 'index.js')).href);
const builds = { old: await load(A), new: await load(B) };
for (const k of ['old', 'new']) for (const d of docs.slice(0, 30)) builds[k].extractSync(d);
for (let r = 0; r < Number(R); r++) {
  for (const k of r % 2 ? ['new', 'old'] : ['old', 'new']) {
    const t0 = performance.now();
    for (const d of docs) builds[k].extractSync(d);
    console.log(k, (docs.length / ((performance.now() - t0) / 1000)).toFixed(1), 'docs/s');
  }
}
