/**
 * `citat batch` as users run it: the built program (dist/cli/main.js, which `npm test` builds
 * first) in a child process, so the worker threads run the built code exactly as in real use.
 *
 * Faults inside workers are injected with the CITAT_TEST_FAULT environment variable, a hook only
 * tests use (src/batch/fault.ts): `throw-on-id:ID` makes a stage throw on that document,
 * `crash-on-id:ID` kills the worker thread on it, `hang-on-id:ID` makes the worker loop on it until
 * stopped, `delay-ms:N` slows every document down so a run lasts long enough to interrupt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitatDocument, ErrorRecord } from 'citat/schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'dist/cli/main.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `citat batch ARGS` in the temporary folder. */
function batch(args: string[], options: { input?: string | Buffer; fault?: string } = {}): Run {
  const env = { ...process.env, CITAT_TEST_FAULT: options.fault ?? '' };
  const r = spawnSync(process.execPath, [main, 'batch', ...args], { cwd: tmp, input: options.input ?? '', encoding: 'utf8', env, timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  expect(existsSync(main), 'dist/cli/main.js is missing; run `npm run build` (npm test does it first)').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'citat-batch-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file into the temporary folder (creating folders) and returns its name there. */
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return name;
}

/** The output lines of a run, parsed. */
function lines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Short Danish news texts of our own, each with a quote. */
const ARTICLES = [
  '"Vi åbner svømmehallen igen til sommer, og det er vi meget glade for," siger borgmester Karen Holm. Hun tilføjer, at der også bliver flere timer til skolerne.',
  'Direktøren for havnen siger, at containerskibene bliver større hvert år. Derfor skal kajen forlænges, og det er ikke gratis, lyder det fra ham.',
  '"Det er en god dag for cyklisterne," siger trafikordfører Jens Bak. Han glæder sig over, at den nye sti nu er færdig efter to års arbejde.',
  'Skolelederen fortæller, at eleverne har savnet deres lejrskole i flere år. Nu er der igen penge til turen, og børnene skal af sted i september.',
  '"Prisen på brød stiger igen, fordi melet er blevet dyrere," advarer bagermester Lise Dam. Hun har ikke hævet priserne siden sidste efterår.',
  'Ifølge politiet var der ingen tilskadekomne ved branden i lagerhallen i nat. Brandvæsenet fik hurtigt styr på flammerne, oplyser vagtchefen.',
  '"Vi har aldrig set så mange svaner her på søen," siger ornitolog Per Lund til avisen. Han mener, at den milde vinter er en del af forklaringen.',
  'Formanden for foreningen mener, at kontingentet bør sættes ned. "Vi har penge nok på kontoen, og medlemmerne skal mærke det," siger hun.',
  '"Koncerten er udsolgt, og vi kunne have solgt dobbelt så mange billetter," oplyser arrangøren Mette Krog. Næste år bliver pladsen derfor større.',
  'Landmanden forklarer, at høsten kom sent i hus på grund af regnen. "Det har været et hårdt efterår for os alle sammen," siger han.',
];

/** The counts of the summary line. */
function summary(stderr: string): { documents: number; ok: number; skipped: number; failed: number } {
  const m = /citat batch: (\d+) documents.*?: (\d+) ok, (\d+) skipped as not Danish, (\d+) failed/.exec(stderr);
  expect(m, `no summary line in: ${stderr}`).not.toBeNull();
  return { documents: Number(m![1]), ok: Number(m![2]), skipped: Number(m![3]), failed: Number(m![4]) };
}

/** JSONL of the articles with ids a0…a9 and a pass-through field. */
function articlesJsonl(prefix = 'a'): string {
  return ARTICLES.map((text, i) => `${JSON.stringify({ id: `${prefix}${i}`, text, kilde: 'lokalavis', side: i + 1 })}\n`).join('');
}

describe('citat batch: output', () => {
  it('leaves out the quotes below --min-confidence in every document', () => {
    file('artikler-min.jsonl', articlesJsonl());
    const all = lines(batch(['artikler-min.jsonl', '--quiet']).stdout);
    const r = batch(['artikler-min.jsonl', '--quiet', '--min-confidence', '0.9']);
    expect(r.status).toBe(0);
    const kept = lines(r.stdout);
    type Q = { confidence: number };
    expect(kept.map((d) => d.quotes)).toEqual(all.map((d) => (d.quotes as Q[]).filter((q) => q.confidence >= 0.9)));
    expect(kept.flatMap((d) => d.quotes as Q[]).length).toBeLessThan(all.flatMap((d) => d.quotes as Q[]).length);
  });

  it('writes one valid document per record, in input order, with the other fields under meta', () => {
    file('artikler.jsonl', articlesJsonl());
    const r = batch(['artikler.jsonl', '--concurrency', '2']);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(ARTICLES.map((_, i) => `a${i}`));
    out.forEach((l, i) => {
      const { meta, ...doc } = l;
      expect(meta).toEqual({ kilde: 'lokalavis', side: i + 1 });
      expect(() => CitatDocument.parse(doc)).not.toThrow();
    });
    expect(out.some((l) => (l.quotes as unknown[]).length > 0)).toBe(true);
    // The summary is one line on standard error.
    expect(r.stderr).toMatch(/^citat batch: 10 documents: \d+ ok, \d+ skipped as not Danish, 0 failed; \d+ quotes, \d+ speakers; .* MB\/s/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads folders recursively in name order, with paths as ids, and mixes them with files', () => {
    file('mappe/b.txt', ARTICLES[1]!);
    file('mappe/a.txt', ARTICLES[0]!);
    file('mappe/under/c.txt', ARTICLES[2]!);
    file('mappe/noter.md', 'ikke en artikel');
    file('enkelt.txt', ARTICLES[3]!);
    const r = batch(['mappe', 'enkelt.txt', '-o', 'mappe-ud.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(readFileSync(join(tmp, 'mappe-ud.jsonl'), 'utf8')).map((l) => l.id)).toEqual(['a', 'b', 'under/c', 'enkelt']);
  });

  it('reads JSONL from standard input for -', () => {
    const r = batch(['-'], { input: articlesJsonl('s') });
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(ARTICLES.map((_, i) => `s${i}`));
  });

  it('renames a repeated id (a, a#2) so every output line has its own id', () => {
    const jsonl = [ARTICLES[0], ARTICLES[1], ARTICLES[2]].map((text) => JSON.stringify({ id: 'samme', text })).join('\n');
    const r = batch([file('dubletter.jsonl', jsonl)]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(['samme', 'samme#2', 'samme#3']);
    expect(r.stderr).toMatch(/2 duplicate ids renamed/);
  });

  it('an input id that a rename already took gets the next number, never a second suffix (dup#2#2)', () => {
    const jsonl = [ARTICLES[0], ARTICLES[1], ARTICLES[2]].map((text, i) => JSON.stringify({ id: i < 2 ? 'dup' : 'dup#2', text })).join('\n');
    const r = batch([file('dubletter-nummer.jsonl', jsonl), '--quiet']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(['dup', 'dup#2', 'dup#3']);
  });

  it('passes over blank JSONL lines (empty or white space) without an output line; line numbers still count them', () => {
    const jsonl = ['', JSON.stringify({ id: 'første', text: ARTICLES[0] }), '   ', '\t', JSON.stringify({ text: ARTICLES[1] }), '', ''].join('\n');
    const r = batch([file('tomme-linjer.jsonl', jsonl)]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(['første', 'tomme-linjer.jsonl:5']);
    expect(summary(r.stderr)).toMatchObject({ documents: 2, failed: 0 });
  });

  it('counts a text that is not Danish as skipped, and --quiet prints nothing on standard error', () => {
    const english =
      'The city council said on Tuesday that the new bridge across the harbour would open next spring, according to officials who spoke to reporters after the meeting.';
    const jsonl = `${JSON.stringify({ id: 'dk', text: ARTICLES.slice(0, 3).join('\n\n') })}\n${JSON.stringify({ id: 'en', text: english })}\n`;
    const r = batch([file('sprog.jsonl', jsonl)]);
    expect(r.status).toBe(0);
    expect(summary(r.stderr)).toEqual({ documents: 2, ok: 1, skipped: 1, failed: 0 });
    const quiet = batch(['sprog.jsonl', '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(r.stdout);
  });

  it('shows the progress line with --progress (it is on by default only on a terminal)', () => {
    const r = batch(['artikler.jsonl', '--progress', '--concurrency', '1'], { fault: 'delay-ms:60' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/citat batch: \d+ docs, [\d.]+ MB of [\d.]+ MB \(\d+%\), \d+ docs\/s, [\d.]+ MB\/s, ETA \d+:\d\d/);
  });

  it('keeps input order when a long document is followed by short ones that finish first', () => {
    const long = Array.from({ length: 8 }, () => ARTICLES.join('\n\n')).join('\n\n');
    const jsonl = [JSON.stringify({ id: 'lang', text: long }), ...ARTICLES.map((text, i) => JSON.stringify({ id: `kort${i}`, text }))].join('\n');
    const r = batch([file('blandet-laengde.jsonl', jsonl), '--concurrency', '2']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(['lang', ...ARTICLES.map((_, i) => `kort${i}`)]);
  });

  it('a document over 1 MB comes out whole and the run goes on (its worker then runs a full garbage collection; the memory it saves is measured in the bench, not here)', () => {
    const once = ARTICLES.join('\n\n');
    const repeats = Math.ceil((1.1 * 1024 * 1024) / Buffer.byteLength(once));
    const big = Array.from({ length: repeats }, () => once).join('\n\n');
    const jsonl = [
      JSON.stringify({ id: 'før', text: ARTICLES[0] }),
      JSON.stringify({ id: 'stor', text: big }),
      JSON.stringify({ id: 'efter', text: ARTICLES[1] }),
    ].join('\n');
    // (to a file: the big document's line is longer than what spawnSync keeps of standard output)
    const r = batch([file('stor.jsonl', jsonl), '-o', 'stor-ud.jsonl', '--concurrency', '1']);
    expect(r.status).toBe(0);
    const out = lines(readFileSync(join(tmp, 'stor-ud.jsonl'), 'utf8')).map((l) => CitatDocument.parse(l));
    expect(out.map((d) => d.id)).toEqual(['før', 'stor', 'efter']);
    expect(out[1]!.quotes.length).toBeGreaterThanOrEqual(repeats);
    expect(out[2]!.quotes.length).toBeGreaterThan(0);
  });

  it('writes one HTML page per document and an index with --html', () => {
    const r = batch(['artikler.jsonl', '--html', 'sider', '--quiet']);
    expect(r.status).toBe(0);
    const pages = readdirSync(join(tmp, 'sider')).sort();
    expect(pages).toEqual(['index.html', ...ARTICLES.map((_, i) => `a${i}.html`)].sort());
    const index = readFileSync(join(tmp, 'sider/index.html'), 'utf8');
    for (let i = 0; i < ARTICLES.length; i++) expect(index).toContain(`href="a${i}.html"`);
  });

  it('a resumed --html run lists the documents of the first run in its index too', () => {
    const first = batch(['artikler.jsonl', '-o', 'html-ud.jsonl', '--html', 'sider2', '--quiet']);
    expect(first.status).toBe(0);
    const kept = `${readFileSync(join(tmp, 'html-ud.jsonl'), 'utf8').split('\n').slice(0, 4).join('\n')}\n`;
    writeFileSync(join(tmp, 'html-ud.jsonl'), kept);
    rmSync(join(tmp, 'sider2/index.html'));
    const resumed = batch(['artikler.jsonl', '-o', 'html-ud.jsonl', '--html', 'sider2', '--resume', '--quiet']);
    expect(resumed.status).toBe(0);
    const index = readFileSync(join(tmp, 'sider2/index.html'), 'utf8');
    for (let i = 0; i < ARTICLES.length; i++) expect(index).toContain(`href="a${i}.html"`);
  });
});

describe('citat batch: a document that fails gets its error line and the run goes on', () => {
  const big = 'Ordet gentages her igen og igen. '.repeat(200); // about 6.6 kB
  const rows: { name: string; record: string; code: string }[] = [
    { name: 'a line that is not JSON', record: '{"id": "halv", "text": "Der mangler en slutning', code: 'BAD_JSON' },
    { name: 'a record without text', record: JSON.stringify({ id: 'tom-post', titel: 'Kun en overskrift' }), code: 'BAD_JSON' },
    { name: 'a text with a NUL byte', record: JSON.stringify({ id: 'nul', text: 'Borgmesteren siger\u0000 at alt er godt.' }), code: 'NUL_BYTE' },
    { name: 'a text over --max-bytes', record: JSON.stringify({ id: 'stor', text: big }), code: 'TOO_LARGE' },
    { name: 'an empty text', record: JSON.stringify({ id: 'blank', text: '   ' }), code: 'EMPTY_INPUT' },
    { name: 'a stage that throws', record: JSON.stringify({ id: 'kaster', text: ARTICLES[4] }), code: 'STAGE_FAILED' },
  ];

  it.each(rows)('$name → $code', ({ record, code }) => {
    const good = articlesJsonl().split('\n').filter(Boolean);
    const jsonl = `${[good[0], record, good[1]].join('\n')}\n`;
    const r = batch([file(`fejl-${code}.jsonl`, jsonl), '--max-bytes', '4k'], { fault: 'throw-on-id:kaster' });
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]!.id).toBe('a0');
    expect(out[2]!.id).toBe('a1');
    expect(out[0]!.error).toBeUndefined();
    expect(out[2]!.error).toBeUndefined();
    const failed = ErrorRecord.parse(out[1]);
    expect(failed.error.code).toBe(code);
    expect(failed.error.message).not.toMatch(/\n| {4}at /); // one line, no stack
    expect(summary(r.stderr)).toMatchObject({ documents: 3, failed: 1 });
  });

  it('a JSONL line with bytes that are not UTF-8 fails alone and keeps its id', () => {
    const bad = Buffer.concat([Buffer.from('{"id": "latin1", "text": "K'), Buffer.from([0xf8]), Buffer.from('benhavn er en by."}\n')]);
    const r = batch([file('latin1.jsonl', Buffer.concat([Buffer.from(`${articlesJsonl().split('\n')[0]}\n`), bad]))]);
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['a0', 'latin1']);
    expect(ErrorRecord.parse(out[1]).error.code).toBe('NOT_UTF8');
  });

  it('a .txt file that is not UTF-8 fails alone, named by its path', () => {
    file('blandet/1.txt', ARTICLES[5]!);
    file('blandet/2.txt', Buffer.from([0x48, 0x75, 0x73, 0x20, 0xe6, 0x62, 0x6c, 0x65, 0x2e])); // Latin-1 "Hus æble."
    file('blandet/3.txt', ARTICLES[6]!);
    const r = batch(['blandet']);
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['1', '2', '3']);
    const failed = ErrorRecord.parse(out[1]);
    expect(failed.error.code).toBe('NOT_UTF8');
    expect(failed.error.message).toContain(join('blandet', '2.txt'));
  });

  it('a JSONL file in UTF-16 is one error line that says so (not a Latin-1 hint for each line)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articlesJsonl(), 'utf16le')]);
    const r = batch([file('utf16.jsonl', utf16), file('efter.txt', ARTICLES[7]!)]);
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['utf16.jsonl:1', 'efter']);
    const failed = ErrorRecord.parse(out[0]);
    expect(failed.error.code).toBe('NOT_UTF8');
    expect(failed.error.message).toMatch(/utf16\.jsonl: input is UTF-16 \(little-endian\), not UTF-8.*iconv -f utf-16 -t utf-8/);
  });

  it('a worker thread that dies loses no document: its document is reported, the rest are done', () => {
    const r = batch(['artikler.jsonl', '--concurrency', '2'], { fault: 'crash-on-id:a3' });
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(ARTICLES.map((_, i) => `a${i}`));
    expect(ErrorRecord.parse(out[3]).error.code).toBe('WORKER_CRASHED');
    expect(out.filter((l) => l.error !== undefined)).toHaveLength(1);
    expect(summary(r.stderr)).toMatchObject({ documents: 10, failed: 1 });
  });
});

describe('citat batch: a document over the time limit', () => {
  it('becomes a TIMEOUT line, its worker is stopped and replaced, and every other document is done in order', () => {
    const r = batch(['artikler.jsonl', '--concurrency', '2', '--timeout-per-doc', '2', '--stats', 'tidsgraense.json'], { fault: 'hang-on-id:a3' });
    expect(r.status).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(ARTICLES.map((_, i) => `a${i}`));
    const late = ErrorRecord.parse(out[3]);
    expect(late.error.code).toBe('TIMEOUT');
    expect(late.error.message).toMatch(/"a3" took longer than the limit of 2 s \(--timeout-per-doc\)/);
    expect(out[3]).toMatchObject({ meta: { kilde: 'lokalavis', side: 4 } }); // the record's other fields still come back
    expect(out.filter((l) => l.error !== undefined)).toHaveLength(1);
    expect(summary(r.stderr)).toMatchObject({ documents: 10, failed: 1 });
    const stats = JSON.parse(readFileSync(join(tmp, 'tidsgraense.json'), 'utf8')) as { workerTimeouts: number; workerCrashes: number };
    expect(stats).toMatchObject({ workerTimeouts: 1, workerCrashes: 0 });
  });
});

describe('citat batch: exit codes when the run cannot proceed', () => {
  beforeAll(() => {
    // A folder holding only a JSONL file, notes and an empty folder (batch reads folders for .txt files).
    file('uden-tekst/artikler.jsonl', articlesJsonl());
    file('uden-tekst/noter.md', 'ikke en artikel');
    mkdirSync(join(tmp, 'uden-tekst/tom'), { recursive: true });
  });
  const rows = [
    { name: 'a missing input', args: ['findes-ikke.jsonl'], message: /findes-ikke\.jsonl: no such file or folder/ },
    { name: 'no input at all', args: [], message: /no input given/ },
    { name: '--resume without -o', args: ['artikler.jsonl', '--resume'], message: /--resume needs the output file/ },
    { name: 'a bad --concurrency', args: ['artikler.jsonl', '--concurrency', '0'], message: /--concurrency/ },
    { name: 'a bad --timeout-per-doc', args: ['artikler.jsonl', '--timeout-per-doc', 'et minut'], message: /--timeout-per-doc to be a number of seconds/ },
    { name: 'the output file as an input', args: ['artikler.jsonl', '-o', 'artikler.jsonl'], message: /also an input/ },
    {
      name: 'a folder without .txt files',
      args: ['uden-tekst'],
      message: /uden-tekst: no \.txt files in this folder or below it .*name its JSONL files instead, e\.g\. citat batch uden-tekst\/artikler\.jsonl/,
    },
  ];
  it.each(rows)('$name → exit 1 with one line', ({ args, message }) => {
    const r = batch(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('citat batch: interrupted and resumed', () => {
  /** Forty documents: enough to interrupt in the middle when each takes 25 ms more. */
  const many = Array.from({ length: 40 }, (_, i) => `${JSON.stringify({ id: `n${i}`, text: ARTICLES[i % ARTICLES.length], nr: i })}\n`).join('');

  it('an interrupted run plus a resumed run write exactly the lines of one uninterrupted run', async () => {
    file('mange.jsonl', many);
    const whole = batch(['mange.jsonl', '-o', 'hel.jsonl', '--quiet']);
    expect(whole.status).toBe(0);
    const expected = readFileSync(join(tmp, 'hel.jsonl'), 'utf8');

    const env = { ...process.env, CITAT_TEST_FAULT: 'delay-ms:25' };
    const child = spawn(process.execPath, [main, 'batch', 'mange.jsonl', '-o', 'afbrudt.jsonl', '--concurrency', '1'], { cwd: tmp, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once some, but not all, documents are written.
    const partial = join(tmp, 'afbrudt.jsonl');
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 25));
      if (existsSync(partial) && statSync(partial).size > 0 && readFileSync(partial, 'utf8').split('\n').length > 3) break;
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const first = readFileSync(partial, 'utf8');
    const done = first.split('\n').length - 1;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(40);
    expect(first.endsWith('\n')).toBe(true); // whole lines only
    expect(expected.startsWith(first)).toBe(true);
    expect(stderr).toContain('citat batch mange.jsonl -o afbrudt.jsonl --concurrency 1 --resume');

    const resumed = batch(['mange.jsonl', '-o', 'afbrudt.jsonl', '--concurrency', '1', '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`${40 - done} documents \\(${done} done before, passed over\\)`));
    expect(readFileSync(partial, 'utf8')).toBe(expected);
  });

  it('a second Ctrl-C quits at once and still prints the command that resumes the run, which then finishes it', async () => {
    const expected = readFileSync(join(tmp, 'hel.jsonl'), 'utf8');
    // Slow documents, so the documents in flight are still running when the second signal comes.
    const env = { ...process.env, CITAT_TEST_FAULT: 'delay-ms:300' };
    const child = spawn(process.execPath, [main, 'batch', 'mange.jsonl', '-o', 'to-gange.jsonl', '--concurrency', '1'], { cwd: tmp, env });
    let stderr = '';
    const interrupted = new Promise<void>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('interrupted;')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const partial = join(tmp, 'to-gange.jsonl');
    for (let i = 0; i < 400 && !(existsSync(partial) && statSync(partial).size > 0); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    await interrupted;
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(
      /citat batch: quit at once; to-gange\.jsonl holds the documents written so far \(a torn last line is cut off on resume\); resume with:\n {2}citat batch mange\.jsonl -o to-gange\.jsonl --concurrency 1 --resume\n/,
    );
    const resumed = batch(['mange.jsonl', '-o', 'to-gange.jsonl', '--concurrency', '1', '--resume', '--quiet']);
    expect(resumed.status).toBe(0);
    expect(readFileSync(partial, 'utf8')).toBe(expected);
  });

  it('a line torn by a hard kill is cut off and its document done again', () => {
    const expected = readFileSync(join(tmp, 'hel.jsonl'), 'utf8');
    const kept = `${expected.split('\n').slice(0, 5).join('\n')}\n`;
    const torn = expected.split('\n')[5]!.slice(0, 40);
    writeFileSync(join(tmp, 'revet.jsonl'), kept + torn);
    const r = batch(['mange.jsonl', '-o', 'revet.jsonl', '--resume']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/cut off a torn last line/);
    expect(readFileSync(join(tmp, 'revet.jsonl'), 'utf8')).toBe(expected);
  });

  it('resuming a finished run does nothing, and without --resume the output is replaced', () => {
    const expected = readFileSync(join(tmp, 'hel.jsonl'), 'utf8');
    const again = batch(['mange.jsonl', '-o', 'hel.jsonl', '--resume']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 documents \(40 done before, passed over\)/);
    expect(readFileSync(join(tmp, 'hel.jsonl'), 'utf8')).toBe(expected);
    appendFileSync(join(tmp, 'hel.jsonl'), '{"id":"gammel"}\n');
    expect(batch(['mange.jsonl', '-o', 'hel.jsonl', '--quiet']).status).toBe(0);
    expect(readFileSync(join(tmp, 'hel.jsonl'), 'utf8')).toBe(expected);
  });
});
