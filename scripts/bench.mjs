#!/usr/bin/env node
/**
 * `npm run bench`: how fast `citat batch` runs and how much memory it takes, measured on the
 * BUILT command (dist/cli/main.js, which `npm run bench` builds first) run as a child process, as
 * users run it.
 *
 *   node scripts/bench.mjs [CORPUS.jsonl] [--big-mb N] [--large]
 *   node scripts/bench.mjs --shapes [--only a,b] [--reps N]   (see scripts/bench-shapes.mjs)
 *   node scripts/bench.mjs --queue [CORPUS.jsonl] [--big-mb N]   (see scripts/bench-queue.mjs)
 *
 * The corpus (default ../shared/corpus/parole-news.jsonl) is repeated, with ids made unique, into
 * a 20 MB input. On that input the bench measures, in one run:
 *   - the floor: a JSONL pass that only parses each line and writes it back out;
 *   - the batch with 1 worker and with one worker per core: MB/s (of JSONL and of text alone),
 *     documents/s, peak RSS, the ratio to the floor, and the speed-up of all cores over one;
 *   - where the time goes: the share of each pipeline stage (summed over the workers);
 *   - memory flatness: peak RSS on a 200 MB input (--big-mb) against the 20 MB one;
 *   - steady state: the speed of the extra text of a larger input (1 worker: 60 MB; all workers:
 *     the 200 MB run), i.e. without start-up and each worker's warm-up (JIT compilation, caches),
 *     which on 20 MB are a large share of the run. The targets are judged on the 20 MB rows.
 * With --large it also measures an archive with large documents: the corpus's articles with a
 * 3 MB document (articles of the corpus joined) after every 300, twelve in all, through all cores:
 * peak RSS and MB/s (a document takes about 45 bytes of memory per byte while it is worked on).
 * Peak RSS is the child's VmHWM, read from /proc while it runs (worker threads share the
 * process, so their memory is in it), and the run's own getrusage maximum; the larger is shown.
 * Speeds move with load: the machine is shared, so run it twice.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `node scripts/bench.mjs --floor IN OUT`: the floor pass itself, run as a child like the batch.
if (process.argv[2] === '--floor') {
  const [, , , input, output, statsFile] = process.argv;
  const out = createWriteStream(output, { highWaterMark: 1 << 20 });
  const lines = createInterface({ input: createReadStream(input, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!out.write(`${JSON.stringify(JSON.parse(line))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const u = process.resourceUsage();
  writeFileSync(statsFile, JSON.stringify({ cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssBytes: u.maxRSS * 1024 }));
  process.exit(0);
}

// `npm run bench -- --shapes`: time per stage on hostile and unusual shapes of text (scripts/bench-shapes.mjs).
if (process.argv.includes('--shapes')) {
  const { benchShapes } = await import('./bench-shapes.mjs');
  await benchShapes(process.argv.slice(2).filter((a) => a !== '--shapes'));
  process.exit(0);
}

// `--queue`: the distributed batch (Redis, BullMQ) against the local one: scripts/bench-queue.mjs.
if (process.argv.includes('--queue')) {
  await import('./bench-queue.mjs');
  process.exit(0);
}

const args = process.argv.slice(2);
const largeAt = args.indexOf('--large');
const largeDocs = largeAt !== -1 && args.splice(largeAt, 1).length > 0;
const bigAt = args.indexOf('--big-mb');
const bigMb = bigAt === -1 ? 200 : Number(args.splice(bigAt, 2)[1]);
const corpus = resolve(root, args[0] ?? '../shared/corpus/parole-news.jsonl');
const main = join(root, 'dist/cli/main.js');
if (!existsSync(main)) {
  console.error('bench: dist/cli/main.js is missing; run `npm run bench` (it builds first)');
  process.exit(1);
}
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus}: no such corpus`);
  process.exit(1);
}
const cores = availableParallelism();
const tmp = mkdtempSync(join(tmpdir(), 'citat-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

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

/** Reads VmHWM (peak resident set) of a process, in bytes, or 0 once it is gone. */
function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs node with arguments, timing it and following its peak memory. */
async function measure(nodeArgs) {
  const t0 = performance.now();
  const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, vmHwm(child.pid))), 50);
  const [code] = await once(child, 'exit');
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0 && code !== 2) throw new Error(`bench: ${nodeArgs.join(' ')} exited with ${code}: ${stderr}`);
  return { seconds, peak };
}

async function floor(input) {
  const out = join(tmp, 'floor.out.jsonl');
  const statsFile = join(tmp, 'floor.json');
  const r = await measure([fileURLToPath(import.meta.url), '--floor', input.path, out, statsFile]);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(out, { force: true });
  return { ...r, stats, peak: Math.max(r.peak, stats.maxRssBytes) };
}

async function batch(input, concurrency) {
  const out = join(tmp, 'batch.out.jsonl');
  const statsFile = join(tmp, 'stats.json');
  const r = await measure([main, 'batch', input.path, '-o', out, '--concurrency', String(concurrency), '--quiet', '--stats', statsFile]);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(out, { force: true });
  return { ...r, stats, peak: Math.max(r.peak, stats.maxRssBytes) };
}

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const mbOf = (b) => `${f1(b / MB)} MB`;

const load0 = loadavg()[0];
const small = await makeInput(join(tmp, 'bench-20.jsonl'), 20);
console.log(
  `citat bench: ${corpus.replace(`${root}/`, '')} repeated to ${mbOf(small.bytes)} of JSONL (${mbOf(small.textBytes)} of text, ${small.docs} documents); ${cores} cores; node ${process.version}`,
);
console.log('');

const fl = await floor(small);
const one = await batch(small, 1);
const all = await batch(small, cores);

const row = (name, r, extra = '') =>
  `${name.padEnd(20)} ${f2(small.bytes / MB / r.seconds).padStart(7)} MB/s ${f2(small.textBytes / MB / r.seconds).padStart(7)} MB/s ${String(Math.round(small.docs / r.seconds)).padStart(7)} docs/s ` +
  `${f1(r.stats.cpuSeconds).padStart(6)} s ${f2(small.textBytes / MB / r.stats.cpuSeconds).padStart(7)} MB/s ${mbOf(r.peak).padStart(9)}${extra}`;
console.log(
  `${''.padEnd(20)} ${'JSONL'.padStart(12)} ${'text'.padStart(12)} ${''.padStart(14)} ${'CPU'.padStart(8)} ${'text/CPU-s'.padStart(12)} ${'peak RSS'.padStart(9)}`,
);
console.log(row('floor (parse+write)', fl));
console.log(row('batch, 1 worker', one, `   pipeline/floor ${f1(one.seconds / fl.seconds)}× (CPU ${f1(one.stats.cpuSeconds / fl.stats.cpuSeconds)}×)`));
console.log(
  row(
    `batch, ${cores} workers`,
    all,
    `   pipeline/floor ${f1(all.seconds / fl.seconds)}×   ${f2(one.seconds / all.seconds)}× one worker, ${f2(all.stats.cpuSeconds / all.seconds)} cores busy`,
  ),
);
console.log('(MB/s and docs/s: wall-clock of the child process, start-up included; text/CPU-s: text per second of CPU time of the whole');
console.log(` process, all threads — the per-core speed whatever else loads the machine; load average at the start ${load0.toFixed(1)})`);
const byThread = (r) => {
  const t = r.stats.cpuByThread;
  return t ? `workers ${f1(t.workers)} s, main thread ${f1(t.main)} s, other threads ${f1(t.other)} s` : 'not known on this system';
};
console.log(`CPU by thread, 1 worker: ${byThread(one)}; ${cores} workers: ${byThread(all)}`);
console.log(" (other threads: V8's helpers. With fewer workers than cores they compile each worker's hot code, a warm-up every worker");
console.log('  pays; with a worker on every core the workers compile on their own threads (src/cli/commands/batch.ts), and what is left is GC)');
const starved = (r) => `${f1((100 * r.stats.workerStarvedMs) / (r.stats.concurrency * r.stats.seconds * 1000))} %`;
console.log(`workers left without a document by the main thread: ${starved(one)} of their time with 1 worker, ${starved(all)} with ${cores}`);
console.log('');

const timings = one.stats.timings;
const total = Object.values(timings).reduce((a, b) => a + b, 0);
console.log(`where the time goes (1 worker, ${f1(total / 1000)} s in stages):`);
for (const [stage, ms] of Object.entries(timings).sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${stage.padEnd(12)} ${f1((100 * ms) / total).padStart(5)} %  ${f2(ms / 1000).padStart(7)} s  ${f2(small.textBytes / MB / (ms / 1000)).padStart(8)} MB/s of text alone`,
  );
}
console.log('');

rmSync(small.path, { force: true });
const mid = await makeInput(join(tmp, 'bench-60.jsonl'), 60);
const midOne = await batch(mid, 1);
rmSync(mid.path, { force: true });
const big = await makeInput(join(tmp, `bench-${bigMb}.jsonl`), bigMb);
const large = await batch(big, cores);
rmSync(big.path, { force: true });
const growth = large.peak / all.peak - 1;
console.log(
  `memory, ${cores} workers: peak RSS ${mbOf(all.peak)} on ${mbOf(small.bytes)}, ${mbOf(large.peak)} on ${mbOf(big.bytes)} (${growth >= 0 ? '+' : ''}${f1(100 * growth)} %); ` +
    `${f2(big.bytes / MB / large.seconds)} MB/s of JSONL, ${f2(big.textBytes / MB / large.seconds)} MB/s of text on the large input`,
);
console.log('');

// Steady state: the extra text of the larger input over the extra time it took.
const steadyOne = (mid.textBytes - small.textBytes) / MB / (midOne.seconds - one.seconds);
const steadyAll = (big.textBytes - small.textBytes) / MB / (large.seconds - all.seconds);
console.log(`steady state (start-up and each worker's warm-up left out: the extra text of a larger input over the extra time):`);
console.log(
  `  1 worker  ${f2(steadyOne).padStart(6)} MB/s of text (${mbOf(small.textBytes)} in ${f2(one.seconds)} s, ${mbOf(mid.textBytes)} in ${f2(midOne.seconds)} s)`,
);
console.log(
  `  ${cores} workers ${f2(steadyAll).padStart(6)} MB/s of text (${mbOf(small.textBytes)} in ${f2(all.seconds)} s, ${mbOf(big.textBytes)} in ${f2(large.seconds)} s); ${f2(steadyAll / steadyOne)}x one worker`,
);
console.log('');

const perCore = small.textBytes / MB / one.seconds;
const perCpu = small.textBytes / MB / one.stats.cpuSeconds;
const speedup = one.seconds / all.seconds;
const maxPeak = Math.max(one.peak, all.peak, large.peak);
const check = (ok) => (ok ? 'met' : 'NOT met');
console.log('targets:');
console.log(
  `  >= 5 MB/s of text per core ........ ${f2(perCore)} MB/s wall, 1 worker; ${f2(perCpu)} MB per CPU-second   ${check(perCore >= 5)} / ${check(perCpu >= 5)}`,
);
console.log(`  all cores >= 1.7x one core ........ ${f2(speedup)}x (${f2(all.stats.cpuSeconds / all.seconds)} cores busy)       ${check(speedup >= 1.7)}`);
console.log(`  peak RSS < 300 MB ................. ${mbOf(maxPeak)}                       ${check(maxPeak < 300 * MB)}`);
console.log(`  20 MB vs ${bigMb} MB peak within 20 % .. ${f1(100 * growth)} %                        ${check(Math.abs(growth) <= 0.2)}`);

if (largeDocs) {
  const input = await makeLargeDocInput(join(tmp, 'bench-large.jsonl'));
  const r = await batch(input, cores);
  rmSync(input.path, { force: true });
  console.log('');
  console.log(
    `large documents: ${input.docs} documents, ${input.large} of them of ${mbOf(input.largeBytes)} (${mbOf(input.bytes)} of JSONL), ${cores} workers: ` +
      `peak RSS ${mbOf(r.peak)}, ${f2(input.textBytes / MB / r.seconds)} MB/s of text`,
  );
}

/** The corpus's articles with a large document (articles joined to 3 MB) after every 300. */
async function makeLargeDocInput(path) {
  const records = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  let largeText = '';
  for (let i = 0; Buffer.byteLength(largeText) < 3 * MB; i++) largeText += `${records[i % records.length].text}\n\n`;
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let textBytes = 0;
  let docs = 0;
  let k = 0;
  const write = async (record) => {
    const line = `${JSON.stringify(record)}\n`;
    bytes += Buffer.byteLength(line);
    textBytes += Buffer.byteLength(record.text);
    docs++;
    if (!out.write(line)) await once(out, 'drain');
  };
  for (let round = 0; round < 12; round++) {
    for (let i = 0; i < 300; i++, k++) await write({ ...records[k % records.length], id: `${records[k % records.length].id}~${k}` });
    await write({ id: `large-${round}`, text: largeText });
  }
  out.end();
  await once(out, 'finish');
  return { path, bytes, textBytes, docs, large: 12, largeBytes: Buffer.byteLength(largeText) };
}
