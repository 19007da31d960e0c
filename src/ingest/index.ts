/**
 * Ingestion: a DocumentInput becomes a Doc — the plain text every span
 * indexes, plus the hints (title, publication date, language) the input or
 * the page carries.
 */
import { createHash } from 'node:crypto';
import type { Doc, DocumentInput } from '../doc.js';
import { htmlToDocument } from './html.js';
import { markdownToDocument } from './markdown.js';
import type { InputFormat } from './sources.js';
import { findDates } from '../extract/dates/index.js';

export { readSources, formatOf, type SourceItem, type SourceOptions, type InputFormat } from './sources.js';
export { decodeBytes, InputError } from './decode.js';
export { htmlToDocument } from './html.js';
export { markdownToDocument } from './markdown.js';

/** A publication date given as ISO, or as words ("March 8, 2024"), to YYYY-MM-DD. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const found = findDates(value, null).find((d) => d.resolved && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  return found?.value;
}

function contentId(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The id a record of this input gets, when it can be known before extraction (explicit id or path). */
export function inputId(input: DocumentInput): string | undefined {
  return input.id ?? (input.path ? (input.line !== undefined ? `${input.path}:${input.line}` : input.path) : undefined);
}

/** Build the document object from an input. */
export function toDoc(input: DocumentInput, format?: InputFormat): Doc {
  let text: string;
  let title: string | undefined = input.title;
  let publishedAt = normalizeDate(input.publishedAt);
  let publishedAtSource: 'input' | 'html-meta' | undefined = publishedAt ? 'input' : undefined;
  let language = input.language;
  let kind: Doc['source']['format'];
  if (input.html !== undefined) {
    const page = htmlToDocument(input.html);
    text = page.text;
    title ??= page.title ?? undefined;
    if (!publishedAt && page.publishedAt) {
      publishedAt = page.publishedAt;
      publishedAtSource = 'html-meta';
    }
    language ??= page.language ?? undefined;
    kind = 'html';
  } else if (input.markdown !== undefined) {
    const md = markdownToDocument(input.markdown);
    text = md.text;
    title ??= md.title ?? undefined;
    kind = 'markdown';
  } else {
    text = (input.text ?? '').replace(/^\uFEFF/, '');
    kind = 'text';
  }
  if (format === 'jsonl' || format === 'pdf') kind = format;
  const id = inputId(input) ?? contentId(text);
  return {
    id,
    source: {
      ...(input.path ? { path: input.path } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(input.line !== undefined ? { line: input.line } : {}),
      format: kind,
      ...(input.encoding ? { encoding: input.encoding.name } : {}),
    },
    text,
    title: null,
    publishedAt: null,
    publishedAtSource: null,
    referenceDate: null,
    hints: {
      ...(title ? { title: title.replace(/\s+/g, ' ').trim() } : {}),
      ...(publishedAt ? { publishedAt, publishedAtSource } : {}),
      ...(language ? { language: language.toLowerCase().split(/[-_]/)[0] } : {}),
    },
    dateline: null,
    blocks: [],
    language: { code: 'und', confidence: 0 },
    candidates: [],
    roleCandidates: [],
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quotes: [],
    contacts: { emails: [], phones: [], urls: [], handles: [] },
    money: [],
    warnings: encodingWarnings(input),
  };
}

/** Warnings about how the bytes were read: a guessed or declared legacy encoding, undecodable bytes. */
function encodingWarnings(input: DocumentInput): Doc['warnings'] {
  const e = input.encoding;
  if (!e) return [];
  const out: Doc['warnings'] = [];
  if (e.source === 'detected') {
    out.push({ code: 'encoding-detected', stage: 'ingest', message: `not UTF-8: read as ${e.name} (detected, confidence ${e.confidence ?? 0} %)` });
  } else if (e.source === 'declared') {
    out.push({ code: 'encoding-declared', stage: 'ingest', message: `not UTF-8: read as ${e.name}, the charset the page declares` });
  }
  if (e.replaced > 0) {
    out.push({ code: 'undecodable-bytes', stage: 'ingest', message: `${e.replaced} undecodable byte sequence(s) in ${e.name} replaced by U+FFFD` });
  }
  return out;
}
