import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, isCitatError } from 'citat';
import { viewCommand } from '../../src/cli/commands/view.js';
import { twoSpeakersDoc, TWO_SPEAKERS_TEXT } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'citat-view-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

async function view(args: string[], values: Record<string, string | boolean> = {}): Promise<{ out: string; err: string }> {
  const out = sink();
  const err = sink();
  await viewCommand.run({ positionals: args, values, out, err });
  return { out: out.text(), err: err.text() };
}

async function viewError(args: string[], values: Record<string, string | boolean> = {}): Promise<{ code: string; message: string }> {
  try {
    await view(args, values);
  } catch (error) {
    if (isCitatError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an error');
}

const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const quoteCount = (html: string): number => [...html.matchAll(/tabindex="0"/g)].length;

describe('citat view', () => {
  it('writes FILE.html beside a text file and says where', async () => {
    const file = write('artikel.txt', TWO_SPEAKERS_TEXT);
    const { err } = await view([file]);
    const page = join(dir, 'artikel.html');
    expect(existsSync(page)).toBe(true);
    expect(err).toContain(`wrote ${page}`);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<title>citat · artikel</title>');
    expect(quoteCount(html)).toBe(extract(TWO_SPEAKERS_TEXT).quotes.length);
  });

  const jsonRows: { name: string; json: () => string; values?: () => Record<string, string> }[] = [
    { name: '{document, text}', json: () => JSON.stringify({ document: twoSpeakersDoc(), text: TWO_SPEAKERS_TEXT }) },
    { name: 'a document with a text field', json: () => JSON.stringify({ ...twoSpeakersDoc(), text: TWO_SPEAKERS_TEXT }) },
    {
      name: 'a document without text, plus --text FILE',
      json: () => JSON.stringify(twoSpeakersDoc()),
      values: () => ({ text: write('bro.txt', TWO_SPEAKERS_TEXT) }),
    },
  ];
  for (const row of jsonRows) {
    it(`shows the quotes of a JSON document given as ${row.name}`, async () => {
      const file = write('bro.json', row.json());
      const out = join(dir, 'bro-out.html');
      await view([file], { output: out, ...(row.values?.() ?? {}) });
      const html = readFileSync(out, 'utf8');
      expect(quoteCount(html)).toBe(3);
      expect(html).toContain('data-quote="q3"');
    });
  }

  it('writes to standard output with -o -', async () => {
    const file = write('ud.txt', TWO_SPEAKERS_TEXT);
    const { out } = await view([file], { output: '-' });
    expect(out).toMatch(/^<!doctype html>/);
  });

  const errorRows: { name: string; code: string; message: RegExp; run: () => Promise<{ code: string; message: string }> }[] = [
    {
      name: 'a JSON document without its text',
      code: 'BAD_JSON',
      message: /carries no "text"/,
      run: () => viewError([write('uden.json', JSON.stringify(twoSpeakersDoc()))]),
    },
    {
      name: 'a document with the text of another article',
      code: 'BAD_JSON',
      message: /quote q1 at \d+–\d+ does not match the text/,
      run: () =>
        viewError([write('forkert.json', JSON.stringify({ document: twoSpeakersDoc(), text: 'En helt anden tekst om vejret i morgen, som er lang nok.' }))]),
    },
    {
      name: 'JSON that is not a citat document',
      code: 'BAD_JSON',
      message: /not a citat document at quotes/,
      run: () => viewError([write('andet.json', JSON.stringify({ document: { ...twoSpeakersDoc(), quotes: 'ingen' }, text: TWO_SPEAKERS_TEXT }))]),
    },
    {
      name: 'broken JSON',
      code: 'BAD_JSON',
      message: /not valid JSON/,
      run: () => viewError([write('itu.json', '{"document": ')]),
    },
    {
      name: 'a page that would overwrite its input',
      code: 'BAD_OPTION',
      message: /overwrite its own input/,
      run: () => viewError([write('side.html', TWO_SPEAKERS_TEXT)]),
    },
    {
      name: 'a missing file',
      code: 'FILE_NOT_FOUND',
      message: /findes-ikke\.txt: no such file/,
      run: () => viewError([join(dir, 'findes-ikke.txt')]),
    },
    {
      name: 'text over --max-bytes',
      code: 'TOO_LARGE',
      message: /over the limit of 20 bytes/,
      run: () => viewError([write('lang.txt', TWO_SPEAKERS_TEXT)], { 'max-bytes': '20' }),
    },
  ];
  for (const row of errorRows) {
    it(`refuses ${row.name} with one clear line`, async () => {
      const e = await row.run();
      expect(e.code).toBe(row.code);
      expect(e.message).toMatch(row.message);
      expect(e.message).not.toContain('\n');
    });
  }

  it('reads standard input for - and writes the page to standard output', async () => {
    const run = promisify(execFile);
    const child = run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'view', '-'], { maxBuffer: 1 << 24 });
    child.child.stdin?.end(TWO_SPEAKERS_TEXT);
    const { stdout } = await child;
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('<title>citat · stdin</title>');
  });
});
