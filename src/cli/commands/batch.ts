/**
 * `citat batch INPUT... [-o OUT.jsonl] [--format json|csv|tsv] [--concurrency N] [--resume] [--force]
 * [--quiet] [--max-bytes N] [--timeout-per-doc S] [--html DIR] [--queue redis://HOST:PORT]`: many
 * documents through every core (see src/batch/run.ts), or through workers on many machines
 * (src/queue/coordinator.ts).
 * @module
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runBatch } from '../../batch/run.js';
import { CitatError, ErrorCode } from '../../errors.js';
import { DEFAULT_QUEUE_NAME, parseQueueTarget } from '../../queue/target.js';
import { loadQueueModule } from '../queue-modules.js';
import { parseFormat, parseMaxBytes, parseMinConfidence, parsePositiveInt, parseSeconds, type Command } from '../args.js';

/** The time limit of one document when --timeout-per-doc is not given, in seconds. */
const DEFAULT_TIMEOUT_S = 60;

/**
 * V8's old generation grows to about four times the live data before a full collection (each
 * worker's ~21 MB of live data reached ~90 MB between collections); growing by 30% instead keeps
 * every worker's heap near what it holds. Measured on 60 MB of news with 2 workers: peak RSS
 * 246-273 MB against 301-324 MB, and the same CPU time (one worker, 20 MB: 6.74-7.02 s against
 * 6.78-6.87 s). Set here, in the command, because the flag is the whole process's: a program that
 * imports citat keeps its own heap settings. Worker heaps created after this line use it.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * With a worker on every core, each worker's hot functions are optimised on the worker's own
 * thread instead of V8's helper threads. Why: the helpers then have no idle core to run on, and
 * they took more CPU than the work they did: on 20 MB of news with 2 workers on 2 cores, helper
 * threads used 2.2-3.0 s of CPU with concurrent optimisation, and the workers 1.3-1.5 s more
 * without it, for 4.44-4.71 s of wall time against 4.64-5.18 s (three runs each, alternated).
 * With fewer workers than cores, concurrent optimisation is faster (one worker, 20 MB: 5.3 s
 * against 6.5 s), so it stays; on one core there is never an idle one. Like the heap flag, set in the command only, before the workers
 * start (a worker's heap reads the flag when it is created).
 * @param concurrency workers of the run
 * @param cores cores of the machine
 * @returns whether to turn concurrent optimisation off
 */
function optimiseOnWorkers(concurrency: number, cores: number): boolean {
  return concurrency >= cores;
}

/**
 * Worker threads per core at most. Each worker holds its own pipeline (some 40 MB at rest, and
 * 45 bytes per byte of the document it is on): 200 workers took 6 GB and 1000 hung after running
 * out of file handles (EMFILE), and past a few per core more workers only share the same cores.
 */
const MAX_WORKERS_PER_CORE = 4;

/**
 * The number of workers to start: the one asked for, capped at {@link MAX_WORKERS_PER_CORE} per core.
 * @param asked --concurrency
 * @param cores cores of the machine
 * @returns the number, and a one-line note when it was capped
 */
export function cappedConcurrency(asked: number, cores: number): { concurrency: number; note?: string } {
  const max = MAX_WORKERS_PER_CORE * cores;
  if (asked <= max) return { concurrency: asked };
  return {
    concurrency: max,
    note: `citat batch: --concurrency ${asked} is more than ${MAX_WORKERS_PER_CORE} per core; using ${max} worker threads (${cores} core${cores === 1 ? '' : 's'})\n`,
  };
}

/** Quotes an argument for a shell, when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The batch command. */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'run many documents (files, folders, JSONL) through every core, one JSON line each',
  usage:
    'citat batch INPUT... [-o OUT.jsonl] [--format json|csv|tsv] [--concurrency N] [--resume] [--force] [--quiet] [--max-bytes N] [--min-confidence X] [--timeout-per-doc S] [--html DIR] [--queue redis://HOST:PORT]',
  help: `Runs every document of the inputs and writes one JSON line per document, in input order:
the document of citat extract (plus "meta" for JSONL records), or for a document that failed
{"id", "error": {"code", "message"}}. A failed document does not stop the run.

Inputs:
  FILE.txt         one document; its id is the file name without extension
  FOLDER           every .txt file under it, recursively, in name order; ids are the paths
                   inside the folder without .txt (e.g. 2024/nyheder/a1); a folder without
                   any is an error (name .jsonl files themselves)
  FILE.jsonl       one {"id", "text", ...} object per line; other fields come back under "meta";
                   a record without id gets FILE:LINE; blank lines are passed over
  -                JSONL on standard input
  A repeated id is renamed: the second "a" becomes "a#2" (the summary says how many); a
  number already taken is passed over (an input "a#2" after two "a" becomes "a#3").

Options:
  -o, --out FILE   write the lines to FILE instead of standard output (replaced unless --resume)
  --format F       json (default): one JSON line per document; csv or tsv: one row per quote
                   after one header row, as citat extract --format csv writes it (a document
                   without quotes has no row; a failed one a row with only document_id and error)
  --concurrency N  worker threads (default: one per core, here ${availableParallelism()}; at most
                   ${MAX_WORKERS_PER_CORE} per core, here ${MAX_WORKERS_PER_CORE * availableParallelism()})
  --resume         keep the lines already in the -o file, skip their ids, append the rest
                   (a line torn by a hard kill is cut off first)
  --force          run the Danish rules even on text that is not Danish
  --quiet          no progress line and no summary
  --progress       show the progress line even when standard error is not a terminal
  --max-bytes N    refuse documents larger than N bytes (default 10485760 = 10 MB; k/M suffixes)
  --min-confidence X
                   keep only quotes whose confidence is at least X (0 to 1), and their speakers
  --timeout-per-doc S  give up a document after S seconds (default ${DEFAULT_TIMEOUT_S}; 0: no limit): it becomes
                   an error line with code TIMEOUT, its worker is replaced, the run goes on
  --html DIR       also write one HTML page per document and DIR/index.html
  --stats FILE     write the run's figures as JSON (counts, seconds, peak memory, time per stage)
  --queue URL      do not run the documents here: send them through Redis (redis://[:PASSWORD@]
                   HOST:PORT[/DB]) to \`citat worker\` processes on any number of machines, and
                   write their lines as they come back (in the order they finish); --format,
                   --min-confidence and --timeout-per-doc apply in the workers; not with --html or
                   --concurrency (workers choose their own)
  --queue-name Q   the queue the workers were started on (default ${DEFAULT_QUEUE_NAME})
  --chunk N        with --queue: documents per job, at most (default 256; also at most 1 MB);
                   a worker that dies hands back its chunks, so smaller ones lose less work

Progress (documents, MB, documents/s, MB/s, ETA) is shown on standard error when it is a
terminal; a one-line summary is printed at the end. Ctrl-C (SIGINT) or SIGTERM stops taking new
documents, finishes those in flight, and prints the command that resumes the run; a second one
quits at once and prints it too.

Exit codes: 0 every document succeeded; 2 some documents failed (see their error lines);
1 the run could not proceed; 130/143 stopped by SIGINT/SIGTERM (resume with --resume).`,
  options: {
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    concurrency: { type: 'string' },
    resume: { type: 'boolean' },
    force: { type: 'boolean' },
    quiet: { type: 'boolean' },
    progress: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    'min-confidence': { type: 'string' },
    'timeout-per-doc': { type: 'string' },
    html: { type: 'string' },
    stats: { type: 'string' },
    queue: { type: 'string' },
    'queue-name': { type: 'string' },
    chunk: { type: 'string' },
  },
  async run({ values, positionals, out, err }) {
    const maxBytes = parseMaxBytes(values['max-bytes']);
    const format = parseFormat(values.format);
    const minConfidence = parseMinConfidence(values['min-confidence']);
    const timeoutMs = parseSeconds('timeout-per-doc', values['timeout-per-doc'], DEFAULT_TIMEOUT_S);
    const { concurrency, note } = cappedConcurrency(parsePositiveInt('concurrency', values.concurrency, availableParallelism()), availableParallelism());
    if (note !== undefined && values.quiet !== true) err.write(note);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const outFile = str(values.out);
    const html = str(values.html);
    const stats = str(values.stats);
    const again = ['citat', 'batch', ...positionals.map(shellWord)];
    if (outFile !== undefined) again.push('-o', shellWord(outFile));
    if (format !== 'json') again.push('--format', format);
    if (values.concurrency !== undefined) again.push('--concurrency', String(concurrency));
    if (values.force) again.push('--force');
    if (values['max-bytes'] !== undefined) again.push('--max-bytes', shellWord(String(values['max-bytes'])));
    if (minConfidence > 0) again.push('--min-confidence', String(minConfidence));
    if (values['timeout-per-doc'] !== undefined) again.push('--timeout-per-doc', shellWord(String(values['timeout-per-doc'])));
    if (html !== undefined) again.push('--html', shellWord(html));
    const queue = str(values.queue);
    const queueName = str(values['queue-name']);
    if (queue === undefined && (queueName !== undefined || values.chunk !== undefined))
      throw new CitatError(ErrorCode.BAD_OPTION, `${queueName !== undefined ? '--queue-name' : '--chunk'} needs --queue redis://HOST:PORT`);
    if (queue !== undefined) {
      if (html !== undefined)
        throw new CitatError(
          ErrorCode.BAD_OPTION,
          '--html cannot be used with --queue: the workers run on other machines (run the pages locally with citat view)',
        );
      if (values.concurrency !== undefined)
        throw new CitatError(ErrorCode.BAD_OPTION, '--concurrency cannot be used with --queue: give it to each citat worker instead');
      const target = parseQueueTarget(queue, queueName);
      again.push('--queue', shellWord(target.url));
      if (queueName !== undefined) again.push('--queue-name', shellWord(queueName));
      const chunkDocs = values.chunk === undefined ? undefined : parsePositiveInt('chunk', values.chunk, 1);
      if (chunkDocs !== undefined) again.push('--chunk', String(chunkDocs));
      again.push('--resume');
      // Loaded only here: BullMQ and the Redis client add to the start-up of every command.
      const { runQueueBatch } = await loadQueueModule(() => import('../../queue/coordinator.js'));
      return runQueueBatch({
        target,
        inputs: positionals,
        ...(outFile !== undefined ? { out: outFile } : {}),
        resume: values.resume === true,
        force: values.force === true,
        quiet: values.quiet === true,
        ...(values.progress === true ? { progress: true } : {}),
        maxBytes,
        format,
        ...(minConfidence > 0 ? { minConfidence } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(chunkDocs !== undefined ? { chunkDocs } : {}),
        ...(stats !== undefined ? { stats } : {}),
        resumeCommand: again.join(' '),
        stdin: process.stdin,
        stdout: out,
        stderr: err as typeof process.stderr,
      });
    }
    again.push('--resume');
    // Heap and compiler settings for the worker threads of a local run only: a coordinator has
    // no worker threads, and its main thread, which makes much short-lived garbage, spent about a
    // fifth of its busy time collecting it with the smaller heap growth (10 MB of news, profiled).
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    if (optimiseOnWorkers(concurrency, availableParallelism())) setFlagsFromString('--no-concurrent-recompilation');
    return runBatch({
      inputs: positionals,
      ...(outFile !== undefined ? { out: outFile } : {}),
      format,
      concurrency,
      resume: values.resume === true,
      force: values.force === true,
      quiet: values.quiet === true,
      ...(values.progress === true ? { progress: true } : {}),
      maxBytes,
      ...(minConfidence > 0 ? { minConfidence } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(html !== undefined ? { html } : {}),
      ...(stats !== undefined ? { stats } : {}),
      resumeCommand: again.join(' '),
      stdin: process.stdin,
      stdout: out,
      stderr: err as typeof process.stderr,
    });
  },
};
