/**
 * Named-entity evaluation: reads CoNLL-2003 (IOB1) and WikiANN (IOB2) files,
 * builds each document as tokens joined by single spaces and sentences joined
 * by newlines, runs the normal pipeline, and scores PER/ORG/LOC mentions:
 * exact and overlapping spans, per type, plus document-level recall and the
 * most frequent errors.
 */
import { readFileSync } from 'node:fs';
import { extractSync } from '../pipeline.js';
import type { PressRecord } from '../schema/record.js';

export type EntityType = 'PER' | 'ORG' | 'LOC';
export const ENTITY_TYPES: EntityType[] = ['PER', 'ORG', 'LOC'];

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface GoldDocument {
  id: string;
  text: string;
  spans: GoldSpan[];
}

interface Token {
  form: string;
  tag: string;
}

/** Map corpus types to ours; MISC and others are not scored. */
function typeOf(label: string): EntityType | null {
  const t = label.toUpperCase();
  if (t === 'PER' || t === 'PERSON') return 'PER';
  if (t === 'ORG' || t === 'ORGANIZATION') return 'ORG';
  if (t === 'LOC' || t === 'GPE' || t === 'LOCATION') return 'LOC';
  return null;
}

/** Build a document from sentences of tagged tokens (IOB1 or IOB2). */
export function buildDocument(id: string, sentences: Token[][]): GoldDocument {
  let text = '';
  const spans: GoldSpan[] = [];
  sentences.forEach((sentence, si) => {
    if (si > 0) text += '\n';
    let open: { start: number; end: number; label: string } | null = null;
    const close = () => {
      if (open) {
        const type = typeOf(open.label);
        if (type) spans.push({ start: open.start, end: open.end, type });
      }
      open = null;
    };
    sentence.forEach((tok, ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += tok.form;
      const end = text.length;
      const m = /^([BI])-(.+)$/.exec(tok.tag);
      if (!m) {
        close();
        return;
      }
      const [, bio, label] = m;
      const current = open as { start: number; end: number; label: string } | null;
      if (bio === 'B' || !current || current.label !== label) {
        close();
        open = { start, end, label };
      } else {
        current.end = end;
      }
    });
    close();
  });
  return { id, text, spans };
}

/**
 * Documents from a token-per-line file: `docBreak` lines start a document, blank lines end a
 * sentence, and `token` reads a line (null for lines that are not tokens).
 */
function readTokenLines(file: string, docBreak: (line: string) => boolean, token: (line: string) => Token | null): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let sentences: Token[][] = [];
  let sentence: Token[] = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDocument(`${file}#${docs.length + 1}`, sentences));
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (docBreak(line)) flushDoc();
    else if (!line.trim()) flushSentence();
    else {
      const t = token(line);
      if (t) sentence.push(t);
    }
  }
  flushDoc();
  return docs;
}

/** CoNLL-2003: `token POS chunk NER`, blank lines between sentences, -DOCSTART- between documents. */
export function readConll(file: string): GoldDocument[] {
  return readTokenLines(
    file,
    (line) => line.startsWith('-DOCSTART-'),
    (line) => {
      const parts = line.split(' ');
      return { form: parts[0]!, tag: parts[parts.length - 1]! };
    },
  );
}

/**
 * LUMII FullStack Latvian NER (CoNLL-U-like, tab-separated: ID FORM LEMMA UPOS XPOS FEATS BIO_outer …):
 * `# newdoc` starts a document, blank lines end sentences; the outer BIO column is scored
 * (person → PER, organization → ORG, GPE and location → LOC).
 */
export function readFullStack(file: string): GoldDocument[] {
  return readTokenLines(
    file,
    (line) => line.startsWith('# newdoc'),
    (line) => {
      if (line.startsWith('#')) return null;
      const cols = line.split('\t');
      if (cols.length < 7 || !/^\d+$/.test(cols[0]!)) return null; // multi-word token ranges, empty nodes
      return { form: cols[1]!, tag: cols[6]!.trim() || 'O' };
    },
  );
}

/** WikiANN: `lang:token<TAB>tag`, blank lines between sentences; `perDocument` sentences make one document. */
export function readWikiann(file: string, perDocument = 1): GoldDocument[] {
  const sentences: Token[][] = [];
  let sentence: Token[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (sentence.length) sentences.push(sentence);
      sentence = [];
      continue;
    }
    const [tokenPart, tag] = line.split('\t');
    sentence.push({ form: tokenPart.replace(/^[a-z]{2,3}:/, ''), tag: (tag ?? 'O').trim() });
  }
  if (sentence.length) sentences.push(sentence);
  const docs: GoldDocument[] = [];
  for (let i = 0; i < sentences.length; i += perDocument) docs.push(buildDocument(`${file}#${i + 1}`, sentences.slice(i, i + perDocument)));
  return docs;
}

/** The pipeline's mentions as typed spans. */
export function predictedSpans(record: PressRecord): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const p of record.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: 'PER' });
  for (const o of record.organizations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, type: 'ORG' });
  for (const p of record.places) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: 'LOC' });
  return out.sort((a, b) => a.start - b.start);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 10;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...c };
}

export interface NerReport {
  documents: number;
  seconds: number;
  exact: Record<EntityType | 'micro', Prf>;
  overlap: Record<EntityType | 'micro', Prf>;
  /** Share of distinct gold entity names (per document and type) found at least once with the right type. */
  documentLevel: Record<EntityType | 'micro', Prf>;
  errors: { kind: 'missed' | 'spurious' | 'wrong-type' | 'boundary'; text: string; type: string; count: number }[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Score the pipeline on gold documents. */
export function evaluateNer(docs: GoldDocument[], options: { topErrors?: number } = {}): NerReport {
  const exact: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  const overlap: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  const docLevel: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  const errors = new Map<string, { kind: NerReport['errors'][number]['kind']; text: string; type: string; count: number }>();
  const addError = (kind: NerReport['errors'][number]['kind'], text: string, type: string) => {
    const key = `${kind}\u0000${text}\u0000${type}`;
    const e = errors.get(key) ?? { kind, text, type, count: 0 };
    e.count++;
    errors.set(key, e);
  };
  const started = process.hrtime.bigint();
  for (const doc of docs) {
    const record = extractSync({ id: doc.id, text: doc.text });
    const pred = predictedSpans(record);
    const key = (s: GoldSpan) => `${s.start}:${s.end}`;
    const goldByKey = new Map(doc.spans.map((s) => [key(s), s]));
    const predByKey = new Map(pred.map((s) => [key(s), s]));
    for (const g of doc.spans) {
      const p = predByKey.get(key(g));
      if (p && p.type === g.type) exact[g.type].tp++;
      else {
        exact[g.type].fn++;
        const ov = pred.find((q) => q.start < g.end && g.start < q.end);
        const text = doc.text.slice(g.start, g.end);
        if (!ov) addError('missed', text, g.type);
        else if (ov.start === g.start && ov.end === g.end) addError('wrong-type', text, `${g.type}→${ov.type}`);
        else addError('boundary', `${text} ≠ ${doc.text.slice(ov.start, ov.end)}`, g.type);
      }
      const ovSame = pred.some((q) => q.type === g.type && q.start < g.end && g.start < q.end);
      if (ovSame) overlap[g.type].tp++;
      else overlap[g.type].fn++;
    }
    for (const p of pred) {
      const g = goldByKey.get(key(p));
      if (!g || g.type !== p.type) {
        exact[p.type].fp++;
        if (!doc.spans.some((q) => q.start < p.end && p.start < q.end)) addError('spurious', doc.text.slice(p.start, p.end), p.type);
      }
      if (!doc.spans.some((q) => q.type === p.type && q.start < p.end && p.start < q.end)) overlap[p.type].fp++;
    }
    // Document level: distinct names per type.
    const goldNames = new Set(doc.spans.map((s) => `${s.type}\u0000${doc.text.slice(s.start, s.end).toLowerCase()}`));
    const predNames = new Set(pred.map((s) => `${s.type}\u0000${doc.text.slice(s.start, s.end).toLowerCase()}`));
    for (const n of goldNames) {
      const t = n.split('\u0000')[0];
      if (predNames.has(n)) docLevel[t].tp++;
      else docLevel[t].fn++;
    }
    for (const n of predNames) if (!goldNames.has(n)) docLevel[n.split('\u0000')[0]].fp++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summarize = (table: Record<string, Counts>) => {
    const micro = zero();
    const out = {} as Record<EntityType | 'micro', Prf>;
    for (const t of ENTITY_TYPES) {
      out[t] = prf(table[t]);
      micro.tp += table[t].tp;
      micro.fp += table[t].fp;
      micro.fn += table[t].fn;
    }
    out.micro = prf(micro);
    return out;
  };
  const top = [...errors.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)).slice(0, options.topErrors ?? 25);
  return { documents: docs.length, seconds: Math.round(seconds * 100) / 100, exact: summarize(exact), overlap: summarize(overlap), documentLevel: summarize(docLevel), errors: top };
}
