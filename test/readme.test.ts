/**
 * Every example in README.md runs and shows what it says (see test/readme/examples.ts for how the
 * examples are written): the library's ```ts blocks with their `// →` results, the document in the
 * ```jsonc block, and the commands of the ```console blocks, run by the built `citat` in a copy of
 * the files they name (docs/examples, corpus). Seconds and rates of a run are not compared.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as citat from 'citat';
import * as language from 'citat/language';
import * as names from 'citat/names';
import * as quotes from 'citat/quotes';
import * as schema from 'citat/schema';
import * as sentences from 'citat/sentences';
import { progressLine } from '../src/batch/progress.js';
import { RunStats } from '../src/batch/stats.js';
import { COMMANDS } from '../src/cli/commands/index.js';
import { compileTs, consoleSteps, fencedBlocks, mismatch, normaliseTimings, parsePattern, type ConsoleStep } from './readme/examples.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const main = join(root, 'dist/cli/main.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = fencedBlocks(readme);
const modules: Record<string, unknown> = {
  citat,
  'citat/language': language,
  'citat/sentences': sentences,
  'citat/names': names,
  'citat/quotes': quotes,
  'citat/schema': schema,
};

let tmp: string;
beforeAll(() => {
  expect(existsSync(main), 'dist/cli/main.js is missing; run `npm run build` (npm test does it first)').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'citat-readme-'));
  for (const dir of ['docs/examples', 'corpus']) cpSync(join(root, dir), join(tmp, dir), { recursive: true });
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * What a run printed, as the README shows it: standard output, then standard error; a table's
 * byte order mark and CRs (test/output/table.test.ts checks those) are not shown.
 */
function printed(stdout: string, stderr: string): string {
  return normaliseTimings(stdout.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') + stderr).replace(/ \(line \d+ column \d+\)/g, ''); // Node 22 adds the line and column to JSON.parse's message
}

describe('README: the library examples give the results they show', () => {
  const tsBlocks = blocks.filter((b) => b.lang === 'ts');
  it('has library examples with results to check (a block without one must still run)', () => {
    expect(tsBlocks.length).toBeGreaterThan(0);
    expect(tsBlocks.reduce((n, b) => n + compileTs(b).expectations.length, 0)).toBeGreaterThan(5);
  });

  it.each(tsBlocks.map((b) => [b.line, b] as const))('the ts block at README line %i', async (_line, block) => {
    const { body, expectations } = compileTs(block);
    const values: unknown[] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
    await new AsyncFunction('__modules', '__check', body)(modules, (i: number, v: unknown) => (values[i] = v));
    expectations.forEach((e, i) => {
      expect(i in values, `README line ${e.line}: ${e.expression} did not run`).toBe(true);
      expect(mismatch(values[i], parsePattern(e.pattern)), `README line ${e.line}: ${e.expression}`).toBeNull();
    });
  });
});

describe('README: the document shown is what citat extract prints', () => {
  const jsonc = blocks.filter((b) => b.lang === 'jsonc');
  it.each(jsonc.map((b) => [b.line, b] as const))('the jsonc block at README line %i', (_line, block) => {
    const [first, ...rest] = block.code.split('\n');
    const command = /^\/\/ (citat .*?)(?:,|$)/.exec(first ?? '')?.[1];
    expect(command, `README line ${block.line}: a jsonc block must start with "// citat COMMAND"`).toBeDefined();
    const r = spawnSync(process.execPath, [main, ...command!.split(' ').slice(1)], { cwd: tmp, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(mismatch(JSON.parse(r.stdout), parsePattern(rest.join('\n'))), `README line ${block.line}`).toBeNull();
  });
});

/** Runs one `$ citat …` step; a step whose output starts with ^C is interrupted once it has written a line. */
async function runStep(step: ConsoleStep, cwd: string): Promise<string> {
  const args = step.command.split(/\s+/).slice(1);
  const interrupt = step.output.startsWith('^C');
  // The interrupted run is slowed down (the test hook of src/batch/fault.ts) so there is time to interrupt it.
  const env = { ...process.env, CITAT_TEST_FAULT: interrupt ? 'delay-ms:400' : '' };
  const out = interrupt ? join(cwd, args[args.indexOf('-o') + 1]!) : '';
  if (interrupt) rmSync(out, { force: true }); // left by an earlier example
  const child = spawn(process.execPath, [main, ...args], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.stdin.end();
  if (interrupt) {
    const deadline = Date.now() + 60_000;
    while (!(existsSync(out) && statSync(out).size > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    stderr = `^C${stderr}`;
  }
  await closed;
  return printed(stdout, stderr);
}

describe('README: the commands shown print what the README says', () => {
  const consoles = blocks.filter((b) => b.lang === 'console');
  it('every console block runs at least one citat command', () => {
    expect(consoles.length).toBeGreaterThan(0);
    for (const b of consoles)
      expect(
        consoleSteps(b).some((s) => s.command.startsWith('citat ')),
        `README line ${b.line}`,
      ).toBe(true);
  });

  it.each(consoles.map((b) => [b.line, b] as const))(
    'the console block at README line %i',
    async (_line, block) => {
      let cwd = tmp;
      for (const step of consoleSteps(block)) {
        const cd = /^cd (\S+)$/.exec(step.command);
        if (cd) {
          cwd = join(cwd, cd[1]!);
          continue;
        }
        expect(step.command.startsWith('citat '), `README line ${step.line}: only citat and cd run here`).toBe(true);
        expect(await runStep(step, cwd), `README line ${step.line}: $ ${step.command}`).toBe(normaliseTimings(step.output));
      }
    },
    90_000,
  );
});

describe('README: every example is one the test runs', () => {
  it('no code block of another kind (sh and unlabelled blocks are set-up commands and pictures)', () => {
    const other = blocks.filter((b) => !['ts', 'jsonc', 'console', 'sh', ''].includes(b.lang));
    expect(other.map((b) => `line ${b.line}: ${b.lang}`)).toEqual([]);
  });

  it('the command synopsis names only commands and options that exist', () => {
    const synopses = blocks.filter((b) => b.lang === '' && b.code.startsWith('citat '));
    expect(synopses.length).toBeGreaterThan(0);
    for (const line of synopses.flatMap((b) => b.code.split('\n'))) {
      const name = /^citat (\w+)/.exec(line)?.[1];
      const command = COMMANDS.find((c) => c.name === name);
      if (name === undefined || line.startsWith('citat --help')) continue;
      expect(command, `README: "${line}" names no command`).toBeDefined();
      for (const [, option] of line.matchAll(/--([a-z-]+)/g)) expect(Object.keys(command!.options), `README: citat ${name} --${option}`).toContain(option);
    }
  });

  it('the progress line quoted in the text has the form the command draws', () => {
    const shown = /`(citat batch: [\d,]+ docs, [^`]*ETA[^`]*)`/.exec(readme)?.[1];
    expect(shown, 'the README quotes a progress line').toBeDefined();
    const stats = new RunStats();
    stats.add('ok', 3, 2, 400_000);
    const digits = (s: string) => s.replace(/\d+/g, '#');
    expect(digits(shown!.replace(/\s+/g, ' '))).toBe(digits(progressLine(stats, 800_000)));
  });
});
