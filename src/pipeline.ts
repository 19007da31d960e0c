/**
 * The pipeline: a frozen list of stages `(doc, options) => doc` over one
 * document object, then validation into a record. The core knows nothing of
 * files, terminals or threads; the CLI and exporters are thin layers over it.
 */
import type { Doc, DocumentInput, PipelineOptions } from './doc.js';
import { extractContacts } from './extract/contacts/index.js';
import { extractDates } from './extract/dates/index.js';
import { extractEntities } from './extract/entities/index.js';
import { extractMoney } from './extract/money/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { type InputFormat, toDoc } from './ingest/index.js';
import { readSources, type SourceItem, type SourceOptions } from './ingest/sources.js';
import { detectLanguages } from './language/index.js';
import { type ExtractionError, type PressRecord, RecordSchema, SCHEMA_VERSION } from './schema/record.js';
import { analyzeStructure, chooseTitle, locateInBlocks } from './structure/index.js';

export type Stage = (doc: Doc, options: PipelineOptions) => Doc;

/** The stages, in order. Each reads only what earlier stages put on the document. */
export const STAGES: readonly { name: string; run: Stage }[] = Object.freeze([
  { name: 'structure', run: analyzeStructure },
  { name: 'language', run: detectLanguages },
  { name: 'title', run: chooseTitle },
  { name: 'dates', run: extractDates },
  { name: 'entities', run: extractEntities },
  { name: 'quotes', run: extractQuotes },
  { name: 'contacts', run: extractContacts },
  { name: 'money', run: extractMoney },
  { name: 'blocks', run: locateInBlocks },
]);

export interface ExtractOptions extends PipelineOptions {}

/** A record could not be produced; carries the stable code and the input's name. */
export class ExtractionFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionFailure';
  }
}

/** Run every stage over a document and return the validated record (throws ExtractionFailure when invalid). */
export function runPipeline(doc: Doc, options: ExtractOptions = {}): PressRecord {
  const budget = options.timeBudgetMs ?? 60_000;
  const started = performance.now();
  for (const stage of STAGES) {
    stage.run(doc, options);
    const spent = performance.now() - started;
    if (spent > budget) {
      throw new ExtractionFailure('time-budget', `document exceeded the time budget of ${budget} ms (stopped after the ${stage.name} stage, ${Math.round(spent)} ms)`);
    }
  }
  const record = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    source: doc.source,
    text: doc.text,
    title: doc.title,
    publishedAt: doc.publishedAt,
    publishedAtSource: doc.publishedAtSource,
    referenceDate: doc.referenceDate,
    dateline: doc.dateline,
    language: { code: doc.language.code, confidence: doc.language.confidence },
    blocks: doc.blocks,
    people: doc.people,
    organizations: doc.organizations,
    places: doc.places,
    dates: doc.dates,
    quotes: doc.quotes,
    contacts: doc.contacts,
    money: doc.money,
    warnings: doc.warnings,
  };
  const parsed = RecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExtractionFailure('invalid-record', `record failed validation at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function asInput(input: string | DocumentInput): DocumentInput {
  return typeof input === 'string' ? { text: input } : input;
}

/**
 * Extract one validated record from text or a DocumentInput.
 * Relative dates resolve against `input.publishedAt`, a date in the text, or `options.referenceDate` — never the clock.
 */
export async function extract(input: string | DocumentInput, options: ExtractOptions = {}): Promise<PressRecord> {
  return extractSync(input, options);
}

/** Synchronous form of `extract`. */
export function extractSync(input: string | DocumentInput, options: ExtractOptions = {}, format?: InputFormat): PressRecord {
  return runPipeline(toDoc(asInput(input), format), options);
}

/** Name of an input for error entries. */
export function inputName(input: DocumentInput): string {
  if (input.path) return input.line !== undefined ? `${input.path}:${input.line}` : input.path;
  return input.id ?? 'input';
}

/** Turn any failure while extracting one input into an error entry. */
export function toError(input: DocumentInput, e: unknown): ExtractionError {
  const code = e instanceof ExtractionFailure ? e.code : 'extract-failed';
  const reason = e instanceof Error ? e.message : String(e);
  return { input: inputName(input), ...(input.line !== undefined ? { line: input.line } : {}), code, reason };
}

/**
 * Extract records from many inputs, streaming, in input order. A failing input
 * yields an ExtractionError entry; the stream goes on.
 */
export async function* extractAll(
  inputs: Iterable<string | DocumentInput> | AsyncIterable<string | DocumentInput>,
  options: ExtractOptions = {},
): AsyncGenerator<PressRecord | ExtractionError> {
  for await (const raw of inputs as AsyncIterable<string | DocumentInput>) {
    const input = asInput(raw);
    try {
      yield extractSync(input, options);
    } catch (e) {
      yield toError(input, e);
    }
  }
}

/** Read files, folders, globs or `-` (stdin) and extract each document; errors are entries, never exceptions. */
export async function* extractPaths(
  paths: string[],
  options: ExtractOptions & SourceOptions = {},
): AsyncGenerator<PressRecord | ExtractionError> {
  yield* extractItems(readSources(paths, options), options);
}

/** Extract the items `readSources` yields, in order, in this thread. */
export async function* extractItems(items: AsyncIterable<SourceItem>, options: ExtractOptions = {}): AsyncGenerator<PressRecord | ExtractionError> {
  for await (const item of items) {
    if (!item.ok) {
      yield item.error;
      continue;
    }
    try {
      yield extractSync(item.input, options, item.format);
    } catch (e) {
      yield toError(item.input, e);
    }
  }
}
