/**
 * `citat batch --queue` and `citat worker` against a real Redis: Debian's `redis-server` started
 * on a free loopback port in a temporary folder (append-only file on, fsync on every write),
 * several `citat worker` processes and the coordinator, all the built program as users run it.
 * Things are killed on purpose (a worker, the coordinator, Redis itself, a document that kills
 * every worker process that takes it), and each run's output is compared with a local
 * `citat batch` of the same input: the same lines, sorted by id, every id once.
 *
 * Skipped, with a message, only when redis-server is not installed (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'dist/cli/main.js');
const redisServer =
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p)) ??
  (spawnSync('sh', ['-c', 'command -v redis-server']).stdout?.toString().trim() || undefined);
if (!redisServer) console.warn('test/queue: redis-server not found, so the queue tests are SKIPPED (install it: apt-get install redis-server; .ci/run does)');

/** Seconds a killed worker's chunks stay locked: short, so the tests need not wait long. */
const LOCK_SECONDS = '2';
/** Documents per chunk: small, so a run of a few hundred documents has many chunks in flight. */
const CHUNK = ['--chunk', '16'];

/** Short Danish news texts of our own wording. */
const SENTENCES = [
  '"Vi åbner svømmehallen igen til sommer," siger borgmester Karen Holm.',
  'Direktøren for havnen siger, at containerskibene bliver større hvert år.',
  '"Det er en god dag for cyklisterne," siger trafikordfører Jens Bak.',
  'Skolelederen fortæller, at eleverne har savnet deres lejrskole i flere år.',
  '"Prisen på brød stiger igen, fordi melet er blevet dyrere," advarer bagermester Lise Dam.',
  'Ifølge politiet var der ingen tilskadekomne ved branden i lagerhallen i nat.',
  '"Vi har aldrig set så mange svaner her på søen," siger ornitolog Per Lund til avisen.',
  'Formanden for foreningen mener, at kontingentet bør sættes ned.',
  '"Koncerten er udsolgt," oplyser arrangøren Mette Krog.',
  'Landmanden forklarer, at høsten kom sent i hus på grund af regnen.',
];

/** JSONL of `n` documents (ids d0…), one not Danish and one line of bad JSON among them. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const text = [0, 3, 7].map((j) => SENTENCES[(k + j * ((k % 4) + 1)) % SENTENCES.length]).join(' ');
    lines.push(JSON.stringify({ id: `d${k}`, text, source: 'test' }));
  }
  lines.splice(
    5,
    0,
    JSON.stringify({ id: 'english', text: 'The council said on Monday that the new bridge will open in the spring, after two years of work.' }),
  );
  lines.splice(9, 0, '{"id": "broken", "text": ');
  return `${lines.join('\n')}\n`;
}

let tmp: string;
let port: number;
let url: string;
let redisProc: ChildProcess | undefined;
const children = new Set<ChildProcess>();

/** A free loopback port (taken and let go; the server that asked for it binds it next). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const p = (server.address() as AddressInfo).port;
  server.close();
  await once(server, 'close');
  return p;
}

/** Starts redis-server on `port` with its files in `dir`, and waits until it answers. */
async function startRedis(dir: string, p: number, extra: string[] = []): Promise<ChildProcess> {
  mkdirSync(dir, { recursive: true });
  const proc = spawn(
    redisServer!,
    [
      '--port',
      String(p),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      ...extra,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const client = new Redis(p, '127.0.0.1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      ...(extra.includes('--requirepass') ? { password: extra[extra.indexOf('--requirepass') + 1] } : {}),
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return proc;
    } catch {
      client.disconnect();
      await sleep(100);
    }
  }
  throw new Error('redis-server did not start');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  seconds: number;
}

/** Spawns `citat ARGS` (the built program) in the temporary folder. */
function citat(args: string[], fault = ''): { proc: ChildProcess; done: Promise<Exit> } {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [main, ...args], { cwd: tmp, env: { ...process.env, CITAT_TEST_FAULT: fault }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(proc);
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const done = once(proc, 'exit').then(([code, signal]) => {
    children.delete(proc);
    return { code: code as number | null, signal: signal as NodeJS.Signals | null, stderr, seconds: (performance.now() - t0) / 1000 };
  });
  return { proc, done };
}

/**
 * Worker processes, each restarted when it dies (as systemd's Restart=always would): a killed
 * worker comes back, so a poison document meets fresh processes until it is given up.
 */
class Workers {
  private stopping = false;
  readonly procs: ChildProcess[] = [];
  deaths = 0;

  constructor(
    count: number,
    private readonly fault = '',
  ) {
    for (let k = 0; k < count; k++) this.start(k);
  }

  private start(k: number): void {
    const { proc, done } = citat(['worker', '--queue', url, '--concurrency', '1', '--lock-seconds', LOCK_SECONDS, '--name', `w${k}`, '--quiet'], this.fault);
    this.procs[k] = proc;
    void done.then((exit) => {
      if (this.stopping) return;
      this.deaths++;
      if (exit.signal !== 'SIGKILL') console.warn(`worker w${k} ended: ${exit.code} ${exit.signal} ${exit.stderr}`);
      this.start(k);
    });
  }

  /** Kills worker k with SIGKILL (it is restarted when `restart`, else left dead). */
  kill(k: number, restart: boolean): void {
    if (!restart) this.stopping = true;
    this.procs[k]!.kill('SIGKILL');
  }

  /** Stops them all with SIGTERM and waits; each must exit 0. */
  async stop(): Promise<void> {
    this.stopping = true;
    const live = this.procs.filter((p) => p.exitCode === null && p.signalCode === null);
    const exits = live.map((p) => once(p, 'exit'));
    for (const p of live) p.kill('SIGTERM');
    for (const [code] of await Promise.all(exits)) expect(code).toBe(0);
  }
}

/** Output lines sorted by id, with any timing fields left out. */
function normalise(text: string): string[] {
  const drop = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(drop);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !/timing/i.test(k))
          .map(([k, v]) => [k, drop(v)]),
      );
    return value;
  };
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { id: string })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => JSON.stringify(drop(r)));
}

/**
 * Expects two normalised outputs to be equal; on a difference, names the first document that
 * differs and keeps both in the system's temporary folder (a diff of hundreds of documents would
 * bury the point).
 */
function expectSame(got: string[], want: string[], name: string): void {
  if (got.join('\n') === want.join('\n')) return;
  const at = got.findIndex((l, k) => l !== want[k]);
  const base = join(tmpdir(), `citat-queue-${name}`);
  writeFileSync(`${base}.got.jsonl`, `${got.join('\n')}\n`);
  writeFileSync(`${base}.want.jsonl`, `${want.join('\n')}\n`);
  expect.fail(`${name}: differs from the local batch at line ${at} (${got.length} lines against ${want.length}); see ${base}.got.jsonl and .want.jsonl`);
}

/** Ids of an output, each must appear once. */
function ids(text: string): string[] {
  return normalise(text).map((l) => (JSON.parse(l) as { id: string }).id);
}

/** Keys of Redis that belong to a run (anything but BullMQ's queue-wide bookkeeping). */
async function runKeysLeft(): Promise<string[]> {
  const client = new Redis(port, '127.0.0.1');
  const keys = await client.keys('*');
  client.disconnect();
  return keys
    .filter((k) => !/^citat:[^:]+:(id|meta|events|marker|stalled-check|wait|active|completed|failed|delayed|prioritized|paused|stalled|pc|limiter|de)$/.test(k))
    .sort();
}

/** Waits until `path` holds at least `n` lines. */
async function waitForLines(path: string, n: number, timeoutMs = 30_000): Promise<void> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (existsSync(path) && readFileSync(path, 'utf8').split('\n').length - 1 >= n) return;
    await sleep(50);
  }
  throw new Error(`${path}: fewer than ${n} lines after ${timeoutMs} ms`);
}

const INPUT = 'in.jsonl';
const DOCS = 240;
let local: string[];

describe.skipIf(!redisServer)('batch through a Redis queue', () => {
  beforeAll(async () => {
    expect(existsSync(main), 'dist/cli/main.js is missing; run `npm run build` (npm test does it first)').toBe(true);
    tmp = mkdtempSync(join(tmpdir(), 'citat-queue-'));
    writeFileSync(join(tmp, INPUT), corpus(DOCS));
    port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redisProc = await startRedis(join(tmp, 'redis'), port);
    const ref = citat(['batch', INPUT, '-o', 'local.jsonl', '--quiet', '--concurrency', '1']);
    expect((await ref.done).code).toBe(2); // the bad JSON line
    local = normalise(readFileSync(join(tmp, 'local.jsonl'), 'utf8'));
    expect(local).toHaveLength(DOCS + 2);
  }, 60_000);

  afterEach(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    redisProc?.kill('SIGKILL');
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('two workers give the same lines as a local batch, every id once, and leave no keys of the run behind', async () => {
    const workers = new Workers(2);
    const run = citat(['batch', INPUT, '-o', 'q1.jsonl', '--queue', url, ...CHUNK]);
    const exit = await run.done;
    await workers.stop();
    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toMatch(new RegExp(`citat batch: ${DOCS + 2} documents: ${DOCS} ok, 1 skipped as not Danish, 1 failed`));
    const out = readFileSync(join(tmp, 'q1.jsonl'), 'utf8');
    expect(new Set(ids(out)).size).toBe(DOCS + 2);
    expectSame(normalise(out), local, 'two-workers');
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  it('a worker killed with SIGKILL mid-run: its chunks go to the other worker, nothing lost or doubled', async () => {
    const workers = new Workers(2, 'delay-ms:15');
    const run = citat(['batch', INPUT, '-o', 'q2.jsonl', '--queue', url, ...CHUNK]);
    await waitForLines(join(tmp, 'q2.jsonl'), 40);
    workers.kill(0, false);
    const exit = await run.done;
    await workers.stop();
    expect(exit.code, exit.stderr).toBe(2);
    const out = readFileSync(join(tmp, 'q2.jsonl'), 'utf8');
    expect(ids(out)).toHaveLength(DOCS + 2);
    expect(new Set(ids(out)).size).toBe(DOCS + 2);
    expectSame(normalise(out), local, 'worker-killed');
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  it('the coordinator killed with SIGKILL, then --resume: the same lines, none done twice', async () => {
    const workers = new Workers(2, 'delay-ms:10');
    const first = citat(['batch', INPUT, '-o', 'q3.jsonl', '--queue', url, '--quiet', ...CHUNK]);
    await waitForLines(join(tmp, 'q3.jsonl'), 60);
    first.proc.kill('SIGKILL');
    await first.done;
    const before = ids(readFileSync(join(tmp, 'q3.jsonl'), 'utf8')).length;
    const second = citat(['batch', INPUT, '-o', 'q3.jsonl', '--queue', url, '--resume', ...CHUNK]);
    const exit = await second.done;
    await workers.stop();
    expect([0, 2], exit.stderr).toContain(exit.code); // 2 only if a failed document was left for the second run
    expect(exit.stderr).toMatch(/done before, passed over/);
    const out = readFileSync(join(tmp, 'q3.jsonl'), 'utf8');
    expect(before).toBeGreaterThanOrEqual(60);
    expect(new Set(ids(out)).size).toBe(ids(out).length);
    expectSame(normalise(out), local, 'coordinator-resumed');
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  it('Redis killed and restarted mid-run (append-only file on): the run goes on to the same lines', async () => {
    const workers = new Workers(2, 'delay-ms:10');
    const run = citat(['batch', INPUT, '-o', 'q4.jsonl', '--queue', url, ...CHUNK]);
    await waitForLines(join(tmp, 'q4.jsonl'), 40);
    redisProc!.kill('SIGKILL');
    await once(redisProc!, 'exit');
    await sleep(1000);
    redisProc = await startRedis(join(tmp, 'redis'), port);
    const exit = await run.done;
    await workers.stop();
    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toMatch(/lost Redis/);
    const out = readFileSync(join(tmp, 'q4.jsonl'), 'utf8');
    expect(new Set(ids(out)).size).toBe(ids(out).length);
    expectSame(normalise(out), local, 'redis-restarted');
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  it('a document that kills every worker process that takes it ends as an error record; the rest goes through', async () => {
    const poison = 'd17';
    const workers = new Workers(2, `kill-process-on-id:${poison}`);
    const run = citat(['batch', INPUT, '-o', 'q5.jsonl', '--queue', url, ...CHUNK]);
    const exit = await run.done;
    await workers.stop();
    expect(exit.code, exit.stderr).toBe(2);
    expect(workers.deaths).toBe(3);
    const out = readFileSync(join(tmp, 'q5.jsonl'), 'utf8');
    const lines = normalise(out);
    expect(new Set(ids(out)).size).toBe(DOCS + 2);
    const isPoison = (l: string) => (JSON.parse(l) as { id: string }).id === poison;
    const record = JSON.parse(lines.find(isPoison)!) as { error: { code: string; message: string }; meta: unknown };
    expect(record.error.code).toBe('WORKER_CRASHED');
    expect(record.error.message).toMatch(/every worker process that took it died \(3 attempts/);
    expect(record.meta).toEqual({ source: 'test' });
    expectSame(
      lines.filter((l) => !isPoison(l)),
      local.filter((l) => !isPoison(l)),
      'poison',
    );
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  // The options that shape the output are applied in the workers and written by the coordinator
  // as the local batch writes them: the same header, the same rows (in the order they finish).
  // --min-confidence at the median confidence of the local run's quotes, so it keeps about half
  // of them whatever the confidence model is refitted to.
  const median = () => {
    const c = local.flatMap((l) => ((JSON.parse(l) as { quotes?: { confidence: number }[] }).quotes ?? []).map((q) => q.confidence)).sort((a, b) => a - b);
    return String(c[Math.floor(c.length / 2)]);
  };
  const shaped: [string, () => string[]][] = [
    ['--format csv --min-confidence (the median)', () => ['--format', 'csv', '--min-confidence', median()]],
    ['--format tsv', () => ['--format', 'tsv']],
    ['--min-confidence (the median; JSON lines)', () => ['--min-confidence', median()]],
  ];
  for (const [name, optionsOf] of shaped) {
    it(`${name}: the same lines as a local batch with it`, async () => {
      const options = optionsOf();
      const tag = name.replace(/[^a-z0-9]+/gi, '-');
      const ref = await citat(['batch', INPUT, '-o', `local-${tag}.out`, '--quiet', '--concurrency', '1', ...options]).done;
      expect(ref.code, ref.stderr).toBe(2);
      const workers = new Workers(2);
      const exit = await citat(['batch', INPUT, '-o', `q-${tag}.out`, '--queue', url, '--quiet', ...CHUNK, ...options]).done;
      await workers.stop();
      expect(exit.code, exit.stderr).toBe(2);
      const want = readFileSync(join(tmp, `local-${tag}.out`), 'utf8');
      const got = readFileSync(join(tmp, `q-${tag}.out`), 'utf8');
      if (options.includes('--format')) {
        // a table: the header row first, then each document's rows (none of ours spans lines)
        const rows = (t: string) => t.split('\r\n');
        expect(rows(got)[0]).toBe(rows(want)[0]);
        expect(rows(got)[0]).toMatch(/^\uFEFFdocument_id/);
        expect(rows(got).slice(1).sort()).toEqual(rows(want).slice(1).sort());
      } else {
        expectSame(normalise(got), normalise(want), tag);
      }
      if (options.includes('--min-confidence')) {
        // the option did something: fewer quotes than the unfiltered local run
        const quotes = (lines: string[]) => lines.reduce((n, l) => n + ((JSON.parse(l) as { quotes?: unknown[] }).quotes?.length ?? 0), 0);
        const kept = options.includes('--format') ? got.split('\r\n').filter((r) => r !== '' && !/BAD_JSON/.test(r)).length - 1 : quotes(normalise(got));
        expect(kept).toBeGreaterThan(0);
        expect(kept).toBeLessThan(quotes(local));
      }
      expect(await runKeysLeft()).toEqual([]);
    }, 60_000);
  }

  // The limit is a few seconds, not one: a fresh worker thread's first document also loads the
  // names lexicon, which took over a second on this shared machine under load.
  it('--timeout-per-doc: a document over it becomes a TIMEOUT error record, as in a local batch, and the run goes on', async () => {
    const fault = 'hang-on-id:d7';
    const ref = await citat(['batch', INPUT, '-o', 'local-timeout.jsonl', '--quiet', '--concurrency', '1', '--timeout-per-doc', '5'], fault).done;
    expect(ref.code, ref.stderr).toBe(2);
    const workers = new Workers(2, fault);
    const exit = await citat(['batch', INPUT, '-o', 'q-timeout.jsonl', '--queue', url, '--quiet', '--timeout-per-doc', '5', ...CHUNK]).done;
    await workers.stop();
    expect(exit.code, exit.stderr).toBe(2);
    const got = normalise(readFileSync(join(tmp, 'q-timeout.jsonl'), 'utf8'));
    const record = JSON.parse(got.find((l) => (JSON.parse(l) as { id: string }).id === 'd7')!) as { error: { code: string; message: string } };
    expect(record.error.code).toBe('TIMEOUT');
    expect(record.error.message).toMatch(/took longer than the limit of 5 s \(--timeout-per-doc\)/);
    expectSame(got, normalise(readFileSync(join(tmp, 'local-timeout.jsonl'), 'utf8')), 'timeout');
    expect(await runKeysLeft()).toEqual([]);
  }, 60_000);

  describe('a queue that cannot be used: one line, exit 1, within 10 s, no stack trace', () => {
    let silent: Server;
    let silentPort: number;
    let passPort: number;
    let passRedis: ChildProcess;
    let deadPort: number;
    beforeAll(async () => {
      deadPort = await freePort();
      // Accepts connections and never answers (a firewall that swallows, a hung server).
      silent = createServer(() => undefined);
      silent.listen(0, '127.0.0.1');
      await once(silent, 'listening');
      silentPort = (silent.address() as AddressInfo).port;
      passPort = await freePort();
      passRedis = await startRedis(join(tmp, 'redis-pass'), passPort, ['--requirepass', 'rigtigt-kodeord']);
    }, 30_000);
    afterAll(() => {
      silent?.close();
      passRedis?.kill('SIGKILL');
    });

    const cases: [string, () => string[], RegExp][] = [
      ['nothing listening', () => ['--queue', `redis://127.0.0.1:${deadPort}`], /cannot use Redis at redis:\/\/127\.0\.0\.1:\d+: nothing is listening there/],
      ['no answer', () => ['--queue', `redis://127.0.0.1:${silentPort}`], /cannot use Redis at redis:\/\/127\.0\.0\.1:\d+: no answer within 3 s/],
      ['wrong password', () => ['--queue', `redis://:forkert@127.0.0.1:${passPort}`], /cannot use Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+: wrong password/],
      ['bad queue name', () => ['--queue', url, '--queue-name', 'nyheder:2024'], /queue name "nyheder:2024" is not allowed/],
    ];
    for (const [name, args, message] of cases) {
      // batch and worker side by side: two processes at a time keep the test short
      it(`batch and worker: ${name}`, async () => {
        const exits = await Promise.all([citat(['batch', INPUT, '-o', 'never.jsonl', ...args()]).done, citat(['worker', ...args()]).done]);
        for (const exit of exits) {
          expect(exit.code, exit.stderr).toBe(1);
          expect(exit.stderr).toMatch(message);
          expect(exit.stderr.trim().split('\n')).toHaveLength(1);
          expect(exit.stderr).not.toMatch(/\n\s+at /);
          expect(exit.seconds).toBeLessThan(10);
        }
      }, 20_000);
    }
  });
});
