/**
 * Organization names in French and Spanish text, which write only their first
 * word (and proper names) with a capital: "Ligue nationale de hockey", "Union
 * pour un mouvement populaire", "Agence française de développement", "Ministerio
 * de Asuntos Exteriores y Cooperación". The English chunker stops at the first
 * lower-case word; here a capitalized head ("Ligue", "Ministerio") starts a name
 * that goes on through adjectives and prepositional phrases, and stops at a verb,
 * a second head ("… de hockey et le Parti socialiste" is two names), or punctuation.
 *
 * Without a tagger, an adjective is told from a verb by its ending: French and
 * Spanish adjectives end in a small set of suffixes ("-aise", "-ique", "-al",
 * "-ista"); verbs after a name ("financera", "sancionó", "a publié") do not.
 * (The compromise ports tag this properly, but each costs 0.5–0.7 s to load and
 * about 5 ms per paragraph: more than the rest of the pipeline.)
 *
 * Places are named the same way, with a head and "de": "Province de Namur",
 * "Comté de Durham", "Provincia de Buenos Aires" (romancePlaces).
 */
import { type EntityCandidate, entityCandidate } from '../../doc.js';
import type { Token } from './tokens.js';
import { PLACES } from '../../lexicons/index.js';

interface Grammar {
  heads: Set<string>;
  /** Heads of place names: "Province de Namur", "Comté de Durham", "Provincia de Buenos Aires", "Lago de Atitlán". */
  placeHeads: Set<string>;
  /** Prepositions inside a name ("de", "pour" / "de", "para"). */
  prepositions: Set<string>;
  /** Articles after a preposition ("de la", "de los"). */
  articles: Set<string>;
  /** "et" / "y": joins two parts of one name ("des Affaires étrangères et du Développement"). */
  conjunctions: Set<string>;
  /** A lower-case adjective, by its ending. */
  adjective: RegExp;
}

const FRENCH: Grammar = {
  heads: new Set([
    'ministère', 'agence', 'union', 'ligue', 'parti', 'conseil', 'assemblée', 'association', 'fédération', 'société', 'banque', 'comité',
    'commission', 'institut', 'université', 'école', 'musée', 'centre', 'office', 'organisation', 'mouvement', 'rassemblement', 'cour',
    'tribunal', 'autorité', 'direction', 'caisse', 'chambre', 'fondation', 'groupe', 'syndicat', 'confédération', 'observatoire', 'académie',
    'bibliothèque', 'orchestre', 'théâtre', 'hôpital', 'compagnie', 'régie', 'préfecture', 'secrétariat', 'délégation', 'front', 'alliance',
    'coalition', 'collectif', 'réseau', 'conservatoire', 'lycée', 'collège', 'laboratoire', 'haut-commissariat', 'fonds',
  ]),
  placeHeads: new Set([
    'province', 'région', 'département', 'district', 'arrondissement', 'canton', 'comté', 'commune', 'diocèse', 'archidiocèse', 'xian',
    'municipalité', 'territoire', 'oblast', 'raïon', 'voïvodie', 'gouvernorat', 'wilaya', 'émirat', 'principauté', 'duché', 'grand-duché',
    'khanat', 'royaume', 'lac', 'île', 'îles', 'mont', 'monts', 'baie', 'golfe', 'détroit', 'cap', 'vallée', 'massif', 'forêt', 'désert',
  ]),
  prepositions: new Set(['de', 'du', 'des', "d'", 'd’', 'pour', 'sur', 'en', 'contre', 'aux', 'au', 'à']),
  articles: new Set(['la', 'le', 'les', "l'", 'l’', 'un', 'une']),
  conjunctions: new Set(['et']),
  adjective:
    /(?:ais|aise|aises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|aire|aires|ique|iques|ain|aine|ains|aines|eux|euse|euses|ant|ante|ants|antes|iste|istes|ois|oise|oises|ile|iles|ier|ière|iers|ières|ère|ères|eur|eure|eurs|eures|ieure|ieures|unie|unies|uni|unis)$/u,
};

const SPANISH: Grammar = {
  heads: new Set([
    'ministerio', 'agencia', 'unión', 'liga', 'partido', 'consejo', 'asamblea', 'asociación', 'federación', 'sociedad', 'banco', 'comité',
    'comisión', 'instituto', 'universidad', 'escuela', 'museo', 'centro', 'oficina', 'organización', 'movimiento', 'corte', 'tribunal',
    'autoridad', 'dirección', 'caja', 'cámara', 'fundación', 'grupo', 'sindicato', 'confederación', 'observatorio', 'academia', 'biblioteca',
    'orquesta', 'teatro', 'hospital', 'compañía', 'secretaría', 'ayuntamiento', 'junta', 'frente', 'alianza', 'coalición', 'conservatorio',
    'colegio', 'laboratorio', 'defensoría', 'fiscalía', 'procuraduría', 'superintendencia', 'gabinete', 'fondo', 'servicio', 'consorcio',
  ]),
  placeHeads: new Set([
    'provincia', 'región', 'departamento', 'distrito', 'municipio', 'estado', 'condado', 'cantón', 'comarca',
    'parroquia', 'diócesis', 'arquidiócesis', 'territorio', 'principado', 'ducado', 'reino', 'lago', 'isla', 'islas', 'sierra', 'valle',
    'golfo', 'bahía', 'cabo', 'desierto', 'río',
  ]),
  // (Not "a", "al": "a través de", "al servicio de" run on past the name.)
  prepositions: new Set(['de', 'del', 'para', 'sobre', 'en', 'contra']),
  articles: new Set(['la', 'el', 'los', 'las']),
  conjunctions: new Set(['y', 'e']),
  adjective:
    /(?:al|ales|ano|ana|anos|anas|ico|ica|icos|icas|ivo|iva|ivos|ivas|ario|aria|arios|arias|ense|enses|ista|istas|oso|osa|osos|osas|ero|era|eros|eras|ino|ina|inos|inas|ol|ola|oles|olas|és|esa|eses|esas|ar|ares|or|ora|ores|oras|ente|entes|ante|antes|ble|bles|il|iles|eo|ea|eos|eas|ior|iores)$/u,
};

export const ROMANCE_GRAMMARS: Record<string, Grammar> = { fr: FRENCH, es: SPANISH };

/** Does a line hold a capitalized head of a French or Spanish name ("Parti", "Banco")? A cheap test before guessing a language. */
export function hasRomanceHead(tokens: Token[]): boolean {
  const head = (g: Grammar, w: string) => g.heads.has(w) || g.placeHeads.has(w);
  return tokens.some((t) => t.cap && !t.allCaps && (head(FRENCH, t.lower) || head(SPANISH, t.lower)));
}

/** Longest name this rule proposes, in tokens; most lower-case words in it. */
const MAX_TOKENS = 12;
const MAX_LOWER = 4;

/** French "l'emploi", "d'État" as one token: the article and the word after it. */
function elided(t: Token): { article: string; word: string } | null {
  const m = /^([ldLD]['’])(\p{L}.*)$/u.exec(t.text);
  return m ? { article: m[1]!.toLowerCase(), word: m[2]! } : null;
}

/**
 * Names in one line of tokens of a French or Spanish block, each an organization candidate of two words or more.
 */
export function romanceOrganizations(tokens: Token[], text: string, language: string): EntityCandidate[] {
  const g = ROMANCE_GRAMMARS[language];
  if (!g) return [];
  const out: EntityCandidate[] = [];
  const isHead = (t: Token | undefined) => Boolean(t && t.cap && !t.allCaps && g.heads.has(t.lower));
  // "L'Agence" at the start of a sentence is one token (the tokenizer splits only a lower-case "l'"): its head follows the apostrophe.
  const headAt = (t: Token) => {
    if (isHead(t)) return t.start;
    const e = elided(t);
    return e && /^\p{Lu}/u.test(e.word) && g.heads.has(e.word.toLowerCase()) ? t.start + e.article.length : -1;
  };
  const content = (t: Token | undefined) => Boolean(t && t.word && !/^\p{N}/u.test(t.text) && !g.prepositions.has(t.lower) && !g.articles.has(t.lower) && !g.conjunctions.has(t.lower));
  for (let i = 0; i < tokens.length; i++) {
    const start = headAt(tokens[i]!);
    if (start < 0) continue;
    let end = i + 1; // tokens[i, end) is the name so far; it always ends in a content word
    let k = i + 1;
    let lower = 0;
    // After a place ("Université de Toulouse", "Ayuntamiento de Valencia") the name ends, unless "et"/"y" joins a capitalized part.
    let afterPlace = false;
    while (k < tokens.length && k - i < MAX_TOKENS) {
      const t = tokens[k]!;
      if (t.newlineBefore) break;
      // Adjectives right after a content word ("Ligue nationale"), capitalized words right after a capitalized one
      // ("Partido Popular"; after a lower-case word a capital starts another name: "le Parti socialiste Jean Dupont").
      if (!afterPlace && t.word && (t.cap ? !isHead(t) && tokens[k - 1]!.cap : g.adjective.test(t.lower) && content(t) && ++lower <= MAX_LOWER)) {
        end = k = k + 1;
        continue;
      }
      // A prepositional phrase: preposition, article?, content word ("de l'Europe", "pour un mouvement", "de Asuntos").
      let m = k;
      if (g.conjunctions.has(t.lower)) m++;
      if (g.prepositions.has(tokens[m]?.lower ?? '')) m++;
      if (g.articles.has(tokens[m]?.lower ?? '')) m++;
      const word = tokens[m];
      const joined = m > k;
      // After "et"/"y", a capitalized part of the same name ("et des Affaires étrangères"), or a word like the one
      // before it ("Union des démocrates et indépendants"); not a second name ("et le Parti socialiste").
      const afterConjunction = g.conjunctions.has(t.lower);
      const coordinated = afterConjunction && m === k + 1 && !tokens[k - 1]!.cap && content(tokens[k - 1]) && !word?.cap;
      const ok =
        joined &&
        word &&
        !word.newlineBefore &&
        (content(word) || Boolean(elided(word))) &&
        !isHead(word) &&
        (!afterConjunction || coordinated || word.cap || Boolean(elided(word)?.word.match(/^\p{Lu}/u))) &&
        (!afterPlace || (afterConjunction && word.cap)) &&
        (word.cap || ++lower <= MAX_LOWER) &&
        tokens.slice(k, m).every((x) => !x.newlineBefore);
      if (!ok) break;
      afterPlace = word.cap && PLACES.has(word.lower);
      end = k = m + 1;
    }
    if (end - i < 2) continue;
    const last = tokens[end - 1]!;
    out.push(entityCandidate(start, last.end, 'organization', text.slice(start, last.end).replace(/\s+/g, ' '), 0.9, 'romance-name'));
    i = end - 1;
  }
  return out;
}

/** Words inside a place's name after its first capitalized word: "Comté de Saint-Louis", "Provincia de Santa Cruz de Tenerife". */
const NAME_JOINERS = new Set(['de', 'del', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'el', 'sur', 'en']);

/**
 * Place names of French and Spanish with a capitalized head and a proper name after "de": "Province de Namur",
 * "Comté de Durham", "Provincia de Buenos Aires", "Lago de Atitlán". The name after the preposition is capitalized
 * (not "Province de la région"); up to two adjectives of the head may come between ("Province canadienne de …").
 * ("Réserve" is no head: "Réserve indienne de …" is one thing, "réserve" a word of many.)
 */
export function romancePlaces(tokens: Token[], text: string, language: string): EntityCandidate[] {
  const g = ROMANCE_GRAMMARS[language];
  if (!g) return [];
  const out: EntityCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!head.cap || head.allCaps || !g.placeHeads.has(head.lower)) continue;
    let k = i + 1;
    let adjectives = 0;
    while (k < tokens.length && !tokens[k]!.cap && tokens[k]!.word && g.adjective.test(tokens[k]!.lower) && !g.prepositions.has(tokens[k]!.lower) && ++adjectives <= 2) k++;
    // The preposition: "de", "du", "des", "d'" (its own token or glued: "d'Ontario"), "del", "de la", "de los".
    const prep = tokens[k];
    if (!prep || prep.newlineBefore) continue;
    let nameFrom: number;
    let from = k + 1;
    const glued = elided(prep);
    if (glued && /^[dD]/.test(glued.article) && /^\p{Lu}/u.test(glued.word)) nameFrom = prep.start + glued.article.length;
    else {
      if (!['de', 'du', 'des', 'del', "d'", 'd’'].includes(prep.lower)) continue;
      if (g.articles.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.cap) from++;
      const first = tokens[from];
      if (!first || !first.cap || first.allCaps || first.newlineBefore || !first.word || /^\p{N}/u.test(first.text)) continue;
      nameFrom = first.start;
      from++;
    }
    // The name goes on through capitalized words and the small words between them.
    let end = glued ? k + 1 : from;
    for (let m = end; m < tokens.length; m++) {
      const t = tokens[m]!;
      if (t.newlineBefore || !t.word) break;
      if (t.cap && !t.allCaps) end = m + 1;
      else if (!NAME_JOINERS.has(t.lower) || !tokens[m + 1]?.cap) break;
    }
    const last = tokens[end - 1]!;
    if (nameFrom >= last.end) continue;
    out.push(entityCandidate(head.start, last.end, 'place', text.slice(head.start, last.end).replace(/\s+/g, ' '), 0.85, 'romance-place'));
    i = end - 1;
  }
  return out;
}
