/**
 * Cost against document length: one release built from the fixtures, repeated
 * to 100 KB, 1 MB and 5 MB, and a single 5 MB line. Linear work means the
 * 1 MB document takes about 10× the 100 KB one.
 *
 *   npx tsx bench/length.ts
 */
import { readFileSync } from 'node:fs';
// The built package (run `npm run build` first), as users run it: with the lexicon data files the build writes.
const { extractSync } = (await import('../dist/pipeline.js')) as typeof import('../src/pipeline.js');

const base = `${readFileSync('fixtures/gov-uk-council-cyber.txt', 'utf8')}\n\n${readFileSync('fixtures/corp-earnings-q3.txt', 'utf8')}\n\n`;
extractSync({ id: 'warm-up', text: base });
for (const kb of [100, 1000, 5000]) {
  const text = base.repeat(Math.ceil((kb * 1024) / base.length));
  const t = performance.now();
  const r = extractSync({ id: `${kb}kb`, text }, { timeBudgetMs: 3_600_000 });
  console.log(JSON.stringify({ size: `${kb} KB`, seconds: +((performance.now() - t) / 1000).toFixed(2), dates: r.dates.length }));
}
const line = 'Jane Doe of Acme Corp visited Riga on 9 July 2024. '.repeat(100_000);
const t = performance.now();
extractSync({ id: 'line', text: line }, { timeBudgetMs: 3_600_000 });
console.log(JSON.stringify({ size: '5 MB single line', seconds: +((performance.now() - t) / 1000).toFixed(2) }));
