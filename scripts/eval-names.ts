/**
 * Measures citat/names on ../shared/eval/names-dev.jsonl (UD Danish-DDT dev sentences with the
 * named-entity tags of Plank 2019; one sentence a line with gold character offsets): exact span
 * and type precision, recall and F1 per type and micro, beside a capitalised-run baseline scored
 * in the same run (every maximal run of capitalised words, less a sentence's first word, taken as
 * a person).
 *
 *   npm run eval:names [-- path/to/names.jsonl]
 *
 * Below the scores it sorts citat's errors into classes (wrong type, wrong span, both, missed,
 * spurious), per type, so that a change shows which class of error it fixes or breaks.
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../src/nlp/tokens.js';
import { findNames, type NameType } from '../src/api/names.js';
import { classifyErrors, noErrors, prf } from './names-score.js';

interface Gold {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}

const path = process.argv[2] ?? '../shared/eval/names-dev.jsonl';
const docs = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);
const CODE: Record<NameType, string> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };
const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];

/**
 * The baseline: maximal runs of capitalised words (an initial's full stop inside), as PER; the
 * sentence's first word is passed over (its capital proves nothing).
 */
function capitalisedRuns(text: string): { start: number; end: number; type: string }[] {
  const tokens = tokenize(text);
  const out: { start: number; end: number; type: string }[] = [];
  let i = 1;
  while (i < tokens.length) {
    if (!(tokens[i]!.type === 'word' && tokens[i]!.cap)) {
      i++;
      continue;
    }
    const a = i;
    while (
      i + 1 < tokens.length &&
      ((tokens[i + 1]!.type === 'word' && tokens[i + 1]!.cap) || (tokens[i + 1]!.text === '.' && tokens[i]!.text.length === 1 && tokens[i + 2]?.cap))
    )
      i++;
    out.push({ start: tokens[a]!.start, end: tokens[i]!.end, type: 'PER' });
    i++;
  }
  return out;
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

function evaluate(system: (text: string) => { start: number; end: number; type: string }[]): { counts: Counts; ms: number } {
  const counts: Counts = {};
  for (const t of [...TYPES, 'micro']) counts[t] = { tp: 0, fp: 0, fn: 0 };
  const t0 = performance.now();
  for (const d of docs) {
    const pred = system(d.text).map((e) => `${e.start}:${e.end}:${e.type}`);
    const gold = new Set(d.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    const ps = new Set(pred);
    for (const k of ps) {
      const type = k.split(':')[2]!;
      const hit = gold.has(k);
      counts[type]![hit ? 'tp' : 'fp']++;
      counts.micro![hit ? 'tp' : 'fp']++;
    }
    for (const k of gold) {
      if (ps.has(k)) continue;
      counts[k.split(':')[2]!]!.fn++;
      counts.micro!.fn++;
    }
  }
  return { counts, ms: performance.now() - t0 };
}

const citatNames = (text: string): { start: number; end: number; type: string }[] =>
  findNames(text).map((n) => ({ start: n.start, end: n.end, type: CODE[n.type] }));
const citat = evaluate(citatNames);
const base = evaluate(capitalisedRuns);
const golds = docs.reduce((s, d) => s + d.entities.length, 0);
console.log(`names: ${path} — ${docs.length} sentences, ${golds} gold names (exact span and type)`);
console.log('');
console.log('| type | gold | citat P | citat R | citat F1 | capitalised-run baseline F1 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const t of [...TYPES, 'micro']) {
  const c = citat.counts[t]!;
  const b = base.counts[t]!;
  const r = prf(c.tp, c.fp, c.fn);
  const rb = prf(b.tp, b.fp, b.fn);
  console.log(`| ${t} | ${c.tp + c.fn} | ${r.p.toFixed(3)} | ${r.r.toFixed(3)} | ${r.f.toFixed(3)} | ${rb.f.toFixed(3)} |`);
}
console.log('');
console.log(`time: citat ${citat.ms.toFixed(0)} ms (first call loads the word lists and model), baseline ${base.ms.toFixed(0)} ms`);

const errors = noErrors();
for (const d of docs) classifyErrors(d.entities, citatNames(d.text), errors);
const n = (r: Record<string, number>, t: string): number => r[t] ?? 0;
console.log('');
console.log("citat's errors by class (each gold name once: found right, found with another type, with other bounds, with both, or missed):");
console.log('');
console.log('| gold type | right | wrong type | wrong span | wrong span and type | missed | spurious (found, overlapping no gold name) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const t of TYPES) {
  const wrongType = Object.entries(errors.wrongType)
    .filter(([k]) => k.startsWith(`${t}>`))
    .reduce((s, [, v]) => s + v, 0);
  console.log(
    `| ${t} | ${n(errors.right, t)} | ${wrongType} | ${n(errors.wrongSpan, t)} | ${n(errors.wrongSpanAndType, t)} | ${n(errors.missed, t)} | ${n(errors.spurious, t)} |`,
  );
}
const confusions = Object.entries(errors.wrongType).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log('');
console.log(`wrong type, gold>citat: ${confusions.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
