/**
 * The `citat` command as users run it: the built program (dist/cli/main.js, which `npm test`
 * builds first) in a child process. Good input prints one document; bad input gives exit code 1
 * and exactly one line on standard error that names the problem, never a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cappedConcurrency } from '../../src/cli/commands/batch.js';
import { waitingNotice } from '../../src/cli/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'dist/cli/main.js');
const seedPath = join(root, 'corpus/rusland-taliban.txt');
const seed = readFileSync(seedPath, 'utf8');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `citat ARGS` from the repository root, with `input` on standard input. */
function citat(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like {@link citat}, without blocking, so that independent runs can overlap. */
function citatAsync(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], { cwd: root, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // The command may stop reading early (a file argument, an error): that is not a test failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** The library from the same build as the command, so the two can be compared. */
let built: typeof import('citat');
let tmp: string;

beforeAll(async () => {
  expect(existsSync(main), 'dist/cli/main.js is missing; run `npm run build` (npm test does it first)').toBe(true);
  built = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof import('citat');
  tmp = mkdtempSync(join(tmpdir(), 'citat-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file into the temporary folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('citat extract', () => {
  it('prints the document of a file, as the library gives it, with the file name as id', () => {
    const r = citat(['extract', seedPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout.trimEnd()).not.toContain('\n'); // one line without --pretty
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual(JSON.parse(JSON.stringify(built.extract(seed, { id: 'rusland-taliban' }))));
    expect(doc.id).toBe('rusland-taliban');
  });

  it('keeps only the quotes at or above --min-confidence, and the speakers of those', () => {
    const all = JSON.parse(citat(['extract', seedPath]).stdout);
    const confidences: number[] = all.quotes.map((q: { confidence: number }) => q.confidence);
    const min = [...confidences].sort((a, b) => a - b)[Math.floor(confidences.length / 2)]!;
    const r = citat(['extract', seedPath, '--min-confidence', String(min)]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBeLessThan(all.quotes.length);
    expect(doc.quotes).toEqual(all.quotes.filter((q: { confidence: number }) => q.confidence >= min));
    const quoted = new Set(doc.quotes.map((q: { speaker: { id: string } | null }) => q.speaker?.id));
    expect(doc.speakers.every((s: { id: string }) => quoted.has(s.id))).toBe(true);
  });

  it('reads standard input for - and when no FILE is given, with id "stdin"', () => {
    for (const args of [['extract', '-'], ['extract']]) {
      const r = citat(args, seed);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.id).toBe('stdin');
      expect(doc).toEqual(JSON.parse(JSON.stringify(built.extract(seed, { id: 'stdin' }))));
    }
  });

  it('uses --id as the document id', () => {
    expect(JSON.parse(citat(['extract', seedPath, '--id', 'artikel-42']).stdout).id).toBe('artikel-42');
    expect(JSON.parse(citat(['extract', '-', '--id=fra-stdin'], seed).stdout).id).toBe('fra-stdin');
  });

  it('indents the JSON with --pretty, and the document is the same', () => {
    const plain = citat(['extract', seedPath]);
    const pretty = citat(['extract', seedPath, '--pretty']);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toBe(`${JSON.stringify(JSON.parse(plain.stdout), null, 2)}\n`);
  });

  it('keeps offsets exact for CRLF text with a byte-order mark and emoji', () => {
    const text = '\ufeff"Vi glæder os 🎉," siger formand Bo Holm.\r\n\r\nHan tilføjer, at festen starter kl. 20.\r\n';
    const r = citat(['extract', file('crlf.txt', text), '--force']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const s of doc.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('prints a warning, not an error, for text that is not Danish', () => {
    const r = citat(['extract', '-'], 'The minister said on Monday that the bridge would reopen next week, according to officials.');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.language.code).not.toBe('da');
    expect(doc.warnings.join(' ')).toMatch(/not Danish/);
  });
});

describe('citat schema', () => {
  it('prints JSON equal to the committed schema/citat.schema.json', () => {
    const r = citat(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'schema/citat.schema.json'), 'utf8'));
  });
});

describe('help', () => {
  it('citat --help names every command and the global flags', () => {
    const r = citat(['--help']);
    expect(r.status).toBe(0);
    for (const c of COMMANDS) expect(r.stdout, `citat --help does not mention ${c.name}`).toMatch(new RegExp(`^\\s+${c.name}\\s`, 'm'));
    for (const flag of ['--help', '--version']) expect(r.stdout).toContain(flag);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('citat %s --help names every flag of the command', (name, c) => {
    const r = citat([name, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`citat ${name}`);
    for (const flag of [...Object.keys(c.options), 'help']) expect(r.stdout, `citat ${name} --help does not mention --${flag}`).toContain(`--${flag}`);
  });

  it('citat extract --help names the documented flags, also as -h and citat help extract', () => {
    const help = citat(['extract', '--help']).stdout;
    for (const flag of ['--id', '--pretty', '--force', '--max-bytes', '--help']) expect(help).toContain(flag);
    expect(citat(['extract', '-h']).stdout).toBe(help);
    expect(citat(['help', 'extract']).stdout).toBe(help);
  });

  it('citat --version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(citat(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

// The rows are independent processes: run them concurrently to keep the suite fast.
describe.concurrent('bad input: exit code 1, one line on stderr naming the problem, no stack trace', () => {
  /** [name, arguments, standard input, what the message must say] */
  const rows: [string, () => string[], string | Buffer | undefined, RegExp][] = [
    ['a missing file', () => ['extract', join(tmp, 'findes-ikke.txt')], undefined, /findes-ikke\.txt: no such file/],
    [
      'a folder',
      () => {
        mkdirSync(join(tmp, 'mappe'), { recursive: true });
        return ['extract', join(tmp, 'mappe')];
      },
      undefined,
      /mappe: is a folder/,
    ],
    ['an empty file', () => ['extract', file('tom.txt', '')], undefined, /tom\.txt: input is empty/],
    ['a white-space-only file', () => ['extract', file('blank.txt', ' \n\t\r\n  ')], undefined, /blank\.txt: input is empty or only white space/],
    [
      'Latin-1 bytes (not UTF-8)',
      () => ['extract', file('latin1.txt', Buffer.from('"Vi får æbler og pærer," siger Søren.', 'latin1'))],
      undefined,
      /latin1\.txt: input is not valid UTF-8.*iconv -f latin1/,
    ],
    [
      'a UTF-16 file (little-endian, BOM FF FE)',
      () => ['extract', file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"Vi får æbler," siger Søren.', 'utf16le')]))],
      undefined,
      /utf16le\.txt: input is UTF-16 \(little-endian\), not UTF-8.*iconv -f utf-16 -t utf-8$/m,
    ],
    [
      'a UTF-16 file (big-endian, BOM FE FF)',
      () => ['extract', file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('"Vi får æbler," siger Søren.', 'utf16le').swap16()]))],
      undefined,
      /utf16be\.txt: input is UTF-16 \(big-endian\), not UTF-8/,
    ],
    [
      'a gzip file',
      () => ['extract', file('artikel.txt.gz', gzipSync('"Vi får æbler," siger Søren.'))],
      undefined,
      /artikel\.txt\.gz: input is gzip-compressed, not text; unpack it first/,
    ],
    [
      'UTF-16 on standard input',
      () => ['extract'],
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Blåbærgrød', 'utf16le')]),
      /standard input: input is UTF-16 \(little-endian\)/,
    ],
    ['a NUL byte', () => ['extract', file('nul.txt', 'Først tekst\u0000så binært')], undefined, /nul\.txt: input contains a NUL byte/],
    ['a file over --max-bytes', () => ['extract', seedPath, '--max-bytes', '100'], undefined, /over the limit of 100 bytes/],
    ['an empty standard input', () => ['extract', '-'], '', /standard input: input is empty/],
    ['Latin-1 on standard input', () => ['extract'], Buffer.from('Blåbærgrød', 'latin1'), /standard input: input is not valid UTF-8/],
    [
      'standard input over --max-bytes',
      () => ['extract', '--max-bytes', '1k'],
      'Ord og ord. '.repeat(200),
      /standard input: input is over the limit of 1\.0 kB/,
    ],
    ['a bad --max-bytes value', () => ['extract', seedPath, '--max-bytes', 'abc'], undefined, /--max-bytes.*"abc"/],
    ['a zero --max-bytes', () => ['extract', seedPath, '--max-bytes', '0'], undefined, /--max-bytes.*"0"/],
    ['a --min-confidence above 1', () => ['extract', seedPath, '--min-confidence', '95'], undefined, /--min-confidence to be a number from 0 to 1.*"95"/],
    ['a --min-confidence that is not a number', () => ['extract', seedPath, '--min-confidence', 'høj'], undefined, /--min-confidence.*"høj"/],
    ['an unknown command', () => ['frobnicate'], undefined, /unknown command "frobnicate"/],
    ['an unknown flag', () => ['extract', seedPath, '--frob'], undefined, /unknown option "--frob"/],
    ['an unknown short flag', () => ['extract', seedPath, '-x'], undefined, /unknown option "-x"/],
    ['a flag without its value', () => ['extract', seedPath, '--id'], undefined, /--id needs a value/],
    ['a value for a flag that takes none', () => ['extract', seedPath, '--pretty=ja'], undefined, /--pretty takes no value/],
    ['two files to extract', () => ['extract', seedPath, seedPath], undefined, /one FILE, got 2/],
    ['an argument to schema', () => ['schema', 'ekstra'], undefined, /takes no arguments/],
  ];

  // Concurrent tests must use the expect of their own context.
  it.for(rows)('%s', async ([, args, input, message], { expect }) => {
    const r = await citatAsync(args(), input);
    expect(r.status, `exit code; stderr: ${r.stderr}`).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n'), 'stderr ends with a newline').toBe(true);
    expect(r.stderr.trimEnd().split('\n'), `stderr is one line: ${r.stderr}`).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toMatch(/^citat( \w+)?: /);
    expect(r.stderr).toMatch(message);
  });
});

describe('citat extract on a terminal says what it waits for', () => {
  // A pty is hard to drive from a test; the rule is in one function (checked by hand with
  // `script -qc 'citat extract'`).
  const rows: { name: string; file: string | undefined; tty: boolean | undefined; platform: NodeJS.Platform; says: RegExp | undefined }[] = [
    {
      name: 'no FILE and a terminal: says it reads standard input and how to end it',
      file: undefined,
      tty: true,
      platform: 'linux',
      says: /^citat extract: reading the text from standard input \(the terminal\); type or paste it and end with Ctrl-D, or name a FILE/,
    },
    { name: 'on Windows input ends otherwise', file: undefined, tty: true, platform: 'win32', says: /end with Ctrl-Z then Enter/ },
    { name: 'no FILE and piped input: silent', file: undefined, tty: undefined, platform: 'linux', says: undefined },
    { name: 'an explicit - on a terminal: silent (the user asked for it)', file: '-', tty: true, platform: 'linux', says: undefined },
    { name: 'a FILE: silent', file: 'artikel.txt', tty: true, platform: 'linux', says: undefined },
  ];
  it.each(rows)('$name', ({ file, tty, platform, says }) => {
    const notice = waitingNotice('extract', file, tty, platform);
    if (says === undefined) expect(notice).toBeUndefined();
    else {
      expect(notice).toMatch(says);
      expect(notice!.endsWith('\n') && notice!.split('\n').length === 2).toBe(true); // one line
    }
  });
});

describe('citat batch --concurrency is capped', () => {
  it('at 4 worker threads per core, with a one-line note', () => {
    expect(cappedConcurrency(8, 2)).toEqual({ concurrency: 8 });
    const capped = cappedConcurrency(1000, 2);
    expect(capped.concurrency).toBe(8);
    expect(capped.note).toBe('citat batch: --concurrency 1000 is more than 4 per core; using 8 worker threads (2 cores)\n');
  });
});
