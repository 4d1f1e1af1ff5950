/**
 * What a batch run tells the person watching it: a progress line on standard error while it runs
 * (only on a terminal, redrawn in place) and a one-line summary at the end.
 * @module
 */
import type { Writable } from 'node:stream';
import type { RunStats } from './stats.js';

const MB = 1024 * 1024;

function mb(bytes: number): string {
  const m = bytes / MB;
  return m < 10 ? m.toFixed(2) : m.toFixed(1);
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line: documents, MB, documents/s, MB/s, and the ETA when the total is known.
 * @param stats counts so far
 * @param totalBytes input size, or null when unknown (standard input)
 */
export function progressLine(stats: RunStats, totalBytes: number | null): string {
  const t = Math.max(stats.seconds(), 1e-3);
  const rate = stats.bytes / t;
  let line = `citat batch: ${stats.documents.toLocaleString('en-US')} docs, ${mb(stats.bytes)} MB`;
  if (totalBytes !== null && totalBytes > 0) {
    const done = Math.min(1, (stats.bytes + stats.resumedBytes) / totalBytes);
    line += ` of ${mb(totalBytes)} MB (${(done * 100).toFixed(0)}%)`;
  }
  line += `, ${(stats.documents / t).toFixed(0)} docs/s, ${(rate / MB).toFixed(2)} MB/s`;
  if (totalBytes !== null && rate > 0) line += `, ETA ${clock((totalBytes - stats.bytes - stats.resumedBytes) / rate)}`;
  if (stats.failed > 0) line += `, ${stats.failed} failed`;
  return line;
}

/**
 * The summary line printed at the end of every run (unless --quiet).
 * @param stats final counts
 */
export function summaryLine(stats: RunStats): string {
  const t = Math.max(stats.seconds(), 1e-3);
  const resumed = stats.resumed > 0 ? ` (${stats.resumed.toLocaleString('en-US')} done before, passed over)` : '';
  return (
    `citat batch: ${stats.documents.toLocaleString('en-US')} documents${resumed}: ${stats.ok.toLocaleString('en-US')} ok, ` +
    `${stats.skipped.toLocaleString('en-US')} skipped as not Danish, ${stats.failed.toLocaleString('en-US')} failed; ` +
    `${stats.quotes.toLocaleString('en-US')} quotes, ${stats.speakers.toLocaleString('en-US')} speakers; ` +
    `${mb(stats.bytes)} MB in ${t.toFixed(1)} s (${(stats.bytes / MB / t).toFixed(2)} MB/s, ${(stats.documents / t).toFixed(0)} docs/s)`
  );
}

/** Redraws the progress line a few times a second on a terminal. */
export class ProgressDisplay {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  /**
   * @param err where to draw (standard error)
   * @param stats live counts
   * @param totalBytes input size, or null
   */
  constructor(
    private readonly err: Writable,
    private readonly stats: RunStats,
    private readonly totalBytes: number | null,
  ) {}

  /** Starts redrawing. */
  start(): void {
    this.draw();
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
  }

  /** Draws the line now. */
  draw(): void {
    this.err.write(`\r\x1b[K${progressLine(this.stats, this.totalBytes)}`);
    this.shown = true;
  }

  /**
   * Writes a message on standard error without tearing the progress line (when it is shown).
   * @param message one or more whole lines
   */
  say(message: string): void {
    const shown = this.timer !== undefined;
    if (shown) this.stop();
    this.err.write(message);
    if (shown) this.start();
  }

  /** Stops and clears the line, so the next message starts on a clean line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.err.write('\r\x1b[K');
    this.shown = false;
  }
}
