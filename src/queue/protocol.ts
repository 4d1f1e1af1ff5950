/**
 * What a coordinator and its workers agree on: the Redis keys of a run, the shape of a chunk of
 * documents (the data of one BullMQ job), and the frame in which a worker sends a chunk's output
 * lines back through Redis.
 *
 * Keys of a run (QUEUE is the queue name, RUN the run's random id):
 * - `citat:QUEUE:run:RUN`: a hash of the run's settings ({@link RunSettings}); while it exists the
 *   run is live, and workers skip jobs of runs without one (finished, or replaced by a new run);
 * - `citat:QUEUE:run:RUN:chunk:N`: the documents of chunk N ({@link encodeChunk});
 * - `citat:QUEUE:run:RUN:results`: a stream of result frames, read by the coordinator, each
 *   deleted once its lines are written to OUT;
 * - `citat:QUEUE:run:RUN:tries`: a hash counting, per document of a retried chunk, how many worker
 *   processes started it (-1 once its result is sent): how a poison document is found;
 * - `citat:QUEUE:out:HASH`: the id of the run writing to an output file (HASH of host and path),
 *   so `--resume` continues the same run;
 * - BullMQ's own keys under `citat:QUEUE:` (jobs `RUN-CHUNK`, removed once complete; their data
 *   names the run and the chunk).
 * @module
 */
import { createHash } from 'node:crypto';
import type { Outcome } from '../batch/protocol.js';

/** Prefix of every key (BullMQ's `prefix` option too). */
export const PREFIX = 'citat';

/** Keys of one run. */
export interface RunKeys {
  run: string;
  results: string;
  tries: string;
}

/**
 * The keys of a run.
 * @param queue queue name
 * @param run run id
 */
export function runKeys(queue: string, run: string): RunKeys {
  const run1 = `${PREFIX}:${queue}:run:${run}`;
  return { run: run1, results: `${run1}:results`, tries: `${run1}:tries` };
}

/**
 * The key naming the run that writes to an output file.
 * @param queue queue name
 * @param host the coordinator's host name
 * @param path the output file's absolute path
 */
export function outKey(queue: string, host: string, path: string): string {
  return `${PREFIX}:${queue}:out:${createHash('sha1').update(`${host}\0${path}`).digest('hex').slice(0, 20)}`;
}

/** The BullMQ job id of a chunk (BullMQ forbids `:` in ids). */
export function jobId(run: string, chunk: number): string {
  return `${run}-${chunk}`;
}

/**
 * One document of a chunk, in the chunk's header. Its bytes follow the header in the chunk's
 * payload, in order: the JSONL line of a record (the worker parses it again for text and meta,
 * as the coordinator did: cheaper for both than JSON of the parsed text, which the text's quotes
 * and line breaks make slow to write and to read), or the raw bytes of a text file.
 */
export interface ChunkDoc {
  /** Position in the input (every item counts, done or not): results are matched by it. */
  s: number;
  /** Document id (after renaming of repeats). */
  i: string;
  /** Input bytes (for progress). */
  z: number;
  /** Bytes of it in the payload. */
  n: number;
  /** The text file's path, for messages: set for a text file (its bytes are decoded strictly by the worker, as in a local batch); absent for a JSONL line. */
  l?: string;
}

/**
 * The data of one BullMQ job: which run and which chunk. The documents are not in it but under the
 * chunk's own key ({@link chunkKey}) as one binary payload (see {@link encodeChunk}): BullMQ
 * keeps job data as JSON, and the JSON of a chunk's texts was most of the coordinator's CPU time
 * and much of a worker's main thread's.
 */
export interface ChunkData {
  /** Run id. */
  r: string;
  /** Chunk number. */
  c: number;
}

/**
 * The key of a chunk's payload. The coordinator writes it before the chunk's job, and deletes it
 * once every document of the chunk is written (or the run is complete).
 * @param keys the run's keys
 * @param chunk chunk number
 */
export function chunkKey(keys: RunKeys, chunk: number): string {
  return `${keys.run}:chunk:${chunk}`;
}

/**
 * A chunk's payload: a JSON header line (its {@link ChunkDoc}s), then each document's bytes.
 * @param docs the documents' header fields
 * @param bodies each document's bytes, in the same order (`docs[k].n === bodies[k].length`)
 */
export function encodeChunk(docs: readonly ChunkDoc[], bodies: readonly Uint8Array[]): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(docs)}\n`), ...bodies]);
}

/**
 * Unpacks a chunk's payload.
 * @param payload from {@link encodeChunk}
 * @returns each document's header and bytes (a view into the payload)
 * @throws {Error} when the payload is malformed
 */
export function decodeChunk(payload: Buffer): { doc: ChunkDoc; body: Buffer }[] {
  const nl = payload.indexOf(0x0a);
  if (nl === -1) throw new Error('chunk payload without a header');
  const docs = JSON.parse(payload.subarray(0, nl).toString('utf8')) as ChunkDoc[];
  const out: { doc: ChunkDoc; body: Buffer }[] = [];
  let at = nl + 1;
  for (const doc of docs) {
    out.push({ doc, body: payload.subarray(at, at + doc.n) });
    at += doc.n;
  }
  if (at !== payload.length) throw new Error('chunk payload of the wrong length');
  return out;
}

/** The settings of a run, as kept in its hash (every value a string, as Redis keeps them). */
export interface RunSettings {
  /** '1' for --force. */
  force: string;
  /** --max-bytes. */
  maxBytes: string;
  /** --timeout-per-doc in ms; '' for no limit. */
  timeoutMs: string;
  /** json, csv or tsv. */
  format: string;
  /** --min-confidence ('0': every quote). */
  minConfidence: string;
}

/** How one document ended, in a result frame's header. */
export interface ResultHead {
  /** Input position. */
  s: number;
  /** Document id. */
  i: string;
  o: Outcome;
  /** Quotes and speakers found. */
  q: number;
  p: number;
  /** Bytes of the output line (with its newline) in the frame's body. */
  n: number;
}

/**
 * Packs results into one frame: a JSON header line, then the output lines as they are (so the
 * lines, most of the bytes, are neither escaped nor parsed again on the way).
 * @param results each document's header fields and its output line with newline
 */
export function encodeFrame(results: readonly { head: Omit<ResultHead, 'n'>; line: Uint8Array }[]): Buffer {
  const heads: ResultHead[] = results.map((r) => ({ ...r.head, n: r.line.byteLength }));
  const header = Buffer.from(`${JSON.stringify(heads)}\n`);
  return Buffer.concat([header, ...results.map((r) => r.line)]);
}

/**
 * Unpacks a frame.
 * @param frame from {@link encodeFrame}
 * @returns each document's header and output line (a view into the frame)
 * @throws {Error} when the frame is malformed
 */
export function decodeFrame(frame: Buffer): { head: ResultHead; line: Buffer }[] {
  const nl = frame.indexOf(0x0a);
  if (nl === -1) throw new Error('result frame without a header');
  const heads = JSON.parse(frame.subarray(0, nl).toString('utf8')) as ResultHead[];
  const out: { head: ResultHead; line: Buffer }[] = [];
  let at = nl + 1;
  for (const head of heads) {
    out.push({ head, line: frame.subarray(at, at + head.n) });
    at += head.n;
  }
  if (at !== frame.length) throw new Error('result frame of the wrong length');
  return out;
}

/**
 * Worker processes a document may kill before it is given up (an error record): the first
 * attempt, with its chunk, plus this many on its own.
 */
export const TRACKED_TRIES = 2;

/**
 * Lua run by workers, atomically, so a job of a run that ended (its settings key gone) leaves no
 * keys behind: adds a frame to the results stream, and marks the documents of the frame done in
 * the tries hash when ARGV[2..] name them.
 * KEYS: run, results, tries. ARGV: frame, seq…
 */
export const PUSH_RESULTS_LUA = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
redis.call('xadd', KEYS[2], '*', 'f', ARGV[1])
for i = 2, #ARGV do redis.call('hset', KEYS[3], ARGV[i], -1) end
return 1`;

/**
 * Lua: a worker starts a document of a retried chunk. Returns -1 when its result was already
 * sent, -2 when the run is gone, else how many times it has now been started this way.
 * KEYS: run, tries. ARGV: seq.
 */
export const BEGIN_DOC_LUA = `
if redis.call('exists', KEYS[1]) == 0 then return -2 end
local v = tonumber(redis.call('hget', KEYS[2], ARGV[1]) or '0')
if v < 0 then return -1 end
return redis.call('hincrby', KEYS[2], ARGV[1], 1)`;
