/**
 * The two small concurrency tools of the batch runner: a window that bounds how much input is
 * between reading and writing (so memory stays flat whatever the input's size), and a channel
 * that hands results to the writer in input order.
 * @module
 */

/**
 * Bounds the documents (and their bytes) read but not yet written. The reader waits in
 * {@link acquire}; the writer frees room with {@link release}. One document always fits, however
 * large, so a big document cannot stall the run.
 */
export class Window {
  private count = 0;
  private bytes = 0;
  private waiter: (() => void) | undefined;
  private closed = false;

  /**
   * @param maxCount documents at most
   * @param maxBytes input bytes at most (unless a single document is larger)
   */
  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * Waits for room for a document of `size` bytes.
   * @returns false when the window was closed meanwhile (the run is stopping)
   */
  async acquire(size: number): Promise<boolean> {
    while (!this.closed && this.count > 0 && (this.count >= this.maxCount || this.bytes + size > this.maxBytes)) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.closed) return false;
    this.count++;
    this.bytes += size;
    return true;
  }

  /** Frees the room of a written document. */
  release(size: number): void {
    this.count--;
    this.bytes -= size;
    this.wake();
  }

  /** Stops admitting documents and wakes a waiting reader. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }
}

/** A first-in first-out queue read by one async consumer until it is closed. */
export class Channel<T> {
  private readonly items: T[] = [];
  private waiter: (() => void) | undefined;
  private closed = false;

  /** Adds an item. */
  push(item: T): void {
    this.items.push(item);
    this.wake();
  }

  /** Ends the stream once the queued items are read. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  /** Yields items in order until closed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      // The window keeps this queue short, so shift() is cheap.
      if (this.items.length > 0) {
        yield this.items.shift()!;
      } else if (this.closed) {
        return;
      } else {
        await new Promise<void>((resolve) => (this.waiter = resolve));
      }
    }
  }
}
