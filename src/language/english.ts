/**
 * English told by its words, where franc's trigrams rank it below another
 * language: its function words, and its common vocabulary.
 */
import { isEnglishWord } from '../lexicons/index.js';
/**
 * English function words that no other Latin-script candidate writes as a frequent word of its own ("the", "which",
 * "would"; not "is", "was", "for", "on", "an", "so", "over", "die", which Dutch, German, Danish, French also write).
 * franc's trigram models, learnt from one short text per language, often rank a short English sentence below Danish,
 * French or Catalan; these words do not.
 */
const ENGLISH = new Set([
  'the', 'and', 'with', 'that', 'this', 'these', 'those', 'has', 'had', 'been', 'were', 'which', 'their', 'they', 'them',
  'you', 'your', 'would', 'could', 'should', 'from', 'after', 'about', 'when', 'who', 'what', 'where', 'there', 'than', 'then', 'also',
  'just', 'only', 'such', 'some', 'any', 'how', 'our', 'his', 'she', 'him', 'it', 'its', "it's", "don't", 'into', 'not', 'be', 'being',
  'more', 'other', 'new', 'first', 'through', 'between', 'during', 'before', 'while', 'because', 'each', 'every', 'very', 'does', 'did',
  'get', 'got', 'said', 'says', 'year', 'years', 'people', 'today', 'week', 'weeks', 'one', 'two', 'three', 'out', 'many', 'well', 'way',
  'like', 'know',
]);
/** English function words shared with another candidate: they count for English only beside one of its own. */
const ENGLISH_SHARED = new Set([
  'is', 'was', 'of', 'have', 'for', 'on', 'an', 'as', 'at', 'or', 'in', 'to', 'by', 'so', 'a', 'i', 'over', 'but', 'do', 'no', 'if', 'me', 'he', 'my', 'all',
  'will', 'are', 'can', 'most', 'her', 'we', 'up',
]);

const WORD = /[\p{L}\p{M}']+/gu;

/**
 * Is a lower-case word in the English word list? Only words in a–z are looked up: the language stage asks this of every
 * language's words, and a word with other letters ("café" aside) is no evidence of English.
 */
export const englishWord = (w: string) => /^[a-z']+$/.test(w) && isEnglishWord(w);

/** The share of a text's words that must be English function words for English to overtake a close leader. */
const FUNCTION_SHARE = 0.2;
/** English's lead when all words are English (strong evidence), and when its function words overtake a close leader. */
const VOCABULARY_LEAD = 0.25;
const FUNCTION_LEAD = 0.1;

/**
 * Is a text English by its words, whatever franc's trigrams say? The lead English takes (as franc's scores measure
 * leads: 0.25 is a clear one), or 0 when the words do not say.
 * - Every word is a common English word (SCOWL, as the entity stage knows them) or function word: "political party",
 *   "general manager". franc, whose models were learnt from one short text per language, calls such pairs Spanish or
 *   Dutch; it needs no lead of English then.
 * - When English is close behind the leader (`close`): a fifth of the words are English function words, and two of
 *   them (one in a text of two or three words) are English's own.
 */
export function englishByWords(text: string, close: boolean): number {
  const list = text.match(WORD) ?? [];
  const words = list.length;
  // How many words the word list may lack for the text still to be English by its vocabulary.
  const allowed = close && words >= 4 ? Math.floor(words / 3) : 0;
  let own = 0;
  let shared = 0;
  let unknown = 0;
  for (const match of list) {
    const w = match.toLowerCase();
    if (ENGLISH.has(w)) own++;
    else if (ENGLISH_SHARED.has(w)) shared++;
    // Most texts fail on their first or second word: once too many are unknown, the rest need no search of the word list.
    else if (unknown <= allowed && !englishWord(w)) {
      unknown++;
      if (!close) return 0;
    }
  }
  if (words === 0) return 0;
  if (unknown === 0) return VOCABULARY_LEAD;
  // English close behind, and all but a word in three of a text of four or more words English ("View original content
  // to download multimedia", whose last two words the word list lacks).
  if (words >= 4 && unknown * 3 <= words) return FUNCTION_LEAD;
  return close && own >= Math.min(2, Math.ceil(words / 2)) && (own + shared) / words >= FUNCTION_SHARE ? FUNCTION_LEAD : 0;
}
