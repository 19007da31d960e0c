/** Worker thread: extracts the documents the pool sends it, one message each. */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentInput } from '../doc.js';
import type { InputFormat } from '../ingest/sources.js';
import { type ExtractOptions, extractSync, toError } from '../pipeline.js';

const options = workerData as ExtractOptions;

parentPort?.on('message', (msg: { seq: number; input: DocumentInput; format: InputFormat }) => {
  try {
    parentPort?.postMessage({ seq: msg.seq, record: extractSync(msg.input, options, msg.format) });
  } catch (e) {
    parentPort?.postMessage({ seq: msg.seq, error: toError(msg.input, e) });
  }
});
