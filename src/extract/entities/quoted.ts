/**
 * Quoted names in Latvian and Lithuanian text: companies, media and institutions
 * are written in quotation marks there (SIA "Lattelecom", portāls „Nozare.lv”,
 * AB „Telia Lietuva“). A short capitalized phrase in quotes is taken as an
 * organization; the mention keeps the quotes, as the name is written, and the
 * entity's name drops them.
 */
import { type EntityCandidate, entityCandidate } from '../../doc.js';

/** Languages that write organization names in quotation marks. */
export const QUOTED_NAME_LANGUAGES = new Set(['lv', 'lt']);

const QUOTED = /(["„“«])[ \t]?((?:\p{Lu}|\p{Ll}{1,8}\p{Lu})[^"„“”«»\n]{0,58}?)[ \t]?(["”“»])/gu;
/** Legal forms written before the quoted name, part of the mention: SIA "…", AS "…", UAB „…“. */
const LEGAL_BEFORE = /(?:^|[^\p{L}])((?:SIA|AS|AAS|VAS|PAS|IK|UAB|AB|VšĮ|BO SIA|BO VAS)[ \t])$/u;
const MAX_WORDS = 5;

export function quotedNames(text: string, start: number, end: number): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(QUOTED)) {
    const name = m[2]!.trim();
    if (/[.!?,:;]$/.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length > MAX_WORDS) continue;
    // A quoted phrase, not a quoted sentence: at most two lower-case words ("Latvijas gāze", "Dienas Bizness").
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (lower > 2 || lower >= words.length) continue;
    let at = start + m.index!;
    const legal = LEGAL_BEFORE.exec(text.slice(Math.max(start, at - 8), at));
    if (legal) at -= legal[1]!.length;
    // Above lexicon and gazetteer matches: "Liverpool" in quotes is the club, "Daugavpils" the company.
    out.push(entityCandidate(at, start + m.index! + m[0].length, 'organization', name, 0.95, 'quoted-name'));
  }
  return out;
}
