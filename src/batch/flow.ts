/**
 * The window of the batch runner: it bounds how much input is between reading and writing, so
 * memory stays flat whatever the input's size.
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
