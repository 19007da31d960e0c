/**
 * The letters each Latin-script language writes: a–z (names and loanwords use
 * all of them) plus its own accented letters. A short block whose letters all
 * belong to the document's language gives no evidence of another language —
 * franc's trigrams on a few words ("Original/Source Press Release", "Media
 * Contact") name a random neighbour — while a letter outside that alphabet
 * ("Domnīcas dalībnieki" in an English release) is evidence of its own.
 * Written for this project from the languages' orthographies.
 */

/** ISO 639-1 (or 639-3) → the letters beyond a–z, lower case. */
const EXTRA_LETTERS: Record<string, string> = {
  en: '',
  de: 'äöüß',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóùú',
  nl: 'éëïóöüè',
  lv: 'āčēģīķļņšūž',
  lt: 'ąčęėįšųūž',
  et: 'äõöüšž',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšž',
  hr: 'čćđšž',
  bs: 'čćđšž',
  hu: 'áéíóöőúüű',
  ro: 'ăâîșțşţ',
  fi: 'äöåšž',
  sv: 'åäöé',
  da: 'æøåé',
  nb: 'æøåéèêóòô',
  tr: 'çğıöşüâîû',
  ca: 'àçèéíïòóúü·',
  gl: 'áéíñóúü',
  sq: 'çë',
  af: 'êëîïôûéèáóíú',
  id: 'é',
  ms: 'é',
  tl: 'ñ',
  sw: '',
  eo: 'ĉĝĥĵŝŭ',
  az: 'çəğıöşü',
  // Yoruba: ẹ, ọ, ṣ (dot below, also written as a combining mark) and its tone marks.
  yo: 'ẹọṣàáèéìíòóùúńḿǹ',
};

/*
 * Cyrillic alphabets, whole (a–z is added to every alphabet, for the Latin names and brands a text may hold).
 * Russian alone writes ы and э beside ё; Bulgarian writes ъ as a vowel and no ё, ы, э; Ukrainian і, ї, є, ґ and
 * no ы, э, ъ; Belarusian ў and і and no и, щ, ъ; Serbian and Macedonian ј, љ, њ and no й, щ, ъ, ь, ы, э, ю, я;
 * Serbian alone ђ, ћ, Macedonian alone ѓ, ќ, ѕ. Serbian is also written in Latin letters.
 */
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const CYRILLIC_LETTERS: Record<string, string> = {
  ru: RUSSIAN,
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш' + 'čćđšž',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
  kk: RUSSIAN + 'әғқңөұүһі',
  mn: RUSSIAN + 'өү',
};

const ALPHABETS = new Map(
  [...Object.entries(EXTRA_LETTERS), ...Object.entries(CYRILLIC_LETTERS)].map(([code, extra]) => [code, new Set([...'abcdefghijklmnopqrstuvwxyz', ...extra])]),
);

/**
 * Are all the letters of `text` letters that `code` writes? null when press-facts
 * knows no alphabet for the language (non-Latin scripts, or not listed).
 */
export function withinAlphabet(text: string, code: string): boolean | null {
  const alphabet = ALPHABETS.get(code);
  if (!alphabet) return null;
  for (const ch of text.toLowerCase()) {
    if (alphabet.has(ch)) continue;
    if (/\p{L}/u.test(ch)) return false;
  }
  return true;
}

/**
 * How many lower-case words of `text` hold a letter that `code` does not write ("před", "třemi" for Slovenian);
 * null when press-facts knows no alphabet for the language. Capitalized words are left out: names keep their
 * own letters in any language ("Nariño" in an English release).
 */
export function foreignWords(text: string, code: string): number | null {
  const alphabet = ALPHABETS.get(code);
  if (!alphabet) return null;
  let n = 0;
  for (const [word] of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) {
    for (const ch of word.toLowerCase()) {
      if (!alphabet.has(ch) && /\p{L}/u.test(ch)) {
        n++;
        break;
      }
    }
  }
  return n;
}
