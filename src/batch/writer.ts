/**
 * The writing side of a batch run: results come in any order, keyed by their position in the
 * input (`seq`), and go out in input order, so the output is always a prefix of what one whole
 * run writes (which `--resume` relies on). A position that will never come (a document abandoned
 * by a stop) is a gap: nothing after it is written.
 *
 * Lines are gathered and written in blocks (every 256 kB or 50 ms): one write per line cost the
 * main thread more than everything else it does. A block goes out as one vectored write of its
 * lines (cork/uncork), not copied into one buffer first: those copies, of a different size each,
 * fragmented the main thread's C heap (see READ_CHUNK in sources.ts). A stream that cannot write
 * vectors (standard output redirected to a file is written synchronously, line by line after
 * uncork) gets the copy instead. When the output is slow (a slow disk, a pipe read slowly),
 * writing pauses until it drains, and results wait, so the reader waits too instead of memory
 * filling up. When the output fails (a full disk), nothing more is written and the runner is told.
 * @module
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { CitatError, ErrorCode } from '../errors.js';
import type { TaskResult } from './protocol.js';

/** A block is written once it holds this many bytes … */
const BLOCK_BYTES = 256 * 1024;
/** … or this long after its first line, whichever comes first. */
const BLOCK_MS = 50;

interface Held {
  result: TaskResult;
  size: number;
}

/** Writes results in input order, whatever order they arrive in. */
export class OrderedWriter {
  private readonly held = new Map<number, Held>();
  /** The next position to write. */
  private next = 0;
  /** The first position that will never come (Infinity: none). */
  private gap = Infinity;
  /** Positions that arrived or were given up. */
  private settled = 0;
  /** How many positions the run has, once known. */
  private total = Infinity;
  private waitingForDrain = false;
  private finished: (() => void) | undefined;
  private readonly vectored: boolean;
  private block: Uint8Array[] = [];
  private blockBytes = 0;
  private blockTimer: NodeJS.Timeout | undefined;
  /** The output's error, once it failed. */
  error: Error | undefined;

  /**
   * @param sink where the lines go
   * @param onWritten called for each result as it is written, in input order, with the input
   *   bytes of its document (for counts, progress, an index of pages)
   * @param onError called once if the output fails (nothing more is written after it)
   */
  constructor(
    private readonly sink: Writable,
    private readonly onWritten: (result: TaskResult, size: number) => void,
    onError: (error: Error) => void = () => undefined,
  ) {
    this.vectored = typeof (sink as Writable & { _writev?: unknown })._writev === 'function';
    sink.on('error', (error: Error) => {
      if (this.error) return;
      this.error = error;
      // Write nothing more: a gap here, and stop waiting for a drain that will not come.
      this.gap = Math.min(this.gap, this.next);
      this.waitingForDrain = false;
      this.block = [];
      this.blockBytes = 0;
      onError(error);
      this.checkDone();
    });
  }

  /**
   * Takes the result of position `seq` (in any order); it is written once every earlier position
   * is written.
   * @param seq the document's position in the input
   * @param result its result
   * @param size its input bytes
   */
  put(seq: number, result: TaskResult, size: number): void {
    this.settled++;
    if (seq === this.next && !this.waitingForDrain && seq < this.gap) {
      // The common case: it is the next one to write.
      this.write({ result, size });
      this.pump();
    } else {
      this.held.set(seq, { result, size });
    }
    this.checkDone();
  }

  /**
   * Gives up position `seq`: it will never come (the run is stopping), so nothing after it is
   * written.
   * @param seq the abandoned position
   */
  skip(seq: number): void {
    this.settled++;
    if (seq < this.gap) this.gap = seq;
    this.checkDone();
  }

  /**
   * Resolves once all `count` positions have arrived or been given up and every one that can be
   * written is handed to the output.
   * @param count positions in the run (0 … count-1)
   */
  finish(count: number): Promise<void> {
    this.total = count;
    return new Promise((resolve) => {
      this.finished = resolve;
      this.checkDone();
    });
  }

  /** Writes the results that are next in order, until one is missing or the output is full. */
  private pump(): void {
    while (!this.waitingForDrain && this.next < this.gap) {
      const held = this.held.get(this.next);
      if (held === undefined) break;
      this.held.delete(this.next);
      this.write(held);
    }
  }

  private write(held: Held): void {
    const { result, size } = held;
    this.next++;
    const bytes = typeof result.line === 'string' ? Buffer.from(`${result.line}\n`) : result.line;
    this.block.push(bytes);
    this.blockBytes += bytes.length;
    if (this.blockBytes >= BLOCK_BYTES) this.writeBlock();
    else this.blockTimer ??= setTimeout(() => this.writeBlock(), BLOCK_MS);
    this.onWritten(result, size);
    // A slow disk or pipe slows the run down instead of filling memory.
    if (this.sink.writableNeedDrain) {
      this.waitingForDrain = true;
      void once(this.sink, 'drain').then(
        () => {
          if (this.error) return;
          this.waitingForDrain = false;
          this.pump();
          this.checkDone();
        },
        () => undefined,
      ); // an error instead of a drain: handled by the error listener
    }
  }

  private writeBlock(): void {
    clearTimeout(this.blockTimer);
    this.blockTimer = undefined;
    if (this.blockBytes === 0 || this.error) return;
    const { sink, block } = this;
    if (this.vectored) {
      sink.cork();
      for (const bytes of block) sink.write(bytes);
      sink.uncork();
    } else sink.write(block.length === 1 ? block[0]! : Buffer.concat(block, this.blockBytes));
    this.block = [];
    this.blockBytes = 0;
  }

  private checkDone(): void {
    if (this.finished === undefined || this.settled < this.total || this.waitingForDrain) return;
    if (this.next < this.gap && this.held.has(this.next)) return;
    this.writeBlock();
    this.held.clear();
    const done = this.finished;
    this.finished = undefined;
    done();
  }
}

/**
 * Opens the output file (appending when resuming), failing early when it cannot be written.
 * @param path the -o file
 * @param append keep what is there (--resume)
 * @throws {CitatError} FILE_NOT_FOUND when it cannot be opened for writing
 */
export async function openOutput(path: string, append: boolean): Promise<Writable> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w', highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${path}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return stream;
}

/**
 * Ends the output: a file is closed once everything is on disk; standard output (not ours to
 * close) is waited on until it has taken everything.
 * @param sink the output
 * @param owned whether the run opened it (a file) or was given it (standard output)
 */
export async function closeOutput(sink: Writable, owned: boolean): Promise<void> {
  if (sink.destroyed) return; // it failed (the runner says so) or was closed
  if (owned) {
    sink.end();
    await once(sink, 'finish');
  } else if (sink.writableNeedDrain) {
    await once(sink, 'drain');
  }
}
