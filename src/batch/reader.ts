/**
 * The reading side of a batch run: turns the documents of the inputs (sources.ts) into numbered
 * jobs: a task for a worker, or, for a document that could not be read, its error result at
 * once. Ids are made unique here (ids.ts) and documents an earlier run finished (`--resume`) are
 * passed over, so whatever runs the tasks (the worker pool, or a queue shared by several
 * machines) sees each document once, numbered in input order.
 * @module
 */
import { join } from 'node:path';
import { pageName } from './html.js';
import type { OutputFormat } from '../output/table.js';
import type { IdRegistry } from './ids.js';
import { failedResult, type Task, type TaskResult } from './protocol.js';
import type { SourceItem } from './sources.js';

/** One document to run, or one whose result is known without running it. */
export type Job =
  /** A document for a worker; `task.seq` is its position in the output. */
  | { seq: number; size: number; task: Task; result?: undefined }
  /** A document that failed before any stage saw it: its error result. */
  | { seq: number; size: number; task?: undefined; result: TaskResult };

/** Options of {@link readJobs}. */
export interface ReadJobsOptions {
  /** Makes ids unique (a repeated `a` becomes `a#2`). */
  ids: IdRegistry;
  /** Ids an earlier run wrote (`--resume`): passed over. */
  done: ReadonlySet<string>;
  /** The run's output format (for the error results). */
  format: OutputFormat;
  /** The `--html` folder, when pages are wanted: each task is told where its page goes. */
  htmlDir?: string | undefined;
  /** Called for each document passed over because it is in {@link done}, with its input bytes. */
  onPassOver?: (bytes: number) => void;
}

/**
 * Numbers the documents of a run from 0, in input order, skipping those already done.
 * @param items the documents, from readDocuments
 * @param options ids, resume state, html folder
 */
export async function* readJobs(items: AsyncIterable<SourceItem>, options: ReadJobsOptions): AsyncGenerator<Job> {
  const { ids, done, format, htmlDir, onPassOver } = options;
  let seq = 0;
  for await (const item of items) {
    const id = ids.claim(item.id);
    if (done.has(id)) {
      onPassOver?.(item.size);
      continue;
    }
    const s = seq++;
    if (item.kind === 'error') {
      yield { seq: s, size: item.size, result: failedResult(format, s, id, item.code, item.message, item.meta) };
      continue;
    }
    const task: Task = { type: 'task', seq: s, id, size: item.size };
    if (item.text !== undefined) task.text = item.text;
    if (item.bytes !== undefined) task.bytes = item.bytes;
    if (item.label !== undefined) task.label = item.label;
    if (item.meta !== undefined) task.meta = item.meta;
    if (htmlDir !== undefined) task.html = join(htmlDir, pageName(id));
    yield { seq: s, size: item.size, task };
  }
}
