/**
 * Extraction on several worker threads, streaming, in input order: inputs are
 * read lazily, at most `16 × jobs` documents are in flight, and results are
 * yielded in the order the inputs came. Output is the same for any `jobs`.
 *
 * Workers pull: a document goes to a worker only when that worker has fewer
 * than two in hand (one running, one waiting, so it never waits for a round
 * trip), not by a fixed assignment when it is read. A long release then holds
 * up only its own worker.
 *
 * A worker that dies (out of memory on a huge document, a crash in native
 * code) costs only the document it was extracting, which becomes an error
 * entry naming the input; a fresh worker takes its place, the document that
 * waited behind it is sent again, and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { type ExtractOptions, inputName } from '../pipeline.js';
import type { InputFormat, SourceItem } from '../ingest/sources.js';
import type { DocumentInput } from '../doc.js';
import type { ExtractionError, PressRecord } from '../schema/record.js';

type Result = PressRecord | ExtractionError;

interface Task {
  seq: number;
  name: string;
  input: DocumentInput;
  format: InputFormat;
  resolve: (r: Result) => void;
}

interface Slot {
  worker: Worker;
  /** Documents sent to this worker and not yet answered. */
  pending: Map<number, Task>;
}

/** The worker script, dist/parallel/worker.js: the same URL from this module and from the bundled CLI in dist/cli/. */
export const WORKER_URL = new URL('../parallel/worker.js', import.meta.url);

/** Documents a worker holds at once: the one it extracts and the next, already sent. */
const PER_WORKER = 2;
/** Documents read ahead of the output, per worker. */
const READ_AHEAD = 16;
/** Workers that die one after another without answering anything: the worker script itself is broken. */
const MAX_SILENT_DEATHS = 5;

export interface PoolOptions {
  /** The worker script (tests use one that fails on purpose). */
  workerUrl?: URL;
}

export async function* extractInWorkers(
  items: AsyncIterable<SourceItem>,
  options: ExtractOptions,
  jobs: number,
  pool: PoolOptions = {},
): AsyncGenerator<Result> {
  const backlog: Task[] = [];
  const slots: Slot[] = [];
  let closing = false;
  /** Deaths since the last answer from any worker. */
  let silentDeaths = 0;
  /** Why no worker can run (then every document still to do becomes an error entry). */
  let broken: string | null = null;

  const dispatch = () => {
    if (broken) {
      for (const task of backlog.splice(0)) task.resolve({ input: task.name, code: 'worker-failed', reason: broken });
      return;
    }
    while (backlog.length) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (slot.pending.size >= PER_WORKER) return;
      const task = backlog.shift()!;
      slot.pending.set(task.seq, task);
      slot.worker.postMessage({ seq: task.seq, input: task.input, format: task.format });
    }
  };

  const start = (slot: Slot) => {
    const worker = new Worker(pool.workerUrl ?? WORKER_URL, { workerData: options });
    slot.worker = worker;
    let failed = false;
    worker.on('message', (msg: { seq: number; record?: PressRecord; error?: ExtractionError }) => {
      const task = slot.pending.get(msg.seq);
      if (!task) return;
      slot.pending.delete(msg.seq);
      silentDeaths = 0;
      task.resolve((msg.record ?? msg.error) as Result);
      dispatch();
    });
    const fail = (reason: string) => {
      if (failed || closing) return;
      failed = true;
      // A worker extracts in the order it was sent documents: the first one held is the one it died on;
      // the one waiting behind it goes back to the head of the backlog.
      const [running, ...waiting] = slot.pending.values();
      slot.pending.clear();
      running?.resolve({ input: running.name, code: 'worker-failed', reason });
      backlog.unshift(...waiting);
      void worker.terminate();
      if (++silentDeaths >= MAX_SILENT_DEATHS) broken = `${reason} (${silentDeaths} workers in a row without an answer)`;
      else start(slot);
      dispatch();
    };
    worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
    worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
  };

  for (let i = 0; i < jobs; i++) {
    const slot = { pending: new Map() } as Slot;
    start(slot);
    slots.push(slot);
  }

  const window = jobs * READ_AHEAD;
  const queue: Promise<Result>[] = [];
  let seq = 0;
  try {
    for await (const item of items) {
      if (!item.ok) queue.push(Promise.resolve(item.error));
      else {
        const { input, format } = item;
        const n = seq++;
        queue.push(new Promise<Result>((resolve) => backlog.push({ seq: n, name: inputName(input), input, format, resolve })));
        dispatch();
      }
      while (queue.length >= window) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
