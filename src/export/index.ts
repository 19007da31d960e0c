/**
 * Exporters: JSON, JSONL and CSV sinks that stream records to a temporary file
 * beside the target and rename it into place when the run completes — a crash
 * or Ctrl-C never leaves a truncated file where a good one was.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Stringifier } from 'csv-stringify';
import { ENTITY_COLUMNS, RECORD_COLUMNS, entityRows, recordRow } from '../schema/columns.js';
import type { ExtractionError, PressRecord } from '../schema/record.js';
import { lazyRequire } from '../util/lazy.js';

/** csv-stringify, needed only for CSV output. */
const csv = lazyRequire<typeof import('csv-stringify')>('csv-stringify');

export type Format = 'json' | 'jsonl' | 'csv' | 'entities-csv';

/** Something records stream into. */
export interface Sink {
  write(record: PressRecord): Promise<void>;
  /** Keep an error entry too (database sinks have an errors table; file sinks have --errors FILE). */
  error?(entry: ExtractionError): Promise<void>;
  /** Finish and (for files) move into place. */
  close(): Promise<void>;
  /** Drop the partial output. */
  abort(): Promise<void>;
}

/** OWASP CSV-injection guard: cells starting with = + - @ tab or CR are prefixed with a quote. */
export function neutralizeCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function waitDrain(stream: NodeJS.WritableStream, ok: boolean): Promise<void> {
  return ok ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

function endStream(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** A file written under a temporary name and renamed on close. */
class AtomicFile {
  readonly tmp: string;
  readonly stream: WriteStream;
  constructor(readonly target: string) {
    this.tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.tmp);
  }
  write(s: string): Promise<void> {
    return waitDrain(this.stream, this.stream.write(s));
  }
  async close(): Promise<void> {
    await endStream(this.stream);
    await rename(this.tmp, this.target);
  }
  async abort(): Promise<void> {
    // Wait until the stream is closed: a file still being opened would otherwise appear after the rm.
    await new Promise<void>((resolve) => {
      if (this.stream.closed) return resolve();
      this.stream.once('close', () => resolve());
      this.stream.destroy();
    });
    await rm(this.tmp, { force: true });
  }
}

type Output = { write(s: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> };

/** Where stdout-style output goes: process.stdout by default (respecting back-pressure), or any writer. */
export type Writer = (s: string) => void | Promise<void>;

const processStdout: Writer = (s) => waitDrain(process.stdout, process.stdout.write(s));

function writerOutput(write: Writer): Output {
  return {
    write: async (s) => {
      await write(s);
    },
    close: async () => {},
    abort: async () => {},
  };
}

export interface SinkOptions {
  /** Neutralize spreadsheet formulas in CSV cells (default true). */
  csvSafe?: boolean;
}

function csvSink(out: Output, columns: string[], rows: (r: PressRecord) => Record<string, unknown>[], options: SinkOptions): Sink {
  const safe = options.csvSafe ?? true;
  const stringifier: Stringifier = csv().stringify({
    header: true,
    columns,
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
  const pump = (async () => {
    for await (const chunk of stringifier) await out.write(String(chunk));
  })();
  return {
    async write(record) {
      for (const row of rows(record)) {
        const clean = safe ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutralizeCell(v)])) : row;
        await waitDrain(stringifier, stringifier.write(clean));
      }
    },
    async close() {
      stringifier.end();
      await pump;
      await out.close();
    },
    abort: () => out.abort(),
  };
}

function makeSink(format: Format, out: Output, options: SinkOptions): Sink {
  if (format === 'jsonl') {
    return { write: (r) => out.write(`${JSON.stringify(r)}\n`), close: () => out.close(), abort: () => out.abort() };
  }
  if (format === 'json') {
    let first = true;
    return {
      async write(r) {
        await out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(r, null, 2)}`);
        first = false;
      },
      async close() {
        await out.write(first ? '[]\n' : '\n]\n');
        await out.close();
      },
      abort: () => out.abort(),
    };
  }
  if (format === 'csv') return csvSink(out, RECORD_COLUMNS, (r) => [recordRow(r)], options);
  return csvSink(out, ENTITY_COLUMNS, (r) => entityRows(r), options);
}

/** A sink writing one format to a file, atomically. */
export async function fileSink(target: string, format: Format, options: SinkOptions = {}): Promise<Sink> {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  return makeSink(format, new AtomicFile(target), options);
}

/** A sink writing one format to standard output (or to `write`). */
export function stdoutSink(format: Format, options: SinkOptions = {}, write: Writer = processStdout): Sink {
  return makeSink(format, writerOutput(write), options);
}

/** The four standard files of a run in a folder: records.json, records.jsonl, records.csv, entities.csv. */
export async function folderSink(dir: string, options: SinkOptions = {}): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  const sinks = await Promise.all([
    fileSink(path.join(dir, 'records.json'), 'json', options),
    fileSink(path.join(dir, 'records.jsonl'), 'jsonl', options),
    fileSink(path.join(dir, 'records.csv'), 'csv', options),
    fileSink(path.join(dir, 'entities.csv'), 'entities-csv', options),
  ]);
  return fanOut(sinks);
}

export function fanOut(sinks: Sink[]): Sink {
  return {
    async write(r) {
      for (const s of sinks) await s.write(r);
    },
    async error(e) {
      for (const s of sinks) await s.error?.(e);
    },
    async close() {
      for (const s of sinks) await s.close();
    },
    async abort() {
      for (const s of sinks) await s.abort();
    },
  };
}

/** Error entries as JSONL, written atomically. */
export async function writeErrors(target: string, errors: ExtractionError[]): Promise<void> {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const f = new AtomicFile(target);
  for (const e of errors) await f.write(`${JSON.stringify(e)}\n`);
  await f.close();
}
