/**
 * How well does this machine run two JavaScript threads at once? Times one and two worker
 * threads on a loop of arithmetic and on a loop that allocates objects (as NLP code does).
 *
 *   node bench/cores.mjs            # add --single-threaded-gc to Node to see the collector's share
 *
 * Prints each run's wall time and each thread's own time. Not a test.
 */
import { Worker } from 'node:worker_threads';

const code = `
const { parentPort, workerData } = require('node:worker_threads');
function work(alloc) {
  if (!alloc) { let x = 0; for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0; return x; }
  const a = [];
  for (let i = 0; i < 3e6; i++) { a.push({ i, s: 'k' + i }); if (a.length > 1e5) a.length = 0; }
  return a.length;
}
const t = performance.now(); work(workerData.alloc); parentPort.postMessage(performance.now() - t);`;

async function run(threads, alloc) {
  const t = performance.now();
  const per = await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve) => {
      const w = new Worker(code, { eval: true, workerData: { alloc } });
      w.on('message', (ms) => { resolve(Math.round(ms)); void w.terminate(); });
    })),
  );
  return { threads, work: alloc ? 'allocating' : 'arithmetic', wallMs: Math.round(performance.now() - t), threadMs: per };
}

for (const alloc of [false, true]) {
  const one = await run(1, alloc);
  const two = await run(2, alloc);
  console.log(JSON.stringify(one));
  console.log(JSON.stringify(two));
  console.log(`${one.work}: two threads do ${((2 * one.wallMs) / two.wallMs).toFixed(2)}× the work of one in the same time`);
}
