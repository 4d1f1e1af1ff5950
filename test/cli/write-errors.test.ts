/**
 * Output that cannot be written is an error, never a silent success: with standard output on
 * /dev/full (every write fails with ENOSPC, as on a full disk) each command says so in one line on
 * standard error and exits 1; `citat batch -o /dev/full` also says how to finish the run.
 * A reader that goes away (`citat … | head`, EPIPE) is still not an error.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'dist/cli/main.js');
const seedPath = join(root, 'corpus/rusland-taliban.txt');
const full = '/dev/full';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `citat ARGS` with standard output on `stdoutPath` (a pipe when absent). */
function citat(args: string[], stdoutPath?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const fd = stdoutPath === undefined ? 'pipe' : openSync(stdoutPath, 'w');
    const child = spawn(process.execPath, [main, ...args], { cwd: tmp, stdio: ['ignore', fd, 'pipe'], timeout: 60_000 });
    if (typeof fd === 'number') closeSync(fd);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'citat-write-'));
  const text = '"Vi åbner den nye svømmehal til sommer," siger borgmester Karen Dahl.';
  writeFileSync(join(tmp, 'docs.jsonl'), `${JSON.stringify({ id: 'a', text })}\n${JSON.stringify({ id: 'b', text })}\n`);
  const quotes = [
    {
      kind: 'direct',
      text: 'Vi åbner den nye svømmehal til sommer,',
      cue: 'siger',
      speaker: 'Karen Dahl',
      aliases: [],
      speaker_mention: 'borgmester Karen Dahl',
    },
  ];
  writeFileSync(join(tmp, 'gold.jsonl'), `${JSON.stringify({ id: 'a', quotes })}\n${JSON.stringify({ id: 'b', quotes })}\n`);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!existsSync(full)).concurrent('standard output that cannot be written: one line on stderr, exit 1', () => {
  const rows: [string, string[]][] = [
    ['extract', ['extract', seedPath]],
    ['batch', ['batch', 'docs.jsonl', '--concurrency', '1']],
    ['view -o -', ['view', seedPath, '-o', '-']],
    ['schema', ['schema']],
    ['eval', ['eval', '--docs', 'docs.jsonl', '--gold', 'gold.jsonl']],
    ['--help', ['--help']],
  ];
  it.for(rows)('%s', async ([name, args], { expect }) => {
    const r = await citat(args, full);
    expect(r.status, `exit code; stderr: ${r.stderr}`).toBe(1);
    expect(r.stderr.trimEnd().split('\n'), `stderr is one line: ${r.stderr}`).toHaveLength(1);
    const command = name.startsWith('-') ? '' : ` ${name.split(' ')[0]}`;
    expect(r.stderr).toBe(`citat${command}: cannot write to standard output (ENOSPC: no space left on device)\n`);
  });

  it('batch -o on a full disk: one line that names the file and the command that finishes the run', async ({ expect }) => {
    const r = await citat(['batch', 'docs.jsonl', '-o', full, '--concurrency', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n'), `stderr is one line: ${r.stderr}`).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^citat batch: \/dev\/full: cannot write the output \(ENOSPC: no space left on device\); .*--resume cuts off a torn last one.*: citat batch docs\.jsonl -o \/dev\/full --concurrency 1 --resume\n$/,
    );
    expect(r.stderr).not.toMatch(/documents: .* ok/); // no summary of a run whose output is lost
  });

  it('a reader that goes away is not an error (citat … | head)', async ({ expect }) => {
    const r = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [main, 'extract', seedPath, '--pretty'], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', resolve);
    });
    expect(r).toBe(0);
  });
});
