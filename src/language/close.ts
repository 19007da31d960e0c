/**
 * Close languages that franc's trigrams confuse, told apart by evidence only
 * one of them has: letters the other's alphabet lacks, and frequent function
 * words. Used when franc's two best candidates belong to the same group.
 * Written for this project from the languages' orthographies.
 */

interface Cues {
  /** Letters (lower case) that this language uses and its neighbours do not. */
  letters?: string;
  /** Frequent words (lower case) that this language uses and its neighbours do not. */
  words?: string[];
}

/** Groups of confusable languages (ISO 639-1), each language with its cues. */
const GROUPS: Record<string, Cues>[] = [
  {
    ru: { letters: 'ыэё', words: ['что', 'это', 'как', 'его', 'она', 'они', 'был', 'была', 'были', 'если', 'или', 'уже', 'только', 'также', 'когда', 'который'] },
    bg: { words: ['във', 'със', 'като', 'това', 'той', 'тя', 'са', 'ще', 'бъде', 'който', 'която', 'които', 'но', 'на', 'да', 'след', 'според'] },
    mk: { letters: 'ѓќѕјљњџ', words: ['што', 'во', 'со', 'се', 'ќе', 'кој', 'која', 'тоа', 'од', 'до', 'како'] },
    uk: { letters: 'іїєґ', words: ['що', 'це', 'як', 'він', 'вона', 'вони', 'був', 'була', 'також', 'який', 'яка', 'та', 'але'] },
    be: { letters: 'іў', words: ['што', 'гэта', 'як', 'ён', 'яна', 'яны', 'быў', 'была', 'таксама', 'які', 'і', 'але'] },
    sr: { letters: 'ђћџ', words: ['који', 'која', 'што', 'као', 'али'] },
  },
  {
    cs: { letters: 'řůě', words: ['jsem', 'jsou', 'který', 'která', 'které', 'také', 'jako', 'bylo', 'byla', 'proto', 'když', 'nebo'] },
    sk: { letters: 'äľĺŕô', words: ['som', 'sú', 'ktorý', 'ktorá', 'ktoré', 'tiež', 'ako', 'bolo', 'bola', 'preto', 'keď', 'alebo', 'sa', 'pre'] },
  },
  {
    hr: { words: ['što', 'tko', 'koji', 'također', 'tijekom', 'vrlo', 'bit', 'će', 'ovdje', 'gdje', 'mlijeko', 'tisuća', 'srpnja', 'lipnja', 'dvije', 'nije', 'htio', 'rijeka'] },
    bs: { words: ['šta', 'ko', 'koji', 'također', 'tokom', 'hiljada', 'biće', 'nije', 'rijeka', 'dvije'] },
    sr: { words: ['šta', 'ko', 'takođe', 'tokom', 'hiljada', 'biće', 'reka', 'dve', 'mleko', 'veoma', 'uvek', 'gde', 'ovde'] },
  },
  {
    nb: { words: ['ikke', 'av', 'hva', 'noen', 'meg', 'deg', 'etter', 'ble', 'hvordan', 'mye', 'også', 'nå', 'fra', 'eller', 'ei', 'jeg'] },
    da: { words: ['af', 'hvad', 'nogle', 'mig', 'dig', 'efter', 'blev', 'hvordan', 'meget', 'nu', 'fra', 'eller', 'jeg', 'være', 'vil'] },
    sv: { letters: 'äö', words: ['inte', 'och', 'att', 'av', 'vad', 'några', 'mig', 'efter', 'blev', 'hur', 'mycket', 'nu', 'från', 'eller', 'jag', 'är'] },
  },
  {
    // Slovenian against the Serbo-Croatian standards (the group above separates those among themselves).
    sl: { words: ['in', 'tudi', 'ki', 'kot', 'pa', 'bo', 'še', 'lahko', 'zelo', 'kjer', 'vendar', 'njegov', 'sem', 'smo', 'ste', 'so', 'leta', 'tega', 'kar', 'ker', 'če', 'saj', 'torej', 'oziroma', 'skupaj', 'bil', 'bila', 'bilo', 'prav', 'samo', 'med', 'mesto', 'ima', 'ni'] },
    hr: { words: ['i', 'su', 'koji', 'koja', 'koje', 'također', 'kao', 'što', 'će', 'bio', 'nije', 'godine', 'ali', 'ili', 'samo', 'među', 'grad', 'ima', 'biti'] },
    bs: { words: ['i', 'su', 'koji', 'koja', 'koje', 'također', 'kao', 'šta', 'će', 'bio', 'nije', 'godine', 'ali', 'ili', 'samo', 'među', 'grad', 'ima', 'biti'] },
    sr: { words: ['i', 'su', 'koji', 'koja', 'koje', 'takođe', 'kao', 'šta', 'će', 'bio', 'nije', 'godine', 'ali', 'ili', 'samo', 'među', 'grad', 'ima', 'biti'] },
  },
  {
    // Bokmål and Nynorsk: the written forms that differ most often.
    nb: { words: ['ikke', 'jeg', 'hva', 'hvordan', 'hvorfor', 'hvem', 'hver', 'være', 'bare', 'hele', 'fra', 'et', 'en', 'mye', 'noe', 'noen', 'selv', 'høre', 'gjøre', 'gjør', 'mer', 'flere', 'også', 'derfor', 'kirke', 'uke', 'fikk', 'ble', 'bodde', 'nå', 'de', 'dem', 'deres', 'hun', 'mellom', 'etter', 'enn', 'andre', 'hadde', 'sier', 'sa', 'vært', 'blitt'] },
    nn: { letters: 'ò', words: ['ikkje', 'eg', 'kva', 'korleis', 'kvifor', 'kven', 'kvar', 'vere', 'berre', 'heile', 'frå', 'eit', 'ein', 'mykje', 'noko', 'nokon', 'sjølv', 'høyre', 'gjere', 'gjer', 'meir', 'fleire', 'òg', 'difor', 'kyrkje', 'veke', 'fekk', 'vart', 'budde', 'no', 'dei', 'deira', 'ho', 'mellom', 'etter', 'enn', 'andre', 'hadde', 'seier', 'sa', 'vore', 'blitt', 'vart', 'ein', 'då', 'sidan', 'utan', 'medan', 'fyrst', 'også'] },
  },
  {
    id: { words: ['karena', 'bisa', 'adalah', 'dengan', 'tidak', 'sudah', 'saja', 'juga', 'namun', 'kita', 'mereka', 'kami', 'tersebut', 'oleh', 'agar', 'hingga', 'saat'] },
    ms: { words: ['kerana', 'boleh', 'ialah', 'dengan', 'tidak', 'sudah', 'sahaja', 'juga', 'namun', 'kita', 'mereka', 'kami', 'tersebut', 'oleh', 'supaya', 'hingga', 'semasa', 'daripada', 'iaitu', 'bagi'] },
  },
  {
    pt: { letters: 'ãõ', words: ['não', 'uma', 'de', 'do', 'da', 'em', 'no', 'na', 'que', 'com', 'para', 'os', 'as', 'ao', 'pelo', 'pela', 'também', 'mas', 'foi', 'são'] },
    gl: { words: ['non', 'unha', 'de', 'do', 'da', 'en', 'no', 'na', 'que', 'con', 'para', 'os', 'as', 'ao', 'polo', 'pola', 'tamén', 'pero', 'foi', 'son', 'xa', 'moi'] },
    es: { letters: 'ñ', words: ['no', 'una', 'de', 'del', 'la', 'el', 'en', 'los', 'las', 'que', 'con', 'para', 'al', 'por', 'también', 'pero', 'fue', 'son', 'ya', 'muy', 'y'] },
    ca: { letters: 'ŀ', words: ['no', 'una', 'de', 'del', 'la', 'el', 'en', 'els', 'les', 'que', 'amb', 'per', 'al', 'també', 'però', 'va', 'són', 'ja', 'molt', 'i'] },
  },
  {
    nl: { words: ['de', 'het', 'een', 'niet', 'ik', 'zijn', 'van', 'en', 'dat', 'op', 'te', 'voor', 'met', 'ook', 'maar', 'om', 'er', 'naar'] },
    af: { words: ['die', 'nie', 'ek', 'jy', 'hulle', 'baie', 'is', 'van', 'en', 'dat', 'op', 'te', 'vir', 'met', 'ook', 'maar', 'om', 'sy', 'was', "'n"] },
  },
];


/**
 * Between franc's two best candidates of one group, the language with more
 * exclusive evidence; null when they are not in a group or the evidence does
 * not decide.
 */
export function separateClose(text: string, best: string, second: string): string | null {
  // A language may stand in two groups (Serbian: Cyrillic and Latin): the group holding both candidates decides.
  const g = GROUPS.find((x) => x[best] && x[second]);
  if (!g) return null;
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  const score = (lang: string, other: string): number => {
    const mine = g[lang]!;
    const theirs = g[other]!;
    let s = 0;
    for (const ch of mine.letters ?? '') if (!(theirs.letters ?? '').includes(ch) && lower.includes(ch)) s += 2;
    const own = new Set(mine.words ?? []);
    const shared = new Set(theirs.words ?? []);
    for (const w of words) if (own.has(w) && !shared.has(w)) s += 1;
    return s;
  };
  const a = score(best, second);
  const b = score(second, best);
  if (a === b) return null;
  return a > b ? best : second;
}
