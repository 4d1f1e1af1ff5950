/**
 * The window of the batch runner: it bounds how much input is between reading and writing, so
 * memory stays flat whatever the input's size.
 * @module
 */

/**
 * Bounds the documents read but not yet written, in two ways. Documents not yet done (waiting
 * for a worker or on one) are bounded in number: enough to keep every worker fed. Documents done
 * but waiting to be written (output goes in input order, so everything behind a slow document
 * waits for it) are bounded only by their bytes, with all the others: so one slow document does
 * not stop the other workers until that much input has piled up behind it.
 *
 * The reader waits in {@link acquire}; a result coming back calls {@link finished}, its writing
 * {@link release}. One document always fits, however large, so a big document cannot stall the
 * run.
 */
export class Window {
  /** Read and not yet written. */
  private count = 0;
  /** Read and not yet done. */
  private inFlight = 0;
  private bytes = 0;
  private waiter: (() => void) | undefined;
  private closed = false;

  /**
   * @param maxInFlight documents read but not yet done, at most
   * @param maxBytes input bytes read but not yet written, at most (unless a single document is larger)
   */
  constructor(
    private readonly maxInFlight: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * Waits for room for a document of `size` bytes.
   * @returns false when the window was closed meanwhile (the run is stopping)
   */
  async acquire(size: number): Promise<boolean> {
    while (!this.closed && this.count > 0 && (this.inFlight >= this.maxInFlight || this.bytes + size > this.maxBytes)) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.closed) return false;
    this.count++;
    this.inFlight++;
    this.bytes += size;
    return true;
  }

  /** Notes that a document is done (its result is back, in any order); it may still wait to be written. */
  finished(): void {
    this.inFlight--;
    this.wake();
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
