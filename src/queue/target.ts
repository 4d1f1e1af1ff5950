/**
 * The `--queue` URL and `--queue-name` of a distributed batch run, checked before anything
 * connects (and without loading the Redis client, so other commands start as fast as before).
 * @module
 */
import { CitatError, ErrorCode } from '../errors.js';

/** Where a run's queue lives. */
export interface QueueTarget {
  /** The Redis URL as given (`redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS). */
  url: string;
  /** The URL without its password, for messages. */
  shown: string;
  /** The queue's name: the BullMQ queue every worker of the run joins. */
  name: string;
}

/** Default queue name. */
export const DEFAULT_QUEUE_NAME = 'citat';

/**
 * Queue names are parts of Redis keys: BullMQ refuses `:`, and a name with spaces or quotes is
 * a typing mistake more often than a wish; so letters, digits, `.`, `_` and `-`, at most 100.
 */
const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Checks `--queue` and `--queue-name`.
 * @param url the Redis URL
 * @param name the queue name (default {@link DEFAULT_QUEUE_NAME})
 * @throws {CitatError} BAD_OPTION naming what is wrong
 */
export function parseQueueTarget(url: string, name: string = DEFAULT_QUEUE_NAME): QueueTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --queue to be a Redis URL such as redis://127.0.0.1:6379, got "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --queue to start with redis:// or rediss://, got "${parsed.protocol}//…"`);
  }
  if (parsed.hostname === '') throw new CitatError(ErrorCode.BAD_OPTION, `--queue ${url}: no host named`);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db))
    throw new CitatError(ErrorCode.BAD_OPTION, `--queue ${url}: the path must be a database number (such as /0), got "/${db}"`);
  if (!QUEUE_NAME.test(name)) {
    throw new CitatError(
      ErrorCode.BAD_OPTION,
      `queue name "${name}" is not allowed: use 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  }
  const shown = new URL(url);
  if (shown.password !== '') shown.password = '***';
  return { url, shown: shown.href.replace(/\/$/, ''), name };
}
