/**
 * Document-structure scores: title, dateline date and publication date.
 *
 * - A release archive with an `index.jsonl` (`path`, `title`,
 *   `dateline_date_text`): is the record's title the index's title, its
 *   dateline date and its `publishedAt` the index's dateline date?
 * - Dated releases in JSONL (`text`, `date`), such as the US Senate archive:
 *   for the releases whose text states their archive date, is `publishedAt`
 *   (and the reference date) that date?
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractSync } from '../pipeline.js';
import { normalizeDate } from '../ingest/index.js';
import { formatOf } from '../ingest/sources.js';
import type { DocumentInput } from '../doc.js';

export interface Share {
  right: number;
  of: number;
  percent: number;
}

export interface StructureMiss {
  input: string;
  field: 'title' | 'dateline' | 'publishedAt';
  expected: string;
  got: string | null;
}

export interface IndexReport {
  documents: number;
  title: Share;
  /** Over the releases whose index has a dateline date. */
  datelineDate: Share;
  publishedAt: Share;
  misses: StructureMiss[];
  seconds: number;
}

export interface DatedReport {
  documents: number;
  /** Releases whose text states their archive date (a date found in the text has that value). */
  statingDate: number;
  publishedAt: Share;
  referenceDate: Share;
  /** publishedAt over all releases, stated or not. */
  publishedAtAll: Share;
  misses: StructureMiss[];
  seconds: number;
}

const share = (right: number, of: number): Share => ({ right, of, percent: of ? Math.round((1000 * right) / of) / 10 : 0 });
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Score titles and dates against an archive folder's index.jsonl. */
export function evaluateReleaseIndex(dir: string, options: { limit?: number; topErrors?: number } = {}): IndexReport {
  const t0 = performance.now();
  let entries = readJsonl(path.join(dir, 'index.jsonl')).filter((e) => typeof e.path === 'string');
  if (options.limit) entries = entries.slice(0, options.limit);
  const misses: StructureMiss[] = [];
  let title = 0;
  let withDate = 0;
  let dateline = 0;
  let published = 0;
  for (const e of entries) {
    const file = path.join(dir, e.path as string);
    const content = readFileSync(file, 'utf8');
    const fmt = formatOf(file);
    const input: DocumentInput = fmt === 'html' ? { html: content, path: file } : fmt === 'markdown' ? { markdown: content, path: file } : { text: content, path: file };
    const r = extractSync(input);
    if (squash(r.title) === squash(e.title as string)) title++;
    else misses.push({ input: e.path as string, field: 'title', expected: squash(e.title as string), got: r.title });
    const text = e.dateline_date_text;
    if (typeof text === 'string' && text) {
      const want = normalizeDate(text);
      if (!want) continue;
      withDate++;
      if (r.dateline?.date === want) dateline++;
      else misses.push({ input: e.path as string, field: 'dateline', expected: `${want} (${text})`, got: r.dateline?.date ?? null });
      if (r.publishedAt === want) published++;
      else misses.push({ input: e.path as string, field: 'publishedAt', expected: want, got: r.publishedAt });
    }
  }
  return {
    documents: entries.length,
    title: share(title, entries.length),
    datelineDate: share(dateline, withDate),
    publishedAt: share(published, withDate),
    misses: misses.slice(0, options.topErrors ?? 25),
    seconds: Math.round(performance.now() - t0) / 1000,
  };
}

/** Score publication dates against JSONL releases with an archive `date`. */
export function evaluateDatedReleases(file: string, options: { limit?: number; topErrors?: number } = {}): DatedReport {
  const t0 = performance.now();
  let lines = readJsonl(file).filter((l) => typeof l.text === 'string' && typeof l.date === 'string');
  if (options.limit) lines = lines.slice(0, options.limit);
  const misses: StructureMiss[] = [];
  let stating = 0;
  let published = 0;
  let reference = 0;
  let publishedAll = 0;
  for (const l of lines) {
    const want = (l.date as string).slice(0, 10);
    const r = extractSync({ id: String(l.id ?? ''), text: l.text as string });
    if (r.publishedAt === want) publishedAll++;
    if (!r.dates.some((d) => d.value === want)) continue;
    stating++;
    if (r.publishedAt === want) published++;
    else misses.push({ input: String(l.id ?? l.path ?? ''), field: 'publishedAt', expected: want, got: r.publishedAt });
    if (r.referenceDate === want) reference++;
  }
  return {
    documents: lines.length,
    statingDate: stating,
    publishedAt: share(published, stating),
    referenceDate: share(reference, stating),
    publishedAtAll: share(publishedAll, lines.length),
    misses: misses.slice(0, options.topErrors ?? 25),
    seconds: Math.round(performance.now() - t0) / 1000,
  };
}
