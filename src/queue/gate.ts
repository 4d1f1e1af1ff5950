/**
 * A shared/exclusive gate for the work of one worker process. Chunks worked the usual way hold it
 * shared (many at once); a document of a retried chunk holds it exclusive, alone in the process.
 * Why: a document is blamed for the death of its process only when it was the one thing the
 * process was doing, so a document that merely ran beside a poison one is never given up.
 * Waiters are served in order, so a waiting exclusive holder is not starved by shared ones.
 * @module
 */

interface Waiter {
  exclusive: boolean;
  go: () => void;
}

/** See the module comment. */
export class Gate {
  private holders = 0;
  private exclusive = false;
  private readonly waiting: Waiter[] = [];

  /**
   * Runs `fn` while holding the gate shared.
   * @param fn the work
   */
  async shared<T>(fn: () => Promise<T>): Promise<T> {
    await this.enter(false);
    try {
      return await fn();
    } finally {
      this.holders--;
      this.pump();
    }
  }

  /**
   * Runs `fn` while holding the gate alone.
   * @param fn the work
   */
  async alone<T>(fn: () => Promise<T>): Promise<T> {
    await this.enter(true);
    try {
      return await fn();
    } finally {
      this.exclusive = false;
      this.pump();
    }
  }

  private enter(exclusive: boolean): Promise<void> {
    return new Promise((go) => {
      this.waiting.push({ exclusive, go });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0 && !this.exclusive) {
      const next = this.waiting[0]!;
      if (next.exclusive) {
        if (this.holders > 0) return;
        this.exclusive = true;
      } else {
        this.holders++;
      }
      this.waiting.shift();
      next.go();
    }
  }
}
