/**
 * `npm run bench -- --queue`: what a Redis queue costs and what a second worker process gains,
 * on the same input as the bench's memory run (the corpus repeated to 200 MB of JSONL, --big-mb).
 * It starts Debian's redis-server on a free loopback port in a temporary folder (append-only file
 * on, as the README asks), then times, on the built command:
 *   - the local batch with one worker thread (`citat batch --concurrency 1`);
 *   - the queue with one worker process of one thread (`citat worker --concurrency 1`);
 *   - the queue with two such processes (one per core on a 2-core machine);
 * and follows the coordinator's peak memory on the 200 MB input and on a 20 MB one.
 * Workers are started and ready before the coordinator's clock starts (a worker is long-lived);
 * the local batch's time includes starting its thread. Speeds move with load: it is printed.
 *
 *   node scripts/bench.mjs --queue [CORPUS.jsonl] [--big-mb N]
 *
 * The helpers for the input and for peak memory are those of scripts/bench.mjs, repeated here so
 * the two scripts stay independent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--queue');
const bigAt = args.indexOf('--big-mb');
const bigMb = bigAt === -1 ? 200 : Number(args.splice(bigAt, 2)[1]);
const smallMb = Math.min(20, bigMb);
const corpus = resolve(root, args[0] ?? '../shared/corpus/parole-news.jsonl');
const main = join(root, 'dist/cli/main.js');
const redisServer = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim();
if (!redisServer) {
  console.error('bench --queue: redis-server is not installed (apt-get install redis-server)');
  process.exit(1);
}
if (!existsSync(corpus)) {
  console.error(`bench --queue: ${corpus}: no such corpus`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'citat-bench-queue-'));
const children = new Set();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes the corpus repeated (ids suffixed with the round) until the file holds `mb` MB. */
async function makeInput(path, mb) {
  const records = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let textBytes = 0;
  let docs = 0;
  for (let round = 1; bytes < mb * MB; round++) {
    for (const r of records) {
      const line = `${JSON.stringify({ ...r, id: `${r.id}~${round}` })}\n`;
      bytes += Buffer.byteLength(line);
      textBytes += Buffer.byteLength(r.text);
      docs++;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return { path, bytes, textBytes, docs };
}

/** Peak resident set (VmHWM) of a process in bytes, 0 once it is gone. */
function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, all threads) of a process so far, in seconds, 0 once it is gone. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = server.address().port;
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts redis-server as the README asks (AOF on, noeviction) and waits until it answers. */
async function startRedis() {
  const port = await freePort();
  const dir = join(tmp, 'redis');
  mkdirSync(dir);
  const proc = spawn(
    redisServer,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  children.add(proc);
  for (let i = 0; i < 100; i++) {
    if (
      spawnSync('redis-cli', ['-p', String(port), 'ping'])
        .stdout?.toString()
        .trim() === 'PONG'
    )
      return { proc, url: `redis://127.0.0.1:${port}` };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
}

/** Runs `citat ARGS` to the end, timing it and following its peak memory. */
async function run(citatArgs) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [main, ...citatArgs], { stdio: ['ignore', 'ignore', 'pipe'], cwd: tmp });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, vmHwm(child.pid));
    cpu = Math.max(cpu, cpuOf(child.pid));
  }, 50);
  const [code] = await once(child, 'exit');
  clearInterval(poll);
  if (code !== 0 && code !== 2) throw new Error(`bench: citat ${citatArgs.join(' ')} exited with ${code}: ${stderr}`);
  return { seconds: (performance.now() - t0) / 1000, peak, cpu };
}

/** Starts `n` worker processes of one thread each and waits until each has said it is working. */
async function startWorkers(url, n) {
  const workers = [];
  for (let k = 0; k < n; k++) {
    const proc = spawn(process.execPath, [main, 'worker', '--queue', url, '--concurrency', '1', '--name', `bench-${k}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      cwd: tmp,
    });
    children.add(proc);
    let err = '';
    const ready = new Promise((resolveReady, reject) => {
      proc.stderr.on('data', (d) => {
        err += d;
        if (/working on queue/.test(err)) resolveReady();
      });
      proc.on('exit', (code) => reject(new Error(`worker exited with ${code}: ${err}`)));
    });
    let peak = 0;
    let cpu = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, vmHwm(proc.pid));
      cpu = Math.max(cpu, cpuOf(proc.pid));
    }, 200);
    workers.push({ proc, ready, peak: () => peak, cpu: () => cpu, poll });
  }
  await Promise.all(workers.map((w) => w.ready));
  const cpu0 = workers.map((w) => cpuOf(w.proc.pid));
  return {
    peak: () => Math.max(...workers.map((w) => w.peak())),
    /** CPU seconds the workers spent since they were ready. */
    cpu: () => workers.reduce((sum, w, k) => sum + Math.max(w.cpu(), cpuOf(w.proc.pid)) - cpu0[k], 0),
    async stop() {
      for (const w of workers) {
        clearInterval(w.poll);
        w.proc.removeAllListeners('exit');
        const exited = once(w.proc, 'exit');
        w.proc.kill('SIGTERM');
        await exited;
        children.delete(w.proc);
      }
    },
  };
}

async function queued(url, input, n, tag) {
  const workers = await startWorkers(url, n);
  const out = join(tmp, `queue-${tag}.jsonl`);
  const statsFile = join(tmp, `queue-${tag}.json`);
  const redis0 = cpuOf(redisPid);
  const r = await run(['batch', input.path, '-o', out, '--queue', url, '--quiet', '--stats', statsFile]);
  const workerPeak = workers.peak();
  const workerCpu = workers.cpu();
  const redisCpu = cpuOf(redisPid) - redis0;
  await workers.stop();
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(out, { force: true });
  return { ...r, peak: Math.max(r.peak, stats.maxRssBytes), workerPeak, workerCpu, redisCpu, stats };
}

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const mbOf = (b) => `${f1(b / MB)} MB`;
const load = () => loadavg()[0].toFixed(1);

const cores = availableParallelism();
const { url, proc: redisProc } = await startRedis();
const redisPid = redisProc.pid;
const small = await makeInput(join(tmp, `bench-${smallMb}.jsonl`), smallMb);
const big = await makeInput(join(tmp, `bench-${bigMb}.jsonl`), bigMb);
console.log(
  `citat bench --queue: ${corpus.replace(`${root}/`, '')} repeated to ${mbOf(big.bytes)} of JSONL (${mbOf(big.textBytes)} of text, ${big.docs} documents); ${cores} cores; node ${process.version}; Redis at ${url}`,
);
console.log('');

const loads = [];
loads.push(load());
const localOut = join(tmp, 'local.jsonl');
const localStatsFile = join(tmp, 'local.json');
const local = await run(['batch', big.path, '-o', localOut, '--concurrency', '1', '--quiet', '--stats', localStatsFile]);
local.stats = JSON.parse(readFileSync(localStatsFile, 'utf8'));
rmSync(localOut, { force: true });
loads.push(load());
const q1 = await queued(url, big, 1, 'one');
loads.push(load());
const q2 = await queued(url, big, 2, 'two');
loads.push(load());
const qSmall = await queued(url, small, 2, 'small');
loads.push(load());

const row = (name, r, extra = '') =>
  `${name.padEnd(34)} ${f1(r.seconds).padStart(7)} s ${f2(big.bytes / MB / r.seconds).padStart(7)} MB/s ${String(Math.round(big.docs / r.seconds)).padStart(6)} docs/s${extra}`;
console.log(`${''.padEnd(34)} ${'wall'.padStart(9)} ${'JSONL'.padStart(12)}`);
console.log(row('local batch, 1 worker thread', local, `   peak RSS ${mbOf(local.peak)}`));
console.log(
  row('queue, 1 worker process (1 thread)', q1, `   ${f2(local.seconds / q1.seconds)}x local; coordinator ${mbOf(q1.peak)}, worker ${mbOf(q1.workerPeak)}`),
);
console.log(
  row('queue, 2 worker processes', q2, `   ${f2(q1.seconds / q2.seconds)}x one process; coordinator ${mbOf(q2.peak)}, each worker <= ${mbOf(q2.workerPeak)}`),
);
const cpuRow = (name, r) =>
  `  ${name.padEnd(32)} coordinator ${f1(r.cpu)} s, workers ${f1(r.workerCpu)} s, Redis ${f1(r.redisCpu)} s: ${f1(r.cpu + r.workerCpu + r.redisCpu)} s in all`;
console.log(`CPU time (whatever the load): local batch ${f1(local.cpu)} s;`);
console.log(cpuRow('queue, 1 worker process', q1));
console.log(cpuRow('queue, 2 worker processes', q2));
console.log(`(load average before each run and at the end: ${loads.join(', ')}; the machine is shared, so figures move with it)`);
// A run whose documents fail is fast and means nothing (a broken install, a missing model).
console.log(`documents failed: local ${local.stats.failed}, queue with 1 process ${q1.stats.failed}, with 2 ${q2.stats.failed} (of ${big.docs})`);
console.log(
  `duplicates written once: ${q1.stats.duplicates + q2.stats.duplicates}; chunks sent again: ${q1.stats.resent + q2.stats.resent}; chunks: ${q2.stats.chunks}`,
);
console.log('');
const growth = q2.peak / qSmall.peak - 1;
console.log(
  `coordinator memory, 2 workers: peak RSS ${mbOf(qSmall.peak)} on ${mbOf(small.bytes)}, ${mbOf(q2.peak)} on ${mbOf(big.bytes)} (${growth >= 0 ? '+' : ''}${f1(100 * growth)} %)`,
);
console.log('');
const check = (ok) => (ok ? 'met' : 'NOT met');
const overhead = local.seconds / q1.seconds;
const scaling = q1.seconds / q2.seconds;
console.log('targets:');
console.log(`  queue, 1 process >= 0.85x local, 1 thread ...... ${f2(overhead)}x   ${check(overhead >= 0.85)}`);
console.log(`  2 processes >= 1.7x one ........................ ${f2(scaling)}x   ${check(scaling >= 1.7)}`);
console.log(`  coordinator peak <= 300 MB ..................... ${mbOf(Math.max(q1.peak, q2.peak))}   ${check(Math.max(q1.peak, q2.peak) <= 300 * MB)}`);
console.log(`  coordinator ${bigMb} MB within 20 % of ${smallMb} MB ...... ${f1(100 * growth)} %   ${check(Math.abs(growth) <= 0.2)}`);
