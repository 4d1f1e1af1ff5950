/**
 * Scores sentence splitters on a file of `{text, sentences[], source?}` rows (default
 * ../shared/eval/sentences-dev.jsonl): sentence precision, recall and F1 (a predicted sentence is
 * right when its trimmed text equals a gold sentence of the same row), boundary F1 (positions
 * where one sentence ends and the next begins), per `source`, and characters per second —
 * citat beside `Intl.Segmenter('da')` and compromise, in the same run.
 *
 * Usage: npm run eval:sentences [-- file.jsonl] [--errors N] [--source ddt|parole]
 * (`--errors` prints up to N rows that citat gets wrong, for studying classes of errors.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { CitatError, ErrorCode, isCitatError } from '../src/errors.js';
import { splitSentences } from '../src/pipeline/sentences/index.js';

interface Row {
  text: string;
  sentences: string[];
  source: string;
}

type Splitter = (text: string) => string[];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FILE = resolve(root, '../shared/eval/sentences-dev.jsonl');

function readRows(file: string): Row[] {
  if (!existsSync(file)) throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: no such file`);
  const rows: Row[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CitatError(ErrorCode.BAD_JSON, `${file}:${i + 1}: not valid JSON`);
      }
      const r = value as Partial<Row> | null;
      if (
        typeof r !== 'object' ||
        r === null ||
        typeof r.text !== 'string' ||
        !Array.isArray(r.sentences) ||
        !r.sentences.every((s) => typeof s === 'string')
      ) {
        throw new CitatError(ErrorCode.BAD_JSON, `${file}:${i + 1}: expected {"text": string, "sentences": string[]}`);
      }
      rows.push({ text: r.text, sentences: r.sentences, source: typeof r.source === 'string' ? r.source : 'all' });
    });
  return rows;
}

const citat: Splitter = (text) => splitSentences(text).map((s) => s.text);

const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });
const intl: Splitter = (text) => {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    const t = s.segment.trim();
    if (t !== '') out.push(t);
  }
  return out;
};

const compromise: Splitter = (text) =>
  (nlp(text).sentences().json({ text: true, terms: false }) as { text: string }[]).map((s) => s.text.trim()).filter((t) => t !== '');

const SPLITTERS: [string, Splitter][] = [
  ['citat', citat],
  ['Intl.Segmenter', intl],
  ['compromise', compromise],
];

/** End offsets of all sentences but the last: where one sentence stops and the next may start. */
function boundaries(text: string, sentences: readonly string[]): Set<number> {
  const out = new Set<number>();
  let cursor = 0;
  sentences.forEach((s, i) => {
    const at = text.indexOf(s, cursor);
    if (at < 0) return;
    cursor = at + s.length;
    if (i < sentences.length - 1) out.add(cursor);
  });
  return out;
}

interface Counts {
  tp: number;
  pred: number;
  gold: number;
  btp: number;
  bpred: number;
  bgold: number;
}

const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0, btp: 0, bpred: 0, bgold: 0 });

function score(row: Row, predicted: readonly string[], c: Counts): boolean {
  const gold = row.sentences.map((s) => s.trim());
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const k = left.get(p) ?? 0;
    if (k > 0) {
      tp++;
      left.set(p, k - 1);
    }
  }
  c.tp += tp;
  c.pred += predicted.length;
  c.gold += gold.length;
  const gb = boundaries(row.text, gold);
  const pb = boundaries(row.text, predicted);
  for (const b of pb) if (gb.has(b)) c.btp++;
  c.bpred += pb.size;
  c.bgold += gb.size;
  return tp === gold.length && predicted.length === gold.length;
}

const f1 = (tp: number, pred: number, gold: number): number => (pred + gold === 0 ? 1 : (2 * tp) / (pred + gold));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

/** Characters per second over all rows, repeated until at least `minMs` have passed. */
function speed(split: Splitter, rows: readonly Row[], minMs: number): number {
  let chars = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const r of rows) {
      split(r.text);
      chars += r.text.length;
    }
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return chars / (elapsed / 1000);
}

function human(cps: number): string {
  return cps >= 1e6 ? `${(cps / 1e6).toFixed(1)}M` : `${(cps / 1e3).toFixed(0)}k`;
}

function main(argv: string[]): void {
  let file = DEFAULT_FILE;
  let showErrors = 0;
  let onlySource: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') showErrors = Number(argv[++i] ?? '20');
    else if (a === '--source') onlySource = argv[++i];
    else file = resolve(a);
  }
  if (!Number.isFinite(showErrors) || showErrors < 0) throw new CitatError(ErrorCode.BAD_OPTION, '--errors takes a number of rows');
  const rows = readRows(file);
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const totalChars = rows.reduce((s, r) => s + r.text.length, 0);
  console.log(`${file}: ${rows.length} rows, ${rows.reduce((s, r) => s + r.sentences.length, 0)} sentences, ${totalChars} characters`);
  console.log('');
  console.log(`${'splitter'.padEnd(16)}${'source'.padEnd(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'bound F1'.padStart(10)}`);
  let printed = 0;
  for (const [name, split] of SPLITTERS) {
    const per = new Map<string, Counts>(sources.map((s) => [s, zero()]));
    const all = zero();
    for (const row of rows) {
      const predicted = split(row.text);
      const c = per.get(row.source)!;
      const right = score(row, predicted, c);
      score(row, predicted, all);
      if (name === 'citat' && !right && printed < showErrors && (onlySource === undefined || row.source === onlySource)) {
        printed++;
        console.error(`--- ${row.source}\n  gold: ${JSON.stringify(row.sentences)}\n  got:  ${JSON.stringify(predicted)}`);
      }
    }
    for (const [source, c] of [...per, ['all', all] as const]) {
      console.log(
        `${name.padEnd(16)}${source.padEnd(8)}${pct(c.tp / Math.max(1, c.pred))}${pct(c.tp / Math.max(1, c.gold))}${pct(f1(c.tp, c.pred, c.gold))}${pct(f1(c.btp, c.bpred, c.bgold)).padStart(10)}`,
      );
    }
  }
  console.log('');
  console.log('characters per second (one core, whole file, repeated):');
  for (const [name, split] of SPLITTERS) {
    const cps = speed(split, rows, name === 'compromise' ? 1 : 1500);
    console.log(`  ${name.padEnd(16)}${human(cps).padStart(8)}`);
  }
}

// Piping the report into `head` closes standard output early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  main(process.argv.slice(2));
} catch (error) {
  if (isCitatError(error)) {
    console.error(`eval:sentences: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
