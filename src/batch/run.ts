/**
 * `citat batch`, the runner: reads documents from the inputs (reader.ts), hands them to a pool of
 * worker threads (pool.ts; p-limit bounds how many are in flight), writes one line per document in
 * input order (writer.ts), and keeps count (stats.ts, progress.ts). A document that fails becomes
 * an error line and the run goes on; only a run that cannot proceed at all (missing input,
 * unwritable output, workers that cannot start) ends with an error. SIGINT and SIGTERM stop it
 * cleanly (signals.ts).
 *
 * Memory is bounded by a window of documents between reading and writing, and writing waits for
 * the output to drain, so a slow disk or pipe slows reading instead of filling memory. A document
 * over the time limit becomes an error line (pool.ts); while a slow one holds up the output, the
 * other workers go on until {@link WINDOW_BYTES} of input waits behind it (flow.ts).
 * @module
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import pLimit from 'p-limit';
import { CitatError, describeSystemError, ErrorCode } from '../errors.js';
import { Window } from './flow.js';
import { PageIndex } from './html.js';
import { IdRegistry } from './ids.js';
import { WorkerPool } from './pool.js';
import { ProgressDisplay, summaryLine } from './progress.js';
import type { TaskResult } from './protocol.js';
import { readJobs } from './reader.js';
import { readResumeState, type ResumeState } from './resume.js';
import { readTableResumeState } from './resume-table.js';
import { isTable, tableHeader, type OutputFormat } from '../output/table.js';
import { signalExitCode, StopSignals, stoppedMessage } from './signals.js';
import { planInputs, readDocuments, type InputPlan } from './sources.js';
import { batchFigures, RunStats, writeStats } from './stats.js';
import { closeOutput, openOutput, OrderedWriter } from './writer.js';

export type { BatchStats } from './stats.js';

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
  /** Time limit of one document in ms (absent: none); a document over it becomes a TIMEOUT error line. */
  timeoutMs?: number;
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

/**
 * Tasks handed to one worker at a time, at most: the pool queues about 100 ms of work at each
 * worker (see pool.ts), capped here; results come back in groups of up to 16, so a worker must
 * hold more than one group not to wait for the next. (64, and a window of 4x, cost ~20 MB more
 * peak memory on 60 MB of news with 2 workers, for no speed.)
 */
const PER_WORKER = 32;
/**
 * Input bytes at most between reading and writing (one larger document is still let through).
 * Output is written in input order, so this is also how much finished work may wait behind one
 * slow document before the other workers have to wait for it too: on news, some 10 s of one core's
 * work, and about 55 MB of output lines held in memory.
 */
const WINDOW_BYTES = 32 * 1024 * 1024;

/** What a run starts from: its inputs, what an earlier run left, and where the lines go. */
interface RunStart {
  plan: InputPlan;
  state: ResumeState;
  sink: Writable;
}

/**
 * Checks the options, lists the inputs, reads what an earlier run left (--resume) and opens the
 * output, before any worker starts.
 * @throws {CitatError} BAD_OPTION, FILE_NOT_FOUND
 */
async function startRun(options: BatchOptions): Promise<RunStart> {
  const { out, resume = false, html, format = 'json' } = options;
  if (resume && out === undefined) throw new CitatError(ErrorCode.BAD_OPTION, '--resume needs the output file of the earlier run (-o OUT.jsonl)');
  const plan = await planInputs(options.inputs);
  if (out !== undefined && plan.inputs.some((i) => i.kind !== 'stdin' && resolve(i.path) === resolve(out))) {
    throw new CitatError(ErrorCode.BAD_OPTION, `${out}: the output file is also an input; write the output somewhere else`);
  }
  const state: ResumeState =
    resume && out !== undefined
      ? await (isTable(format) ? readTableResumeState(out, format, html !== undefined) : readResumeState(out, html !== undefined))
      : { done: new Set(), truncatedBytes: 0, entries: [] };
  const sink = out === undefined ? options.stdout : await openOutput(out, resume);
  // A table has one header, at its start: a resumed table already has it.
  if (isTable(format) && !state.hasHeader) sink.write(tableHeader(format));
  if (html !== undefined) await mkdir(html, { recursive: true });
  return { plan, state, sink };
}

/**
 * Runs a batch.
 * @returns the exit code: 0 all documents succeeded, 2 some failed, 130/143 interrupted by SIGINT/SIGTERM
 * @throws {CitatError} when the run cannot proceed (the command exits 1)
 */
export async function runBatch(options: BatchOptions): Promise<number> {
  const concurrency = options.concurrency ?? availableParallelism();
  const { quiet = false, stderr, html, format = 'json' } = options;
  const { plan, state, sink } = await startRun(options);
  const pool = await WorkerPool.start({
    size: concurrency,
    perWorker: PER_WORKER,
    config: {
      format,
      force: options.force ?? false,
      maxBytes: options.maxBytes,
      minConfidence: options.minConfidence ?? 0,
      html: html !== undefined,
      fault: process.env.CITAT_TEST_FAULT,
    },
    timeoutMs: options.timeoutMs,
  });

  const stats = new RunStats();
  const display = new ProgressDisplay(stderr, stats, plan.totalBytes);
  if (!quiet && (options.progress ?? stderr.isTTY === true)) display.start();
  if (state.truncatedBytes > 0 && !quiet)
    display.say(`citat batch: ${options.out}: cut off a torn last line (${state.truncatedBytes} bytes) left by the interrupted run\n`);

  // Unblocks a reader waiting on standard input (files answer soon anyway). Deliberately not a
  // Promise.race against a long-lived "stopped" promise: every race leaves a reaction on it that
  // keeps the raced value (a document's text) alive, so memory would grow with the input.
  const stopReading = () => {
    if (plan.inputs.some((i) => i.kind === 'stdin')) options.stdin.destroy();
  };
  const window = new Window(concurrency * PER_WORKER * 2, WINDOW_BYTES);
  // On a stop, documents not yet handed to a worker are abandoned (their promises reject); the
  // ones handed over are finished. The writer writes nothing past the first abandoned one, so the
  // output stays a prefix.
  const limit = pLimit({ concurrency: concurrency * PER_WORKER, rejectOnClear: true });
  // Stop on SIGINT/SIGTERM: take no new documents, finish those in flight, write them, say how to resume.
  const signals = new StopSignals(
    (signal) => {
      window.close();
      stopReading();
      limit.clearQueue();
      pool.abandonQueued();
      display.stop();
      stderr.write(`citat batch: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; finishing the documents in flight (send it again to quit at once)\n`);
    },
    () => stderr.write(stoppedMessage(options.out, options.resumeCommand, true)),
  );
  let fatal: unknown;
  const fail = (error: unknown) => {
    fatal ??= error;
    window.close();
    stopReading();
  };

  const pages = html === undefined ? undefined : new PageIndex(html, state.entries, (line) => display.say(line));
  const writer = new OrderedWriter(
    sink,
    (r: TaskResult, size: number) => {
      stats.add(r.outcome, r.quotes, r.speakers, size);
      pages?.add(r);
      window.release(size);
    },
    (error) => {
      // A full disk, a broken output: stop the work and say how to finish the run later.
      fail(writeFailed(options, error));
      limit.clearQueue();
      pool.abandonQueued();
    },
  );
  const ids = new IdRegistry();
  const jobs = readJobs(readDocuments(plan.inputs, options.maxBytes, options.stdin), {
    ids,
    done: state.done,
    format,
    htmlDir: html,
    onPassOver: (bytes) => stats.passOver(bytes),
  });
  let count = 0;
  try {
    for await (const job of jobs) {
      if (signals.signal || fatal || !(await window.acquire(job.size))) break;
      count++;
      const { seq, size, task } = job;
      if (task === undefined) {
        window.finished();
        writer.put(seq, job.result, size);
        continue;
      }
      limit(() => pool.run(task)).then(
        (r) => {
          window.finished();
          writer.put(seq, r, size);
        },
        (error: unknown) => {
          // Abandoned by the stop: this and every later document are left for --resume.
          if (!signals.signal) fail(error);
          window.finished();
          writer.skip(seq);
        },
      );
    }
  } catch (error) {
    // A read cut short by the stop (standard input destroyed) is not a failure.
    if (!signals.signal) fatal ??= error;
  }
  await writer.finish(count);
  const poolTimes = await pool.close();
  signals.dispose();
  display.stop();
  try {
    await closeOutput(sink, sink !== options.stdout);
  } catch (error) {
    // The last lines failed as the file was closed (a disk that filled up at the end).
    fatal ??= writeFailed(options, error as Error);
  }
  if (fatal) throw fatal;
  await pages?.write();

  const figures = batchFigures(stats, {
    concurrency,
    pool: poolTimes,
    workerCrashes: pool.crashes,
    workerTimeouts: pool.timeouts,
    renamedIds: ids.renamed,
    interrupted: signals.signal,
  });
  if (options.stats !== undefined) await writeStats(options.stats, figures);
  return report(options, stats, ids.renamed, signals.signal);
}

/**
 * The error of an output that could not be written: one line, saying that the file keeps what was
 * written and how to finish the run.
 */
function writeFailed(options: BatchOptions, error: Error): CitatError {
  const { out, resumeCommand } = options;
  const why = describeSystemError(error);
  if (out === undefined) return new CitatError(ErrorCode.WRITE_FAILED, `cannot write to standard output (${why})`, { cause: error });
  return new CitatError(
    ErrorCode.WRITE_FAILED,
    `${out}: cannot write the output (${why}); the lines written so far are kept and --resume cuts off a torn last one: make room, then finish the run with: ${resumeCommand ?? `citat batch … -o ${out} --resume`}`,
    { cause: error },
  );
}

/**
 * Prints the summary (unless --quiet) and, for a stopped run, how to resume it.
 * @returns the exit code
 */
function report(options: BatchOptions, stats: RunStats, renamedIds: number, stopSignal: NodeJS.Signals | null): number {
  const { stderr } = options;
  if (!options.quiet) {
    const renamed = renamedIds > 0 ? `; ${renamedIds} duplicate id${renamedIds === 1 ? '' : 's'} renamed (id#2, id#3, …)` : '';
    stderr.write(`${summaryLine(stats) + renamed}\n`);
  }
  if (stopSignal) {
    stderr.write(stoppedMessage(options.out, options.resumeCommand));
    return signalExitCode(stopSignal);
  }
  return stats.failed > 0 ? 2 : 0;
}
