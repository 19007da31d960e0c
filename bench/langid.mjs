/**
 * Language identification speed in process: `detectLanguage` over the first 100 sentences of each lingua
 * language (7,500 sentences), rounds alternating between builds so that a slower moment of the machine hits
 * them alike. Prints sentences/s per build and round. Not a test.
 *
 *   node --no-regexp-tier-up bench/langid.mjs DIST [OTHER_DIST …] [--rounds 4] [--corpus DIR]
 *
 * DIST is a build's dist/ (this checkout's, or another's: git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run build).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const rounds = Number(option('--rounds', '4'));
const corpus = option('--corpus', '../shared/corpora/lingua-langid-testdata/sentences');
if (args.length === 0 || !existsSync(corpus)) {
  console.error('usage: node --no-regexp-tier-up bench/langid.mjs DIST [OTHER_DIST …] [--rounds 4] [--corpus DIR]');
  process.exit(2);
}
const texts = readdirSync(corpus)
  .sort()
  .flatMap((f) => readFileSync(path.join(corpus, f), 'utf8').split('\n').filter(Boolean).slice(0, 100));
const builds = await Promise.all(args.map((dir) => import(pathToFileURL(path.resolve(dir, 'language/index.js')).href)));
// Warm up: the first texts of each script build their indexes and compile the patterns.
for (const b of builds) for (const t of texts.slice(0, 500)) b.detectLanguage(t);
for (let r = 0; r < rounds; r++) {
  builds.forEach((b, i) => {
    const start = performance.now();
    for (const t of texts) b.detectLanguage(t);
    const seconds = (performance.now() - start) / 1000;
    console.log(`${args[i]}\t${Math.round(texts.length / seconds)} sentences/s`);
  });
}
