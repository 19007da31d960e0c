/**
 * The entity stage: people (with roles), organizations and places.
 * Works block by block (cost linear in document length): tokenize, propose
 * candidates, find roles; then link mentions into entities across the document.
 */
import type { Doc } from '../../doc.js';
import { type ChunkContext, proposeEntities } from './candidates.js';
import { linkEntities } from './link.js';
import { findRoles } from './roles.js';
import { type Token, tokenize } from './tokens.js';

export { tokenize } from './tokens.js';
export { initials } from './link.js';

/** A block written in capitals: most letters upper-case. */
function isShouting(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    const l = t.text.replace(/[^\p{L}]/gu, '');
    letters += l.length;
    if (t.allCaps) upper += l.length;
  }
  return letters >= 12 && upper / letters > 0.6;
}

/** A headline in title case ("Acme Robotics Raises $40 Million Series B"): capitals say nothing there. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.75;
}

export function extractEntities(doc: Doc): Doc {
  const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
  const perBlock = blocks.map((b) => tokenize(doc.text, b.start, b.end));
  const midSentenceCaps = new Set<string>();
  const lowerWords = new Set<string>();
  for (const tokens of perBlock) {
    for (const t of tokens) {
      if (!t.word) continue;
      if (t.cap && !t.sentenceStart && !t.allCaps) midSentenceCaps.add(t.lower.replace(/['’]s$/u, ''));
      else if (!t.cap) lowerWords.add(t.lower);
    }
  }
  const allTokens: Token[] = [];
  perBlock.forEach((tokens, b) => {
    const block = doc.blocks[b];
    const headline = block && (block.kind === 'headline' || block.kind === 'caption');
    const shouting = isShouting(tokens) || (headline && isTitleCase(tokens));
    const language = block?.language && block.language !== 'und' ? block.language : doc.language.code;
    const ctx: ChunkContext = { text: doc.text, tokens, midSentenceCaps, lowerWords, shouting, language };
    const { candidates, roles } = proposeEntities(ctx);
    const found = findRoles(tokens, candidates, doc.text);
    doc.candidates.push(...candidates, ...found.organizations);
    doc.roleCandidates.push(...roles, ...found.roles);
    for (const t of tokens) allTokens.push(t);
  });
  const linked = linkEntities(doc.text, doc.candidates, doc.roleCandidates, allTokens);
  doc.people = linked.people;
  doc.organizations = linked.organizations;
  doc.places = linked.places;
  return doc;
}
