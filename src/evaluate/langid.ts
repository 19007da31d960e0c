/**
 * Language identification scores on the lingua test data layout: a folder
 * with `sentences/`, `word-pairs/` and `single-words/`, each holding one file
 * per language named by its ISO 639-1 code (`lv.txt`), one text a line.
 * Every line is identified with press-facts' default settings; an answer is
 * right when it is the file's language ("und" counts as wrong).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGES, detectLanguage, toIso639_1 } from '../language/index.js';

export interface KindScore {
  kind: string;
  texts: number;
  /** Share right over all languages of the folder. */
  accuracy: number;
  /** Share answered "und". */
  undetermined: number;
  /** Share right over the languages among the default candidates only. */
  accuracyDefaultLanguages: number;
  textsPerSecond: number;
  /** The languages with the lowest accuracy: [code, accuracy %, most frequent wrong answer]. */
  worst: [string, number, string][];
}

export interface LangIdReport {
  languages: number;
  /** Languages of the folder outside press-facts' default candidates (always wrong with default settings). */
  notInDefaults: string[];
  kinds: KindScore[];
}

const KINDS = ['sentences', 'word-pairs', 'single-words'];
const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);

export function evaluateLangId(dir: string, options: { limit?: number } = {}): LangIdReport {
  const defaults = new Set(DEFAULT_LANGUAGES.map(toIso639_1));
  const kinds: KindScore[] = [];
  let languages = new Set<string>();
  for (const kind of KINDS) {
    const folder = path.join(dir, kind);
    if (!existsSync(folder)) continue;
    let texts = 0;
    let right = 0;
    let und = 0;
    let textsDefault = 0;
    let rightDefault = 0;
    const perLanguage: [string, number, string][] = [];
    const t0 = performance.now();
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      const lang = file.replace(/\.txt$/, '');
      languages.add(lang);
      let lines = readFileSync(path.join(folder, file), 'utf8').split('\n').filter((l) => l.trim());
      if (options.limit) lines = lines.slice(0, options.limit);
      let ok = 0;
      const wrong = new Map<string, number>();
      for (const line of lines) {
        const code = detectLanguage(line).code;
        if (code === lang) ok++;
        else wrong.set(code, (wrong.get(code) ?? 0) + 1);
        if (code === 'und') und++;
      }
      texts += lines.length;
      right += ok;
      if (defaults.has(lang)) {
        textsDefault += lines.length;
        rightDefault += ok;
      }
      const top = [...wrong].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      perLanguage.push([lang, pct(ok, lines.length), top ? top[0] : '-']);
    }
    const seconds = (performance.now() - t0) / 1000;
    kinds.push({
      kind,
      texts,
      accuracy: pct(right, texts),
      undetermined: pct(und, texts),
      accuracyDefaultLanguages: pct(rightDefault, textsDefault),
      textsPerSecond: Math.round(texts / seconds),
      worst: perLanguage.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12),
    });
  }
  return { languages: languages.size, notInDefaults: [...languages].filter((l) => !defaults.has(l)).sort(), kinds };
}
