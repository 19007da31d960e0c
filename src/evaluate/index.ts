/**
 * `press-facts evaluate`: score the pipeline against gold data. The kind of
 * gold data is recognized from the file: CoNLL-2003, WikiANN, TimeML (.tml or a
 * folder of them), or the Duckling phrase corpus.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type NerReport, evaluateNer, readConll, readFullStack, readWikiann } from './ner.js';
import { type DucklingReport, type TimeMLReport, evaluateDuckling, evaluateTimeML } from './timex.js';
import { type DatedReport, type IndexReport, evaluateDatedReleases, evaluateReleaseIndex } from './structure.js';
import { type GoldReport, evaluateGoldFolder } from './gold.js';
import { type LangIdReport, evaluateLangId } from './langid.js';

export { evaluateNer, readConll, readFullStack, readWikiann, buildDocument, type NerReport, type GoldDocument } from './ner.js';
export { evaluateTimeML, evaluateDuckling, parseTimeML, type TimeMLReport, type DucklingReport } from './timex.js';

export { evaluateReleaseIndex, evaluateDatedReleases, type IndexReport, type DatedReport } from './structure.js';

export { evaluateGoldFolder, compareRecord, type GoldReport, type GoldDocument as AnnotatedDocument } from './gold.js';

export { evaluateLangId, type LangIdReport } from './langid.js';

export type GoldKind = 'conll' | 'fullstack' | 'wikiann' | 'timeml' | 'duckling' | 'release-index' | 'dated-releases' | 'gold' | 'langid';

export type EvaluationReport =
  | ({ kind: 'conll' | 'wikiann' | 'fullstack'; target: string } & NerReport)
  | ({ kind: 'timeml'; target: string } & TimeMLReport)
  | ({ kind: 'duckling'; target: string } & DucklingReport)
  | ({ kind: 'release-index'; target: string } & IndexReport)
  | ({ kind: 'dated-releases'; target: string } & DatedReport)
  | ({ kind: 'gold'; target: string } & GoldReport)
  | ({ kind: 'langid'; target: string } & LangIdReport);

function head(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The first line of a JSONL file as an object, or null (it may be cut off by head()). */
function firstJsonObject(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    // A long first line is cut off at 4 KiB: look at its keys instead.
    return /"date"\s?:/.test(line) && /"text"\s?:/.test(line) ? { date: '', text: '' } : null;
  }
}

/** Recognize the kind of gold data at a path. */
export function goldKind(target: string): GoldKind | null {
  if (statSync(target).isDirectory()) {
    if (readdirSync(target).some((f) => f.endsWith('.gold.json'))) return 'gold';
    if (existsSync(path.join(target, 'sentences')) || existsSync(path.join(target, 'single-words'))) return 'langid';
    return existsSync(path.join(target, 'index.jsonl')) ? 'release-index' : 'timeml';
  }
  if (target.endsWith('.tml')) return 'timeml';
  const text = head(target);
  const firstLine = firstJsonObject(text.split('\n')[0] ?? '');
  if (firstLine && firstLine.date !== undefined && firstLine.text !== undefined) return 'dated-releases';
  if (/"_meta"/.test(text) && /duckling/i.test(text)) return 'duckling';
  if (text.startsWith('# newdoc') || /^\d+\t[^\t]+\t[^\t]*\t[A-Z]+\t[^\t]*\t[^\t]*\t[BIO]/m.test(text)) return 'fullstack';
  if (/^[a-z]{2,3}:\S*\t[BIO]/m.test(text)) return 'wikiann';
  if (/^\S+ \S+ \S+ [BIO](?:-\w+)?$/m.test(text) || text.includes('-DOCSTART-')) return 'conll';
  return null;
}

/** Evaluate one gold file or folder. */
export async function evaluate(target: string, options: { topErrors?: number; limit?: number; forwardDates?: boolean } = {}): Promise<EvaluationReport> {
  const kind = goldKind(target);
  switch (kind) {
    case 'conll':
    case 'fullstack':
    case 'wikiann': {
      let docs = kind === 'conll' ? readConll(target) : kind === 'fullstack' ? readFullStack(target) : readWikiann(target);
      if (options.limit) docs = docs.slice(0, options.limit);
      return { kind, target, ...evaluateNer(docs, options) };
    }
    case 'timeml':
      return { kind, target, ...evaluateTimeML([target], options) };
    case 'duckling':
      return { kind, target, ...evaluateDuckling(target, options) };
    case 'release-index':
      return { kind, target, ...evaluateReleaseIndex(target, options) };
    case 'dated-releases':
      return { kind, target, ...evaluateDatedReleases(target, options) };
    case 'gold':
      return { kind, target, ...(await evaluateGoldFolder(target, options)) };
    case 'langid':
      return { kind, target, ...evaluateLangId(target, options) };
    default:
      throw new Error(`cannot tell what kind of gold data "${target}" is (CoNLL, WikiANN, TimeML .tml, Duckling JSONL, a release folder with index.jsonl, JSONL releases with "date" and "text", a folder with *.gold.json)`);
  }
}
