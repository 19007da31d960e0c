/** Language identification: scripts, close languages, addresses, short text. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { DEFAULT_LANGUAGES, detectLanguage } from '../src/language/index.js';
import { rankLanguages } from '../src/language/franc.js';
import { separateClose, toCyrillic } from '../src/language/close.js';
import { foreignWords } from '../src/language/alphabets.js';
import { withinAlphabet } from '../src/language/alphabets.js';
import { extractSync } from '../src/pipeline.js';

describe('detectLanguage', () => {
  it('decides unambiguous scripts on their own', () => {
    expect(detectLanguage('ગુજરાતી ભાષા ભારતની એક ભાષા છે').code).toBe('gu');
    expect(detectLanguage('Հայերենը հնդեվրոպական լեզու է').code).toBe('hy');
    expect(detectLanguage('ქართული ენა ქართველური ენაა').code).toBe('ka');
  });

  it('reads English by its words where franc ranks another language first', () => {
    // Common English words only: franc called these Romanian, Catalan, Malay and Norwegian.
    for (const t of ['press release', 'quarterly results', 'board meeting', 'solar energy']) expect(detectLanguage(t).code, t).toBe('en');
    // English function words ("our", "and") with English close behind French.
    expect(detectLanguage('Our partners contributed information and expertise.').code).toBe('en');
    // Words English shares ("have", "at", "of", "in", "die") do not make a text English.
    expect(detectLanguage('Vi glæder os til at have jer med i år.').code).toBe('da');
    expect(detectLanguage('Hij zei dat het plan of de begroting niet klaar is.').code).toBe('nl');
    expect(detectLanguage('Die boer het sy plaas in die Kaap verkoop.').code).toBe('af');
    expect(detectLanguage('la information').code).toBe('fr');
    // With English close behind, two words in three that are English are enough: the word list lacks "download" and
    // "multimedia", and franc called the line Galician (and with it two releases of a few lines).
    expect(detectLanguage('View original content to download multimedia:', { strict: true }).code).toBe('en');
    expect(detectLanguage('Die Regierung hat also beschlossen', { strict: true }).code).toBe('de');
  });

  it('decides a single word in a script only one candidate writes, and Han without kana as Chinese', () => {
    expect(detectLanguage('北京').code).toBe('zh');
    expect(detectLanguage('東京で会議が開かれました').code).toBe('ja');
    expect(detectLanguage('서울').code).toBe('ko');
  });

  it('names languages franc has no model for by their own words and letters', () => {
    expect(detectLanguage('Mae’r cyngor wedi cyhoeddi bod y gwaith yn dechrau yn y gwanwyn, ac mae pawb yn croesawu hynny.').code).toBe('cy');
    expect(detectLanguage('Ráðuneytið hefur tilkynnt að verkefnið verði kynnt í næstu viku og það er mjög mikilvægt.').code).toBe('is');
    expect(detectLanguage('Ka tīmata te hui ā te ata āpōpō, ā, ka kōrero ngā kaumātua mō te whenua me te reo Māori.').code).toBe('mi');
    expect(detectLanguage('Udalak gaur jakinarazi du proiektua datorren urtean hasiko dela, eta herritarrek ere parte hartu ahal izango dute.').code).toBe('eu');
    // Spellings only these languages use: Irish long vowels and lenited consonants, Latin verb endings.
    expect(detectLanguage('Dhéanann na páistí obair shuimiúil sa scoil.').code).toBe('ga');
    // Irish prepositions with the article, numbers and frequent nouns: "sna", "dhá", "contae", "ceantar".
    expect(detectLanguage('Is baile mór é sna sléibhte i gcontae Mhaigh Eo.').code).toBe('ga');
    expect(detectLanguage('Is ceantar é le dhá oileán ann.').code).toBe('ga');
    expect(detectLanguage('Milites urbem oppugnaverunt et hostes fugaverunt.').code).toBe('la');
    expect(detectLanguage('Bywyd newydd sydd yn y dref.').code).toBe('cy');
    // Latin words in an English sentence do not make it Latin.
    expect(detectLanguage('The committee met ad hoc, et al. noted, to review the status quo of the pro bono programme.').code).toBe('en');
  });

  it('tells Nynorsk from Bokmål by their own words, Bokmål when nothing decides', () => {
    expect(detectLanguage('Eg veit ikkje kva kommunen skal gjere med vegen, men det er mykje trafikk der no.').code).toBe('nn');
    expect(detectLanguage('Jeg vet ikke hva kommunen skal gjøre med veien, men det er mye trafikk der nå.').code).toBe('nb');
  });

  it('does not let e-mail addresses and URLs vote', () => {
    expect(detectLanguage('Kontakt: press@harbourside.example.org.uk', { strict: true }).code).toBe('und');
    // Its words are English, whatever the address's letters would say.
    expect(detectLanguage('Media contact: press@harbourside.example.org.uk', { strict: true }).code).toBe('en');
    expect(detectLanguage('See https://www.example.com/uudised/teadaanne-2024 for details.').code).not.toBe('et');
  });

  it('leaves short text without a clear lead undetermined, and calls a sentence', () => {
    expect(detectLanguage('Anna Lewandowska', { strict: true }).code).toBe('und');
    // Without `strict`, a short text gets the best guess, with a low confidence.
    expect(detectLanguage('Anna Lewandowska').confidence).toBeLessThan(0.35);
    // A word pair alone is a guess, never "und" unless tied; the pipeline's blocks (strict) want a clear lead.
    const pair = detectLanguage('wurden später');
    expect(pair.code).toBe('de');
    expect(pair.confidence).toBeLessThan(0.35);
    expect(detectLanguage('wurden später', { strict: true }).code).toBe('und');
    expect(detectLanguage('wurden später', { minConfidence: 0.5 }).code).toBe('und');
  });

  it('names a language franc has no model for only when its alphabet allows', () => {
    // Basque "-aren", "tz" and Icelandic þ, ð have look-alikes: German "waren", "jetzt", "Schutz"; Turkish read as Latin-1.
    for (const t of ['Schutz des Platzes', 'Politik jetzt', 'inzwischen waren']) expect(detectLanguage(t).code).not.toBe('eu');
    expect(detectLanguage('kiþisel geliþim').code).not.toBe('is');
    expect(detectLanguage('þjóðhátíð').code).toBe('is');
    expect(detectLanguage('hitz egin dute').code).toBe('eu');
    // Yoruba without its tone marks: its own words, not franc's trigrams (which call it Italian or Slovenian).
    expect(detectLanguage('Aare orile-ede naa lo si ilu Eko lati se ipade pelu awon olori ijoba.').code).toBe('yo');
    // A word or two with a letter franc's leader never writes: a runner-up that writes them all.
    expect(detectLanguage('pomáhá zlepšovat').code).toBe('cs');
    expect(detectLanguage('ģimenēm').code).toBe('lv');
    // Shona, Zulu, Xhosa words that begin as Irish eclipsis does ("nd", "mh") are not Irish: Irish writes no k, w, y or z.
    expect(detectLanguage('ndinoda kuziva').code).not.toBe('ga');
    expect(detectLanguage('The ministry announced a new programme for schools today.').code).toBe('en');
    expect(detectLanguage('Ministrija šodien paziņoja par jaunu programmu skolām visā Latvijā.').code).toBe('lv');
  });

  it('names a few words by the shapes only that language writes', () => {
    // Māori: every syllable open, in Māori's letters, and a long vowel, a "wh", or a second such word.
    expect(detectLanguage('kaumātua hou').code).toBe('mi');
    expect(detectLanguage('whakatau').code).toBe('mi');
    expect(detectLanguage('tamariki pakeke').code).toBe('mi');
    // Latvian writes the same long vowels but ends its words in consonants; names and English words are no evidence.
    expect(detectLanguage('tālāk mūsu').code).not.toBe('mi');
    for (const t of ['Miami Hawaii', 'more time', 'home made']) expect(detectLanguage(t).code).not.toBe('mi');
    // Icelandic: ð or þ without the ý of Turkish read as Latin-1, or æ beside an accented vowel; no c, q, w or z.
    expect(detectLanguage('leiðandi fyrirtæki').code).toBe('is');
    expect(detectLanguage('rekstri leiðandi').code).toBe('is');
    expect(detectLanguage('ölçme deðerlendirme').code).not.toBe('is');
    expect(detectLanguage('öðrenci kulübü').code).not.toBe('is');
    // Welsh initial "ff", "dd", "cyn-", final "-dd", "-wyr", "-aeth"; not English "odd", nor a name.
    expect(detectLanguage('ffordd newydd').code).toBe('cy');
    expect(detectLanguage('cyfnod anodd').code).toBe('cy');
    expect(detectLanguage('gwleidyddiaeth leol').code).toBe('cy');
    for (const t of ['odd numbers', 'Todd Smith']) expect(detectLanguage(t).code).not.toBe('cy');
    // Basque "-tako", "-etan", "-zko", "-garren".
    expect(detectLanguage('Bigarren aldiz etorri ziren herrietan eraikitako etxeetara.').code).toBe('eu');
    // Latin "-us", "-um", "-ium", "-tio", but not an English word of that shape nor a zoological family in Dutch.
    expect(detectLanguage('Imperator exercitum magnum in castra duxit.').code).toBe('la');
    expect(detectLanguage('The museum campus hosts a premium forum on the virus.').code).toBe('en');
    expect(detectLanguage('De aardhommel (Bombus terrestris) is een insect uit de familie van de bijen (Apidae).').code).toBe('nl');
  });
});

describe('short blocks in a release', () => {
  const release = [
    'Harbourside Robotics Opens Its Second Plant in Leeds',
    'Original/Source Press Release',
    'Harbourside Robotics said on Tuesday that its new plant in Leeds will employ 240 people by the end of next year. The company builds warehouse robots for retailers across Europe and North America.',
    'Domnīcas dalībnieki pie galdiem',
    'The plant was opened by the company’s chief executive, who thanked the city council and the regional development agency for their support over the past two years.',
    'Pickup - citybuzz.co',
    'Media Contact',
  ].join('\n\n');

  it('take the document’s language when written only in its letters, and keep their own with letters it lacks', () => {
    const record = extractSync({ text: release });
    const blockOf = (s: string) => record.blocks.find((b) => record.text.slice(b.start, b.end) === s)!;
    expect(record.language.code).toBe('en');
    // franc alone calls these Romanian and Latvian.
    expect(blockOf('Original/Source Press Release').language).toBe('en');
    expect(['en', 'und']).toContain(blockOf('Pickup - citybuzz.co').language);
    expect(blockOf('Domnīcas dalībnieki pie galdiem').language).toBe('lv');
    for (const b of record.blocks) expect(['en', 'lv', 'und']).toContain(b.language);
  });

  it('are judged by the alphabet of each language', () => {
    expect(withinAlphabet('Original/Source Press Release', 'en')).toBe(true);
    expect(withinAlphabet('Domnīcas dalībnieki', 'en')).toBe(false);
    expect(withinAlphabet('Domnīcas dalībnieki', 'lv')).toBe(true);
    expect(withinAlphabet('Straße', 'de')).toBe(true);
    expect(withinAlphabet('Привет', 'ru')).toBe(true);
    expect(withinAlphabet('Ελλάδα', 'el')).toBeNull();
  });
});

describe('close languages', () => {
  it('tell Norwegian from Danish by their spellings of the same words', () => {
    expect(detectLanguage('Kommunen har 13 000 innbyggere og ligger mot grensen til Sverige.').code).toBe('nb');
    expect(detectLanguage('Kommunen har 13.000 indbyggere og ligger mod grænsen til Tyskland.').code).toBe('da');
    // franc ranks this one Danish: "mot", "våre", "mer" are Norwegian spellings.
    expect(detectLanguage('Vi har ingenting i mot at våre medlemmer får mer tid.').code).toBe('nb');
    // "ikke", "også", "være" are words of both: no evidence either way.
    expect(separateClose('ikke også være', 'nb', 'da')).toBeNull();
  });

  it('are told apart by letters and words only one of them uses', () => {
    expect(separateClose('Dette er ikke hvad jeg mente, men efter det blev alt godt', 'nb', 'da')).toBe('da');
    expect(separateClose('Det er ikke hva jeg mente, men etter det ble alt bra', 'da', 'nb')).toBe('nb');
    expect(separateClose('Não há uma solução para isso, mas também não é grave', 'gl', 'pt')).toBe('pt');
    expect(separateClose('Это был очень хороший день, и мы были рады', 'bg', 'ru')).toBe('ru');
    expect(separateClose('Hello world', 'en', 'de')).toBeNull();
  });

  it('tell Croatian, Bosnian and Serbian apart by their own words and by ije/je against e, in either alphabet', () => {
    const cases: [string, string][] = [
      ['Tko je rekao da tisuću ljudi neće doći na sveučilište tijekom tjedna?', 'hr'],
      ['Predsjednik je rekao da će hiljadu ljudi doći na univerzitet tokom sedmice.', 'bs'],
      ['Predsednik je rekao da će hiljadu ljudi doći na univerzitet tokom nedelje.', 'sr'],
      ['Министар је рекао да ће нови закон бити усвојен до краја године.', 'sr'],
      ['Министерот рече дека новиот закон ќе биде донесен до крајот на годината.', 'mk'],
    ];
    for (const [text, code] of cases) expect(detectLanguage(text).code, text).toBe(code);
    // The jat reflex decides alone: "pobijedila, vjera" against "pobedila, vera"; loanwords written alike do not count.
    expect(separateClose('Ekipa je pobijedila, a vjera navijača je porasla', 'sr', 'bs')).toBe('bs');
    expect(separateClose('Ekipa je pobedila, a vera navijača je porasla', 'bs', 'sr')).toBe('sr');
    expect(separateClose('Klijent i pacijent su dobili projekat', 'sr', 'bs')).toBeNull();
    // Without evidence, Cyrillic is Serbian: Bosnian is seldom written in it.
    expect(separateClose('Он је добар човек', 'bs', 'sr')).toBe('sr');
    expect(toCyrillic('ljubav, džamija, njegov')).toBe('љубав, џамија, његов');
  });

  it('tell Zulu from Xhosa by their words for "and", "that" and "this"', () => {
    // (franc alone: Xhosa for the first two.)
    expect(detectLanguage('Ngikhuluma ngalokhu manje, kanye nabangane bami.').code).toBe('zu');
    expect(detectLanguage('Lokhu kubalulekile kakhulu kubantu abahlala lapho.').code).toBe('zu');
    expect(detectLanguage('Oku kubalulekile kakhulu kubantu abahlala apho.').code).toBe('xh');
  });

  it('drop a leader whose alphabet lacks letters of the text’s lower-case words, for a runner-up that has them all', () => {
    // franc alone: Slovenian, Romanian, Bosnian.
    for (const text of ['Před dvěma týdny jsme podali žádost o dotaci na ministerstvo.', 'Krátce před půlnocí přijela policie a situaci uklidnila.', 'Na schůzi se dohodli, že nové hřiště bude hotové do léta.']) {
      expect(detectLanguage(text).code, text).toBe('cs');
    }
    expect(foreignWords('Před dvěma týdny', 'sl')).toBe(2);
    // In a sentence under ten words one such word is enough: franc alone calls this Croatian.
    expect(detectLanguage('Il expose au Musée Munch à Oslo.').code).toBe('fr');
    // Names keep their letters in any language, and English borrows words with their accents.
    expect(foreignWords('On July 19, in Pasto, Nariño, an iPhone', 'en')).toBe(0);
    expect(detectLanguage('On July 19, in Pasto, Nariño, the Barrios Virgüez café opened its doors to the naïve public.').code).toBe('en');
  });
});

describe('Cyrillic languages', () => {
  it('tells them apart by the letters each writes and by the words only one of them uses', () => {
    // "но", "на", "с" are Bulgarian words too: they are no evidence against Russian.
    expect(detectLanguage('Но такой подход связан с развитием нового проекта.').code).toBe('ru');
    expect(detectLanguage('Министерството на външните работи публикува съобщение.').code).toBe('bg');
    expect(detectLanguage('Міністерство оголосило про нові правила.').code).toBe('uk');
    expect(detectLanguage('Владата ќе ги разгледа предлозите.').code).toBe('mk');
    expect(detectLanguage('Влада је усвојила нови закон о раду.').code).toBe('sr');
  });

  it('knows which letters each alphabet lacks', () => {
    // ы and э are Russian letters: Bulgarian, Serbian and Macedonian have none.
    expect(withinAlphabet('выводили', 'bg')).toBe(false);
    expect(withinAlphabet('выводили', 'ru')).toBe(true);
    // Serbian is written in both alphabets.
    expect(withinAlphabet('Влада је усвојила', 'sr')).toBe(true);
    expect(withinAlphabet('Vlada je usvojila zakon o međunarodnoj saradnji', 'sr')).toBe(true);
    expect(foreignWords('Владата ќе ги разгледа', 'sr')).toBe(1);
  });
});

describe('Latvian given names', () => {
  it('are people in any case, alone, even at the start of a sentence', async () => {
    const { extract } = await import('../src/index.js');
    const r = await extract('Vakar vakarā Sofija devās uz veikalu. Sofijai patika jaunās grāmatas, un viņa tās parādīja Ievai un Andrim.');
    expect(r.language.code).toBe('lv');
    expect(r.people.map((p) => p.mentions.map((m) => m.text))).toEqual(expect.arrayContaining([expect.arrayContaining(['Sofija']), ['Ievai'], ['Andrim']]));
  });
});

describe('rankLanguages (franc through an index)', () => {
  // The fixtures' own text, in windows of every size the pipeline sends (a few words to a long paragraph), and random
  // strings of letters from several scripts, digits, punctuation and white space.
  const texts: string[] = ['', 'a', 'ab c', '12345 67890', '!!! ??? ...', '   ', 'Ελλάδα', '서울', 'Հայերեն', 'ﺍﻟﻌﺮﺑﻴﺔ'];
  for (const file of readdirSync('fixtures').filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const text = readFileSync(join('fixtures', file), 'utf8');
    for (const size of [12, 40, 150, 600, 2500]) {
      for (let at = 0; at < text.length; at += size * 3) texts.push(text.slice(at, at + size));
    }
  }
  const random = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzāčēģīķļņšūžäöüßéèêàçñõåøæłąęőűșțабвгдежзийклмнопрстуфхцчшщыьэюяєіїαβγδεζηθικλμνξοπρστυφχψωابتثجحخدذرزسشصضطظعغفقكلمنهويअआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह 0123456789.,;:!?-\'"\n\t'.split('')),
    maxLength: 300,
  });
  texts.push(...fc.sample(random, { numRuns: 300, seed: 42 }));

  it('ranks every text as francAll does, with the default candidates, with none, and with a short list', () => {
    for (const only of [DEFAULT_LANGUAGES, [], ['eng', 'lvs', 'deu', 'rus', 'hye']]) {
      for (const minLength of [4, 8, 10]) {
        for (const text of texts) expect(rankLanguages(text, { only, minLength }), text).toEqual(francAll(text, { only, minLength }));
      }
    }
  });
});
