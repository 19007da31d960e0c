/**
 * Document structure: blocks with kinds and spans (headline, dateline,
 * paragraphs, "About …" boilerplate, media contact, end marks, disclaimers),
 * the dateline {place, date}, and the title and publication date chosen from
 * the best evidence.
 */
import { type Doc, warn } from '../doc.js';
import type { Block, BlockKind } from '../schema/record.js';
import { findDates, statesDay } from '../extract/dates/index.js';
import { isSpace, trimEndWhile } from '../util/text.js';
import { lookupPlace } from '../lexicons/index.js';

/** Split text into blocks at blank lines; spans exclude surrounding white space. */
export function splitBlocks(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /\n[ \t\r\f\u00a0]*\n/g;
  let from = 0;
  const push = (s: number, e: number) => pushTo(spans, text, s, e);
  for (const m of text.matchAll(re)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  // Very long blocks (text without blank lines) are cut at single newlines so later stages work on bounded pieces.
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    if (s.end - s.start <= 5000) {
      out.push(s);
      continue;
    }
    let a = s.start;
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(/\n/g)) {
      const at = s.start + m.index;
      if (at - a >= 1000) {
        pushTo(out, text, a, at);
        a = at + 1;
      }
    }
    pushTo(out, text, a, s.end);
  }
  // Still-long pieces (no newlines at all) are cut after a sentence end between 3,000 and 5,000 characters.
  const final: { start: number; end: number }[] = [];
  for (const s of out) {
    let a = s.start;
    while (s.end - a > 5000) {
      const window = text.slice(a + 3000, a + 5000);
      let cut = -1;
      for (const m of window.matchAll(/[.!?]["”’)]?\s+/gu)) cut = a + 3000 + m.index + m[0].length;
      if (cut < 0) {
        const sp = text.lastIndexOf(' ', a + 5000);
        cut = sp > a + 3000 ? sp + 1 : a + 5000;
      }
      const before = final.length;
      pushTo(final, text, a, cut);
      if (final.length === before && cut <= a) break;
      a = cut;
    }
    pushTo(final, text, a, s.end);
  }
  return final;
}

function pushTo(list: { start: number; end: number }[], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) list.push({ start: s, end: e });
}

const END_MARK = /^(?:#{3}|# # #|-\s?(?:ends?|END)\s?-|–\s?ENDS?\s?–|\*{3}|END)$/i;
const ABOUT = /^(?:about|über|à propos d[eu']|acerca de|sobre|par)\s[^\n]{1,120}?(?::|\n|$)/i;
const CONTACT = /^(?:media|press|investor|news)?\s?(?:contacts?|inquiries|enquiries|relations)\b|^for (?:more|further) information|^kontakt|^contacto|^kontaktinformācija/i;
const DISCLAIMER = /forward[- ]looking statements?|safe harbou?r|this press release (?:contains|includes|may contain)/i;
const LIST_ITEM = /^(?:[*•·▪◦-]|\d{1,2}[.)])\s/;
/** A prefix that cannot be a dateline place: function words that start ordinary sentences. */
const NOT_PLACE = /^(?:on|in|at|by|as|from|since|until|till|today|the|this|that|last|next|for|during|after|before|of|between|and|with|effective|dated?|posted|published|updated|released)\b/i;

function classify(text: string, index: number, total: number, afterAbout: boolean): BlockKind {
  const t = text.trim();
  if (END_MARK.test(t)) return 'end-mark';
  if (DISCLAIMER.test(t.slice(0, 300))) return 'disclaimer';
  if (CONTACT.test(t) && t.length < 800) return 'contact';
  if (ABOUT.test(t)) return 'about';
  if (LIST_ITEM.test(t)) return 'list-item';
  if (index === 0 && total > 1 && t.length <= 300 && !t.includes('\n') && !/[.!?:;,]["”’)]?$/.test(t)) return 'headline';
  if (t.length <= 120 && !t.includes('\n') && !/[.!?:;,]["”’)]?$/.test(t) && !/^\p{Ll}/u.test(t)) return afterAbout ? 'about' : 'heading';
  return afterAbout ? 'about' : 'paragraph';
}

/** A time after a dateline's date: "12:44 AM EDT", "at 10 AM", "@ 4:31 PM America/Dawson_Creek", "17:33". */
const TIME = String.raw`(?:\s{0,3}(?:@|at)?\s{0,3}\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:[AaPp]\.?[Mm]\.?)?(?:\s{1,3}[A-Z][A-Za-z_/]{1,40})?)`;
/** A wire tag: "/24-7PressRelease/", "(NewMediaWire)", "/ Example Newswire/". */
const WIRE = String.raw`(?:\s{0,3}\/[^/\n]{1,60}\/|\s{0,3}[(\[][^()\[\]\n]{1,60}[)\]])`;
const SEP = String.raw`\s{0,3}(?:--|—|–|-|:|\||·|\/(?![^/\n]{1,60}\/)|;)`;
/** Text after a dateline's date that still belongs to it: a closing bracket, a time, a wire name, a separator. */
const DATELINE_TAIL = new RegExp(String.raw`^[)\]]?(?:${TIME}(?=\s{0,3}(?:--|—|–|-|:|\||·|\/|;|[(\[]|$)))?${WIRE}?${SEP}(?:${WIRE}${SEP})?\s{0,3}`, 'u');
/** The rest of a block that is only a time (and a time zone) after a date standing alone. */
const TIME_ONLY = new RegExp(String.raw`^[)\]]?${TIME}?\s*$`, 'u');
/** A wire service named in a dateline ("PR Karma", "ThriveNewsWire"): not part of the place. */
const WIRE_NAME = /wire|press|news|\bPR\b|release|media/i;
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’&\s-]{0,60}(?:,\s{0,2}[\p{L}\p{M}.'’\s-]{1,30}){0,5}$/u;

/** Lower-case words a place's name may hold: "Playa del Carmen", "Stratford-upon-Avon", "NEW YORK, NY and DENVER, CO". */
const PLACE_PARTICLES = /^(?:de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|el|al|von|van|der|den|am|an|im|upon|on|sur|en|y|e|and|et|und|of|the|au|aux|bei)$/;

/** Is every word of a dateline's place capitalized or a particle? "Users can deposit AREA for trading since" is a sentence. */
function placeWords(place: string): boolean {
  return place.split(/[\s,]+/).every((w) => w === '' || !/^\p{Ll}/u.test(w) || PLACE_PARTICLES.test(w));
}

/** The place of a dateline from the text before its date: wire tags and separators removed. */
function datelinePlace(prefix: string): string | null {
  const cleaned = trimEndWhile(prefix.replace(/[(\[][^()\[\]]{0,60}[)\]]/g, ' '), (c) => ',–—:/|-([;'.includes(c) || isSpace(c));
  const segments = cleaned
    .split(/\s[/|]\s/)
    .map((x) => trimEndWhile(x, (c) => ',–—:-'.includes(c) || isSpace(c)).trim())
    .filter((x) => x && !WIRE_NAME.test(x));
  if (segments.length === 0) return cleaned.trim() === '' ? '' : null;
  if (!segments.every((x) => PLACE.test(x) && !NOT_PLACE.test(x) && placeWords(x))) return null;
  return segments.join(' / ');
}

/** Find a dateline at the start of a block: "RIGA, 9 July 2024 –", "Washington, D.C. --", "July 17, 2025 —". */
export function findDateline(text: string, block: { start: number; end: number }): Doc['dateline'] {
  // Leading format characters (a zero-width joiner left by a web page) are not part of the dateline.
  let from = block.start;
  while (from < block.end && /[\p{Cf}\s]/u.test(text[from]!)) from++;
  const head = text.slice(from, Math.min(block.end, from + 260));
  const dates = findDates(head, null).filter((d) => statesDay(head, d));
  const first = dates[0];
  if (first && first.start <= 160) {
    const prefix = head.slice(0, first.start);
    const tail = head.slice(first.end);
    const rest = text.slice(from + first.end, block.end);
    const wholeBlock = rest.length <= 80 && TIME_ONLY.test(rest);
    const sep = wholeBlock ? null : DATELINE_TAIL.exec(tail);
    const place = datelinePlace(prefix);
    // A wire tag ("/24-7PressRelease/", "(Newsworthy.ai)") ends a dateline even without a dash after it.
    const wire = !sep && !wholeBlock ? /^\s{0,3}(?:\/[^/\n]{1,60}\/|\([^()\n]{1,40}\))/u.exec(tail) : null;
    if (place !== null && (sep || wire || wholeBlock)) {
      const end = wholeBlock ? block.end - (rest.length - rest.trimEnd().length) : from + first.end + (sep ? sep[0].trimEnd().length : wire![0].length);
      return { start: from, end, place: place || null, date: first.value };
    }
  }
  // Place-only datelines: "WASHINGTON, D.C. – " / "RIGA — "
  const m = /^(\p{Lu}[\p{Lu}\p{M}.'’\s-]{1,40}(?:,\s{0,2}\p{Lu}[\p{L}\p{M}.\s]{0,20}){0,2})\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?(?:--|—|–)\s{0,3}/u.exec(head);
  if (m && !/\n/.test(m[1])) {
    return { start: from, end: from + m[0].trimEnd().length, place: m[1].trim(), date: null };
  }
  return null;
}

/** How far into the text a date standing alone may be taken for the publication date (after menus, headline, by-lines). */
const DATE_LINE_ZONE = 1500;
/** Words that, just before a date, make it part of a sentence or an event, not the release's own date. */
const NOT_DATE_LINE_BEFORE =
  /(?:^|[^\p{L}])(?:on|in|at|by|as of|from|since|until|till|through|thru|to|and|or|of|the|before|after|between|beginning|starting|effective|ended|ending|ends|end|due|deadline|date|dates|when|time|where|held|scheduled|for|than|today|now)\s{0,3}[:,]?\s{0,3}$/iu;
/** Labels that say a date is the publication date. */
const PUBLISHED_LABEL = /(?:^|[.!?|]\s{0,3}|\n\s{0,3})(?:published|posted|released|issued|dated|release date|press release|news release|media release|for (?:immediate )?release)\s{0,3}[:,-]?\s{0,3}$/iu;
/** A dateline place in capitals right after the date ("… 2007 WASHINGTON"): the date heads the release. */
const CAPS_AFTER = /^[,.]?\s{0,3}\p{Lu}{2}/u;

/**
 * A date standing alone near the top of a release that has no dated dateline:
 * "Tuesday, December 18, 2007 WASHINGTON …", "July 30, 2024 at 10 AM",
 * "Posted: May 5, 2025". Not a date inside a sentence ("on", "by", "ended" …
 * before it, a lower-case word after it), not one in the headline.
 */
export function findDateLine(text: string, blocks: readonly { start: number; end: number; kind: BlockKind }[]): { start: number; end: number; value: string } | null {
  const zone = text.slice(0, DATE_LINE_ZONE);
  const headline = blocks.find((b) => b.kind === 'headline');
  for (const d of findDates(zone, null)) {
    if (!statesDay(zone, d)) continue;
    const lineStart = Math.max(zone.lastIndexOf('\n', d.start - 1) + 1, d.start - 80);
    const before = zone.slice(lineStart, d.start);
    const after = text.slice(d.end, d.end + 40);
    const labelled = PUBLISHED_LABEL.test(before);
    if (headline && d.start >= headline.start && d.end <= headline.end && !labelled) continue;
    if (!labelled) {
      if (NOT_DATE_LINE_BEFORE.test(before) || /\d\s{0,3}$/u.test(before)) continue;
      // Inside a sentence: the word before it is in lower case — unless a dateline place in capitals follows.
      if (/(?:^|[^\p{L}'’])\p{Ll}[\p{L}'’]{0,40}[,;]?\s{0,3}$/u.test(before) && !/[.!?]\s{0,3}$/u.test(before) && !CAPS_AFTER.test(after) && !placeFollows(after)) continue;
    }
    // After it: the end, a line break, a capitalized word, a separator or a time — not a lower-case word.
    const next = /^[)\]]?\s*(?:(?:at|@)\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?(.?)/u.exec(after)!;
    const c = next[1] ?? '';
    if (c && /\p{Ll}/u.test(c)) continue;
    if (c === ',' && /^,\s*\p{Ll}/u.test(after)) continue;
    return { start: d.start, end: d.end, value: d.value };
  }
  return null;
}

/** The end of a block without its trailing white space. */
function trimmedEnd(text: string, block: { start: number; end: number }): number {
  let end = block.end;
  while (end > block.start && isSpace(text[end - 1]!)) end--;
  return end;
}

/** Does a known place (in the gazetteer) follow: "… 2007 Washington D C", "… 2005 Bismarck Senator …"? */
function placeFollows(after: string): boolean {
  const words = /^[,.]?\s{0,3}(\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s(\p{Lu}[\p{L}\p{M}.'’-]*))?(?:\s(\p{Lu}[\p{L}\p{M}.'’-]*))?/u.exec(after);
  if (!words) return false;
  const parts = words.slice(1).filter(Boolean) as string[];
  for (let n = parts.length; n >= 1; n--) {
    if (lookupPlace(parts.slice(0, n).join(' ').replace(/[.,]$/, '').toLowerCase())) return true;
  }
  return false;
}

/** The structure stage. */
export function analyzeStructure(doc: Doc): Doc {
  const spans = splitBlocks(doc.text);
  let afterAbout = false;
  const blocks: Block[] = spans.map((s, i) => {
    const kind = classify(doc.text.slice(s.start, s.end), i, spans.length, afterAbout);
    if (kind === 'about') afterAbout = true;
    if (kind === 'contact' || kind === 'end-mark' || kind === 'disclaimer') afterAbout = false;
    return { ...s, kind, language: 'und', confidence: 0 };
  });
  // The first block is the headline when the input or the page names it as the title.
  const first = blocks[0];
  if (first && doc.hints.title && doc.text.slice(first.start, first.end).replace(/\s+/g, ' ') === doc.hints.title) first.kind = 'headline';
  doc.blocks = blocks;

  // Dateline: in the first blocks after the headline. A date alone on its line may be followed by the
  // real dateline ("RIGA, 2 October 2024 –") in the next paragraph: that one, with its place, wins.
  let paragraphs = 0;
  for (const block of blocks.slice(0, 6)) {
    if (block.kind === 'caption') continue;
    const dl = findDateline(doc.text, block);
    // A headline is searched only for a date that is the whole block: then it was no headline.
    if (block.kind === 'headline' && !(dl && dl.end >= trimmedEnd(doc.text, block))) continue;
    if (dl) {
      const wholeBlock = dl.end >= trimmedEnd(doc.text, block);
      if (doc.dateline && !(dl.place && dl.date === doc.dateline.date)) break;
      doc.dateline = dl;
      if (wholeBlock) block.kind = 'dateline';
      if (!wholeBlock || dl.place) break;
      continue;
    }
    if (doc.dateline || (block.kind === 'paragraph' && ++paragraphs >= 2)) break;
  }

  if (doc.hints.publishedAt) {
    doc.publishedAt = doc.hints.publishedAt;
    doc.publishedAtSource = doc.hints.publishedAtSource ?? 'input';
    if (doc.dateline?.date && doc.dateline.date !== doc.publishedAt) {
      warn(doc, 'structure', 'published-date-mismatch', `dateline says ${doc.dateline.date}, ${doc.publishedAtSource} says ${doc.publishedAt}`, doc.dateline);
    }
  } else if (doc.dateline?.date) {
    doc.publishedAt = doc.dateline.date;
    doc.publishedAtSource = 'text';
  } else {
    const line = findDateLine(doc.text, blocks);
    if (line) {
      doc.publishedAt = line.value;
      doc.publishedAtSource = 'text';
      doc.publishedAtSpan = { start: line.start, end: line.end };
    }
  }
  return doc;
}

/**
 * After language detection: a short first block in another language than the
 * document is a caption, not a headline; the title falls back to the headline.
 */
export function chooseTitle(doc: Doc): Doc {
  const first = doc.blocks[0];
  // Only a line long enough to call, and called with some confidence: "Acme opens office" stays a headline.
  const letters = first ? (doc.text.slice(first.start, first.end).match(/\p{L}/gu) ?? []).length : 0;
  if (
    first &&
    first.kind === 'headline' &&
    !doc.hints.title &&
    letters >= 20 &&
    first.confidence >= 0.25 &&
    first.language !== 'und' &&
    doc.language.code !== 'und' &&
    first.language !== doc.language.code
  ) {
    first.kind = 'caption';
  }
  if (doc.hints.title) doc.title = doc.hints.title;
  else if (first && first.kind === 'headline') doc.title = doc.text.slice(first.start, first.end).replace(/\s+/g, ' ');
  return doc;
}

/**
 * The last stage: every mention, date, quote and amount says which kind of
 * block it is in, and every entity the kinds of all blocks it is mentioned
 * in — so users can leave out an "About" paragraph or a contact block.
 */
export function locateInBlocks(doc: Doc): Doc {
  const blocks = [...doc.blocks].sort((a, b) => a.start - b.start);
  const kindAt = (start: number): BlockKind | undefined => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (start < b.start) hi = mid - 1;
      else if (start >= b.end) lo = mid + 1;
      else return b.kind;
    }
    return undefined;
  };
  const mark = <T extends { start: number; block?: BlockKind }>(m: T) => {
    const kind = kindAt(m.start);
    if (kind) m.block = kind;
  };
  for (const entity of [...doc.people, ...doc.organizations, ...doc.places]) {
    entity.mentions.forEach(mark);
    entity.blockKinds = [...new Set(entity.mentions.map((m) => m.block).filter((k): k is BlockKind => k !== undefined))].sort();
  }
  doc.dates.forEach(mark);
  doc.quotes.forEach(mark);
  doc.money.forEach(mark);
  return doc;
}
