/**
 * `citat batch`, the runner: reads documents from the inputs, hands them to a pool of worker
 * threads (p-limit bounds how many are in flight), writes one line per document in input order,
 * and keeps count. A document that fails becomes an error line and the run goes on; only a run
 * that cannot proceed at all (missing input, unwritable output, workers that cannot start) ends
 * with an error.
 *
 * Memory is bounded by a window of documents between reading and writing, and writing waits for
 * the output to drain, so a slow disk or pipe slows reading instead of filling memory.
 * @module
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import pLimit from 'p-limit';
import { CitatError, ErrorCode } from '../errors.js';
import type { StageTimings } from '../pipeline/run.js';
import type { IndexEntry } from '../view/index.js';
import { Channel, Window } from './flow.js';
import { pageName, writeIndex } from './html.js';
import { IdRegistry } from './ids.js';
import { WorkerPool } from './pool.js';
import { ProgressDisplay, RunStats, summaryLine } from './progress.js';
import { errorOutput, threadCpuMs, type Task, type TaskResult } from './protocol.js';
import { readResumeState, type ResumeState } from './resume.js';
import { readTableResumeState } from './resume-table.js';
import { isTable, tableHeader, type OutputFormat } from '../output/table.js';
import { planInputs, readDocuments, type SourceItem } from './sources.js';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** `.txt` files, folders, `.jsonl` files, `-` for JSONL on standard input. */
  inputs: readonly string[];
  /** Output file; standard output when absent. */
  out?: string;
  /** JSON lines (the default), or a table of quotes (src/output/table.ts). */
  format?: OutputFormat;
  /** Worker threads (default: one per core). */
  concurrency?: number;
  /** Skip ids already in `out` and append the rest. */
  resume?: boolean;
  /** Run the Danish rules on text that is not Danish. */
  force?: boolean;
  /** No progress line, no summary. */
  quiet?: boolean;
  /** Show the progress line even when standard error is not a terminal (default: only on one). */
  progress?: boolean;
  /** Size limit of one document in bytes. */
  maxBytes: number;
  /** Keep only quotes of at least this confidence (default 0: all). */
  minConfidence?: number;
  /** Folder for one HTML page per document and an index.html. */
  html?: string;
  /** File to write the run's figures to as JSON (counts, seconds, peak memory, time per stage). */
  stats?: string;
  /** The command that resumes this run, shown when it is interrupted. */
  resumeCommand?: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** The figures written by `--stats`. */
export interface BatchStats {
  documents: number;
  ok: number;
  skipped: number;
  failed: number;
  quotes: number;
  speakers: number;
  /** Input bytes of the documents written in this run. */
  bytes: number;
  seconds: number;
  concurrency: number;
  /** Peak resident memory of the process, worker threads included, in bytes. */
  maxRssBytes: number;
  /** CPU time of the process (user + system, every thread), in seconds. */
  cpuSeconds: number;
  /**
   * That CPU time by thread (Linux; null elsewhere): the worker threads, the main thread (reading,
   * writing, dispatch), and the rest: V8's helper threads (JIT compilation, concurrent GC) and
   * libuv's. Workers that crashed are counted in the rest.
   */
  cpuByThread: { workers: number; main: number; other: number } | null;
  /** Time per stage in ms, summed over workers. */
  timings: StageTimings;
  /** Time the workers spent on documents, in ms (summed over workers). */
  workerBusyMs: number;
  /** Time workers had no document although more came later, in ms (summed; near 0: the main thread keeps them fed). */
  workerStarvedMs: number;
  workerCrashes: number;
  renamedIds: number;
  resumed: number;
  interrupted: string | null;
}

/**
 * Tasks handed to one worker at a time, at most: the pool queues about 100 ms of work at each
 * worker (see pool.ts), capped here; results come back in groups of up to 16, so a worker must
 * hold more than one group not to wait for the next. (64, and a window of 4x, cost ~20 MB more
 * peak memory on 60 MB of news with 2 workers, for no speed.)
 */
const PER_WORKER = 32;
/** Input bytes at most between reading and writing (one larger document is still let through). */
const WINDOW_BYTES = 32 * 1024 * 1024;

/**
 * Runs a batch.
 * @returns the exit code: 0 all documents succeeded, 2 some failed, 130/143 interrupted by SIGINT/SIGTERM
 * @throws {CitatError} when the run cannot proceed (the command exits 1)
 */
export async function runBatch(options: BatchOptions): Promise<number> {
  const concurrency = options.concurrency ?? availableParallelism();
  const { out, resume = false, quiet = false, stderr, format = 'json' } = options;
  if (resume && out === undefined) throw new CitatError(ErrorCode.BAD_OPTION, '--resume needs the output file of the earlier run (-o OUT.jsonl)');
  const plan = await planInputs(options.inputs);
  if (out !== undefined && plan.inputs.some((i) => i.kind !== 'stdin' && resolve(i.path) === resolve(out))) {
    throw new CitatError(ErrorCode.BAD_OPTION, `${out}: the output file is also an input; write the output somewhere else`);
  }

  const state: ResumeState = resume && out !== undefined ? await (isTable(format) ? readTableResumeState(out, format, options.html !== undefined) : readResumeState(out, options.html !== undefined)) : { done: new Set(), truncatedBytes: 0, entries: [] };
  const sink = out === undefined ? options.stdout : await openOutput(out, resume);
  // A table has one header, at its start: a resumed table already has it.
  if (isTable(format) && !state.hasHeader) sink.write(tableHeader(format));
  if (options.html !== undefined) await mkdir(options.html, { recursive: true });

  const pool = await WorkerPool.start({
    size: concurrency,
    perWorker: PER_WORKER,
    config: { format, force: options.force ?? false, maxBytes: options.maxBytes, minConfidence: options.minConfidence ?? 0, html: options.html !== undefined, fault: process.env.CITAT_TEST_FAULT },
  });

  const stats = new RunStats();
  const showProgress = !quiet && (options.progress ?? stderr.isTTY === true);
  const display = new ProgressDisplay(stderr, stats, plan.totalBytes);
  if (showProgress) display.start();
  if (state.truncatedBytes > 0 && !quiet) stderr.write(`citat batch: ${out}: cut off a torn last line (${state.truncatedBytes} bytes) left by the interrupted run\n`);

  // Stop on SIGINT/SIGTERM: take no new documents, finish those in flight, write them, say how to resume.
  let stopSignal: NodeJS.Signals | null = null;
  const readsStdin = plan.inputs.some((i) => i.kind === 'stdin');
  // Unblocks a reader waiting on standard input (files answer soon anyway). Deliberately not a
  // Promise.race against a long-lived "stopped" promise: every race leaves a reaction on it that
  // keeps the raced value (a document's text) alive, so memory would grow with the input.
  const stopNow = () => {
    if (readsStdin) options.stdin.destroy();
  };
  const window = new Window(concurrency * PER_WORKER * 2, WINDOW_BYTES);
  // On a stop, documents not yet handed to a worker are abandoned (their promises reject); the
  // ones handed over are finished. Both run in input order, so the output stays a prefix.
  const limit = pLimit({ concurrency: concurrency * PER_WORKER, rejectOnClear: true });
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(signal === 'SIGINT' ? 130 : 143); // a second signal: quit at once
    stopSignal = signal;
    window.close();
    stopNow();
    limit.clearQueue();
    pool.abandonQueued();
    if (showProgress) display.stop();
    stderr.write(`citat batch: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; finishing the documents in flight (send it again to quit at once)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const ids = new IdRegistry();
  let abandoned = 0;
  const queue = new Channel<{ result: Promise<TaskResult>; size: number }>();
  const entries: IndexEntry[] = state.entries;
  let htmlWarned = false;
  let fatal: unknown;

  // Lines are gathered and written in blocks (every 256 kB or 50 ms): one write per line cost
  // the main thread more than everything else it does. A block goes out as one vectored write of
  // its lines (cork/uncork), not copied into one buffer first: those copies, of a different size
  // each, fragmented the main thread's C heap (see READ_CHUNK in sources.ts). A stream that cannot
  // write vectors (standard output redirected to a file is written synchronously, line by line
  // after uncork) gets the copy instead.
  const vectored = typeof (sink as Writable & { _writev?: unknown })._writev === 'function';
  let block: Uint8Array[] = [];
  let blockBytes = 0;
  let blockTimer: NodeJS.Timeout | undefined;
  const writeBlock = () => {
    clearTimeout(blockTimer);
    blockTimer = undefined;
    if (blockBytes === 0) return;
    if (vectored) {
      sink.cork();
      for (const bytes of block) sink.write(bytes);
      sink.uncork();
    } else sink.write(block.length === 1 ? block[0]! : Buffer.concat(block, blockBytes));
    block = [];
    blockBytes = 0;
  };

  const writer = (async () => {
    for await (const { result, size } of queue) {
      let r: TaskResult;
      try {
        r = await result;
      } catch (error) {
        if (!stopSignal) throw error;
        // Abandoned by the stop: this and every later document are left for --resume.
        abandoned++;
        window.release(size);
        continue;
      }
      if (abandoned > 0) continue; // never write past a gap

      const bytes = typeof r.line === 'string' ? Buffer.from(r.line + '\n') : r.line;
      block.push(bytes);
      blockBytes += bytes.length;
      if (blockBytes >= 256 * 1024) writeBlock();
      else blockTimer ??= setTimeout(writeBlock, 50);
      stats.add(r.outcome, r.quotes, r.speakers, size);
      if (options.html !== undefined) {
        entries.push({ id: r.id, href: r.outcome === 'failed' ? null : pageName(r.id), quotes: r.quotes, speakers: r.speakers, language: r.language, ...(r.error ? { error: r.error } : {}) });
        if (r.htmlError && !htmlWarned) {
          htmlWarned = true;
          if (showProgress) display.stop();
          stderr.write(`citat batch: could not write a page: ${r.htmlError}\n`);
          if (showProgress) display.start();
        }
      }
      window.release(size);
      // A slow disk or pipe slows the run down instead of filling memory.
      if (sink.writableNeedDrain) await once(sink, 'drain');
    }
    writeBlock();
  })().catch((error: unknown) => {
    fatal ??= error;
    window.close();
    stopNow();
    // Keep draining so nothing waits on a dead writer.
    void (async () => {
      for await (const _ of queue) void _;
    })();
  });

  const source = readDocuments(plan.inputs, options.maxBytes, options.stdin)[Symbol.asyncIterator]();
  let seq = 0;
  try {
    for (;;) {
      const next = await source.next();
      if (next.done || stopSignal || fatal) break;
      const item: SourceItem = next.value;
      const id = ids.claim(item.id);
      if (state.done.has(id)) {
        stats.resumed++;
        stats.resumedBytes += item.size;
        continue;
      }
      if (!(await window.acquire(item.size))) break;
      const s = seq++;
      let result: Promise<TaskResult>;
      if (item.kind === 'error') {
        const error = { code: item.code, message: item.message };
        result = Promise.resolve({ type: 'result', seq: s, id, line: errorOutput(format, id, item.code, item.message, item.meta), outcome: 'failed', quotes: 0, speakers: 0, language: '', error });
      } else {
        const task: Task = { type: 'task', seq: s, id, size: item.size };
        if (item.text !== undefined) task.text = item.text;
        if (item.bytes !== undefined) task.bytes = item.bytes;
        if (item.label !== undefined) task.label = item.label;
        if (item.meta !== undefined) task.meta = item.meta;
        if (options.html !== undefined) task.html = join(options.html, pageName(id));
        result = limit(() => pool.run(task));
        result.catch(() => undefined); // the writer handles it, in its turn
      }
      queue.push({ result, size: item.size });
    }
  } catch (error) {
    // A read cut short by the stop (standard input destroyed) is not a failure.
    if (!stopSignal) fatal ??= error;
  } finally {
    queue.close();
  }
  await writer;
  const poolTimes = await pool.close();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (showProgress) display.stop();
  if (sink !== options.stdout) {
    (sink as Writable).end();
    await once(sink, 'finish');
  } else if (sink.writableNeedDrain) {
    await once(sink, 'drain');
  }
  if (fatal) throw fatal;
  if (options.html !== undefined) await writeIndex(options.html, entries);

  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const mainMs = threadCpuMs();
  const figures: BatchStats = {
    documents: stats.documents,
    ok: stats.ok,
    skipped: stats.skipped,
    failed: stats.failed,
    quotes: stats.quotes,
    speakers: stats.speakers,
    bytes: stats.bytes,
    seconds: stats.seconds(),
    concurrency,
    maxRssBytes: usage.maxRSS * 1024,
    cpuSeconds,
    cpuByThread:
      mainMs === undefined || poolTimes.cpuMs === undefined
        ? null
        : { workers: poolTimes.cpuMs / 1000, main: mainMs / 1000, other: Math.max(0, cpuSeconds - (poolTimes.cpuMs + mainMs) / 1000) },
    timings: poolTimes.stages,
    workerBusyMs: poolTimes.busyMs,
    workerStarvedMs: poolTimes.starvedMs,
    workerCrashes: pool.crashes,
    renamedIds: ids.renamed,
    resumed: stats.resumed,
    interrupted: stopSignal,
  };
  if (options.stats !== undefined) await writeFile(options.stats, JSON.stringify(figures, null, 2) + '\n');
  if (!quiet) {
    const renamed = ids.renamed > 0 ? `; ${ids.renamed} duplicate id${ids.renamed === 1 ? '' : 's'} renamed (id#2, id#3, …)` : '';
    stderr.write(summaryLine(stats) + renamed + '\n');
  }
  if (stopSignal) {
    const how =
      out === undefined
        ? 'the output went to standard output, so this run cannot be resumed; write to a file with -o OUT.jsonl to be able to resume'
        : `${out} holds every document finished so far; resume with:\n  ${options.resumeCommand ?? `citat batch … -o ${out} --resume`}`;
    stderr.write(`citat batch: stopped early; ${how}\n`);
    return stopSignal === 'SIGINT' ? 130 : 143;
  }
  return stats.failed > 0 ? 2 : 0;
}

/** Opens the output file (appending when resuming), failing early when it cannot be written. */
async function openOutput(path: string, append: boolean): Promise<Writable> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w', highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${path}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return stream;
}
