/**
 * Languages franc has no trigram model for — Welsh, Basque, Irish, Icelandic,
 * Latin, Māori — recognized by evidence only they have: frequent words that
 * the candidate languages franc does model do not use, and letters or an
 * alphabet of their own. Written for this project from the languages'
 * orthographies and grammars (no corpus was copied).
 */
import { englishWord } from './english.js';

interface Cues {
  /** Frequent words of the language (lower case) that no other default candidate uses often. */
  words: string[];
  /** Frequent words it shares with other candidates: half weight, and only in text of five words or more. */
  shared?: string[];
  /** Word shapes only this language has (initial mutations, case endings): such a word counts as one of its own. */
  shape?: RegExp;
  /** Letters that, present at all beside one of its words, name the language among the candidates. */
  letters?: RegExp;
  /** The language's whole alphabet: a text written only in it (and long enough) is strong evidence. */
  alphabet?: RegExp;
  /** Names the language in a text of a few words without any of its words: by its letters (all lower case, without
   * spaces) or by the shape of every word; `names` when every word is capitalized. */
  alone?: (letters: string, words: readonly string[], names: boolean) => boolean;
  /** The letters the language writes (lower case): a text with any other letter is not in it ("jetzt für" is not Basque). */
  only?: RegExp;
}

/** A word of open syllables in Māori's letters. */
const MAORI_WORD = /^(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+$/u;

/** By ISO 639-3 code, as the candidate lists hold them. */
const CUES: Record<string, Cues> = {
  cym: {
    words: ['yr', 'ac', 'mae', 'roedd', 'oedd', 'wedi', 'bod', 'gan', 'hefyd', 'gyda', 'hyn', 'hynny', 'nhw', 'iddo', 'iddi', 'iddynt', 'oherwydd', 'sydd', 'fydd', 'bydd', 'cael', 'gael', 'gwneud', 'ddim', 'mewn', 'wrth', 'trwy', 'drwy', 'felly', 'eisoes', 'erbyn', 'ydy', 'ydyn', 'ydych', 'yw', 'dyma', 'dyna', 'rhai', 'pawb', 'llawer', 'iawn', 'newydd', 'blwyddyn', 'hwn', 'hon', 'rhywbeth', 'dros', 'rhwng', 'gall', 'gallu', 'efallai', 'yn', 'yng', 'ym', 'â', 'fod', 'gyfer', 'ddau', 'dau', 'cyn', 'wedyn', 'sef', 'fel', 'ble', 'pan', 'lle', 'pryd', 'beth', 'pwy', 'sut', 'yma', 'yno', 'hefo', 'efo', 'ohono', 'arno', 'ganddo', 'gwaith', 'amser', 'byd', 'cymru', 'cymraeg'],
    shared: ['y', 'a', 'i', 'o', 'ei', 'eu', 'ein', 'eich', 'fe', 'ond', 'ar', 'am', 'at', 'dy', 'fy'],
    letters: /[ŵŷ]/u,
    // No k, q, v, x or z in Welsh words.
    only: /^[a-jl-pr-uwyâêîôûŵŷäëïöüáéíóúàèìòù']+$/u,
    // "sydd", "newydd", "mwy", "bywyd", "llywodraeth", "rhaid": Welsh spellings that the other candidates hardly use.
    // Initial "ff", "dd", "cyn-", "cyf-", final "-dd", "-wyr", and "-aeth": "ffordd", "ddewis", "cyfnod", "teithwyr",
    // "gwleidyddiaeth" (each under 0.25 % of the other candidates' words).
    shape: /ydd|wy[dn]|yw|^ll|^rh|^ff|^dd|dd$|aeth|wyr$|^[cg]y[nf]/u,
  },
  eus: {
    // "tz" inside a word: "hitzaldia", "etxea" … (Catalan has "tx" but not "tz"); case endings "-aren", "-rekin", "-tik"
    // (not German "waren", "sparen", "Politik": "-aren" in longer words, "-tik" after a, e, o, u, di).
    // and "-tako", "-etan", "-zko", "-garren" ("aurkitutako", "urteetan", "euskarazko", "bigarren"; each under 0.12 % of
    // the other candidates' words).
    shape: /tz|tx|(?:\p{L}{3}aren|rekin|(?:[aeou]|di)tik|tzeko|tzen|tako|etan|zko|garren)$/u,
    // Basque writes no "w", "sch", "ck" or "tzt" ("jetzt", "Schutz", "zurück" are German).
    only: /^(?!.*(?:sch|ck|tzt|w))[a-zñç]+$/u,
    shared: ['da', 'du', 'ez', 'bat', 'ere', 'edo', 'gero', 'oso', 'arte', 'non', 'han'],
    words: ['eta', 'dira', 'zen', 'izan', 'baina', 'hori', 'hau', 'horrek', 'honek', 'beste', 'dute', 'zuen', 'zituen', 'dago', 'daude', 'gisa', 'bere', 'beren', 'behar', 'egin', 'egiten', 'ondoren', 'bezala', 'orain', 'asko', 'guztiak', 'guztia', 'nahiz', 'baita', 'baino', 'zer', 'nor', 'nola', 'zein', 'hemen', 'hala', 'ordea', 'gainera', 'hainbat', 'urte', 'urtean', 'lehen', 'berri', 'haren', 'zion', 'zaio', 'zaie', 'naiz', 'zara', 'gara', 'dut', 'dugu', 'duzu', 'nuen', 'ziren', 'ditu', 'zuten', 'bai', 'ezin', 'dela', 'zela', 'denean'],
  },
  gle: {
    words: ['agus', 'bhí', 'tá', 'níl', 'sé', 'sí', 'siad', 'mé', 'tú', 'muid', 'leis', 'faoi', 'trí', 'idir', 'nó', 'chun', 'atá', 'ní', 'nuair', 'freisin', 'ina', 'uirthi', 'orthu', 'acu', 'aige', 'aici', 'dóibh', 'beidh', 'raibh', 'bhfuil', 'mhaith', 'daoine', 'bliain', 'gach', 'cé', 'conas', 'cén', 'anseo', 'ansin', 'inniu', 'anois', 'féin', 'eile', 'bheith', 'dúirt',
      // Prepositions with the article or a pronoun, numbers, and frequent nouns and verbs: "sna", "ón", "faoin", "léi",
      // "dhá", "bliana", "tír", "rinne", "tháinig".
      'sna', 'ón', 'faoin', 'lena', 'lenar', 'arna', 'chomh', 'fós', 'amháin', 'roimh', 'éis', 'dtí', 'ndiaidh', 'toisc', 'níos', 'iad', 'sinn', 'sibh',
      'againn', 'agam', 'agat', 'orm', 'ort', 'orainn', 'léi', 'liom', 'leat', 'duit', 'dúinn', 'uaidh', 'uaithi', 'dhá', 'ceithre',
      'cúig', 'seacht', 'ocht', 'naoi', 'deich', 'bliana', 'bhliain', 'mbliana', 'oíche', 'seachtain', 'ceann', 'cheann', 'cuid', 'chuid', 'rud', 'áit',
      'tír', 'tíre', 'éireann', 'gaeilge', 'béarla', 'baile', 'contae', 'ceantar', 'oileán', 'abhainn', 'cathair', 'uair', 'mór', 'beag', 'rialtas',
      'rinne', 'fuair', 'chuaigh', 'tháinig', 'chonaic', 'dhéanamh', 'déanamh', 'gur', 'níor'],
    // Eclipsis and lenition at the start of a word: "bhfuil", "mhaith", "gcás", "dtír", "ndéanamh", "bpobal";
    // long vowels beside short ones ("bliain", "síos", "dúirt", "éan"), lenited consonants after a vowel ("dhéanann", "abhainn").
    // Irish writes 18 letters and the long vowels: no j, k, q, v, w, x, y or z (Shona "ndinoda", Zulu "mhlaba" have them).
    only: /^[abcdefghilmnoprstuáéíóú']+$/u,
    // Also "ao" before i, l, th or ch ("faoi", "daoine", "saol", "gaoth"), "-íocht" and "-eacht" ("eolaíocht", "gluaiseacht"),
    // and "iú" ("oifigiúil", "fiú").
    shape: /^(?:bhf|bh|mh|gc|dt|nd|bp)[aeiouáéíóú]|ái|ío|úi|éa|ói|iú|ao(?:i|l|th|ch)|(?:íocht|eacht)$|[aeiouáéíóú](?:dh|bh|mh|fh)/u,
    shared: ['an', 'na', 'ag', 'go', 'é', 'í', 'ó', 'dó', 'di', 'seo', 'sin', 'aon', 'ach', 'nach', 'mar', 'ann', 'sa', 'don', 'den', 'dá', 'lá', 'suite', 'is', 'ba', 'tar', 'ar', 'ea'],
  },
  isl: {
    words: ['að', 'í', 'á', 'það', 'ekki', 'við', 'með', 'hann', 'hún', 'fyrir', 'eru', 'þetta', 'þess', 'því', 'hafa', 'hefur', 'voru', 'þeir', 'þær', 'eða', 'hennar', 'frá', 'eftir', 'verið', 'verður', 'mjög', 'einnig', 'hvað', 'þegar', 'þar', 'hér', 'nú', 'líka', 'ég', 'þú', 'getur', 'öll', 'mikið', 'árið', 'vegna', 'hjá', 'okkur', 'þeim', 'honum'],
    shared: ['og', 'er', 'sem', 'til', 'um', 'var', 'en', 'af', 'sig', 'upp', 'út', 'ef', 'svo', 'hans', 'allt', 'hver'],
    letters: /[þð]/u,
    // In a text of a few words, Icelandic without any word of its list: þ or ð beside an accented vowel or æ; ð, or þ
    // at the start of a word, without ý (Turkish read as Latin-1, "kiþisel", "koþullarýný", writes þ and ð for ş and ğ,
    // and ý for ı); or æ beside an accented vowel (Danish and Norwegian write æ but not á, í, ó, ú, ý).
    alone: (letters, words) =>
      /[þð]/u.test(letters)
        ? /[áéíóúæ]/u.test(letters) || (!letters.includes('ý') && words.some((w) => w.startsWith('þ') || w.includes('ð')))
        : letters.includes('æ') && /[áíóúý]/u.test(letters),
    // Not ü, ç, ş, ğ or ı: Turkish read as Latin-1 ("kiþisel geliþim") has þ, ð and ý beside its ü and ç.
    // Nor c, q, w or z, which Icelandic words do not write ("öðrenci", "beceriksizliðine" are Turkish).
    only: /^[abd-pr-vxyþðæöáéíóúý]+$/u,
  },
  lat: {
    words: ['quae', 'quam', 'esse', 'sunt', 'autem', 'enim', 'sed', 'atque', 'neque', 'eius', 'eorum', 'etiam', 'tamen', 'sicut', 'vel', 'aut', 'ergo', 'igitur', 'quoque', 'iam', 'nunc', 'tunc', 'ubi', 'haec', 'hoc', 'ille', 'illa', 'ipse', 'ipsa', 'suus', 'sua', 'suum', 'sibi', 'erat', 'fuit', 'esset', 'omnes', 'omnia', 'apud', 'quia', 'quoniam', 'nisi', 'magis', 'quod', 'nec', 'eum', 'eam', 'eis', 'hanc', 'hunc', 'huius', 'quibus', 'cuius', 'rex', 'deus', 'dei', 'populi', 'anno', 'urbs', 'urbis', 'bellum', 'belli',
      'potest', 'possunt', 'habet', 'habent', 'habuit', 'necnon', 'circiter', 'postea', 'itaque', 'sive', 'seu', 'quare', 'multum', 'multi', 'situs', 'sita', 'situm', 'posita', 'positus', 'nomen', 'nominis', 'saeculo', 'saeculi', 'saeculum', 'oppidum', 'oppidi', 'incolae', 'regionis', 'provinciae', 'flumen', 'fluminis', 'gentis', 'populus', 'semper', 'obiit', 'natus', 'nata', 'mortuus', 'mortua', 'fecit', 'dicitur', 'appellatur', 'appellatus', 'appellata', 'vocatur', 'earum', 'suis', 'suae', 'annus', 'annis', 'anni', 'erant', 'essent', 'fuerunt', 'sint', 'quidem', 'deinde', 'denique', 'hodie', 'tempus', 'temporis', 'magnus', 'magnum', 'secundum', 'rei', 'publicae', 'ei', 'quo', 'quibus', 'cui'],
    // No w and no accents in Latin words (as printed today).
    only: /^[a-vxyz]+$/u,
    // Case endings: "populorum", "rerum", "omnibus", "Romae" (not a zoological family's "-idae", "-inae", which every
    // language writes), "eroticus", "magnum", "proelium", "institutio". Words that are also English ("museum", "status",
    // "campus") do not count by their shape.
    shape: /\p{L}{2}(?:orum|arum|ibus|[^dn]ae)$|\p{L}{3}(?:us|um)$|[^aeiou]ium$|tio$|(?:avit|ivit|erunt|arunt|ntur|itur|atur|ebant|abant|ebat|abat|[^n]isse)$/u,
    shared: ['cum', 'est', 'et', 'non', 'ad', 'ut', 'qui', 'ex', 'ab', 'ac', 'inter', 'post', 'ante', 'sub', 'super', 'pro', 'contra', 'dum', 'si', 'nos', 'vos', 'ego', 'tu', 'eo', 'ea', 'id', 'hic', 'quo', 'qua', 'ita', 'tam', 'in', 'de', 'a', 'e'],
  },
  mri: {
    words: ['ngā', 'nga', 'nā', 'mō', 'kei', 'tēnei', 'tenei', 'rātou', 'ratou', 'ahau', 'koe', 'mātou', 'tātou', 'ēnei', 'ērā', 'tērā', 'kua', 'kia', 'hei', 'anō', 'atu', 'mai', 'noa', 'rā', 'taua', 'kāore', 'kaore', 'engari', 'hoki', 'mā', 'nō', 'whai', 'tangata', 'katoa', 'pēhea', 'nui', 'nei', 'ināianei', 'whenua', 'wā', 'tō', 'tā', 'tōna', 'tana', 'ōna', 'āna', 'whakaaro', 'whare', 'tēnā', 'kōrero', 'korero', 'iwi', 'hapū', 'reo', 'māori', 'maori', 'ngāti', 'waka', 'rangi', 'ariki', 'marae'],
    shared: ['te', 'ka', 'ko', 'he', 'e', 'i', 'o', 'a', 'me', 'ana', 'ia', 'ai', 'ake', 'ki', 'aha'],
    alphabet: /^[aeiouāēīōūhkmnprtwg]+$/u,
    // Every word of open syllables in Māori's letters (a consonant, "ng" or "wh", then a vowel), and a long vowel, a "wh"
    // or a second such word: Māori ("tāmaki makaurau", "rangatira wahine"). Latvian writes the same long vowels but ends
    // most words in a consonant ("tālāk", "mūs"), and Swahili, Shona or Italian rarely write two such words in a row.
    // Capitalized words are likely names ("Miami Hawaii"): they need the long vowel or the "wh".
    alone: (letters, words, names) => words.every((w) => MAORI_WORD.test(w)) && ((words.length >= 2 && !names) || /[āēīōū]|wh/u.test(letters)),
  },
};

/**
 * Yoruba: franc has a model for it, but its trigrams take Yoruba written without tone marks ("Aare orile-ede naa
 * lo si ilu Eko lati se ipade") for Italian or Slovenian. Its own frequent words decide first, as above.
 */
const YORUBA: Cues = {
  words: ['ati', 'àti', 'awon', 'àwọn', 'àwon', 'wọn', 'wọ́n', 'lati', 'láti', 'pelu', 'pẹ̀lú', 'pẹlu', 'naa', 'náà', 'ninu', 'nínú', 'sugbon', 'ṣùgbọ́n', 'odun', 'ọdún', 'ijoba', 'ìjọba', 'eniyan', 'ènìyàn', 'nigba', 'nígbà', 'gege', 'gẹ́gẹ́', 'tele', 'tẹ́lẹ̀', 'yii', 'yìí', 'eyi', 'èyí', 'ilu', 'ìlú', 'omo', 'ọmọ', 'jẹ́', 'ní', 'tí', 'sí', 'ṣe', 'lórí', 'lori', 'ayé', 'alakoso', 'aare', 'ààrẹ', 'ilé', 'wà', 'fún', 'kò', 'kí', 'bí', 'lọ', 'jẹ'],
  shared: ['ni', 'ti', 'je', 'si', 'o', 'wa', 'lo', 'bi', 'kan', 'fun', 'ile', 'oba', 'ma', 'ko', 'ki', 'ó'],
  // Dot below (ẹ, ọ, ṣ): in Yoruba among the candidates.
  letters: /[ẹọṣ]|[eos]\u0323/u,
};

/** The candidate codes (ISO 639-3) this module decides: franc has no model for them. */
export const UNMODELED = Object.keys(CUES);

/** The cues with their word lists as sets, built once: this runs for every block of every document. */
const COMPILED = [...UNMODELED, 'yor'].map((code) => {
  const cues = code === 'yor' ? YORUBA : CUES[code]!;
  return { code, cues, own: new Set(cues.words), shared: new Set(cues.shared ?? []) };
});

export interface UnmodeledGuess {
  code: string;
  /** Share of the words that are the language's own (0–1), raised by its letters or alphabet. */
  share: number;
  /** How many of the text's words are the language's own. */
  hits: number;
  /** How many words the text has. */
  words: number;
}

/**
 * The best unmodeled candidate for a text, with how much of it speaks for that language;
 * null when no candidate has any evidence. `only` limits the candidates (ISO 639-3).
 */
export function unmodeledLanguage(text: string, only: readonly string[]): UnmodeledGuess | null {
  const lower = text.toLowerCase();
  const raw = text.match(/[\p{L}\p{M}']+/gu) ?? [];
  const words = raw.map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const useShared = words.length >= 5;
  // Shapes and letters are weak evidence: no English word counts by its shape ("museum", "status", "odd"); in a text of a
  // few words none counts when every word is an English word ("more time"), nor a shape in a capitalized word, which is
  // likely a name ("Todd Smith").
  const weak = !useShared && words.every(englishWord);
  const capitalized = useShared ? null : raw.map((w) => /^\p{Lu}/u.test(w));
  let letters: string | undefined;
  let common: string[] | undefined;
  let best: UnmodeledGuess | null = null;
  for (const { code, cues, own, shared } of COMPILED) {
    if (!only.includes(code)) continue;
    let hits = 0;
    let weight = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const name = capitalized?.[k] === true;
      if (own.has(w) || (!weak && !name && cues.shape?.test(w) && !englishWord(w))) (hits++, weight++);
      else if (useShared && shared.has(w)) weight += 0.5;
    }
    // Letters alone name the language in a text of a few words ("þjóðhátíð"); in a longer one they need a word beside
    // them (Turkish decoded as Latin-1 has "ð" and "þ" too, but not the accented vowels).
    const lettersAlone = !useShared && !weak && cues.alone !== undefined && cues.alone((letters ??= lower.replace(/[^\p{L}]/gu, '')), words, capitalized!.every(Boolean));
    if (weight === 0 && !lettersAlone) continue;
    if (cues.only) {
      // Names ("José", "Müller") may bring their own letters: in a sentence only words that start in lower case count,
      // and a quoted foreign word may too (a Spanish title in Basque): two such words rule the language out, or one in a
      // short text (where every word counts: "Schutz des Platzes").
      common ??= useShared ? (text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []).map((w) => w.toLowerCase()) : words;
      if (common.filter((w) => !cues.only!.test(w)).length >= (useShared ? 2 : 1)) continue;
    }
    let share = weight / words.length;
    // (A word of its own beside its letters, or its letters alone in a text of a few words.)
    if (lettersAlone || (hits > 0 && cues.letters?.test(lower))) share = Math.max(share, 0.6);
    if (cues.alphabet) {
      letters ??= lower.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 6 && cues.alphabet.test(letters)) share = Math.min(1, share + 0.3);
    }
    if (share > 0 && (!best || share > best.share)) best = { code, share, hits, words: words.length };
  }
  return best;
}
