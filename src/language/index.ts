/**
 * Language identification per document and per block. franc is the engine;
 * around it: a restricted candidate set, scripts that decide a language on
 * their own, a stricter bar for short text ("und" rather than a confident
 * wrong answer), and ISO 639-1 codes where they exist.
 */
import { rankLanguages } from './franc.js';
import type { Doc, PipelineOptions } from '../doc.js';
import { separateClose } from './close.js';
import { englishByWords } from './english.js';
import { foreignWords, withinAlphabet } from './alphabets.js';
import { UNMODELED, unmodeledLanguage } from './unmodeled.js';

/** ISO 639-3 (as franc reports it) → ISO 639-1. */
const TO_639_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', lvs: 'lv', lav: 'lv', lit: 'lt', ekk: 'et', est: 'et',
  rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', hun: 'hu', ron: 'ro', bul: 'bg',
  ell: 'el', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', tur: 'tr', cat: 'ca', glg: 'gl', als: 'sq', mkd: 'mk', bel: 'be',
  arb: 'ar', heb: 'he', pes: 'fa', hin: 'hi', urd: 'ur', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms',
  tha: 'th', swh: 'sw', afr: 'af', tgl: 'tl', kat: 'ka', hye: 'hy', uzn: 'uz', kaz: 'kk', azj: 'az',
  epo: 'eo', lug: 'lg', khk: 'mn', mar: 'mr', sna: 'sn', som: 'so', sot: 'st', tsn: 'tn', tso: 'ts', xho: 'xh', yor: 'yo', zul: 'zu',
  guj: 'gu', pan: 'pa', tam: 'ta', tel: 'te', cym: 'cy', eus: 'eu', gle: 'ga', isl: 'is', lat: 'la', mri: 'mi',
};
/** ISO 639-1 → the code franc uses (its Latvian is "lvs", its Estonian "ekk"). */
const FROM_639_1: Record<string, string> = Object.fromEntries(Object.entries(TO_639_1).map(([k, v]) => [v, k]));
FROM_639_1.lv = 'lvs';
FROM_639_1.et = 'ekk';

/** Default candidates: the languages of Europe and the most widely published others. */
export const DEFAULT_LANGUAGES = [
  'eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'lvs', 'lit', 'ekk', 'rus', 'ukr', 'pol', 'ces', 'slk', 'slv', 'hrv', 'srp', 'bos',
  'hun', 'ron', 'bul', 'ell', 'fin', 'swe', 'dan', 'nob', 'nno', 'tur', 'cat', 'glg', 'als', 'mkd', 'bel', 'arb', 'heb', 'pes', 'hin', 'urd',
  'ben', 'cmn', 'jpn', 'kor', 'vie', 'ind', 'zlm', 'tha', 'swh', 'afr', 'tgl', 'azj', 'kaz', 'epo', 'mar', 'khk',
  'som', 'yor', 'zul', 'xho', 'sna', 'sot', 'tsn', 'tso', 'lug',
  // Decided by their script alone (franc has no model for them): Armenian, Georgian, Gujarati, Gurmukhi, Tamil, Telugu.
  'hye', 'kat', 'guj', 'pan', 'tam', 'tel',
  // Decided by their own words and letters (franc has no model for them either): Welsh, Basque, Irish, Icelandic, Latin, Māori.
  ...UNMODELED,
];

/** The share of a text's words that must be an unmodeled language's own (see unmodeled.ts). */
const UNMODELED_SHARE = 0.22;
/** From this many letters on, the best candidate is reported even when its lead is small. */
const SURE_LETTERS = 40;
/** franc's runners-up this close to its best (1 − score) are weighed against it by close.ts's evidence. */
const CLOSE = 0.25;
/** The lead a block's language needs in the pipeline (detectLanguage alone calls a sentence even when close). */
const BLOCK_MIN_CONFIDENCE = 0.1;
/** A confidence this low is a tie: even a best guess is "und". */
const TIE = 0.001;
/** Below this many letters (a name and a word or two), only a clear lead is reported (strict). */
const SHORT_LETTERS = 25;
/** Below this many letters, a block written only in the letters of the document's language takes that language. */
const SHORT_BLOCK_LETTERS = 60;
/** Up to this many letters, such a block takes the document's language when franc also rates that language well. */
const LONG_BLOCK_LETTERS = 100;

export interface LanguageGuess {
  /** ISO 639-1 where one exists, else ISO 639-3; "und" when the text is too short or ambiguous. */
  code: string;
  /** 0–1: how far the best candidate is ahead of the next one, scaled by the amount of text. */
  confidence: number;
}

/** Scripts that name one language among the candidates without further evidence. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  // Han without kana is Chinese (Japanese text almost always has kana; a kanji-only word stays ambiguous either way).
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'],
];

function toCode(iso3: string): string {
  return TO_639_1[iso3] ?? iso3;
}

/** A franc (ISO 639-3) code as press-facts reports it: ISO 639-1 where one exists. */
export const toIso639_1 = toCode;

function candidates(languages: string[] | undefined): string[] {
  if (!languages || languages.length === 0) return DEFAULT_LANGUAGES;
  return languages.map((l) => (l.length === 2 ? (FROM_639_1[l] ?? l) : l));
}

function letterCount(text: string): { letters: number; script: string | null } {
  const letters = text.match(/\p{L}/gu);
  const n = letters ? letters.length : 0;
  if (n === 0) return { letters: 0, script: null };
  const sample = letters!.slice(0, 400).join('');
  // Japanese mixes kanji with kana: any kana beside Han makes it Japanese.
  if (/\p{Script=Han}/u.test(sample) && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) {
    const cjk = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)!.length;
    if (cjk > sample.length / 2) return { letters: n, script: 'ja' };
  }
  for (const [re, code] of SCRIPTS) {
    const hits = sample.match(new RegExp(re.source, 'gu'));
    if (hits && hits.length > sample.length / 2) return { letters: n, script: code };
  }
  return { letters: n, script: null };
}

/** Text without e-mail addresses, URLs and handles: their letters say nothing about the language. */
function withoutAddresses(text: string): string {
  if (!/[@/]|www\.|\p{L}\.\p{L}/u.test(text)) return text;
  return text
    .split(/(\s+)/)
    .map((t) => (t.includes('@') || t.includes('://') || t.toLowerCase().startsWith('www.') || DOMAIN.test(t) ? ' ' : t))
    .join('');
}
/** A bare domain name: "citybuzz.co", "newsworthy.ai" (a word, a dot, a short top-level domain). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co|ai|io|gov|edu|info|biz|eu|uk|us|de|fr|lv|lt|ee|es|it|nl|ru|news|app|tv|me)[.,;:)]?$/iu;

/**
 * Detect the language of a text.
 * @param options.languages candidate languages (ISO 639-1 or 639-3); default DEFAULT_LANGUAGES
 * @param options.minConfidence answer "und" below this confidence
 * @param options.strict short text (under 40 letters) needs a clear lead, as the pipeline's blocks do; without it,
 *   short text gets the best guess with a low confidence (under 0.35), and "und" only when there is no lead at all
 */
export function detectLanguage(input: string, options: { languages?: string[]; minConfidence?: number; strict?: boolean } = {}): LanguageGuess {
  const text = withoutAddresses(input);
  const { letters, script } = letterCount(text);
  const only = candidates(options.languages);
  // A script that only one candidate writes decides even a single word ("Ελλάδα", "서울", "北京").
  if (script && only.some((c) => toCode(c) === script)) return { code: script, confidence: Math.min(1, letters / 20) };
  if (letters < (options.strict ? 8 : 4)) return { code: 'und', confidence: 0 };
  // 600 characters decide a language as well as 2,000 (franc's cost grows with the sample).
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  const amount = Math.min(1, letters / 60);
  // Welsh, Basque, Irish, Icelandic, Latin, Māori: franc cannot name them, their own words can.
  const own = unmodeledLanguage(sample, only);
  if (own && (own.words >= 5 ? own.share >= UNMODELED_SHARE && own.hits >= 2 : own.share >= 0.5)) {
    return { code: toCode(own.code), confidence: Math.round(Math.min(1, own.share * 2) * (0.4 + 0.6 * amount) * 1000) / 1000 };
  }
  const ranked = rankLanguages(sample, { only, minLength: options.strict ? 8 : 4 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  let margin = 1 - (second ? second[1] : 0);
  // franc's trigrams favour Nynorsk over Bokmål, whatever comes second: Nynorsk needs its own words (Bokmål is the
  // usual written form, so it wins a tie).
  if (best[0] === 'nno' && only.includes('nob') && separateClose(sample, 'nn', 'nb') !== 'nn') {
    const nob = ranked.findIndex(([c]) => c === 'nob');
    if (nob > 0) [ranked[0], ranked[nob]] = [ranked[nob]!, ranked[0]!];
  }
  // English that franc ranks below another language (its models, learnt from one short text per language, often put
  // a short English sentence behind Danish, French or Catalan): English's words decide (english.ts).
  if (best[0] !== 'eng') {
    const eng = ranked.findIndex(([c]) => c === 'eng');
    const lead = eng > 0 ? englishByWords(sample, 1 - ranked[eng]![1] < CLOSE) : 0;
    if (lead > 0) {
      ranked.unshift(...ranked.splice(eng, 1));
      margin = Math.max(margin, lead);
    }
  }
  // Words with letters the leader's alphabet lacks ("před", "třemi" in a text franc calls Slovenian), and a close
  // runner-up writes every letter of the text: the runner-up. Not against English, which borrows words with their
  // accents ("café", "naïve"); names, capitalized, never count.
  // In a text of a few words one such word is enough, and any runner-up may take the lead: franc's scores on so little
  // text are close together anyway.
  const few = (sample.match(/\p{L}+/gu)?.length ?? 0) < 10;
  if (second && (margin < CLOSE || few) && best[0] !== 'eng' && (foreignWords(sample, toCode(best[0])) ?? 0) >= (few ? 1 : 2)) {
    for (let i = 1; i < ranked.length && (few || 1 - ranked[i]![1] < CLOSE); i++) {
      if (withinAlphabet(sample, toCode(ranked[i]![0])) !== true) continue;
      ranked.unshift(...ranked.splice(i, 1));
      break;
    }
  }
  // Close languages (Croatian/Serbian/Bosnian, Danish/Norwegian, Indonesian/Malay …): exclusive letters and words
  // decide between the leader and each close runner-up in turn (the third can be the one: franc often ranks
  // Croatian and Bosnian above a Serbian sentence).
  if (second && margin < CLOSE) {
    let winner = 0;
    let decided = false;
    for (let i = 1; i < ranked.length && 1 - ranked[i]![1] < CLOSE; i++) {
      const pick = separateClose(sample, toCode(ranked[winner]![0]), toCode(ranked[i]![0]));
      if (!pick) continue;
      decided = true;
      if (pick === toCode(ranked[i]![0])) winner = i;
    }
    if (winner > 0) ranked.unshift(...ranked.splice(winner, 1));
    if (decided) margin = Math.max(margin, 0.05);
  }
  const confidence = Math.round(Math.min(1, margin * 4) * (0.4 + 0.6 * amount) * 1000) / 1000;
  // The pipeline's blocks ask for a clear lead on short text (strict): a block with no clear winner is "und". Alone,
  // detectLanguage answers its best guess with the low confidence it has, and "und" only on a tie (or below
  // minConfidence): the caller decides how much lead is enough.
  const bar = Math.max(options.minConfidence ?? 0, options.strict ? (letters < SHORT_LETTERS ? 0.35 : letters < SURE_LETTERS ? 0.1 : 0) : TIE);
  if (confidence < bar) return { code: 'und', confidence };
  return { code: toCode(ranked[0]![0]), confidence };
}

/** Scores of every candidate (1 = best) for a text, as franc gives them. */
function scores(text: string, options: { languages?: string[] }): Map<string, number> {
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  return new Map(rankLanguages(sample, { only: candidates(options.languages), minLength: 8 }).map(([c, s]) => [toCode(c), s]));
}

/**
 * The language stage: every block gets a language, the document the letter-weighted
 * majority. A short block that the document's language explains almost as well as
 * the best candidate takes the document's language: short text is weak evidence.
 */
export function detectLanguages(doc: Doc, options: PipelineOptions = {}): Doc {
  const votes = new Map<string, number>();
  for (const block of doc.blocks) {
    // Blocks are called only with a clear lead: a wrong block language misleads the extractors more than "und".
    const guess = detectLanguage(doc.text.slice(block.start, block.end), { ...options, minConfidence: BLOCK_MIN_CONFIDENCE, strict: true });
    block.language = guess.code;
    block.confidence = guess.confidence;
    const weight = block.end - block.start;
    if (guess.code !== 'und') votes.set(guess.code, (votes.get(guess.code) ?? 0) + weight * (0.5 + guess.confidence));
  }
  let best = 'und';
  let bestVotes = 0;
  let sum = 0;
  for (const [code, v] of [...votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    sum += v;
    if (v > bestVotes) [best, bestVotes] = [code, v];
  }
  if (best === 'und' && doc.hints.language) {
    doc.language = { code: doc.hints.language, confidence: 0.5 };
    return doc;
  }
  // Confidence: the share of the letter-weighted votes, raised by the best-supported block's own confidence.
  const share = sum ? bestVotes / sum : 0;
  const strongest = Math.max(0, ...doc.blocks.filter((b) => b.language === best).map((b) => b.confidence));
  const confidence = share * (0.5 + 0.5 * strongest);
  doc.language = { code: best, confidence: Math.round(Math.min(1, confidence) * 1000) / 1000 };
  if (best !== 'und') {
    for (const block of doc.blocks) {
      if (block.language === best) continue;
      const slice = withoutAddresses(doc.text.slice(block.start, block.end));
      const letters = (slice.match(/\p{L}/gu) ?? []).length;
      if (letters > 200 || letters < 8) continue;
      const s = scores(slice, options).get(best) ?? 0;
      const ownLetters = letters < LONG_BLOCK_LETTERS && withinAlphabet(slice, best);
      // The document's language explains the block almost as well — or fairly well, when the block's own call was
      // weak or the block uses none of the other language's own letters. And a few words in the document's own
      // letters ("Original/Source Press Release" in an English release) are no evidence of another language at all:
      // franc's trigrams on so little text name a random neighbour.
      if (s >= 0.93 || ((block.confidence < 0.2 || ownLetters) && s >= 0.75) || (ownLetters && letters < SHORT_BLOCK_LETTERS)) {
        block.language = best;
        block.confidence = Math.round(Math.min(doc.language.confidence, s * 0.8) * 1000) / 1000;
      }
    }
  }
  return doc;
}
