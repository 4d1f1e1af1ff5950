/**
 * Messages between the batch runner (main thread) and its worker threads. Kept in one module so
 * both sides agree on the shapes; everything here must survive structured cloning.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { StageTimings } from '../pipeline/run.js';
import { errorTable, isTable, type OutputFormat } from '../output/table.js';

/**
 * A document of more bytes than this is large: a worker gives back the memory one took as soon as
 * it is done (see collectGarbage in worker.ts). A document takes about 45 bytes of memory per byte
 * of text while it is worked on, so one such document adds some 45 MB or more to the run.
 */
export const LARGE_BYTES = 1024 * 1024;

/** What every worker is started with (its `workerData`). */
export interface WorkerConfig {
  /** Run the Danish rules even on text that is not Danish. */
  force: boolean;
  /** Size limit of one document in bytes of UTF-8. */
  maxBytes: number;
  /** Quotes below this confidence are left out of each document (0: none). */
  minConfidence: number;
  /** Whether HTML pages are written (the view module is loaded only then). */
  html: boolean;
  /** What a document's output is: a JSON line, or its quotes' rows of a table (see src/output/table.ts). */
  format: OutputFormat;
  /**
   * Test hook only (from the CITAT_TEST_FAULT environment variable): comma-separated
   * `throw-on-id:ID` (a stage throws on that document), `crash-on-id:ID` (the worker thread dies
   * on that document), `hang-on-id:ID` (the worker loops on that document until it is stopped),
   * `delay-ms:N` (every document takes N ms longer). Never set in normal use.
   */
  fault: string | undefined;
}

/** What one worker is started with: the shared config and a slot of its own. */
export interface WorkerData extends WorkerConfig {
  /**
   * Two numbers shared with the pool ({@link CURRENT_SEQ}, {@link CURRENT_SINCE}): the `seq` of the
   * document the worker is working on (-1 between documents) and when it began it. Results travel
   * in groups, so when a worker dies this, not the oldest task it held, names the document that
   * killed it; and the pool can tell a document that runs over its time limit while the worker,
   * busy with it, cannot answer.
   */
  current: SharedArrayBuffer;
}

/** Index in {@link WorkerData.current} of the seq of the document being worked on (-1: none). */
export const CURRENT_SEQ = 0;
/**
 * Index in {@link WorkerData.current} of when that document was begun, in ms since the epoch
 * (`performance.timeOrigin + performance.now()`, comparable across threads). Written before the
 * seq, and read after it, so a reader never pairs a new seq with an old time.
 */
export const CURRENT_SINCE = 1;
/** Bytes of {@link WorkerData.current}. */
export const CURRENT_BYTES = 16;

/** One document for a worker: text already decoded (JSONL) or raw bytes of a file (decoded there). */
export interface Task {
  type: 'task';
  /** Position in the input; results are written in this order. */
  seq: number;
  /** Document id (after duplicate renaming). */
  id: string;
  /** Bytes of input the document took (its JSONL line, or its file). */
  size: number;
  /** The text, for JSONL input. */
  text?: string;
  /** The raw bytes of a text file, decoded strictly in the worker. */
  bytes?: Uint8Array;
  /** What to call the input in messages (the file's path). */
  label?: string;
  /** Fields of the JSONL object other than id and text, passed through under `meta`. */
  meta?: Record<string, unknown>;
  /** Where to write the document's HTML page, when --html was given. */
  html?: string;
}

/** How a document ended. `skipped`: not Danish, so no quotes were looked for. */
export type Outcome = 'ok' | 'skipped' | 'failed';

/** A worker's answer for one task. */
export interface TaskResult {
  type: 'result';
  seq: number;
  id: string;
  /**
   * The output line: the document (plus meta) or an error record. Workers send it as UTF-8 bytes
   * with its newline, moved rather than copied: posting strings costs workers a little less, but
   * they land in the main thread's heap and the run's peak memory rose by ~30 MB; lines made on
   * the main thread are strings without the newline.
   */
  line: Uint8Array | string;
  outcome: Outcome;
  quotes: number;
  speakers: number;
  /** Language code of the document ('' for failed documents). */
  language: string;
  /** Code and message for failed documents. */
  error?: { code: string; message: string };
  /** Set when the HTML page could not be written (the document itself is fine). */
  htmlError?: string;
  /** Time the worker spent on the document, in ms (lets the pool size each worker's queue). */
  ms?: number;
}

/**
 * Results of several documents in one message: one message per document woke the main thread
 * ~28,000 times on 20 MB of news (~25 µs each, most of its CPU time).
 */
export interface ResultsMessage {
  type: 'results';
  results: TaskResult[];
}

/** Several tasks in one message (one message each cost both threads a wake-up per document). */
export interface TasksMessage {
  type: 'tasks';
  tasks: Task[];
}

/** Sent by a worker once its pipeline is built. */
export interface ReadyMessage {
  type: 'ready';
}

/** A worker's accumulated time per stage, sent when the pool closes. */
export interface TimingsMessage {
  type: 'timings';
  timings: StageTimings;
  /** Time spent on documents, in ms. */
  busyMs: number;
  /** CPU time of the worker's own thread so far, in ms (Linux; undefined elsewhere). */
  cpuMs: number | undefined;
}

/**
 * CPU time of the calling thread in ms, from /proc/thread-self/stat (Linux, in ticks of 10 ms);
 * undefined where that cannot be read. Lets --stats tell the workers' CPU from the main thread's
 * and from V8's own helper threads (JIT compilation, garbage collection).
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Anything a worker posts. */
export type WorkerMessage = ReadyMessage | ResultsMessage | TimingsMessage;

/** Anything the main thread posts. */
export type MainMessage = TasksMessage | { type: 'timings' };

const encoder = new TextEncoder();

/**
 * Encodes an output line with its newline, in a buffer of its own (so it can be transferred).
 * @param line the JSON of the line
 */
export function encodeLine(line: string): Uint8Array {
  return encoder.encode(`${line}\n`);
}

/**
 * The output line of a failed document.
 * @param id document id
 * @param code error code (see src/errors.ts)
 * @param message one line naming the problem
 * @param meta pass-through fields of a JSONL record, if any
 */
export function errorLine(id: string, code: string, message: string, meta?: Record<string, unknown>): string {
  return JSON.stringify(meta === undefined ? { id, error: { code, message } } : { id, error: { code, message }, meta });
}

/**
 * The output of a failed document, with its line end: a JSON error line, or a table's error row.
 * @param format the run's output format
 * @param id document id
 * @param code error code (see src/errors.ts)
 * @param message one line naming the problem
 * @param meta pass-through fields of a JSONL record, if any (JSON only)
 */
export function errorOutput(format: OutputFormat, id: string, code: string, message: string, meta?: Record<string, unknown>): Uint8Array {
  return isTable(format) ? encoder.encode(errorTable(id, code, message, format)) : encodeLine(errorLine(id, code, message, meta));
}

/**
 * The result of a document that failed outside a worker's pipeline (it could not be read, its
 * worker crashed): its error line, counted as failed.
 * @param format the run's output format
 * @param seq position in the input
 * @param id document id
 * @param code error code (see src/errors.ts)
 * @param message one line naming the problem
 * @param meta pass-through fields of a JSONL record, if any
 */
export function failedResult(format: OutputFormat, seq: number, id: string, code: string, message: string, meta?: Record<string, unknown>): TaskResult {
  return {
    type: 'result',
    seq,
    id,
    line: errorOutput(format, id, code, message, meta),
    outcome: 'failed',
    quotes: 0,
    speakers: 0,
    language: '',
    error: { code, message },
  };
}
