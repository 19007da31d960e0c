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
  /** Word shapes (lower case) that only this language writes: each word that has one counts as a word above. */
  shape?: RegExp;
}

/*
 * Croatian, Bosnian and Serbian in Latin letters. Words (in their frequent forms) where the standards differ:
 * Croatian "tko, tisuća, tijekom, Europa, milijun, sveučilište, znanost, povijest, obitelj, općina, suradnja",
 * its month names and others, against Bosnian and Serbian "ko, hiljada, tokom, Evropa, milion, univerzitet,
 * nauka, istorija/historija, porodica, opština, saradnja"; and words where Croatian and Bosnian (ijekavian)
 * write ije/je for Serbian (ekavian) e: "vrijeme, mjesto, dvije, gdje, prije, predsjednik" — "vreme, mesto,
 * dve, gde, pre, predsednik".
 */
const CROATIAN = ['tko', 'netko', 'nitko', 'itko', 'tijekom', 'kruh', 'jučer', 'otok', 'otoka', 'otoku', 'otoci', 'vlak', 'vlaka', 'kava', 'kave', 'tisak', 'opći', 'opća', 'opće', 'općenito', 'uvjet', 'uvjeti', 'uvjeta', 'plaća', 'plaće', 'studeni'];
/** Stems of Croatian words (any ending): "tisuća, Europa, milijun, sveučilište, znanost, povijest, kazalište, obitelj, suradnja", the months. */
const CROATIAN_STEMS =
  /^(?:tisuć|europ|milijun|sveučiliš|znanost|znanstven|povijes|glazb|kazališ|tjed(?:an|n)|obitelj|općin|točk|točn|nogomet|zrakoplov|kemij|suradn|priopć|izvješć|sudjel|natjec|siječanj|siječnj|veljač|ožuj|travan|travnj|svibanj|svibnj|lipanj|lipnj|srpanj|srpnj|kolovoz|rujan|rujn|listopad|studenog|prosinac|prosinc|tvrtk|gospodarst|stoljeć|liječni|veleposlan|mirovin|prosvjed|kotač)/u;
const BOSNIAN_SERBIAN = ['ko', 'neko', 'niko', 'iko', 'šta', 'tokom', 'juče', 'voz', 'voza', 'mart', 'marta', 'jun', 'juna', 'jul', 'jula', 'plata', 'plate'];
/** Stems of the words Bosnian and Serbian share against Croatian: "hiljada, Evropa, milion, univerzitet, nauka, porodica, opština, saradnja", the months. */
const BOSNIAN_SERBIAN_STEMS =
  /^(?:hiljad|evrop|milion|univerzitet|naučn|nauk[aeiu]$|porodic|pozoriš|opštin|opšt|uopšte|tačk|tačn|saradn|saopšt|učestv|učešć|takmič|fudbal|hemij|januar|februar|avgust|septemb|oktob|novemb|decemb|preduzeć|ambasad|penzij|štamp|izveštaj|izvještaj|sedmic|ostrv)/u;
/**
 * Ijekavian spelling in a word: ije or je (after d, t, s, m, p, v, b, c) between consonants, as in "vrijeme, svijet,
 * pobijedila, djeca, mjesto, vjera", where Serbian writes e ("vreme, svet, pobedila, deca, mesto, vera"). Loanwords
 * that all three write alike are left out: "klijent, pacijent, hijerarhija, Danijel, dijeta, objekat, projekat".
 */
const IJEKAVIAN_SHAPE = /^(?!.*(?:ijent|ijer|ijel|ijet[ak]|(?:ob|sub|pro)je[kc])).*(?:[bcčćdđfghklmnprsštvzž]ije|[dtsmpvbc]je)[bcčćdđfghklmnprsštvzž]/u;

/** Serbian Cyrillic for a Latin spelling ("ljubav" → "љубав"): Bosnian and Serbian are written in both alphabets. */
export function toCyrillic(latin: string): string {
  return latin.replace(/lj|nj|dž|./gu, (ch) => CYRILLIC[ch] ?? ch);
}
const CYRILLIC: Record<string, string> = Object.fromEntries(
  [...'abcčćdđefghijklmnoprsštuvzž'].map((ch, i) => [ch, 'абцчћдђефгхијклмнопрсштувзж'[i]!]).concat([['lj', 'љ'], ['nj', 'њ'], ['dž', 'џ']]),
);
const bothAlphabets = (words: string[]) => [...words, ...words.map(toCyrillic)];
/** A word shape in either alphabet. */
const bothScripts = (shape: RegExp) => [shape, new RegExp(toCyrillic(shape.source), 'u')];
/** One shape that matches where any of `shapes` matches. */
const anyOf = (...shapes: RegExp[]) => new RegExp(shapes.map((r) => `(?:${r.source})`).join('|'), 'u');

/** Ijekavian forms (Croatian, Bosnian) of frequent words that Serbian writes ekavian; EKAVIAN lists the same words. */
const IJEKAVIAN = [
  'vrijeme', 'mjesto', 'mjesta', 'mjestu', 'mjestima', 'svijet', 'svijeta', 'svijetu', 'svjetski', 'svjetske', 'svjetskog', 'svjetskom', 'svjetsku',
  'djeca', 'djece', 'djecu', 'djeci', 'dijete', 'djeteta', 'riječ', 'riječi', 'lijepo', 'lijep', 'lijepa', 'lijepe', 'pjesma', 'pjesme', 'pjesmu',
  'cijena', 'cijene', 'cijenu', 'vijek', 'vijeka', 'rijeka', 'rijeke', 'rijeku', 'dvije', 'dio', 'djelo', 'djela', 'dijela', 'dijelu', 'htio',
  'htjela', 'htjeli', 'bijela', 'bijeli', 'bijelo', 'cijeli', 'cijela', 'cijelo', 'cijelog', 'cijelom', 'mlijeko', 'srijeda', 'srijede', 'nedjelja',
  'nedjelje', 'nedjelju', 'uvijek', 'gdje', 'ovdje', 'nigdje', 'negdje', 'poslije', 'prije', 'primjer', 'primjera', 'promjena', 'promjene', 'promjenu',
  'mjera', 'mjere', 'mjeru', 'predsjednik', 'predsjednika', 'predsjedniku', 'predsjednica', 'predsjedništvo', 'rješenje', 'rješenja', 'uspjeh',
  'uspjeha', 'uspješno', 'uspješan', 'vjerovatno', 'vjerojatno', 'vijest', 'vijesti', 'lijek', 'lijekova', 'tijelo', 'tijela', 'sjever', 'sjeverno',
  'sjeverne', 'ljeto', 'ljetni', 'djevojka', 'djevojke', 'mjesec', 'mjeseca', 'mjeseci', 'mjesečno', 'bezbjednost', 'izmjena', 'izmjene', 'vjera',
  'vjere', 'vjeruje', 'vjerovati', 'sjećanje', 'osjećaj', 'osjeća', 'razumio', 'želio', 'željela', 'smjer', 'zvijezda', 'zvijezde', 'pjevač',
  'pjevačica', 'svjetlo', 'svjetla', 'snijeg', 'lijevo', 'lijevi', 'vjetar', 'pjesnik', 'cvijeće', 'sljedeći', 'svjedok', 'susjed', 'susjedni',
  'posjeta', 'posjetio', 'posjetiti', 'zamjenik', 'zamjenica', 'namjera', 'namjerava', 'primjena', 'primijeniti', 'vijeće', 'vijeća',
];
const EKAVIAN = [
  'vreme', 'mesto', 'mesta', 'mestu', 'mestima', 'svet', 'sveta', 'svetu', 'svetski', 'svetske', 'svetskog', 'svetskom', 'svetsku',
  'deca', 'dece', 'decu', 'deci', 'dete', 'deteta', 'reč', 'reči', 'lepo', 'lep', 'lepa', 'lepe', 'pesma', 'pesme', 'pesmu',
  'cena', 'cene', 'cenu', 'vek', 'veka', 'reka', 'reke', 'reku', 'dve', 'deo', 'delo', 'dela', 'delu', 'hteo',
  'htela', 'hteli', 'bela', 'beli', 'belo', 'ceo', 'cela', 'celo', 'celog', 'celom', 'mleko', 'sreda', 'srede', 'nedelja',
  'nedelje', 'nedelju', 'uvek', 'gde', 'ovde', 'nigde', 'negde', 'posle', 'pre', 'primer', 'primera', 'promena', 'promene', 'promenu',
  'mera', 'mere', 'meru', 'predsednik', 'predsednika', 'predsedniku', 'predsednica', 'predsedništvo', 'rešenje', 'rešenja', 'uspeh',
  'uspeha', 'uspešno', 'uspešan', 'verovatno', 'vest', 'vesti', 'lek', 'lekova', 'telo', 'tela', 'sever', 'severno',
  'severne', 'leto', 'letnji', 'devojka', 'devojke', 'mesec', 'meseca', 'meseci', 'mesečno', 'bezbednost', 'izmena', 'izmene', 'vera',
  'vere', 'veruje', 'verovati', 'sećanje', 'osećaj', 'oseća', 'razumeo', 'želeo', 'želela', 'smer', 'zvezda', 'zvezde', 'pevač',
  'pevačica', 'svetlo', 'svetla', 'sneg', 'levo', 'levi', 'vetar', 'pesnik', 'cveće', 'sledeći', 'svedok', 'sused', 'susedni',
  'poseta', 'posetio', 'posetiti', 'zamenik', 'zamenica', 'namera', 'namerava', 'primena', 'primeniti',
];

/** Groups of confusable languages (ISO 639-1), each language with its cues. */
const GROUPS: Record<string, Cues>[] = [
  {
    // Each list holds a language's most frequent short words, exclusive or not ("на", "не", "и", "за" are everyone's):
    // only a word that one of two languages writes and the other does not counts.
    ru: {
      letters: 'ыэё',
      words: [
        'в', 'и', 'на', 'не', 'с', 'что', 'по', 'к', 'а', 'но', 'за', 'из', 'от', 'у', 'о', 'до', 'для', 'как', 'это', 'так', 'все', 'всё', 'он',
        'она', 'они', 'мы', 'вы', 'я', 'его', 'её', 'ее', 'их', 'был', 'была', 'были', 'если', 'или', 'уже', 'только', 'также', 'когда',
        'который', 'при', 'после', 'чтобы', 'может', 'нет', 'очень', 'где', 'меня', 'тебя', 'да', 'сейчас', 'здесь', 'ничего',
      ],
    },
    bg: {
      words: [
        'в', 'и', 'на', 'не', 'с', 'за', 'от', 'по', 'до', 'при', 'към', 'като', 'но', 'а', 'е', 'са', 'се', 'да', 'ще', 'това', 'той', 'тя',
        'те', 'ние', 'вие', 'аз', 'или', 'във', 'със', 'който', 'която', 'които', 'след', 'според', 'ли', 'тези', 'тази', 'този', 'беше',
        'бяха', 'има', 'няма', 'бъде', 'много', 'още',
      ],
    },
    mk: {
      letters: 'ѓќѕјљњџ',
      words: [
        'и', 'на', 'не', 'во', 'со', 'за', 'од', 'по', 'до', 'при', 'кон', 'како', 'но', 'а', 'е', 'се', 'да', 'ќе', 'тоа', 'тој', 'таа', 'тие',
        'ние', 'вие', 'јас', 'или', 'кој', 'која', 'што', 'ова', 'овој', 'оваа', 'сите', 'исто', 'после', 'меѓу', 'многу', 'уште',
      ],
    },
    uk: {
      letters: 'іїєґ',
      words: [
        'в', 'у', 'і', 'й', 'на', 'не', 'з', 'за', 'від', 'по', 'до', 'при', 'як', 'але', 'а', 'що', 'це', 'він', 'вона', 'вони', 'ми', 'ви',
        'я', 'був', 'була', 'також', 'який', 'яка', 'та', 'або', 'для', 'ще', 'із', 'його', 'її', 'їх',
      ],
    },
    be: {
      letters: 'іў',
      words: [
        'у', 'і', 'на', 'не', 'з', 'за', 'ад', 'па', 'да', 'пры', 'як', 'але', 'а', 'што', 'гэта', 'ён', 'яна', 'яны', 'мы', 'вы', 'я', 'быў',
        'была', 'таксама', 'які', 'для',
      ],
    },
    // ј, љ, њ and џ are Serbian letters as well as Macedonian ones: evidence against Russian or Bulgarian, not for
    // Macedonian against Serbian (there ѓ, ќ, ѕ against ђ, ћ and "је", "су" against "е", "во" decide).
    sr: {
      letters: 'ђћјљњџ',
      words: [
        'који', 'која', 'што', 'као', 'али', 'је', 'су', 'још', 'где', 'када', 'биће', 'него', 'овај', 'ова', 'ово', 'у', 'и', 'на', 'не', 'са',
        'за', 'од', 'по', 'до', 'при', 'ка', 'а', 'се', 'да', 'ће', 'то', 'он', 'она', 'они', 'ми', 'ви', 'ја', 'или', 'из', 'после',
      ],
    },
  },
  {
    cs: {
      letters: 'řůě',
      words: ['jsem', 'jsou', 'který', 'která', 'které', 'také', 'jako', 'bylo', 'byla', 'proto', 'když', 'nebo', 'se', 'pro', 'jen', 'jsme', 'jste', 'není', 'mezi', 'podle', 'že', 'už', 'až'],
    },
    sk: {
      letters: 'äľĺŕô',
      words: ['som', 'sú', 'ktorý', 'ktorá', 'ktoré', 'tiež', 'ako', 'bolo', 'bola', 'preto', 'keď', 'alebo', 'sa', 'pre', 'len', 'sme', 'ste', 'nie', 'medzi', 'podľa', 'že', 'už', 'až'],
    },
  },
  {
    // Croatian, Bosnian and Serbian (Latin): the standards' own words, and the reflex of old jat (ije/je against e).
    // Bosnian and Serbian in either alphabet (Croatian is written in Latin only).
    hr: { words: [...CROATIAN, ...IJEKAVIAN, 'također'], shape: anyOf(IJEKAVIAN_SHAPE, CROATIAN_STEMS) },
    bs: {
      words: bothAlphabets([...BOSNIAN_SERBIAN, ...IJEKAVIAN, 'također', 'historija', 'historije', 'historiji', 'historiju', 'historijski', 'historijske', 'ljekar', 'ljekara', 'lahko', 'hljeb', 'kahva', 'sahat']),
      shape: anyOf(...bothScripts(IJEKAVIAN_SHAPE), ...bothScripts(BOSNIAN_SERBIAN_STEMS)),
    },
    sr: {
      words: bothAlphabets([...BOSNIAN_SERBIAN, ...EKAVIAN, 'takođe', 'istorija', 'istorije', 'istoriji', 'istoriju', 'istorijski', 'istorijske', 'lekar', 'lekara', 'spoljni', 'spoljnih', 'spoljne', 'spoljnim', 'hleb', 'kafa']),
      shape: anyOf(...bothScripts(BOSNIAN_SERBIAN_STEMS)),
    },
  },
  {
    // Each list also holds the words the other two share ("ikke", "også", "være", "vil"): only a word that one of two
    // languages writes and the other does not counts.
    // Norwegian writes p, t, k and "inn-", "ut-", "-het" where Danish writes b, d, g and "ind-", "ud-", "-hed" ("mot" and
    // "mod", "hvit" and "hvid", "innbyggere" and "indbyggere").
    nb: {
      words: [
        'ikke', 'av', 'hva', 'noen', 'noe', 'meg', 'deg', 'seg', 'etter', 'ble', 'bli', 'hvordan', 'mye', 'mer', 'også', 'nå', 'fra', 'eller',
        'ei', 'jeg', 'være', 'vil', 'mot', 'vår', 'våre', 'vårt', 'hvit', 'mellom', 'gjennom', 'hadde', 'ut', 'opp', 'inn',
      ],
      shape: /^(?:inn[bfhtsgkl]|utenfor|utvikl)|\p{L}{3}het(?:en|er|ene)?$/u,
    },
    da: {
      words: [
        'ikke', 'af', 'hvad', 'nogle', 'noget', 'mig', 'dig', 'sig', 'efter', 'blev', 'blive', 'hvordan', 'meget', 'mere', 'nu', 'fra', 'eller',
        'jeg', 'være', 'vil', 'også', 'mod', 'vores', 'hvid', 'mellem', 'gennem', 'havde', 'ud', 'op', 'ind',
      ],
      shape: /^(?:ind[bfhtsgkl]|udenfor|udvikl)|\p{L}{3}hed(?:en|er|erne)?$/u,
    },
    // Swedish writes "-het" as Norwegian does ("säkerhet").
    sv: { letters: 'äö', words: ['inte', 'och', 'att', 'av', 'vad', 'några', 'mig', 'efter', 'blev', 'hur', 'mycket', 'nu', 'från', 'eller', 'jag', 'är'], shape: /\p{L}{3}het(?:en|er|erna)?$/u },
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
    // Indonesian and Malay: the words each standard prefers ("bahwa/bahawa, pemerintah/kerajaan, persen/peratus,
    // uang/wang, Agustus/Ogos"), and Indonesian "-itas" for Malay "-iti" ("kualitas/kualiti, komunitas/komuniti").
    id: {
      words: ['karena', 'bisa', 'adalah', 'dengan', 'tidak', 'sudah', 'saja', 'juga', 'namun', 'kita', 'mereka', 'kami', 'tersebut', 'oleh', 'agar', 'hingga', 'saat', 'bahwa', 'yaitu', 'pemerintah', 'uang', 'kantor', 'mobil', 'polisi', 'persen', 'miliar', 'triliun', 'maret', 'agustus', 'juni', 'juli', 'desember', 'mau', 'setelah', 'sesudah', 'selama', 'harus', 'para', 'apakah', 'terkait', 'sepeda', 'rupiah'],
      shape: /^\p{L}{3,}itas$/u,
    },
    ms: {
      words: ['kerana', 'boleh', 'ialah', 'dengan', 'tidak', 'sudah', 'sahaja', 'juga', 'namun', 'kita', 'mereka', 'kami', 'tersebut', 'oleh', 'supaya', 'hingga', 'semasa', 'daripada', 'iaitu', 'bagi', 'bahawa', 'kerajaan', 'wang', 'pejabat', 'kereta', 'polis', 'peratus', 'bilion', 'trilion', 'mac', 'ogos', 'jun', 'julai', 'disember', 'mahu', 'selepas', 'mesti', 'adakah', 'berkaitan', 'menerusi', 'basikal', 'hospital', 'manakala', 'bagaimanapun', 'amat', 'ramai', 'ringgit'],
      shape: /^\p{L}{3,}iti$/u,
    },
  },
  {
    pt: { letters: 'ãõ', words: ['não', 'uma', 'de', 'do', 'da', 'em', 'no', 'na', 'que', 'com', 'para', 'os', 'as', 'ao', 'pelo', 'pela', 'também', 'mas', 'foi', 'são'] },
    gl: { words: ['non', 'unha', 'de', 'do', 'da', 'en', 'no', 'na', 'que', 'con', 'para', 'os', 'as', 'ao', 'polo', 'pola', 'tamén', 'pero', 'foi', 'son', 'xa', 'moi'] },
    es: { letters: 'ñ', words: ['no', 'una', 'de', 'del', 'la', 'el', 'en', 'los', 'las', 'que', 'con', 'para', 'al', 'por', 'también', 'pero', 'fue', 'son', 'ya', 'muy', 'y'] },
    ca: { letters: 'ŀ', words: ['no', 'una', 'de', 'del', 'la', 'el', 'en', 'els', 'les', 'que', 'amb', 'per', 'al', 'també', 'però', 'va', 'són', 'ja', 'molt', 'i'] },
  },
  {
    // Zulu and Xhosa: their words for "and", "that", "here", "when", the demonstratives (Zulu "leli, lesi, lokhu",
    // Xhosa "eli, esi, oku") and the first person (Zulu "ngi-", Xhosa "ndi-": "ngiyabonga", "ndiyabulela").
    zu: { words: ['futhi', 'ukuthi', 'lokhu', 'lapho', 'lapha', 'yini', 'kanye', 'manje', 'uma', 'leli', 'lesi', 'lolu', 'lezi', 'lawa', 'labo', 'lowo', 'lena', 'kakhulu', 'ngiyabonga'], shape: /^ngi\p{L}/u },
    xh: { words: ['kwaye', 'ukuba', 'oku', 'apho', 'apha', 'yintoni', 'kuba', 'ngoko', 'xa', 'eli', 'esi', 'olu', 'ezi', 'ezo', 'aba', 'kakhulu', 'ndiyabulela', 'nokuba', 'kananjalo', 'ngokuba'], shape: /^ndi\p{L}/u },
  },
  {
    nl: { words: ['de', 'het', 'een', 'niet', 'ik', 'zijn', 'van', 'en', 'dat', 'op', 'te', 'voor', 'met', 'ook', 'maar', 'om', 'er', 'naar'] },
    af: { words: ['die', 'nie', 'ek', 'jy', 'hulle', 'baie', 'is', 'van', 'en', 'dat', 'op', 'te', 'vir', 'met', 'ook', 'maar', 'om', 'sy', 'was', "'n"] },
  },
];


/** The cues as looked up: each language's words as a Set, per group. */
const LOOKUP = GROUPS.map((g) => new Map(Object.entries(g).map(([lang, cues]) => [lang, { letters: cues.letters ?? '', words: new Set(cues.words ?? []), shape: cues.shape }])));

/** The last text's lower-case form and words (the pipeline asks about one text against several runners-up). */
let last: { text: string; lower: string; words: string[] } | undefined;

/**
 * Between two of franc's best candidates of one group, the language with more
 * exclusive evidence; null when they are not in a group or the evidence does
 * not decide.
 */
export function separateClose(text: string, best: string, second: string): string | null {
  // A language may stand in two groups (Serbian: Cyrillic and Latin): the group holding both candidates decides.
  const g = LOOKUP.find((x) => x.has(best) && x.has(second));
  if (!g) return null;
  if (last?.text !== text) {
    const lower = text.toLowerCase();
    last = { text, lower, words: lower.match(/[\p{L}']+/gu) ?? [] };
  }
  const { lower, words } = last;
  const score = (lang: string, other: string): number => {
    const mine = g.get(lang)!;
    const theirs = g.get(other)!;
    let s = 0;
    for (const ch of mine.letters) if (!theirs.letters.includes(ch) && lower.includes(ch)) s += 2;
    const has = (c: typeof mine, w: string) => c.words.has(w) || c.shape?.test(w) === true;
    for (const w of words) if (has(mine, w) && !has(theirs, w)) s += 1;
    return s;
  };
  const a = score(best, second);
  const b = score(second, best);
  // Bosnian is seldom written in Cyrillic: without evidence either way, a Cyrillic text is Serbian.
  if (a === b && (best === 'bs' || second === 'bs') && (best === 'sr' || second === 'sr') && /\p{Script=Cyrillic}/u.test(lower)) return 'sr';
  if (a === b) return null;
  return a > b ? best : second;
}
