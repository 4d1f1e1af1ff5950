/**
 * Every error citat raises on purpose, in one place (as spaCy gathers its error texts in one file).
 * Each has a stable `code` that programs can branch on and that batch error records carry.
 * @module
 */

/** Stable error codes. */
export const ErrorCode = {
  /** The text is empty or only white space. */
  EMPTY_INPUT: 'EMPTY_INPUT',
  /** The text contains a NUL character (a binary file, most likely). */
  NUL_BYTE: 'NUL_BYTE',
  /** The bytes are not valid UTF-8. */
  NOT_UTF8: 'NOT_UTF8',
  /** The text is larger than the size limit. */
  TOO_LARGE: 'TOO_LARGE',
  /** The input is not a string (library use). */
  NOT_TEXT: 'NOT_TEXT',
  /** An input file or folder does not exist or cannot be read. */
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  /** A JSONL line is not a JSON object with a string `text`. */
  BAD_JSON: 'BAD_JSON',
  /** An option has a value outside its range. */
  BAD_OPTION: 'BAD_OPTION',
  /** A pipeline's stage order cannot satisfy what each stage requires. */
  PIPELINE_ORDER: 'PIPELINE_ORDER',
  /** A stage threw while processing a document. */
  STAGE_FAILED: 'STAGE_FAILED',
  /** The pipeline produced a document that does not validate (a bug in citat). */
  INVALID_OUTPUT: 'INVALID_OUTPUT',
  /** A worker thread died while processing a document. */
  WORKER_CRASHED: 'WORKER_CRASHED',
  /** Redis (the queue of a distributed batch run) cannot be reached, refuses us, or lost a run's data. */
  QUEUE_UNAVAILABLE: 'QUEUE_UNAVAILABLE',
  /** A document took longer than the time limit of one document (`citat batch --timeout-per-doc`). */
  TIMEOUT: 'TIMEOUT',
  /** The output could not be written (a full disk, a broken output). */
  WRITE_FAILED: 'WRITE_FAILED',
} as const;

/** One of {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The error citat throws. `message` is one line that names the problem (and the document or
 * stage where that helps); `code` is stable.
 * @example
 * try { extract('') } catch (e) { if (e instanceof CitatError && e.code === 'EMPTY_INPUT') … }
 */
export class CitatError extends Error {
  /** Stable code, see {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** Id of the document concerned, when known. */
  readonly documentId: string | undefined;
  /** Name of the stage concerned, when known. */
  readonly stage: string | undefined;

  /**
   * @param code stable error code
   * @param message one line naming the problem
   * @param details the document id, the stage and the underlying error, where known
   */
  constructor(code: ErrorCode, message: string, details: { documentId?: string; stage?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CitatError';
    this.code = code;
    this.documentId = details.documentId;
    this.stage = details.stage;
  }
}

/**
 * Whether a value is a {@link CitatError} (also across worker-thread boundaries, where
 * `instanceof` fails because the prototype is lost).
 * @param error any thrown value
 */
export function isCitatError(error: unknown): error is CitatError {
  return (
    error instanceof CitatError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'CitatError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}

/**
 * A system error in a few words for a one-line message: `ENOSPC: no space left on device` (Node's
 * message without the name of the call that failed), or the message of any other error.
 * @param error what was thrown or emitted
 */
export function describeSystemError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = (error instanceof Error ? e.message : String(error)).split('\n')[0] ?? '';
  return e.syscall !== undefined && message.endsWith(`, ${e.syscall}`) ? message.slice(0, -(e.syscall.length + 2)) : message;
}
