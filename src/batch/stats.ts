/**
 * The counts of a batch run, kept as documents are written, and the figures `--stats` writes at
 * the end (counts, time, CPU by thread, peak memory, time per stage). Apart from the runner so a
 * run spread over several machines can keep and report the same counts.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import type { StageTimings } from '../pipeline/run.js';
import type { PoolTimings } from './pool.js';
import { threadCpuMs, type Outcome } from './protocol.js';

/** Counts of a run. */
export class RunStats {
  documents = 0;
  ok = 0;
  skipped = 0;
  failed = 0;
  quotes = 0;
  speakers = 0;
  /** Input bytes of the documents written. */
  bytes = 0;
  /** Documents passed over because an earlier run did them (--resume). */
  resumed = 0;
  /** Input bytes of those. */
  resumedBytes = 0;
  readonly started = performance.now();

  /** Counts one written document. */
  add(outcome: Outcome, quotes: number, speakers: number, bytes: number): void {
    this.documents++;
    this[outcome]++;
    this.quotes += quotes;
    this.speakers += speakers;
    this.bytes += bytes;
  }

  /** Counts one document passed over because an earlier run did it. */
  passOver(bytes: number): void {
    this.resumed++;
    this.resumedBytes += bytes;
  }

  /** Seconds since the run started. */
  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }
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
  /** Documents stopped at the time limit (--timeout-per-doc). */
  workerTimeouts: number;
  renamedIds: number;
  resumed: number;
  interrupted: string | null;
}

/** What the runner knows at the end, beside the counts. */
export interface RunEnd {
  concurrency: number;
  /** What the workers reported when the pool closed. */
  pool: PoolTimings;
  workerCrashes: number;
  workerTimeouts: number;
  renamedIds: number;
  /** The signal that stopped the run, or null. */
  interrupted: NodeJS.Signals | null;
}

/** What every run's `--stats` holds, local or queued: its counts, and this process's peak memory and CPU time. */
export type RunCounts = Pick<
  BatchStats,
  'documents' | 'ok' | 'skipped' | 'failed' | 'quotes' | 'speakers' | 'bytes' | 'seconds' | 'maxRssBytes' | 'cpuSeconds'
>;

/**
 * A run's counts with this process's peak memory and CPU time so far.
 * @param stats the run's counts
 */
export function runCounts(stats: RunStats): RunCounts {
  const usage = process.resourceUsage();
  return {
    documents: stats.documents,
    ok: stats.ok,
    skipped: stats.skipped,
    failed: stats.failed,
    quotes: stats.quotes,
    speakers: stats.speakers,
    bytes: stats.bytes,
    seconds: stats.seconds(),
    maxRssBytes: usage.maxRSS * 1024,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  };
}

/**
 * The figures of a finished run, with this process's CPU time and peak memory (call it in the
 * process that ran the workers, once they are closed).
 * @param stats the run's counts
 * @param end what the runner adds
 */
export function batchFigures(stats: RunStats, end: RunEnd): BatchStats {
  // (in the order the figures have always been written: concurrency before memory and CPU)
  const { maxRssBytes, cpuSeconds, ...counts } = runCounts(stats);
  const mainMs = threadCpuMs();
  const { pool } = end;
  return {
    ...counts,
    concurrency: end.concurrency,
    maxRssBytes,
    cpuSeconds,
    cpuByThread:
      mainMs === undefined || pool.cpuMs === undefined
        ? null
        : { workers: pool.cpuMs / 1000, main: mainMs / 1000, other: Math.max(0, cpuSeconds - (pool.cpuMs + mainMs) / 1000) },
    timings: pool.stages,
    workerBusyMs: pool.busyMs,
    workerStarvedMs: pool.starvedMs,
    workerCrashes: end.workerCrashes,
    workerTimeouts: end.workerTimeouts,
    renamedIds: end.renamedIds,
    resumed: stats.resumed,
    interrupted: end.interrupted,
  };
}

/**
 * Writes the figures as indented JSON.
 * @param path the --stats file
 * @param figures from {@link batchFigures}
 */
export async function writeStats(path: string, figures: BatchStats): Promise<void> {
  await writeFile(path, `${JSON.stringify(figures, null, 2)}\n`);
}
