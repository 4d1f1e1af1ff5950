/**
 * Guards the rule that no list or rule encodes a dev or seed text: collects the proper names of
 * the dev sets (speakers and aliases of both quote gold files, the named entities of names-dev)
 * and of the seed article's hand annotation, and reports each one that appears in the shipped
 * code or data (src/) as a whole word. Country and city names that a well-kept list ships (and
 * so appear in many texts) are reported too: read the hits, don't just count them.
 *
 * It also reports every run of seven words of a dev or seed text found there (a test row or a rule's
 * example copied instead of written anew).
 *
 * Usage: `npm run check:leaks` (needs ../shared). Exit code 1 when a person's name or such a run is found.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { genderOfFirstName } from '../src/lexicon/first-names.js';

const shared = '../shared/eval';
const names = new Map<string, { kind: 'person' | 'other'; from: string }>();

function add(text: string, kind: 'person' | 'other', from: string): void {
  // Multi-word names are checked whole: single capitalised words are too often ordinary ones.
  const name = text.trim();
  if (name.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(name)) return;
  // a quote's speaker is a person's name when it opens with a first name or an initial (bodies,
  // `TV 2`, `Danmarks Statistik`, are well-known names that a lexicon may hold)
  if (from !== 'names-dev')
    kind =
      /^\p{Lu}\.|^\p{Lu}\p{Ll}+/u.test(name) && (genderOfFirstName(name.split(/\s+/)[0]!.toLowerCase()) !== undefined || /^\p{Lu}\./u.test(name))
        ? 'person'
        : 'other';
  if (!names.has(name) || kind === 'person') names.set(name, { kind, from });
}

for (const [set, file] of [
  ['quotes-dev', `${shared}/quotes-dev.gold.jsonl`],
  ['quotes-web-dev', `${shared}/quotes-web-dev.gold.jsonl`],
  ['the seed', 'fixtures/gold/rusland-taliban.jsonl'],
] as const) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { quotes: { speaker: string | null; aliases?: string[] }[] };
    for (const q of doc.quotes) for (const n of [q.speaker, ...(q.aliases ?? [])]) if (n) add(n, 'person', set);
  }
}
for (const line of readFileSync(`${shared}/names-dev.jsonl`, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as { entities: { text: string; type: string }[] };
  for (const e of doc.entities) add(e.text, e.type === 'PER' ? 'person' : 'other', 'names-dev');
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|json|txt|tsv)$/.test(entry)) yield path;
  }
}

let persons = 0;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = [...names].map(([name, info]) => ({ name, info, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?![\\p{L}\\p{N}])`, 'u') }));
for (const path of [...files('src'), ...files('test'), ...files('data')]) {
  const text = readFileSync(path, 'utf8');
  for (const { name, info, re } of patterns) {
    if (!text.includes(name) || !re.test(text)) continue;
    console.log(`${path}: "${name}" (${info.kind}, from ${info.from})`);
    if (info.kind === 'person') persons++;
  }
}
console.log(`check-leaks: ${names.size} multi-word names from the dev sets checked against src/, test/ and data/; ${persons} person names found`);

// Phrases: any run of PHRASE_WORDS words of a dev or seed text found in src/, test/ or data/ (a
// rule's example or a test row copied from a text instead of written anew). Seven words: shorter
// runs are Danish idioms any writer uses (`ser det ud til, at`, `lyder det fra en af de`).
const PHRASE_WORDS = 7;
const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const runs = new Set<string>();
const texts: string[] = [];
for (const set of ['quotes-dev', 'quotes-web-dev'])
  for (const line of readFileSync(`${shared}/${set}.docs.jsonl`, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
for (const line of readFileSync(`${shared}/names-dev.jsonl`, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
for (const entry of readdirSync('corpus')) if (entry.endsWith('.txt')) texts.push(readFileSync(join('corpus', entry), 'utf8'));
for (const text of texts) {
  const w = wordsOf(text);
  for (let i = 0; i + PHRASE_WORDS <= w.length; i++) runs.add(w.slice(i, i + PHRASE_WORDS).join(' '));
}
let phrases = 0;
for (const path of [...files('src'), ...files('test'), ...files('data')]) {
  // (the seed article is the corpus file and its golden output, which tests read by design)
  if (path.startsWith('test/fixtures') || path.endsWith('.tsv')) continue;
  const w = wordsOf(readFileSync(path, 'utf8'));
  for (let i = 0; i + PHRASE_WORDS <= w.length; i++) {
    const run = w.slice(i, i + PHRASE_WORDS).join(' ');
    if (!runs.has(run)) continue;
    console.log(`${path}: "${run}" (a run of ${PHRASE_WORDS} words of a dev or seed text)`);
    phrases++;
    i += PHRASE_WORDS - 1;
  }
}
console.log(`check-leaks: ${runs.size} runs of ${PHRASE_WORDS} words of the dev and seed texts checked against src/, test/ and data/; ${phrases} found`);
process.exit(persons > 0 || phrases > 0 ? 1 : 0);
