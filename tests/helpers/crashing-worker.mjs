// A stand-in for dist/parallel/worker.js that dies on purpose: a document whose
// text contains "CRASH" ends the thread (as running out of memory would); any
// other document is answered with a minimal record carrying its text.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (msg) => {
  const text = msg.input.text ?? '';
  if (text.includes('CRASH')) process.exit(3);
  parentPort.postMessage({ seq: msg.seq, record: { id: msg.input.id, text } });
});
