/**
 * `citat worker`: joins a BullMQ queue on Redis and works chunks of documents through the same
 * pool of worker threads as `citat batch`, until stopped. Each chunk's output lines go back to
 * the coordinator through a Redis stream.
 *
 * A worker process that dies (SIGKILL, the out-of-memory killer, a lost machine) stops renewing
 * the locks of its jobs; another worker's stalled-job check hands them out again. Such a retried
 * chunk is worked one document at a time, each start counted in Redis, so a document that kills
 * every process that takes it is found and, after {@link TRACKED_TRIES} more deaths, given up as
 * an error record instead of killing workers forever.
 * @module
 */
import { hostname } from 'node:os';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { ErrorCode } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../input.js';
import { parseFault } from '../batch/fault.js';
import { WorkerPool } from '../batch/pool.js';
import { encodeLine, errorOutput, type Task, type TaskResult } from '../batch/protocol.js';
import { recordFields } from '../batch/sources.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/table.js';
import { checkRedis, openRedis } from './connection.js';
import type { QueueTarget } from './target.js';
import { Gate } from './gate.js';
import {
  BEGIN_DOC_LUA,
  chunkKey,
  decodeChunk,
  encodeFrame,
  PREFIX,
  PUSH_RESULTS_LUA,
  runKeys,
  TRACKED_TRIES,
  type ChunkData,
  type ChunkDoc,
  type ResultHead,
  type RunSettings,
} from './protocol.js';

/** Options of {@link runQueueWorker}. */
export interface WorkerOptions {
  target: QueueTarget;
  /** Worker threads (the pipeline runs in them). */
  threads: number;
  /** Name shown in BullMQ and in messages (default: host and process id). */
  name?: string;
  /** Seconds a dead worker's jobs stay locked before others take them over (default 30). */
  lockSeconds?: number;
  quiet?: boolean;
  stderr: NodeJS.WritableStream;
}

/** Tasks queued at a worker thread, as in a local batch run. */
const PER_WORKER = 32;

/** What a pool of worker threads is started with: the settings of the runs it works for. */
interface PoolSettings {
  force: boolean;
  maxBytes: number;
  timeoutMs: number | undefined;
  format: OutputFormat;
  minConfidence: number;
}

/** The settings of a run with every option at its default (the pool started before any job). */
const DEFAULT_POOL: PoolSettings = { force: false, maxBytes: DEFAULT_MAX_BYTES, timeoutMs: 60_000, format: 'json', minConfidence: 0 };

/**
 * A run's settings as read from its hash. A field a coordinator of an older version did not set
 * takes the default of the local batch.
 * @param settings the hash
 */
function poolSettings(settings: Partial<RunSettings>): PoolSettings {
  const format = OUTPUT_FORMATS.find((f) => f === settings.format) ?? 'json';
  const timeoutMs = settings.timeoutMs === undefined ? DEFAULT_POOL.timeoutMs : settings.timeoutMs === '' ? undefined : Number(settings.timeoutMs);
  return {
    force: settings.force === '1',
    maxBytes: Number(settings.maxBytes),
    timeoutMs,
    format,
    minConfidence: Number(settings.minConfidence ?? 0),
  };
}

/** A Redis client with the two scripts of the queue protocol. */
type ScriptedRedis = Redis & {
  pushResults(run: string, results: string, tries: string, frame: Buffer, ...seqs: number[]): Promise<number>;
  beginDoc(run: string, tries: string, seq: number): Promise<number>;
};

/**
 * Runs a worker until SIGINT or SIGTERM: the first finishes the chunks in hand, then exits 0; a
 * second quits at once (the chunks in hand go to other workers once their locks run out).
 * @returns the exit code
 * @throws {CitatError} QUEUE_UNAVAILABLE when Redis cannot be used at the start
 */
export async function runQueueWorker(options: WorkerOptions): Promise<number> {
  const { target, threads, stderr } = options;
  const name = options.name ?? `${hostname()}-${process.pid}`;
  const say = (line: string) => {
    stderr.write(`citat worker ${name}: ${line}\n`);
  };
  await checkRedis(target, say);
  // BullMQ is loaded once Redis has answered: a Redis that cannot be used is told at once.
  const { Worker: BullWorker } = await import('bullmq');
  const fault = parseFault(process.env.CITAT_TEST_FAULT);
  const redis = openRedis(target, say) as ScriptedRedis;
  redis.defineCommand('pushResults', { numberOfKeys: 3, lua: PUSH_RESULTS_LUA });
  redis.defineCommand('beginDoc', { numberOfKeys: 2, lua: BEGIN_DOC_LUA });

  // One pool per set of run settings: runs of different coordinators may differ.
  const pools = new Map<string, Promise<WorkerPool>>();
  const poolFor = (settings: PoolSettings): Promise<WorkerPool> => {
    const key = JSON.stringify(settings);
    let pool = pools.get(key);
    if (!pool) {
      pool = WorkerPool.start({
        size: threads,
        perWorker: PER_WORKER,
        config: {
          force: settings.force,
          maxBytes: settings.maxBytes,
          html: false,
          format: settings.format,
          minConfidence: settings.minConfidence,
          fault: process.env.CITAT_TEST_FAULT,
        },
        timeoutMs: settings.timeoutMs,
      });
      pools.set(key, pool);
    }
    return pool;
  };
  // Pool seqs must be unique in the process: chunks of several runs may be in hand at once.
  let nextSeq = 0;
  /** A document of a chunk as a task (a JSONL line is parsed here, off the pipeline's thread). */
  const taskOf = (doc: ChunkDoc, body: Buffer): Task => {
    const task: Task = { type: 'task', seq: nextSeq++, id: doc.i, size: doc.z };
    if (doc.l !== undefined) {
      // A copy of its own: a view would take the whole payload along when posted to a thread.
      task.bytes = new Uint8Array(body);
      task.label = doc.l;
    } else {
      // The coordinator parsed this line and found a record with a text: the same holds here.
      const { text, meta } = recordFields(JSON.parse(body.toString('utf8')) as Record<string, unknown>);
      task.text = text as string;
      if (meta !== undefined) task.meta = meta;
    }
    return task;
  };
  const runOne = (pool: WorkerPool, task: Task): Promise<TaskResult> => {
    if (fault.killOn.has(task.id)) process.kill(process.pid, 'SIGKILL');
    return pool.run(task);
  };
  const toFrameItem = (doc: ChunkDoc, r: TaskResult) => {
    const head: Omit<ResultHead, 'n'> = { s: doc.s, i: doc.i, o: r.outcome, q: r.quotes, p: r.speakers };
    return { head, line: typeof r.line === 'string' ? encodeLine(r.line) : r.line };
  };

  const gate = new Gate();
  let documents = 0;
  let chunks = 0;
  let given = 0;
  const processChunk = async (job: Job<ChunkData>): Promise<string> => {
    const { r: run, c: chunk } = job.data;
    const keys = runKeys(target.name, run);
    // The run's settings and the chunk's documents in one round trip.
    const replies = await redis.pipeline().hgetall(keys.run).getBuffer(chunkKey(keys, chunk)).exec();
    // A failed read fails the job (BullMQ tries it again): taken for "run gone", it would be lost.
    if (!replies) throw new Error('Redis gave no reply to the chunk read');
    for (const [error] of replies) if (error) throw error;
    const settings = replies[0]![1] as Partial<RunSettings>;
    const payload = replies[1]![1] as Buffer | null;
    if (settings.maxBytes === undefined) return 'run gone'; // finished or replaced: nothing to do
    // No payload: every document of the chunk was written (a retried chunk that had in fact finished).
    if (!payload) return 'done';
    const wanted = poolSettings(settings);
    const pool = await poolFor(wanted);
    const format = wanted.format;
    const docs = decodeChunk(payload);
    if (job.attemptsStarted <= 1 && job.stalledCounter === 0) {
      await gate.shared(async () => {
        const results = await Promise.all(docs.map(({ doc, body }) => runOne(pool, taskOf(doc, body))));
        await redis.pushResults(keys.run, keys.results, keys.tries, encodeFrame(results.map((r, k) => toFrameItem(docs[k]!.doc, r))));
      });
    } else {
      // A retried chunk: a worker process died on it. One document at a time, alone in the
      // process, each start counted, so the count names the document that kills.
      for (const { doc, body } of docs) {
        const gone = await gate.alone(async () => {
          const tries = await redis.beginDoc(keys.run, keys.tries, doc.s);
          if (tries === -2) return true;
          if (tries === -1) return false;
          const task = taskOf(doc, body);
          let result: TaskResult;
          if (tries > TRACKED_TRIES) {
            given++;
            const message = `document "${doc.i}": every worker process that took it died (${TRACKED_TRIES + 1} attempts: killed, out of memory, or crashed); it was given up and the run went on`;
            result = {
              type: 'result',
              seq: -1,
              id: doc.i,
              line: errorOutput(format, doc.i, ErrorCode.WORKER_CRASHED, message, task.meta),
              outcome: 'failed',
              quotes: 0,
              speakers: 0,
              language: '',
            };
          } else {
            result = await runOne(pool, task);
          }
          await redis.pushResults(keys.run, keys.results, keys.tries, encodeFrame([toFrameItem(doc, result)]), doc.s);
          return false;
        });
        if (gone) return 'run gone';
      }
    }
    documents += docs.length;
    chunks++;
    return 'done';
  };

  const lockMs = Math.round((options.lockSeconds ?? 30) * 1000);
  const worker = new BullWorker<ChunkData, string>(target.name, processChunk, {
    connection: redis,
    prefix: PREFIX,
    name,
    // Chunks in hand: two a thread and two more, so the threads always have documents while
    // results go back and the next chunks come (each a few Redis round trips, slow on a busy
    // machine; with one chunk more than threads, a thread sat idle a fifth of the time).
    concurrency: 2 * threads + 2,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // Every death of a worker on a chunk counts as a stall; poison documents are given up by the
    // count in Redis well before BullMQ's own limit fails the whole chunk.
    maxStalledCount: 2 * (TRACKED_TRIES + 2),
    autorun: false,
  });
  let lastError = '';
  worker.on('error', (error) => {
    const line = String((error as Error).message ?? error).split('\n')[0]!;
    if (line !== lastError && !/ECONNREFUSED|Connection is closed|ETIMEDOUT|ECONNRESET/.test(line)) say(`queue error: ${line}`);
    lastError = line;
  });

  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    let first: NodeJS.Signals | null = null;
    const onSignal = (signal: NodeJS.Signals) => {
      if (first) process.exit(0); // a second signal: quit now; the locks run out and others take over
      first = signal;
      if (!options.quiet) say(`${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; finishing the chunks in hand (send it again to quit at once)`);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });

  // Start the threads before taking jobs, so a worker that cannot start takes none.
  await poolFor(DEFAULT_POOL);
  void worker.run();
  if (!options.quiet) say(`working on queue "${target.name}" at ${target.shown} with ${threads} thread${threads === 1 ? '' : 's'}`);
  await stopped;
  await worker.close();
  for (const pool of pools.values()) await (await pool).close();
  await redis.quit().catch(() => undefined);
  if (!options.quiet)
    say(`stopped after ${documents.toLocaleString('en-US')} documents in ${chunks.toLocaleString('en-US')} chunks${given > 0 ? ` (${given} given up)` : ''}`);
  return 0;
}
