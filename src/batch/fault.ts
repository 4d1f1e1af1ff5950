/**
 * The test hook of batch workers, read from the CITAT_TEST_FAULT environment variable. Tests use
 * it to make a stage throw or a worker thread die on a chosen document; nothing else sets it.
 * Format: comma-separated `throw-on-id:ID`, `crash-on-id:ID`, `hang-on-id:ID`, `delay-ms:N`, and
 * for queue workers (src/queue/worker.ts) `kill-process-on-id:ID`: the whole worker process kills
 * itself with SIGKILL when it takes that document, as the system's out-of-memory killer would.
 * @module
 */

/** What the hook asks for. */
export interface Fault {
  /** Ids of documents on which a stage throws. */
  throwOn: Set<string>;
  /** Ids of documents on which the worker thread crashes. */
  crashOn: Set<string>;
  /** Ids of documents on which the worker loops until it is stopped (as a runaway stage would). */
  hangOn: Set<string>;
  /** Extra time per document, in milliseconds (to make a run long enough to interrupt). */
  delayMs: number;
  /** Ids of documents on which a queue worker process kills itself (SIGKILL). */
  killOn: Set<string>;
}

/**
 * Parses the hook's value.
 * @param spec the variable's value, or undefined
 */
export function parseFault(spec: string | undefined): Fault {
  const fault: Fault = { throwOn: new Set(), crashOn: new Set(), hangOn: new Set(), delayMs: 0, killOn: new Set() };
  for (const part of (spec ?? '').split(',')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const key = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).trim();
    if (key === 'throw-on-id') fault.throwOn.add(value);
    else if (key === 'crash-on-id') fault.crashOn.add(value);
    else if (key === 'kill-process-on-id') fault.killOn.add(value);
    else if (key === 'hang-on-id') fault.hangOn.add(value);
    else if (key === 'delay-ms') fault.delayMs = Math.max(0, Number(value) || 0);
  }
  return fault;
}
