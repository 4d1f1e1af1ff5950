/**
 * A pool of worker threads that each run the pipeline. A task goes to the least busy worker,
 * which holds enough tasks for about {@link QUEUE_MS} of work (from 4 to `perWorker`, sized by
 * its time per document so far), so there is always a next document waiting when one finishes
 * and a stop (SIGINT) is not kept waiting long. Tasks go out and results come back in groups:
 * one message per document cost both threads a wake-up each, most of the main thread's time.
 * A worker that dies is replaced: the task it was working on (which it notes in a shared slot)
 * is reported as WORKER_CRASHED, the others it held are handed on, in order. A worker still on
 * one document after the time limit (`timeoutMs`) is stopped and replaced the same way, and that
 * document reported as TIMEOUT: a busy thread cannot be asked to give up, only terminated.
 * @module
 */
import { Worker } from 'node:worker_threads';
import { CitatError, ErrorCode } from '../errors.js';
import type { StageTimings } from '../pipeline/run.js';
import {
  CURRENT_BYTES,
  CURRENT_SEQ,
  CURRENT_SINCE,
  failedResult,
  type MainMessage,
  type Task,
  type TaskResult,
  type TimingsMessage,
  type WorkerConfig,
  type WorkerData,
  type WorkerMessage,
} from './protocol.js';

/**
 * Young-generation size of each worker's heap, in MB. V8 lets a busy thread's young generation
 * grow to 48 MB (two 16 MB semi-spaces and their overflow); the pipeline's garbage dies within a
 * document, so a third of that collects it as well: measured on 60 MB of news with 2 workers,
 * about 20 MB less peak memory a worker at the same speed (run-to-run noise is ±10 MB).
 */
const YOUNG_GENERATION_MB = 16;

/** Options of {@link WorkerPool.start}. */
export interface PoolOptions {
  /** Number of worker threads. */
  size: number;
  /** Tasks handed to one worker at a time, at most. */
  perWorker: number;
  /** What each worker is started with. */
  config: WorkerConfig;
  /** Time limit of one document in ms (undefined: none). */
  timeoutMs?: number | undefined;
}

/** Work queued at a worker, in ms of its time per document so far. */
export const QUEUE_MS = 100;
/** Tasks queued at a worker at least (and before its first results). */
const MIN_PER_WORKER = 4;
const START_PER_WORKER = 8;

interface Slot {
  worker: Worker;
  inflight: Task[];
  /** The seq of the document the worker is on (-1 between documents) and since when (shared with it). */
  current: Float64Array;
  /** Set when the pool stopped the worker for running over the time limit: that document's seq. */
  timedOut: number | undefined;
  /** Documents done and the time they took (to size its queue). */
  done: number;
  doneMs: number;
  ready: boolean;
  closing: boolean;
  lastError: Error | undefined;
  /** When the worker ran out of documents (undefined while it has some). */
  emptySince: number | undefined;
  onTimings: ((t: TimingsMessage) => void) | undefined;
}

interface Pending {
  task: Task;
  resolve: (r: TaskResult) => void;
  reject: (e: unknown) => void;
}

/**
 * The worker to start: the built `worker.js` beside this module; or, when citat runs from its
 * TypeScript sources under tsx (`npx tsx src/cli/main.ts batch …`), a small bootstrap that
 * registers tsx in the new thread (threads do not inherit the loader) and imports `worker.ts`.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./worker.js', import.meta.url), eval: false };
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api')); // from here, not from the cwd
  return { entry: `import(${tsx}).then((tsx) => { tsx.register(); return import(${source}); });`, eval: true };
}

/** What the workers report when the pool closes. */
export interface PoolTimings {
  /** Time per stage in ms, summed over the workers. */
  stages: StageTimings;
  /** Time the workers spent on documents, in ms. */
  busyMs: number;
  /** CPU time of the worker threads, in ms (undefined when a worker could not tell it). */
  cpuMs: number | undefined;
  /**
   * Time workers sat with no document although more came later, in ms, summed over workers:
   * from a worker handing back its last queued document to the next one reaching it. Near zero
   * means the main thread keeps the workers fed.
   */
  starvedMs: number;
}

/** Worker threads running the pipeline. */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly pending = new Map<number, Pending>();
  private fatal: Error | undefined;
  private closed = false;
  /** How many workers crashed and were replaced. */
  crashes = 0;
  /** How many documents ran over the time limit (their workers were stopped and replaced). */
  timeouts = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private starvedMs = 0;
  private dispatchSoon = false;

  private constructor(private readonly options: PoolOptions) {}

  /**
   * Starts the workers and waits until each has built its pipeline.
   * @throws {CitatError} WORKER_CRASHED when a worker cannot start (the run cannot proceed)
   */
  static async start(options: PoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    await Promise.all(Array.from({ length: options.size }, () => pool.spawn()));
    const limit = options.timeoutMs;
    if (limit !== undefined && Number.isFinite(limit)) {
      // Looked at often enough that a document is stopped within a quarter of its limit past it
      // (and at most a second late); the check reads one shared number a worker.
      pool.watchdog = setInterval(() => pool.enforceTimeLimit(limit), Math.min(1000, Math.max(20, limit / 4)));
      pool.watchdog.unref();
    }
    return pool;
  }

  /**
   * Runs one document. Resolves with its result (an error line when the document failed or its
   * worker crashed); rejects only when the pool itself failed.
   */
  run(task: Task): Promise<TaskResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.pending.set(task.seq, { task, resolve, reject });
      this.queue.push(task);
      // Tasks arriving in one turn of the event loop go out together.
      if (!this.dispatchSoon) {
        this.dispatchSoon = true;
        setImmediate(() => {
          this.dispatchSoon = false;
          this.dispatch();
        });
      }
    });
  }

  /**
   * Gives up the tasks not yet handed to a worker (their promises reject); the ones workers hold
   * are still finished. For a stop: the output stays a prefix of the input.
   */
  abandonQueued(): void {
    const error = new Error('abandoned: the run is stopping');
    for (const task of this.queue) {
      const p = this.pending.get(task.seq);
      this.pending.delete(task.seq);
      p?.reject(error);
    }
    this.queue.length = 0;
  }

  /**
   * Collects each worker's time per stage, then stops the workers.
   * @returns time per stage in ms summed over the workers, and the workers' busy and waiting time
   *   (crashed workers' time is lost)
   */
  async close(): Promise<PoolTimings> {
    this.closed = true;
    clearInterval(this.watchdog);
    const total: PoolTimings = { stages: {}, busyMs: 0, cpuMs: 0, starvedMs: this.starvedMs };
    await Promise.all(
      [...this.slots].map(async (slot) => {
        if (slot.ready) {
          const m = await new Promise<TimingsMessage | undefined>((resolve) => {
            slot.onTimings = resolve;
            slot.worker.postMessage({ type: 'timings' });
            setTimeout(() => resolve(undefined), 2000).unref();
          });
          if (m) {
            for (const [name, ms] of Object.entries(m.timings)) total.stages[name] = (total.stages[name] ?? 0) + ms;
            total.busyMs += m.busyMs;
            total.cpuMs = total.cpuMs === undefined || m.cpuMs === undefined ? undefined : total.cpuMs + m.cpuMs;
          }
        }
        slot.closing = true;
        await slot.worker.terminate();
      }),
    );
    this.slots.clear();
    return total;
  }

  private spawn(): Promise<void> {
    const { entry, eval: isEval } = workerEntry();
    const current = new SharedArrayBuffer(CURRENT_BYTES);
    const workerData: WorkerData = { ...this.options.config, current };
    const worker = new Worker(entry, {
      workerData,
      eval: isEval,
      stdout: false,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = {
      worker,
      inflight: [],
      current: new Float64Array(current),
      timedOut: undefined,
      done: 0,
      doneMs: 0,
      ready: false,
      closing: false,
      lastError: undefined,
      emptySince: undefined,
      onTimings: undefined,
    };
    this.slots.add(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          slot.ready = true;
          resolve();
          this.dispatch();
        } else if (message.type === 'results') {
          // A worker answers in the order it was given its tasks.
          for (const result of message.results) {
            const at = slot.inflight[0]?.seq === result.seq ? 0 : slot.inflight.findIndex((t) => t.seq === result.seq);
            if (at !== -1) slot.inflight.splice(at, 1);
            slot.done++;
            slot.doneMs += result.ms ?? 0;
            const p = this.pending.get(result.seq);
            this.pending.delete(result.seq);
            p?.resolve(result);
          }
          if (slot.inflight.length === 0) slot.emptySince = performance.now();
          this.dispatch();
        } else if (message.type === 'timings') {
          slot.onTimings?.(message);
        }
      });
      worker.on('error', (error) => {
        slot.lastError = error;
      });
      worker.on('exit', (code) => {
        if (slot.closing) return;
        this.slots.delete(slot);
        const reason = slot.lastError ? slot.lastError.message.split('\n')[0] : `exit code ${code}`;
        if (!slot.ready) {
          const error = new CitatError(ErrorCode.WORKER_CRASHED, `a worker thread could not start: ${reason}`);
          reject(error);
          this.fail(error);
          return;
        }
        if (slot.timedOut !== undefined)
          this.replace(
            slot,
            slot.timedOut,
            ErrorCode.TIMEOUT,
            (id) =>
              `document "${id}" took longer than the limit of ${seconds(this.options.timeoutMs ?? 0)} (--timeout-per-doc); its worker thread was stopped and replaced, and the run went on`,
          );
        else
          this.replace(
            slot,
            slot.current[CURRENT_SEQ]!,
            ErrorCode.WORKER_CRASHED,
            (id) => `document "${id}": its worker thread crashed (${reason}); the worker was replaced and the run went on`,
          );
      });
    });
  }

  /** Stops every worker that has been on one document for longer than `limit` ms. */
  private enforceTimeLimit(limit: number): void {
    const now = performance.timeOrigin + performance.now();
    for (const slot of this.slots) {
      if (!slot.ready || slot.closing || slot.timedOut !== undefined) continue;
      // seq first, then its start (the worker writes them the other way round)
      const seq = slot.current[CURRENT_SEQ]!;
      if (seq < 0 || now - slot.current[CURRENT_SINCE]! <= limit) continue;
      slot.timedOut = seq;
      this.timeouts++;
      void slot.worker.terminate();
    }
  }

  /**
   * Replaces a worker that is gone: the document it was on gets an error result, the others it
   * held go to the front of the queue.
   * @param on the seq of the document it was on (-1 when it was between documents)
   * @param code error code of that document
   * @param message the error message, given the document's id
   */
  private replace(slot: Slot, on: number, code: ErrorCode, message: (id: string) => string): void {
    if (code === ErrorCode.WORKER_CRASHED) this.crashes++;
    // The document it was on; when it died between documents, the oldest it held (so a worker
    // that keeps dying still gets through the input).
    const at = Math.max(
      0,
      slot.inflight.findIndex((t) => t.seq === on),
    );
    const culprit = slot.inflight[at];
    // The other tasks it held (done but not yet reported, or not begun) go back to the front of
    // the queue, in order.
    this.queue.unshift(...slot.inflight.filter((_, i) => i !== at));
    if (culprit) {
      const p = this.pending.get(culprit.seq);
      this.pending.delete(culprit.seq);
      p?.resolve(failedResult(this.options.config.format, culprit.seq, culprit.id, code, message(culprit.id), culprit.meta));
    }
    if (!this.closed) this.spawn().catch(() => undefined);
  }

  private fail(error: Error): void {
    this.fatal = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }

  /** How many tasks a worker should hold: about {@link QUEUE_MS} of its work. */
  private room(slot: Slot): number {
    const limit = slot.done === 0 ? START_PER_WORKER : Math.ceil(QUEUE_MS / Math.max(slot.doneMs / slot.done, 0.01));
    return Math.min(this.options.perWorker, Math.max(MIN_PER_WORKER, limit)) - slot.inflight.length;
  }

  private dispatch(): void {
    const batches = new Map<Slot, Task[]>();
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      let bestRoom = 0;
      for (const slot of this.slots) {
        if (!slot.ready || slot.closing) continue;
        const room = this.room(slot);
        if (room > bestRoom) {
          best = slot;
          bestRoom = room;
        }
      }
      if (!best) break;
      // One task at a time to the worker with the most room, so a short queue is shared out.
      const task = this.queue.shift()!;
      if (best.emptySince !== undefined) this.starvedMs += performance.now() - best.emptySince;
      best.emptySince = undefined;
      best.inflight.push(task);
      const batch = batches.get(best);
      if (batch) batch.push(task);
      else batches.set(best, [task]);
    }
    // Copied, not transferred: a task of a crashed worker may have to be sent again.
    for (const [slot, tasks] of batches) slot.worker.postMessage({ type: 'tasks', tasks } satisfies MainMessage);
  }
}

/** A time limit for messages: "60 s", "0.5 s". */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
