/**
 * `citat eval` as a user runs it on small files of their own: the table ends in an 8-line
 * summary beside the naive regex, --json gives the full reports, --errors limits the listings,
 * and bad options or files give one clear CitatError.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/commands/eval.js';

const dir = mkdtempSync(join(tmpdir(), 'citat-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return path;
}

const text = '"Vi åbner den nye svømmehal til sommer," siger borgmester Karen Dahl.\n\nHun tilføjer, at prisen holder.';
const docs = file('docs.jsonl', [{ id: 'a', title: 'Svømmehal', text }]);
const gold = file('gold.jsonl', [
  {
    id: 'a',
    quotes: [
      {
        kind: 'direct',
        text: 'Vi åbner den nye svømmehal til sommer,',
        cue: 'siger',
        speaker: 'Karen Dahl',
        aliases: ['Dahl', 'borgmester Karen Dahl'],
        speaker_mention: 'borgmester Karen Dahl',
      },
      { kind: 'indirect', text: 'prisen holder', cue: 'tilføjer', speaker: 'Karen Dahl', aliases: ['Dahl'], speaker_mention: 'Hun' },
    ],
  },
]);
const start = text.indexOf('Vi åbner');
const end = text.indexOf('" siger');
const pred = file('pred.jsonl', [
  { id: 'a', quotes: [{ kind: 'direct', start, end, text: text.slice(start, end), cue: { text: 'siger' }, speaker: { name: 'Karen Dahl' } }] },
]);

async function run(args: Record<string, string | boolean>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        f(String(chunk));
        cb();
      },
    });
  const code = await evalCommand.run({ values: args, positionals: [], out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
  return { code, out, err };
}

describe('citat eval', () => {
  it('scores predictions from a file and ends with the summary beside the naive regex', async () => {
    const r = await run({ docs, gold, pred });
    expect(r.code).toBe(0);
    const last = r.out.trimEnd().split('\n').slice(-8);
    expect(last[0]).toMatch(/^== citat eval: 1 docs, 2 scored gold quotes/);
    expect(last[1]).toMatch(/citat\s+naive regex/);
    expect(last.join('\n')).toMatch(/quote P \/ R\s+1\.000 \/ 0\.500/);
    expect(last.join('\n')).toMatch(/speaker accuracy\s+1\.000/);
    expect(r.out).toMatch(/Misses \(gold quotes no prediction matched\): 1\n\s+a\s+indirect\s+"prisen holder"/);
  });

  it('lists no errors with --errors 0', async () => {
    const r = await run({ docs, gold, pred, errors: '0' });
    expect(r.out).not.toMatch(/Misses/);
  });

  it('prints the full reports as JSON with --json', async () => {
    const r = await run({ docs, gold, pred, json: true });
    const report = JSON.parse(r.out) as { citat: { quote: { f1: number }; misses: unknown[] }; baseline: { quote: { tp: number } } };
    expect(report.citat.quote.f1).toBeCloseTo(2 / 3);
    expect(report.citat.misses).toHaveLength(1);
    expect(report.baseline.quote.tp).toBe(1);
  });

  const bad: Array<[string, Record<string, string | boolean>, RegExp]> = [
    ['no --docs', { gold }, /--docs FILE is required/],
    ['an unknown style', { docs, gold, style: 'fancy' }, /--style to be one of ascii, guillemets, low, dash, straight/],
    ['--style with --pred', { docs, gold, pred, style: 'dash' }, /cannot be used with --pred/],
    ['a negative --errors', { docs, gold, pred, errors: '-1' }, /--errors to be a whole number from 0/],
    ['a missing file', { docs: join(dir, 'nope.jsonl'), gold }, /nope\.jsonl: no such file/],
    ['gold for a document that is not there', { docs, gold: file('gold2.jsonl', [{ id: 'b', quotes: [] }]) }, /gold has document "b"/],
    [
      'predictions whose offsets do not fit the text',
      { docs, gold, pred: file('pred2.jsonl', [{ id: 'a', quotes: [{ kind: 'direct', start: 0, end: 3, text: 'xyz' }] }]) },
      /does not match the document's text/,
    ],
  ];
  it.each(bad)('refuses %s with one clear error', async (_name, args, message) => {
    await expect(run(args)).rejects.toThrowError(message);
  });
});
