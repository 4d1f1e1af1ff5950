/**
 * `citat batch … --queue redis://…`, the coordinator: reads the inputs exactly as a local batch
 * does (src/batch/sources.ts), sends the documents to the queue in chunks (one BullMQ job each),
 * at most a window of them in flight, and writes the output lines that workers send back through
 * Redis as they come: one line per input document, in the order they finish.
 *
 * Nothing is lost or written twice:
 * - a result counts only while its document is outstanding, so a result delivered twice (a chunk
 *   retried after its worker died, though it had finished) is written once;
 * - a result leaves Redis only after its line is handed to the output file, so a coordinator
 *   killed at any point loses nothing: `--resume` reads the ids already in OUT (src/batch/resume.ts),
 *   continues the same run (its id is kept in Redis under the output file's name), reads the
 *   results that came meanwhile, and sends again only documents neither written nor in Redis;
 * - the coordinator keeps the documents of the chunks in flight (bounded by the window), so a
 *   chunk Redis lost (a restart without persistence, the last second of a restart with appendfsync
 *   everysec) is sent again, and a run whose settings key vanished is set up again;
 * - a chunk that BullMQ failed (it stalled more often than its limit) becomes error records.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CitatError, ErrorCode } from '../errors.js';
import { IdRegistry } from '../batch/ids.js';
import { ProgressDisplay, summaryLine } from '../batch/progress.js';
import { RunStats, runCounts, type BatchStats } from '../batch/stats.js';
import { errorOutput } from '../batch/protocol.js';
import { openOutput } from '../batch/writer.js';
import { readResumeState, type ResumeState } from '../batch/resume.js';
import { readTableResumeState } from '../batch/resume-table.js';
import { planInputs, readDocuments } from '../batch/sources.js';
import { isTable, tableHeader, type OutputFormat } from '../output/table.js';
import { checkRedis, openRedis } from './connection.js';
import type { QueueTarget } from './target.js';
import {
  chunkKey,
  decodeFrame,
  encodeChunk,
  jobId,
  outKey,
  PREFIX,
  runKeys,
  type ChunkData,
  type ChunkDoc,
  type RunKeys,
  type RunSettings,
} from './protocol.js';

/** Options of {@link runQueueBatch}. */
export interface QueueBatchOptions {
  target: QueueTarget;
  inputs: readonly string[];
  out?: string;
  resume?: boolean;
  force?: boolean;
  quiet?: boolean;
  progress?: boolean;
  maxBytes: number;
  /** JSON lines (the default), or a table of quotes, as the local batch writes them. */
  format?: OutputFormat;
  /** Keep only quotes of at least this confidence (default 0: all). */
  minConfidence?: number;
  /** Time limit of one document in ms in the workers (absent: none); a document over it becomes a TIMEOUT error record. */
  timeoutMs?: number;
  /** Documents per chunk (one BullMQ job), at most (default {@link CHUNK_DOCS}). */
  chunkDocs?: number;
  stats?: string;
  resumeCommand?: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/**
 * The figures written by `--stats` for a queued run: the local batch's counts (memory and CPU
 * are the coordinator's), and the queue's own.
 */
export type QueueBatchStats = Pick<
  BatchStats,
  | 'documents'
  | 'ok'
  | 'skipped'
  | 'failed'
  | 'quotes'
  | 'speakers'
  | 'bytes'
  | 'seconds'
  | 'maxRssBytes'
  | 'cpuSeconds'
  | 'renamedIds'
  | 'resumed'
  | 'interrupted'
> & {
  chunks: number;
  /** Results that came twice and were written once. */
  duplicates: number;
  /** Chunks sent again because Redis had lost them. */
  resent: number;
};

/**
 * A chunk closes at this many documents … Each chunk costs a worker some Redis round trips (take
 * the job, read the run's settings, send the results, complete the job): a chunk must be long
 * enough that they are a small part of its time, also on a busy machine where each round trip
 * waits for Redis to be scheduled.
 */
export const CHUNK_DOCS = 256;
/** … or this many input bytes (a larger document is a chunk of its own). */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Documents and input bytes in flight at most (sent, not yet written). Enough to keep some twenty
 * worker processes busy; it bounds the coordinator's memory and Redis's alike.
 */
const WINDOW_DOCS = 16384;
const WINDOW_BYTES = 32 * 1024 * 1024;
/** After this long without results, the coordinator checks its chunks are still in Redis. */
const CHECK_MS = 5000;
/**
 * Result frames read from Redis at a time. A frame is a chunk's output (some 400 KB for 256 news
 * articles): 64 at a time, once results had piled up in Redis behind a busy coordinator, made
 * replies of some 25 MB, held three times over (the reply, its frames, the lines joined for the
 * output), and the coordinator's peak memory followed the length of the run (168 MB on 20 MB of
 * news, 228 MB on 60 MB, with two workers).
 */
const READ_COUNT = 4;

interface Outstanding {
  id: string;
  size: number;
  meta: Record<string, unknown> | undefined;
  chunk: number;
}

interface Chunk {
  /** Its documents, as stored under its key (kept to send it again if Redis loses it). */
  payload: Buffer;
  /** Documents of it not yet written. */
  left: number;
  /** Checks in a row that found its job missing. */
  missing: number;
}

/**
 * Runs a batch through a queue.
 * @returns the exit code: 0 all documents succeeded, 2 some failed, 130/143 stopped by a signal
 * @throws {CitatError} when the run cannot proceed (the command exits 1)
 */
export async function runQueueBatch(options: QueueBatchOptions): Promise<number> {
  const { target, out, resume = false, quiet = false, stderr, format = 'json' } = options;
  if (resume && out === undefined) throw new CitatError(ErrorCode.BAD_OPTION, '--resume needs the output file of the earlier run (-o OUT.jsonl)');
  const stats = new RunStats();
  const showProgress = !quiet && (options.progress ?? stderr.isTTY === true);
  const say = (line: string) => {
    if (showProgress) display.stop();
    stderr.write(`citat batch: ${line}\n`);
    if (showProgress) display.start();
  };
  await checkRedis(target, say);
  // BullMQ is loaded once Redis has answered: a Redis that cannot be used is told at once.
  const { Queue } = await import('bullmq');
  const plan = await planInputs(options.inputs);
  if (out !== undefined && plan.inputs.some((i) => i.kind !== 'stdin' && resolve(i.path) === resolve(out))) {
    throw new CitatError(ErrorCode.BAD_OPTION, `${out}: the output file is also an input; write the output somewhere else`);
  }
  const state: ResumeState =
    resume && out !== undefined
      ? await (isTable(format) ? readTableResumeState(out, format, false) : readResumeState(out, false))
      : { done: new Set(), truncatedBytes: 0, entries: [] };
  const display = new ProgressDisplay(stderr, stats, plan.totalBytes);

  const redis = openRedis(target, say);
  // Blocking reads of the results stream get a connection of their own.
  const reader = openRedis(target, () => undefined);
  const queue = new Queue<ChunkData>(target.name, { connection: redis, prefix: PREFIX });
  queue.on('error', () => undefined); // outages are reported by the connection

  // The run: the one this output file belongs to when resuming, else a new one.
  const pointer = out === undefined ? undefined : outKey(target.name, hostname(), resolve(out));
  const earlier = pointer === undefined ? null : await redis.get(pointer);
  const run = resume && earlier !== null ? earlier : randomBytes(6).toString('hex');
  if (earlier !== null && earlier !== run) {
    // A new run into the same file: the old run's jobs find no settings and are skipped.
    await removeRunKeys(redis, runKeys(target.name, earlier));
  }
  const keys = runKeys(target.name, run);
  const settings: RunSettings = {
    force: options.force ? '1' : '0',
    maxBytes: String(options.maxBytes),
    timeoutMs: options.timeoutMs === undefined ? '' : String(options.timeoutMs),
    format,
    minConfidence: String(options.minConfidence ?? 0),
  };
  await redis.hset(keys.run, settings);
  if (pointer !== undefined) await redis.set(pointer, run);

  const sink = out === undefined ? options.stdout : await openOutput(out, resume);
  // A table has one header, at its start: a resumed table already has it.
  if (isTable(format) && !state.hasHeader) sink.write(tableHeader(format));
  if (showProgress) display.start();
  if (state.truncatedBytes > 0 && !quiet) say(`${out}: cut off a torn last line (${state.truncatedBytes} bytes) left by the interrupted run`);

  let stopSignal: NodeJS.Signals | null = null;
  let fatal: unknown;
  const outstanding = new Map<number, Outstanding>();
  const chunks = new Map<number, Chunk>();
  let inFlightBytes = 0;
  let readingDone = false;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let duplicates = 0;
  let resent = 0;
  let sentChunks = 0;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(signal === 'SIGINT' ? 130 : 143);
    stopSignal = signal;
    wakeUp();
    say(`${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; writing what has come back and stopping (send it again to quit at once)`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const jobOptions = (chunk: number) => ({
    jobId: jobId(run, chunk),
    removeOnComplete: true,
    removeOnFail: false,
    attempts: 3,
    backoff: { type: 'fixed', delay: 1000 },
  });
  /** Stores a chunk's documents, then adds its job (a worker that takes the job finds them). */
  const send = async (chunk: number, payload: Buffer) => {
    await redis.set(chunkKey(keys, chunk), payload);
    await queue.add('chunk', { r: run, c: chunk } satisfies ChunkData, jobOptions(chunk));
  };
  /** Payload keys of chunks whose documents are all written: deleted with the next results. */
  let finishedChunks: string[] = [];

  /**
   * Writes lines to the output; resolves once they are handed to the file (or pipe). The pieces
   * (a frame's lines, as one view of it) go out corked, as one vectored write, rather than joined
   * into one buffer first (a copy of every output byte, a tenth of the coordinator's CPU time on
   * 10 MB of news).
   */
  const write = (bytes: Buffer[]): Promise<void> =>
    new Promise((resolveWrite, reject) => {
      if (bytes.length === 0) return resolveWrite();
      sink.cork();
      for (let k = 0; k < bytes.length - 1; k++) sink.write(bytes[k]!);
      sink.write(bytes[bytes.length - 1]!, (error) => (error ? reject(error) : resolveWrite()));
      sink.uncork();
    });

  /** Counts a document written and frees its room. */
  const written = (seq: number, o: Outstanding) => {
    outstanding.delete(seq);
    inFlightBytes -= o.size;
    const chunk = chunks.get(o.chunk);
    if (chunk && --chunk.left === 0) {
      chunks.delete(o.chunk);
      finishedChunks.push(chunkKey(keys, o.chunk));
    }
    wakeUp();
  };

  /** Turns every outstanding document of a chunk into an error record. */
  const failChunk = async (number: number, reason: string) => {
    const lines: Buffer[] = [];
    for (const [seq, o] of outstanding) {
      if (o.chunk !== number) continue;
      const message = `document "${o.id}": its chunk failed in the queue (${reason}); the run went on`;
      lines.push(Buffer.from(errorOutput(format, o.id, ErrorCode.WORKER_CRASHED, message, o.meta)));
      stats.add('failed', 0, 0, o.size);
      written(seq, o);
    }
    await write(lines);
  };

  /** After a quiet spell: is every chunk in flight still somewhere in Redis? */
  const check = async () => {
    if ((await redis.exists(keys.run)) === 0) {
      // Redis lost the run (restarted without persistence): set it up again, send every chunk again.
      say('Redis no longer knows this run (was it restarted without persistence?); sending the documents in flight again');
      await redis.hset(keys.run, settings);
      for (const [number, chunk] of chunks) {
        await send(number, chunk.payload);
        resent++;
      }
      return;
    }
    for (const [number, chunk] of [...chunks]) {
      const id = jobId(run, number);
      const status = await queue.getJobState(id);
      if (status === 'failed') {
        const job = await queue.getJob(id);
        await failChunk(number, (job?.failedReason ?? 'failed').split('\n')[0]!);
        await job?.remove().catch(() => undefined);
      } else if (status === 'unknown') {
        // Gone from Redis, yet its results have not come: lost. Twice in a row, to let results
        // already on their way arrive first.
        if (++chunk.missing >= 2) {
          chunk.missing = 0;
          await send(number, chunk.payload);
          resent++;
        }
      } else {
        chunk.missing = 0;
      }
    }
  };

  // The results: read from the stream, written, then deleted from Redis.
  const consumer = (async () => {
    let lastId = '0';
    let quietSince = performance.now();
    while (!stopSignal && !fatal && !(readingDone && outstanding.size === 0)) {
      const reply = (await reader.xreadBuffer('COUNT', READ_COUNT, 'BLOCK', 1000, 'STREAMS', keys.results, lastId)) as [Buffer, [Buffer, Buffer[]][]][] | null;
      const entries = reply?.[0]?.[1] ?? [];
      if (entries.length === 0) {
        if (outstanding.size > 0 && performance.now() - quietSince > CHECK_MS) {
          await check();
          quietSince = performance.now();
        }
        continue;
      }
      quietSince = performance.now();
      const lines: Buffer[] = [];
      const ids: Buffer[] = [];
      for (const [entryId, fields] of entries) {
        ids.push(entryId);
        lastId = entryId.toString();
        const frame = fields[1];
        if (!frame) continue;
        for (const { head, line } of decodeFrame(frame)) {
          const o = outstanding.get(head.s);
          if (!o || o.id !== head.i) {
            duplicates++;
            continue;
          }
          // Lines that follow each other in a frame go out as one view of it (no copy).
          const last = lines[lines.length - 1];
          if (last && last.buffer === line.buffer && last.byteOffset + last.length === line.byteOffset)
            lines[lines.length - 1] = Buffer.from(last.buffer, last.byteOffset, last.length + line.length);
          else lines.push(line);
          stats.add(head.o, head.q, head.p, o.size);
          written(head.s, o);
        }
      }
      await write(lines);
      const gone = finishedChunks;
      finishedChunks = [];
      if (gone.length > 0)
        await redis
          .pipeline()
          .xdel(keys.results, ...ids)
          .del(...gone)
          .exec();
      else await redis.xdel(keys.results, ...ids);
    }
  })().catch((error: unknown) => {
    fatal ??= error;
    wakeUp();
  });

  // The reader: chunks of documents into the queue, within the window.
  const ids = new IdRegistry();
  const chunkDocs = options.chunkDocs ?? CHUNK_DOCS;
  let seq = 0;
  let number = 0;
  let docs: ChunkDoc[] = [];
  let bodies: Uint8Array[] = [];
  let metas: (Record<string, unknown> | undefined)[] = [];
  let items = 0;
  let itemBytes = 0;
  let docBytes = 0;
  const errorLines: Buffer[] = [];
  // Chunk boundaries count every item, done or not, so a resumed run cuts the input into the
  // same chunks and a chunk still in the queue keeps its job id (it is not added twice).
  const closeChunk = async () => {
    const n = number++;
    const chunkDocs1 = docs;
    const chunkBodies = bodies;
    const chunkMetas = metas;
    const size = docBytes;
    docs = [];
    bodies = [];
    metas = [];
    items = 0;
    itemBytes = 0;
    docBytes = 0;
    await write(errorLines.splice(0));
    if (chunkDocs1.length === 0) return;
    while (!stopSignal && !fatal && outstanding.size > 0 && (outstanding.size + chunkDocs1.length > WINDOW_DOCS || inFlightBytes + size > WINDOW_BYTES)) {
      await new Promise<void>((r) => (wake = r));
    }
    if (stopSignal || fatal) return;
    const payload = encodeChunk(chunkDocs1, chunkBodies);
    chunks.set(n, { payload, left: chunkDocs1.length, missing: 0 });
    chunkDocs1.forEach((d, k) => {
      outstanding.set(d.s, { id: d.i, size: d.z, meta: chunkMetas[k], chunk: n });
      inFlightBytes += d.z;
    });
    await send(n, payload);
    sentChunks++;
  };
  try {
    for await (const item of readDocuments(plan.inputs, options.maxBytes, options.stdin)) {
      if (stopSignal || fatal) break;
      const s = seq++;
      const id = ids.claim(item.id);
      items++;
      itemBytes += item.size;
      if (state.done.has(id)) {
        stats.resumed++;
        stats.resumedBytes += item.size;
      } else if (item.kind === 'error') {
        errorLines.push(Buffer.from(errorOutput(format, id, item.code, item.message, item.meta)));
        stats.add('failed', 0, 0, item.size);
      } else {
        // A JSONL record travels as its line, a text file as its bytes (see ChunkDoc).
        const body = item.bytes ?? item.raw ?? Buffer.from(JSON.stringify({ ...item.meta, text: item.text }));
        const doc: ChunkDoc = { s, i: id, z: item.size, n: body.byteLength };
        if (item.bytes !== undefined) doc.l = item.label ?? id;
        docs.push(doc);
        bodies.push(body);
        metas.push(item.meta);
        docBytes += item.size;
      }
      if (items >= chunkDocs || itemBytes >= CHUNK_BYTES) await closeChunk();
    }
    if (items > 0 && !stopSignal && !fatal) await closeChunk();
  } catch (error) {
    fatal ??= error;
  } finally {
    readingDone = true;
    wakeUp();
  }
  await consumer;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (showProgress) display.stop();
  if (sink !== options.stdout) {
    sink.end();
    await once(sink, 'finish');
  } else if (sink.writableNeedDrain) {
    await once(sink, 'drain');
  }
  const finished = !stopSignal && !fatal;
  if (finished) {
    // The run is complete: its keys go (its jobs were removed as they completed).
    await removeRunKeys(redis, keys, number);
    if (pointer !== undefined) await redis.del(pointer);
    await removeJobs(queue, run, number);
  }
  await queue.close().catch(() => undefined);
  reader.disconnect();
  await redis.quit().catch(() => undefined);
  if (fatal) throw fatal;

  const figures: QueueBatchStats = {
    ...runCounts(stats),
    chunks: sentChunks,
    duplicates,
    resent,
    renamedIds: ids.renamed,
    resumed: stats.resumed,
    interrupted: stopSignal,
  };
  if (options.stats !== undefined) await writeFile(options.stats, `${JSON.stringify(figures, null, 2)}\n`);
  if (!quiet) {
    const renamed = ids.renamed > 0 ? `; ${ids.renamed} duplicate id${ids.renamed === 1 ? '' : 's'} renamed (id#2, id#3, …)` : '';
    stderr.write(`${summaryLine(stats) + renamed}\n`);
  }
  if (stopSignal) {
    const how =
      out === undefined
        ? 'the output went to standard output, so this run cannot be resumed; write to a file with -o OUT.jsonl to be able to resume'
        : `${out} holds every document written so far; the workers go on with the ${outstanding.size.toLocaleString('en-US')} in flight, and the run's results wait in Redis; resume with:\n  ${options.resumeCommand ?? `citat batch … -o ${out} --queue ${target.shown} --resume`}`;
    stderr.write(`citat batch: stopped early; ${how}\n`);
    return stopSignal === 'SIGINT' ? 130 : 143;
  }
  return stats.failed > 0 ? 2 : 0;
}

/**
 * Removes the keys of a run: its settings, results, tries and chunk payloads.
 * @param redis the connection
 * @param keys the run's keys
 * @param count the chunks it numbered, when known; else its payload keys are looked for
 */
async function removeRunKeys(redis: Redis, keys: RunKeys, count?: number): Promise<void> {
  await redis.del(keys.run, keys.results, keys.tries);
  if (count === undefined) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', chunkKey(keys, 0).replace(/0$/, '*'), 'COUNT', 1000);
      if (found.length > 0) await redis.del(...found);
      cursor = next;
    } while (cursor !== '0');
    return;
  }
  for (let k = 0; k < count; k += 1000) {
    await redis.del(...Array.from({ length: Math.min(1000, count - k) }, (_, j) => chunkKey(keys, k + j)));
  }
}

/**
 * Removes the jobs of a finished run still in the queue: chunks sent twice (retried after a worker
 * died, or sent again when they seemed lost) whose results were already written. A job a worker
 * holds cannot be removed; that worker finds the run gone and its job is removed as it completes,
 * so this waits a little for such jobs, then leaves them to that.
 * @param queue the run's queue
 * @param run run id
 * @param count chunks the run numbered
 */
async function removeJobs(queue: Queue<ChunkData>, run: string, count: number): Promise<void> {
  let left = Array.from({ length: count }, (_, k) => jobId(run, k));
  for (let round = 0; left.length > 0 && round < 20; round++) {
    if (round > 0) await new Promise((r) => setTimeout(r, 250));
    const still: string[] = [];
    for (let k = 0; k < left.length; k += 256) {
      const batch = left.slice(k, k + 256);
      const removed = await Promise.all(batch.map((id) => queue.remove(id).catch(() => 0)));
      const states = await Promise.all(batch.map((id, j) => (removed[j] === 1 ? 'unknown' : queue.getJobState(id).catch(() => 'unknown'))));
      batch.forEach((id, j) => {
        if (states[j] !== 'unknown') still.push(id);
      });
    }
    left = still;
  }
}
