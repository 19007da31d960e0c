/**
 * Quotes: quoted speech of at least a few words, with the speaker when the
 * text attributes it ("…," said Jane Doe / Jane Doe said: "…" / "…," she added
 * after a named quote). Runs after the entity stage, whose people it links to.
 */
import type { Doc } from '../../doc.js';
import { REPORTING_VERBS } from '../../lexicons/index.js';
import type { Quote } from '../../schema/record.js';

/** Curly quotes pair exactly; straight quotes pair within a paragraph. */
const QUOTED = /“([^“”\n]{1,3000})”|„([^“”„\n]{1,3000})[“”]|«\s?([^«»\n]{1,3000}?)\s?»|(?<![\p{L}\p{N}])"([^"\n]{1,3000})"/gu;
const PRONOUN = /^(?:he|she|they|we)$/i;
/** A sentence end that is not the dot of "Dr." or an initial. */
const SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Inc|Ltd|Co|Jr|Sr|Hon|Rev|\p{Lu}))[.!?]\s|\n/u;

export function extractQuotes(doc: Doc): Doc {
  const text = doc.text;
  const personAt: { start: number; end: number; name: string }[] = [];
  for (const p of doc.people) for (const m of p.mentions) personAt.push({ start: m.start, end: m.end, name: p.name });
  personAt.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  let lastSpeaker: string | undefined;
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (inner.trim().split(/\s+/).length < 5) continue;
    const start = m.index + m[0].indexOf(inner);
    const end = start + inner.length;
    // After: ', said Jane Doe' / 'Jane Doe said' / 'she continues' within the sentence.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const afterSentence = after.split(SENTENCE_END)[0];
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const beforeSentence = before.split(SENTENCE_END).pop() ?? '';
    let speaker: string | undefined;
    const mentionIn = (from: number, to: number) => {
      let lo = 0;
      let hi = personAt.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (personAt[mid].start < from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < personAt.length && personAt[k].start < to; k++) if (personAt[k].end <= to) return personAt[k];
      return undefined;
    };
    const hasVerb = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).some((w) => REPORTING_VERBS.has(w)) || /according to/i.test(s);
    const afterStart = m.index + m[0].length;
    if (hasVerb(afterSentence)) {
      const p = mentionIn(afterStart, afterStart + afterSentence.length);
      if (p) speaker = p.name;
      else if (PRONOUN.test(afterSentence.trim().replace(/^[,\s]+/, '').split(/\s+/)[0] ?? '')) speaker = lastSpeaker;
    }
    if (!speaker && (hasVerb(beforeSentence) || /:\s*$/.test(beforeSentence))) {
      const p = mentionIn(m.index - beforeSentence.length, m.index);
      if (p) speaker = p.name;
    }
    // A second quote right after a attributed one, with no attribution of its own, continues it.
    const prev = quotes[quotes.length - 1];
    if (!speaker && prev?.speaker && start - prev.end < 200 && !text.slice(prev.end, start).includes('\n')) speaker = prev.speaker;
    if (speaker) lastSpeaker = speaker;
    quotes.push({ start, end, text: text.slice(start, end), ...(speaker ? { speaker } : {}) });
  }
  doc.quotes = quotes;
  return doc;
}
