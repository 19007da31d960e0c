/**
 * Extraction on several worker threads, streaming, in input order: inputs are
 * read lazily, at most `4 × jobs` documents are in flight, and results are
 * yielded in the order the inputs came. Output is the same for any `jobs`.
 */
import { Worker } from 'node:worker_threads';
import { type ExtractOptions, inputName } from '../pipeline.js';
import type { SourceItem } from '../ingest/sources.js';
import type { ExtractionError, PressRecord } from '../schema/record.js';

type Result = PressRecord | ExtractionError;

interface Slot {
  worker: Worker;
  inFlight: number;
  pending: Map<number, { resolve: (r: Result) => void; name: string }>;
}

/** The worker script beside this module (dist/parallel/worker.js). */
export const WORKER_URL = new URL('./worker.js', import.meta.url);

export async function* extractInWorkers(items: AsyncIterable<SourceItem>, options: ExtractOptions, jobs: number): AsyncGenerator<Result> {
  const slots: Slot[] = Array.from({ length: jobs }, () => {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: options }), inFlight: 0, pending: new Map() };
    slot.worker.on('message', (msg: { seq: number; record?: PressRecord; error?: ExtractionError }) => {
      const p = slot.pending.get(msg.seq);
      if (!p) return;
      slot.pending.delete(msg.seq);
      slot.inFlight--;
      p.resolve((msg.record ?? msg.error) as Result);
    });
    const fail = (reason: string) => {
      for (const [seq, p] of slot.pending) {
        slot.pending.delete(seq);
        p.resolve({ input: p.name, code: 'worker-failed', reason });
      }
      slot.inFlight = 0;
    };
    slot.worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
    slot.worker.on('exit', (code) => code !== 0 && fail(`worker thread exited with code ${code}`));
    return slot;
  });
  const window = jobs * 4;
  const queue: Promise<Result>[] = [];
  let seq = 0;
  try {
    for await (const item of items) {
      if (!item.ok) queue.push(Promise.resolve(item.error));
      else {
        const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
        const n = seq++;
        const name = inputName(item.input);
        queue.push(
          new Promise<Result>((resolve) => {
            slot.pending.set(n, { resolve, name });
            slot.inFlight++;
            slot.worker.postMessage({ seq: n, input: item.input, format: item.format });
          }),
        );
      }
      while (queue.length >= window) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
