/**
 * A batch worker thread: builds one pipeline, then turns tasks into finished output lines (the
 * JSON is serialised here, off the main thread). Every failure of a document, including a stage
 * that throws, comes back as an error line; only a crash of the thread itself is the pool's
 * business.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, DEFAULT_STAGES, defineStage } from '../index.js';
import { ErrorCode, isCitatError } from '../errors.js';
import { decodeUtf8 } from '../input.js';
import type { CitatDocument } from '../schema/index.js';
import { encodeLine, errorLine, type MainMessage, type Task, type TaskResult, type WorkerConfig, type WorkerMessage } from './protocol.js';
import { parseFault } from './fault.js';

const port = parentPort;
if (!port) throw new Error('citat batch worker must run in a worker thread');
const config = workerData as WorkerConfig;
const fault = parseFault(config.fault);

// The test hook's "stage that throws" is a real stage, so the runner's own error path is tested.
const faultStage = defineStage({
  name: 'test-fault',
  requires: [],
  provides: [],
  danishOnly: false,
  run(doc) {
    if (fault.throwOn.has(doc.id)) throw new Error('injected fault (CITAT_TEST_FAULT)');
  },
});
// The view is loaded only when pages are asked for.
const renderPage = config.html ? (await import('../view/index.js')).renderPage : undefined;
const pipeline = createPipeline({ timings: true, ...(fault.throwOn.size > 0 ? { stages: [...DEFAULT_STAGES, faultStage] } : {}) });

function post(message: WorkerMessage): void {
  port!.postMessage(message);
}

function process1(task: Task): TaskResult {
  const { seq, id, meta } = task;
  if (fault.crashOn.has(id)) {
    // Test hook: an uncaught throw kills the thread, as a bug outside the runner's care would.
    throw new Error(`injected crash (CITAT_TEST_FAULT) on document "${id}"`);
  }
  if (fault.delayMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, fault.delayMs);
  let doc: CitatDocument;
  let text: string;
  try {
    text = task.text ?? decodeUtf8(task.bytes ?? new Uint8Array(), task.label ?? id, { maxBytes: config.maxBytes });
    doc = pipeline.run(text, { id, force: config.force, maxBytes: config.maxBytes });
  } catch (error) {
    const code = isCitatError(error) ? error.code : ErrorCode.STAGE_FAILED;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { type: 'result', seq, id, line: encodeLine(errorLine(id, code, message, meta)), outcome: 'failed', quotes: 0, speakers: 0, language: '', error: { code, message } };
  }
  const code = doc.language.code;
  const result: TaskResult = {
    type: 'result',
    seq,
    id,
    line: encodeLine(JSON.stringify(meta === undefined ? doc : { ...doc, meta })),
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

// Time spent on documents (for --stats).
let busyMs = 0;
port.on('message', (message: MainMessage) => {
  if (message.type === 'timings') {
    post({ type: 'timings', timings: { ...(pipeline.timings ?? {}) }, busyMs });
  } else {
    const t0 = performance.now();
    const result = process1(message);
    busyMs += performance.now() - t0;
    port!.postMessage(result, typeof result.line === 'string' ? [] : [result.line.buffer as ArrayBuffer]);
  }
});
post({ type: 'ready' });
