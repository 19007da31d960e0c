/**
 * Inputs → documents, lazily: files, folders (walked recursively in sorted
 * order), glob patterns, `-` for stdin, and JSONL archives read line by line.
 * Every input yields a DocumentInput or an error entry; nothing is dropped.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { lazyRequire } from '../util/lazy.js';
import type { DocumentInput } from '../doc.js';

/** tinyglobby, needed only when an input is not an existing path. */
const globber = lazyRequire<typeof import('tinyglobby')>('tinyglobby');
import type { ExtractionError } from '../schema/record.js';
import { type Decoded, InputError, assertHasContent, decodeBytes } from './decode.js';

export type InputFormat = 'text' | 'html' | 'markdown' | 'jsonl' | 'pdf';

/** One unit of work: a document ready for the pipeline, or the reason an input could not become one. */
export type SourceItem = { ok: true; input: DocumentInput; format: InputFormat } | { ok: false; error: ExtractionError };

export interface SourceOptions {
  /** Largest file (or stdin) accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** Longest JSONL line accepted, in bytes. Default 50 MiB. */
  maxLineBytes?: number;
  /** Read stdin from this stream instead of process.stdin (for tests). */
  stdin?: NodeJS.ReadableStream;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.pdf': 'pdf',
};

/** The format a path's extension names, or null for files a folder walk skips. */
export function formatOf(file: string): InputFormat | null {
  // A file named only by its extension (".md") has no extname in Node's sense, but is still Markdown.
  const base = path.basename(file);
  const ext = path.extname(base) || (base.startsWith('.') ? base : '');
  return EXTENSIONS[ext.toLowerCase()] ?? null;
}

function sniff(text: string): InputFormat {
  const head = text.slice(0, 2000).trimStart();
  if (/^(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div[\s>])/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    const first = head.split('\n', 1)[0];
    try {
      if (typeof JSON.parse(first) === 'object') return 'jsonl';
    } catch {
      /* not JSONL */
    }
  }
  return 'text';
}

const error = (input: string, code: string, reason: string, line?: number): SourceItem => ({
  ok: false,
  error: { input, code, reason, ...(line !== undefined ? { line } : {}) },
});

function asError(input: string, e: unknown, line?: number): SourceItem {
  if (e instanceof InputError) return error(input, e.code, e.reason, line);
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ? String(err.code).toLowerCase() : 'read-error';
  return error(input, code, err?.message ?? String(e), line);
}

/** Display path: relative to the working directory when inside it, so ids are stable across machines. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file)).split(path.sep).join('/');
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      // Hidden folders (.git, .cache) and dependencies are not releases; hidden files with a known extension are read.
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      yield* walk(full);
    }
    else if (e.isFile() && formatOf(e.name)) yield full;
  }
}

function documentFromJson(value: unknown, where: string, line: number, file: string | undefined): SourceItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return error(where, 'jsonl-not-object', 'JSONL line is not a JSON object', line);
  }
  const o = value as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const text = str('text');
  const html = str('html');
  const markdown = str('markdown');
  if (text === undefined && html === undefined && markdown === undefined) {
    return error(where, 'jsonl-no-text', 'JSONL object has no "text", "html" or "markdown" string field', line);
  }
  const id = typeof o.id === 'number' ? String(o.id) : str('id');
  const input: DocumentInput = {
    ...(id ? { id } : {}),
    ...(text !== undefined ? { text } : html !== undefined ? { html } : { markdown }),
    ...(str('title') ? { title: str('title') } : {}),
    ...(str('url') ? { url: str('url') } : {}),
    ...(str('publishedAt') ?? str('published_at') ?? str('date') ? { publishedAt: str('publishedAt') ?? str('published_at') ?? str('date') } : {}),
    ...(str('language') ? { language: str('language') } : {}),
    ...(file ? { path: file } : {}),
    line,
  };
  return { ok: true, input, format: 'jsonl' };
}

/** Split a byte stream into lines without decoding it whole; lines longer than `max` become errors. */
async function* byteLines(stream: NodeJS.ReadableStream, max: number): AsyncGenerator<{ bytes: Buffer | null; line: number }> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let tooLong = false;
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      line++;
      if (tooLong || pendingLength + (nl - from) > max) yield { bytes: null, line };
      else yield { bytes: Buffer.concat([...pending, buf.subarray(from, nl)]), line };
      pending = [];
      pendingLength = 0;
      tooLong = false;
      from = nl + 1;
    }
    if (from < buf.length) {
      if (pendingLength + (buf.length - from) > max) {
        tooLong = true;
        pending = [];
        pendingLength = 0;
      } else if (!tooLong) {
        pending.push(buf.subarray(from));
        pendingLength += buf.length - from;
      }
    }
  }
  if (pendingLength > 0 || tooLong) {
    line++;
    yield { bytes: tooLong ? null : Buffer.concat(pending), line };
  }
}

async function* readJsonl(stream: NodeJS.ReadableStream, name: string, file: string | undefined, maxLine: number): AsyncGenerator<SourceItem> {
  for await (const { bytes, line } of byteLines(stream, maxLine)) {
    const where = `${name}:${line}`;
    if (bytes === null) {
      yield error(where, 'line-too-long', `JSONL line longer than ${maxLine} bytes`, line);
      continue;
    }
    let s: string;
    try {
      s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      yield error(where, 'invalid-utf8', 'JSONL line is not valid UTF-8', line);
      continue;
    }
    if (!s.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      yield error(where, 'jsonl-parse', `malformed JSON: ${(e as Error).message}`, line);
      continue;
    }
    const item = documentFromJson(value, where, line, file);
    if (item.ok && !file) item.input.id ??= where;
    if (item.ok) item.input.encoding = { name: 'utf-8', source: 'utf-8', replaced: 0 };
    yield item;
  }
}

function fromText(text: string, format: InputFormat, file: string | undefined, decoded?: Decoded): SourceItem {
  assertHasContent(text);
  const input: DocumentInput = format === 'html' ? { html: text } : format === 'markdown' ? { markdown: text } : { text };
  if (file) input.path = file;
  if (decoded) {
    input.encoding = {
      name: decoded.encoding,
      source: decoded.encodingSource,
      ...(decoded.confidence !== undefined ? { confidence: decoded.confidence } : {}),
      replaced: decoded.replaced,
    };
  }
  return { ok: true, input, format };
}

/** A PDF file: its text layer, pages separated by a form feed (see ingest/pdf.ts). PDF.js loads on the first PDF only. */
async function fromPdf(bytes: Uint8Array, file: string): Promise<SourceItem> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new InputError('pdf-unreadable', 'not a PDF file (no %PDF header)');
  }
  const { pdfToText } = await import('./pdf.js');
  const pdf = await pdfToText(bytes);
  const input: DocumentInput = { text: pdf.text, path: file };
  // A document title that repeats the first line confirms the headline; other titles ("Microsoft Word - x.docx") are ignored.
  const nl = pdf.text.indexOf('\n');
  const firstLine = (nl < 0 ? pdf.text : pdf.text.slice(0, nl)).replace(/\s+/g, ' ').trim();
  if (pdf.title && pdf.title.replace(/\s+/g, ' ') === firstLine) input.title = pdf.title;
  return { ok: true, input, format: 'pdf' };
}

async function* readFileItems(file: string, options: SourceOptions, explicit: boolean): AsyncGenerator<SourceItem> {
  const shown = displayPath(file);
  const format = formatOf(file) ?? (explicit ? 'text' : null);
  if (!format) return;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  try {
    if (format === 'jsonl') {
      yield* readJsonl(createReadStream(file), shown, shown, options.maxLineBytes ?? maxBytes);
      return;
    }
    const info = await stat(file);
    if (info.size > maxBytes) {
      yield error(shown, 'too-large', `file is ${info.size} bytes, larger than the limit of ${maxBytes}`);
      return;
    }
    const bytes = await readFile(file);
    if (format === 'pdf') {
      yield await fromPdf(bytes, shown);
      return;
    }
    const decoded = decodeBytes(bytes, { html: format === 'html' });
    yield fromText(decoded.text, format, shown, decoded);
  } catch (e) {
    yield asError(shown, e);
  }
}

async function* readStdin(options: SourceOptions): AsyncGenerator<SourceItem> {
  const stream = options.stdin ?? process.stdin;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) {
        yield error('stdin', 'too-large', `stdin is larger than the limit of ${maxBytes} bytes`);
        return;
      }
      chunks.push(buf);
    }
    const bytes = Buffer.concat(chunks);
    let decoded = decodeBytes(bytes);
    const format = sniff(decoded.text);
    if (format === 'html' && decoded.encodingSource === 'detected') decoded = decodeBytes(bytes, { html: true });
    const text = decoded.text;
    if (format === 'jsonl') {
      const { Readable } = await import('node:stream');
      yield* readJsonl(Readable.from([Buffer.from(text)]), 'stdin', undefined, options.maxLineBytes ?? maxBytes);
      return;
    }
    const item = fromText(text, format, undefined, decoded);
    if (item.ok) item.input.id = 'stdin';
    yield item;
  } catch (e) {
    yield asError('stdin', e);
  }
}

/**
 * How many documents the inputs hold, when that is cheap to know (files and folders of single-document files;
 * null for stdin, globs and JSONL archives), and the bytes of their JSONL archives (null for stdin and globs):
 * found without reading a file, enough for a progress total and to tell a release from an archive.
 */
export async function measureInputs(inputs: string[]): Promise<{ documents: number | null; bytes: number | null }> {
  let documents: number | null = 0;
  let bytes: number | null = 0;
  const add = async (file: string, size?: number) => {
    if (formatOf(file) !== 'jsonl') {
      if (documents !== null) documents++;
      return;
    }
    documents = null;
    // (Only a JSONL archive's size is looked up: a folder of 100,000 releases is not stat'ed twice.)
    if (bytes !== null) bytes += size ?? (await stat(file).catch(() => null))?.size ?? 0;
  };
  for (const arg of inputs) {
    if (arg === '-') return { documents: null, bytes: null };
    let info;
    try {
      info = await stat(arg);
    } catch {
      if (globber().isDynamicPattern(arg)) return { documents: null, bytes: null };
      if (documents !== null) documents++; // a missing path counts once, as its error entry
      continue;
    }
    if (info.isDirectory()) {
      // (A folder that cannot be read makes the count unknown; reading the inputs gives its error entry.)
      try {
        for await (const file of walk(arg)) await add(file);
      } catch {
        return { documents: null, bytes: null };
      }
    } else await add(arg, info.size);
  }
  return { documents, bytes };
}

/**
 * Expand CLI-style inputs into documents, in a deterministic order:
 * each argument in turn; folders sorted by name; glob matches sorted.
 */
export async function* readSources(inputs: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const arg of inputs) {
    if (arg === '-') {
      yield* readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      if (globber().isDynamicPattern(arg)) {
        const matches = (await globber().glob(arg, { onlyFiles: true, dot: false })).sort();
        if (matches.length === 0) yield error(arg, 'no-match', 'glob pattern matched no files');
        for (const file of matches) yield* readFileItems(file, options, false);
        continue;
      }
      yield asError(displayPath(arg), e);
      continue;
    }
    if (info.isDirectory()) {
      try {
        for await (const file of walk(arg)) yield* readFileItems(file, options, false);
      } catch (e) {
        yield asError(displayPath(arg), e);
      }
    } else {
      yield* readFileItems(arg, options, true);
    }
  }
}
