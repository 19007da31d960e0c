/**
 * The document object every stage reads and extends (in the manner of a vfile):
 * ingestion fills `text` and hints, later stages add blocks, language, mentions
 * and facts. Only `src/pipeline.ts` turns it into a validated record.
 */
import type {
  Block,
  Contacts,
  DateMention,
  Dateline,
  Diagnostic,
  Money,
  Organization,
  Person,
  Place,
  Quote,
  Source,
} from './schema/record.js';

/** What a caller can hand to `extract`: raw text, HTML or Markdown plus optional metadata. */
export interface DocumentInput {
  /** Stable identifier; derived from `path` (and `line`) or the content when absent. */
  id?: string;
  /** Plain text. Kept exactly as given: spans index into it. */
  text?: string;
  /** An HTML page; its main text becomes `record.text`. */
  html?: string;
  /** A Markdown document; its plain text becomes `record.text`. */
  markdown?: string;
  title?: string;
  url?: string;
  /** Publication date (`YYYY-MM-DD` or any ISO timestamp); the reference date for relative dates. */
  publishedAt?: string;
  /** Language hint (ISO 639-1/3). */
  language?: string;
  /** Where the input came from, for `record.source`. */
  path?: string;
  /** Line within a JSONL archive. */
  line?: number;
  /** How the bytes were decoded, when press-facts read them (files, stdin). */
  encoding?: EncodingInfo;
}

export interface EncodingInfo {
  /** WHATWG / IANA name, lower case: utf-8, utf-16le, windows-1257 … */
  name: string;
  /** bom, utf-8 (valid UTF-8), utf-16-heuristic, declared (an HTML page's charset), detected (chardet). */
  source: 'bom' | 'utf-8' | 'utf-16-heuristic' | 'declared' | 'detected';
  /** Detection confidence, 0–100. */
  confidence?: number;
  /** Undecodable byte sequences replaced by U+FFFD. */
  replaced: number;
}

/** A candidate entity mention proposed by an extractor, before refinement into entities. */
export interface EntityCandidate {
  start: number;
  end: number;
  kind: 'person' | 'organization' | 'place';
  /** Canonical form proposed by the extractor (e.g. without a possessive). */
  name: string;
  /** Higher wins when candidates overlap. */
  score: number;
  /** Why the extractor proposed it (for debugging and evaluation). */
  evidence: string;
  /** ISO 3166-1 alpha-2 code of a gazetteer place. */
  countryCode: string | undefined;
}

/**
 * A candidate with every field present, always created here: all candidates share one
 * object shape, so the code that reads them stays monomorphic (V8 stops re-optimizing
 * the linker and the classifier when a candidate with another shape comes along).
 */
export function entityCandidate(
  start: number,
  end: number,
  kind: EntityCandidate['kind'],
  name: string,
  score: number,
  evidence: string,
  countryCode?: string,
): EntityCandidate {
  return { start, end, kind, name, score, evidence, countryCode };
}

export interface RoleCandidate {
  /** Span of the person mention the role belongs to. */
  personStart: number;
  title: string;
  organization?: string;
  start: number;
  end: number;
}

export interface Doc {
  id: string;
  source: Source;
  text: string;
  title: string | null;
  publishedAt: string | null;
  publishedAtSource: 'input' | 'html-meta' | 'text' | 'option' | null;
  /** Date relative expressions are resolved against. */
  referenceDate: string | null;
  /** Metadata from the input or the page (`<html lang>`, meta dates) that later stages may use. */
  hints: { language?: string; publishedAt?: string; publishedAtSource?: 'input' | 'html-meta'; title?: string };
  dateline: Dateline | null;
  /** Where the text states its publication date, when that is not in a dateline (a date standing alone near the top). */
  publishedAtSpan?: { start: number; end: number };
  blocks: Block[];
  language: { code: string; confidence: number };
  candidates: EntityCandidate[];
  roleCandidates: RoleCandidate[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  dates: DateMention[];
  quotes: Quote[];
  contacts: Contacts;
  money: Money[];
  warnings: Diagnostic[];
}

/** Options shared by every stage. */
export interface PipelineOptions {
  /** Reference date (YYYY-MM-DD) for documents that carry none of their own. */
  referenceDate?: string;
  /**
   * Read a date with no tense to go by ("Monday", "October 6", "the first Tuesday of October") as the coming one,
   * as event listings and schedules mean it (chrono's forwardDate). Default: the nearest one, or as the sentence's
   * tense says ("was held on Monday": the last one; "will open on Monday": the coming one).
   */
  forwardDates?: boolean;
  /** Languages the detector may choose from (ISO 639-1 or 639-3). Default: a broad European set. */
  languages?: string[];
  /**
   * Time budget per document in milliseconds (default 60,000). Checked between stages: a document
   * that exceeds it becomes an error entry (`time-budget`) and the batch goes on.
   */
  timeBudgetMs?: number;
}

export function warn(doc: Doc, stage: string, code: string, message: string, span?: { start: number; end: number }): void {
  doc.warnings.push({ code, stage, message, ...(span ? { start: span.start, end: span.end } : {}) });
}
