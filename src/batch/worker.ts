/**
 * A batch worker thread: builds one pipeline, then turns tasks into finished output lines (the
 * JSON is serialised here, off the main thread). Every failure of a document, including a stage
 * that throws, comes back as an error line; only a crash of the thread itself is the pool's
 * business.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, DEFAULT_STAGES, defineStage, type AnyStage } from '../index.js';
import { ErrorCode, isCitatError } from '../errors.js';
import { decodeUtf8 } from '../input.js';
import { keepConfident } from '../pipeline/confident.js';
import type { CitatDocument } from '../schema/index.js';
import { documentTable, isTable } from '../output/table.js';
import {
  CURRENT_SEQ,
  CURRENT_SINCE,
  encodeLine,
  errorOutput,
  LARGE_BYTES,
  threadCpuMs,
  type MainMessage,
  type Task,
  type TaskResult,
  type WorkerData,
  type WorkerMessage,
} from './protocol.js';
import { parseFault } from './fault.js';

const port = parentPort;
if (!port) throw new Error('citat batch worker must run in a worker thread');
const config = workerData as WorkerData;
/** The seq of the document being worked on, -1 between documents (read by the pool if this thread dies). */
const current = new Float64Array(config.current);
const fault = parseFault(config.fault);
const encoder = new TextEncoder();

// The test hook's "stage that throws" is a real stage, so the runner's own error path is tested.
const faultStage: AnyStage = defineStage({
  name: 'test-fault',
  requires: [],
  provides: [],
  run(doc) {
    if (fault.throwOn.has(doc.id)) throw new Error('injected fault (CITAT_TEST_FAULT)');
    return {};
  },
});
// The view is loaded only when pages are asked for.
const renderPage = config.html ? (await import('../view/index.js')).renderPage : undefined;
const pipeline = createPipeline({ timings: true, ...(fault.throwOn.size > 0 ? { stages: [...DEFAULT_STAGES, faultStage] } : {}) });

/** V8's `gc`, once exposed; null when that failed (the run then goes on without it). */
let gc: (() => void) | null | undefined;
/** Whether a large document was finished and its memory is to be given back. */
let collectPending = false;

/**
 * A full garbage collection, after a large document. Why: the heap had grown to hold the
 * document's tokens and output, and V8 gives such memory back only when a thread is idle, which a
 * busy worker never is; each worker that ever met a large document kept that much memory to the
 * end of the run. Measured on 3,600 news articles with a 3 MB document after every 300, 2 workers:
 * peak RSS 379-408 MB against 511 MB, 41-43 s against 40 s (the collections, and heaps grown
 * anew for each large document; an archive with few large documents pays next to nothing). Two
 * large documents worked on at once still add up: each takes some 150 MB.
 *
 * V8 has no call for this short of the `--expose-gc` flag, set here once a large document comes.
 * V8's flags are the whole process's: in a `citat batch` process, contexts made after this one
 * (in any thread) see a `gc` function too. If exposing it fails, the run goes on without it.
 */
function collectGarbage(): void {
  if (gc === null) return;
  try {
    if (!gc) {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
    gc();
  } catch {
    gc = null;
  }
}

/**
 * Loads the models (the language model, the Hunspell word table, the names and confidence models)
 * before the thread says it is ready, by running the pipeline once on a sentence of our own. Why:
 * they load at their first use, which took a second or more under load, and a thread's first
 * document paid it inside its `--timeout-per-doc` (a healthy document timed out at a limit of 1 s).
 * The warm-up's time is left out of the stage timings.
 */
function warmUp(): void {
  try {
    pipeline.run('»Vi åbner igen i morgen,« siger direktør Karen Holm til avisen. Ifølge kommunen er alt klar.', { id: 'warm-up', force: true });
  } catch {
    // a failure here is the first document's to report
  }
  const timings = pipeline.timings;
  if (timings) for (const name of Object.keys(timings)) timings[name] = 0;
}

function post(message: WorkerMessage): void {
  port!.postMessage(message);
}

function process1(task: Task): TaskResult {
  const { seq, id, meta } = task;
  if (fault.crashOn.has(id)) {
    // Test hook: an uncaught throw kills the thread, as a bug outside the runner's care would.
    throw new Error(`injected crash (CITAT_TEST_FAULT) on document "${id}"`);
  }
  if (fault.hangOn.has(id)) {
    // Test hook: a loop that never ends, as a stage gone quadratic on hostile text would seem.
    while (fault.hangOn.size > 0) {
      // spins until the pool stops the thread
    }
  }
  if (fault.delayMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, fault.delayMs);
  let doc: CitatDocument;
  let text: string;
  try {
    text = task.text ?? decodeUtf8(task.bytes ?? new Uint8Array(), task.label ?? id, { maxBytes: config.maxBytes });
    doc = keepConfident(pipeline.run(text, { id, force: config.force, maxBytes: config.maxBytes }), config.minConfidence);
  } catch (error) {
    const code = isCitatError(error) ? error.code : ErrorCode.STAGE_FAILED;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return {
      type: 'result',
      seq,
      id,
      line: errorOutput(config.format, id, code, message, meta),
      outcome: 'failed',
      quotes: 0,
      speakers: 0,
      language: '',
      error: { code, message },
    };
  }
  const code = doc.language.code;
  const result: TaskResult = {
    type: 'result',
    seq,
    id,
    line: isTable(config.format) ? encoder.encode(documentTable(doc, config.format)) : encodeLine(JSON.stringify(meta === undefined ? doc : { ...doc, meta })),
    outcome: !config.force && code !== 'da' && code !== 'und' ? 'skipped' : 'ok',
    quotes: doc.quotes.length,
    speakers: doc.speakers.length,
    language: code,
  };
  if (task.html !== undefined && renderPage) {
    try {
      writeFileSync(task.html, renderPage(doc, text));
    } catch (error) {
      result.htmlError = `${task.html}: ${(error as Error).message}`;
    }
  }
  return result;
}

/** Results are posted in groups of this many … */
const FLUSH_DOCS = 16;
/** … or after this long since the group's first result, whichever comes first. */
const FLUSH_MS = 10;

// Time spent on documents (for --stats).
let busyMs = 0;
/** Tasks received and not yet done, in order (a done task is dropped at once: it holds its text). */
const tasks: Task[] = [];
let outbox: TaskResult[] = [];
let transfer: ArrayBuffer[] = [];
let firstDone = 0;
let scheduled = false;

function flush(): void {
  if (outbox.length === 0) return;
  port!.postMessage({ type: 'results', results: outbox } satisfies WorkerMessage, transfer);
  outbox = [];
  transfer = [];
}

/**
 * Works through the tasks received. Between groups of results it returns to the event loop, so
 * new tasks (which the pool sends as results come back) are taken in while there is still work.
 */
function drain(): void {
  scheduled = false;
  while (tasks.length > 0) {
    const task = tasks.shift()!;
    const t0 = performance.now();
    current[CURRENT_SINCE] = performance.timeOrigin + t0;
    current[CURRENT_SEQ] = task.seq;
    const result = process1(task);
    const t1 = performance.now();
    current[CURRENT_SEQ] = -1;
    result.ms = t1 - t0;
    busyMs += result.ms;
    if (outbox.length === 0) firstDone = t1;
    outbox.push(result);
    if (typeof result.line !== 'string') transfer.push(result.line.buffer as ArrayBuffer);
    // after a large document, its result goes out at once and the memory is given back below,
    // once neither the document nor its result is referenced from here
    collectPending ||= task.size > LARGE_BYTES;
    if (outbox.length >= FLUSH_DOCS || t1 - firstDone >= FLUSH_MS || collectPending) {
      flush();
      break;
    }
  }
  if (tasks.length === 0) {
    flush();
  } else {
    schedule();
  }
  if (collectPending) {
    collectPending = false;
    collectGarbage();
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(drain);
}

port.on('message', (message: MainMessage) => {
  if (message.type === 'timings') {
    post({ type: 'timings', timings: { ...(pipeline.timings ?? {}) }, busyMs, cpuMs: threadCpuMs() });
  } else {
    for (const task of message.tasks) tasks.push(task);
    schedule();
  }
});
current[CURRENT_SEQ] = -1;
warmUp();
post({ type: 'ready' });
