/**
 * `npm run bench -- --shapes`: whether every stage's time grows linearly with the length of a
 * document, whatever the shape of its text (issue #16). Each shape of scripts/shapes.mjs is run
 * as one document at 1, 2 and 4 MB through the BUILT pipeline (dist/, which `npm run bench`
 * builds first), each shape in a child process of its own (after a warm-up on 64 kB of the same
 * shape, so that JIT compilation is not counted in the 1 MB run) with a time limit.
 *
 *   node scripts/bench-shapes.mjs [--only a,b] [--reps N] [--limit SECONDS]
 *
 * It prints, per shape and stage, the CPU time at each size and the ratio time(4 MB) / time(1 MB)
 * (linear is 4; the target is at most 5), and per shape the MB/s of text at 4 MB (the target is
 * at least 0.5). Times are CPU time of the process (all threads, so the figures hold on a loaded
 * machine), taken around each stage; `output` is the runner's own work after the stages
 * (assembling and validating the document). A stage under 25 ms at 4 MB gets no ratio: at that
 * size its time is noise. With --reps N each size runs N times and the least time counts.
 * Text is run with `force`, so the Danish stages run on every shape.
 * @module
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHAPES } from './shapes.mjs';

const MB = 1024 * 1024;
const SIZES = [1, 2, 4];
const TARGET_RATIO = 5;
const TARGET_SPEED = 0.5;
/** A stage's time at 4 MB below which its ratio is not shown. */
const NOISE_MS = 25;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

/** In the child: runs one shape at each size and prints its timings as JSON on stdout. */
async function child(shape, reps) {
  const { createPipeline, DEFAULT_STAGES } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const spent = {};
  // Each stage timed from outside (whatever the stage's signature, its `run` is wrapped): CPU time
  // in microseconds, all threads.
  const stages = DEFAULT_STAGES.map((stage) =>
    Object.assign(Object.create(stage), {
      run(...args) {
        const c0 = process.cpuUsage();
        try {
          return stage.run(...args);
        } finally {
          const c = process.cpuUsage(c0);
          spent[stage.name] = (spent[stage.name] ?? 0) + c.user + c.system;
        }
      },
    }),
  );
  const pipeline = createPipeline({ stages });
  const runOnce = (text) => {
    for (const k of Object.keys(spent)) delete spent[k];
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const doc = pipeline.run(text, { force: true, maxBytes: 64 * MB });
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    const stagesMs = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, v / 1000]));
    stagesMs.output = Math.max(0, cpu - Object.values(stagesMs).reduce((a, b) => a + b, 0));
    return { cpu, wall: performance.now() - t0, stages: stagesMs, quotes: doc.quotes.length, language: doc.language.code };
  };
  runOnce(SHAPES[shape](64 * 1024));
  const out = [];
  for (const mb of SIZES) {
    const text = SHAPES[shape](mb * MB);
    let best;
    for (let r = 0; r < reps; r++) {
      const m = runOnce(text);
      if (!best || m.cpu < best.cpu) best = m;
    }
    out.push({ mb, bytes: Buffer.byteLength(text), ...best });
    // tell the parent, so that a shape killed at its time limit still shows its smaller sizes
    process.stdout.write(`${JSON.stringify(out[out.length - 1])}\n`);
  }
}

/** In the parent: runs one shape's child; resolves to its rows (fewer than three when it ran out of time). */
async function runShape(shape, reps, limitSeconds) {
  const proc = spawn(process.execPath, [self, '--child', shape, String(reps)], { stdio: ['ignore', 'pipe', 'inherit'], cwd: root });
  let stdout = '';
  proc.stdout.on('data', (d) => (stdout += d));
  const timer = setTimeout(() => proc.kill('SIGKILL'), limitSeconds * 1000);
  const [code, signal] = await once(proc, 'exit');
  clearTimeout(timer);
  const rows = stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { rows, killed: signal === 'SIGKILL', failed: code !== 0 && signal !== 'SIGKILL' };
}

const f0 = (x) => String(Math.round(x));
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);

/** The bench itself: every shape, a table per shape, a summary. */
export async function benchShapes(argv) {
  const args = [...argv];
  const opt = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args.splice(at, 2)[1];
  };
  const only = opt('--only', '');
  const reps = Number(opt('--reps', '1'));
  const limit = Number(opt('--limit', '180'));
  const names = only ? only.split(',') : Object.keys(SHAPES);
  for (const n of names) if (!(n in SHAPES)) throw new Error(`bench --shapes: no shape "${n}" (shapes: ${Object.keys(SHAPES).join(', ')})`);
  console.log(
    `citat bench --shapes: ${names.length} shapes, one document each at ${SIZES.join(', ')} MB; CPU ms per stage; ratio = time(4 MB)/time(1 MB), target ≤ ${TARGET_RATIO}; MB/s of text at 4 MB, target ≥ ${TARGET_SPEED}`,
  );
  console.log(`load average at the start ${loadavg().map(f1).join(' ')}; node ${process.version}; best of ${reps}`);
  const summary = [];
  for (const shape of names) {
    const { rows, killed, failed } = await runShape(shape, reps, limit);
    console.log('');
    const at = (mb) => rows.find((r) => r.mb === mb);
    const first = rows[0];
    console.log(
      `${shape}${first ? `  (${first.quotes} quotes at 1 MB, language ${first.language})` : ''}${killed ? `  — killed after ${limit} s` : ''}${failed ? '  — FAILED' : ''}`,
    );
    if (!first) {
      summary.push({ shape, worst: Infinity, worstStage: '-', speed: 0 });
      continue;
    }
    const stageNames = Object.keys(first.stages);
    console.log(`  ${'stage'.padEnd(10)}${SIZES.map((mb) => `${mb} MB`.padStart(9)).join('')}${'ratio'.padStart(8)}`);
    let worst = 0;
    let worstStage = '-';
    const ratioOf = (get) => {
      const a = at(1);
      const b = at(4);
      if (!a || !b) return { text: '?', value: Infinity };
      if (get(b) < NOISE_MS) return { text: '·', value: 0 };
      const value = get(b) / Math.max(get(a), 1);
      return { text: f1(value), value };
    };
    for (const name of [...stageNames, 'total']) {
      const get = (r) => (name === 'total' ? r.cpu : (r.stages[name] ?? 0));
      const ratio = ratioOf(get);
      if (name !== 'total' && ratio.value > worst) {
        worst = ratio.value;
        worstStage = name;
      }
      console.log(`  ${name.padEnd(10)}${SIZES.map((mb) => (at(mb) ? f0(get(at(mb))) : '-').padStart(9)).join('')}${ratio.text.padStart(8)}`);
    }
    const big = at(4);
    const speed = big ? big.bytes / MB / (big.cpu / 1000) : 0;
    console.log(`  ${big ? `${f2(speed)} MB/s of text at 4 MB (CPU); wall ${f0(big.wall)} ms` : 'no 4 MB run'}`);
    summary.push({ shape, worst: killed || failed ? Infinity : worst, worstStage, speed });
  }
  console.log('');
  console.log(`summary (load average now ${loadavg().map(f1).join(' ')}):`);
  // the anchor: ordinary news (the article repeated) in the same run, so that a slow machine or a
  // loaded one shows as such
  const news = summary.find((s) => s.shape === 'article-repeated')?.speed;
  console.log(`  ${'shape'.padEnd(24)}${'worst ratio'.padStart(12)}  ${'stage'.padEnd(10)}${'MB/s'.padStart(8)}${news ? '  × news'.padStart(9) : ''}`);
  for (const s of summary)
    console.log(
      `  ${s.shape.padEnd(24)}${(Number.isFinite(s.worst) ? f1(s.worst) : '∞').padStart(12)}  ${s.worstStage.padEnd(10)}${f2(s.speed).padStart(8)}${news ? f2(s.speed / news).padStart(9) : ''}`,
    );
  if (news) console.log('  (× news: MB/s against the article-repeated row, ordinary news as one document, in this run)');
  const ratioMet = summary.every((s) => s.worst <= TARGET_RATIO);
  const speedMet = summary.every((s) => s.speed >= TARGET_SPEED);
  console.log(
    `target ratio ≤ ${TARGET_RATIO} for every shape and stage: ${ratioMet ? 'met' : 'NOT met'}; ≥ ${TARGET_SPEED} MB/s for every shape: ${speedMet ? 'met' : 'NOT met'}`,
  );
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4] ?? 1));
} else if (process.argv[1] === self) {
  await benchShapes(process.argv.slice(2));
}
