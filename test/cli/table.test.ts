/**
 * `--format csv|tsv` as users run it: the built command (dist/cli/main.js) in a child process,
 * its output read back with csv-parse. One header per output, also when a batch run is resumed;
 * a failed document is a row with its error; a resumed run plus the first write exactly what one
 * run writes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from 'citat';
import { quoteRows, TABLE_COLUMNS } from '../../src/output/table.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'dist/cli/main.js');

let tmp: string;
beforeAll(() => {
  expect(existsSync(main), 'dist/cli/main.js is missing; run `npm run build` (npm test does it first)').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'citat-table-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function citat(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readBack(output: string, delimiter = ','): string[][] {
  return parse(output, { bom: true, delimiter, record_delimiter: '\r\n' }) as string[][];
}

/** Texts of our own: quotes holding commas and quote marks of another style, several quotes each. */
const ARTICLES = [
  { id: 'a1', text: '"Vi åbner, når vi er klar, og ikke før," siger direktør Hans Berg. Han tilføjer, at prisen bliver 40 kroner.' },
  { id: 'a2', text: 'Det regner hele ugen, oplyser meteorolog Sara Lind.' },
  { id: 'a3', text: 'The council met on Tuesday and decided nothing at all, as usual, said the mayor of the town.' },
  { id: 'a4', text: '»Den gamle bro skal rives ned, og det skal ske i år,« siger borgmester Karen Holm. Ifølge kommunen koster det 12 mio. kroner.' },
];
const jsonl = `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n{"id": "brudt", "text": 7}\n`;

/** The rows one run of the articles should give, from the library. */
function expectedRows(): string[][] {
  return ARTICLES.flatMap((a) => quoteRows(extract(a.text, { id: a.id })).map((r) => r.map(String)));
}

describe('citat extract --format', () => {
  it('csv: a header, then one row per quote with the fields of the JSON document', () => {
    writeFileSync(join(tmp, 'a1.txt'), ARTICLES[0]!.text);
    const r = citat(['extract', 'a1.txt', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`\uFEFF${TABLE_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = readBack(r.stdout);
    expect(rows.slice(1)).toEqual(quoteRows(extract(ARTICLES[0]!.text, { id: 'a1' })).map((row) => row.map(String)));
    expect(rows[1]!.slice(3, 8)).toEqual(['Vi åbner, når vi er klar, og ikke før,', 'Hans Berg', 'person', 'name', 'siger']);
  });

  it('tsv from standard input: the same cells, tab-separated', () => {
    const r = citat(['extract', '-', '--id', 'a4', '--format', 'tsv'], ARTICLES[3]!.text);
    expect(r.status).toBe(0);
    expect(readBack(r.stdout, '\t').slice(1)).toEqual(quoteRows(extract(ARTICLES[3]!.text, { id: 'a4' })).map((row) => row.map(String)));
  });

  it.each([
    { name: 'an unknown format', args: ['--format', 'xlsx'], message: /--format to be json, csv, tsv, got "xlsx"/ },
    { name: '--pretty with csv', args: ['--format', 'csv', '--pretty'], message: /--pretty indents JSON; it does not go with --format csv/ },
  ])('$name → exit 1 with one line', ({ args, message }) => {
    const r = citat(['extract', '-', ...args], ARTICLES[0]!.text);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('citat batch --format csv', () => {
  it('one header for the whole run, every quote in input order, a failed document as a row with its error (exit 2)', () => {
    writeFileSync(join(tmp, 'docs.jsonl'), jsonl);
    const r = citat(['batch', 'docs.jsonl', '--format', 'csv', '--quiet', '--concurrency', '2']);
    expect(r.status).toBe(2);
    expect(r.stdout.split(TABLE_COLUMNS.join(','))).toHaveLength(2);
    const rows = readBack(r.stdout);
    expect(rows[0]).toEqual([...TABLE_COLUMNS]);
    const failed = rows.at(-1)!;
    expect(rows.slice(1, -1)).toEqual(expectedRows());
    expect(failed[0]).toBe('brudt');
    expect(failed.slice(1, 11).every((c) => c === '')).toBe(true);
    expect(failed[11]).toMatch(/^BAD_JSON: /);
    // the English document is skipped: no rows
    expect(rows.some((row) => row[0] === 'a3')).toBe(false);
  });

  it('--resume after a hard kill tore a row: one header, and the two runs write what one run writes', () => {
    writeFileSync(join(tmp, 'docs.jsonl'), jsonl);
    const full = citat(['batch', 'docs.jsonl', '-o', 'full.csv', '--format', 'csv', '--quiet', '--concurrency', '1']);
    expect(full.status).toBe(2);
    const whole = readFileSync(join(tmp, 'full.csv'));
    // cut inside the quoted text of a4's first quote (as a kill could), after the header, inside it
    const at = whole.indexOf('"Den gamle bro');
    expect(at).toBeGreaterThan(0);
    for (const cut of [at + 5, 10]) {
      writeFileSync(join(tmp, 'part.csv'), whole.subarray(0, cut));
      const resumed = citat(['batch', 'docs.jsonl', '-o', 'part.csv', '--format', 'csv', '--resume', '--quiet', '--concurrency', '1']);
      expect(resumed.status, resumed.stderr).toBe(2);
      expect(readFileSync(join(tmp, 'part.csv')).equals(whole), `cut at byte ${cut}`).toBe(true);
    }
    // resuming a finished run changes nothing
    const again = citat(['batch', 'docs.jsonl', '-o', 'full.csv', '--format', 'csv', '--resume', '--quiet', '--concurrency', '1']);
    expect(again.status).toBe(2);
    expect(readFileSync(join(tmp, 'full.csv')).equals(whole)).toBe(true);
  }, 90_000);

  it('refuses to resume into a file that is not a citat table, or with --html, and says so in one line', () => {
    writeFileSync(join(tmp, 'docs.jsonl'), jsonl);
    writeFileSync(join(tmp, 'other.csv'), 'navn,alder\r\nAnna,40\r\n');
    const r = citat(['batch', 'docs.jsonl', '-o', 'other.csv', '--format', 'csv', '--resume', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/does not start with citat's CSV header/);
    truncateSync(join(tmp, 'other.csv'), 0);
    const html = citat(['batch', 'docs.jsonl', '-o', 'other.csv', '--format', 'csv', '--resume', '--html', 'sider', '--quiet']);
    expect(html.status).toBe(1);
    expect(html.stderr).toMatch(/--resume with --html needs the JSON output/);
  });
});
