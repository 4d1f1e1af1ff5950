/**
 * Reaching Redis for a distributed batch run: a first connection that fails fast with one line naming the problem (nothing listening, no
 * answer, wrong password), and the long-lived connections of a run, which instead wait for Redis
 * to come back (a restart mid-run is survived, not an error).
 * @module
 */
import { Redis } from 'ioredis';
import { CitatError, ErrorCode } from '../errors.js';
import type { QueueTarget } from './target.js';

/** Time the first connection gets before the run gives up (well within the 10 s users wait). */
const FIRST_CONNECT_MS = 3000;

/** The one-line reason of a connection error. */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { message?: string };
  const message = String(e?.message ?? error).split('\n')[0]!;
  if (/WRONGPASS|invalid username-password|invalid password/i.test(message)) return 'wrong password or user name (Redis said WRONGPASS)';
  if (/NOAUTH/i.test(message)) return 'Redis asks for a password: give it in the URL as redis://:PASSWORD@host:port';
  if (e?.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return 'nothing is listening there (connection refused)';
  if (e?.code === 'ENOTFOUND' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'no such host';
  if (/timed? ?out|ETIMEDOUT/i.test(message)) return `no answer within ${FIRST_CONNECT_MS / 1000} s`;
  return message;
}

/**
 * Connects once, fails fast: checks that Redis answers and accepts the credentials, and warns
 * when its eviction policy is not `noeviction` (Redis would then drop queued documents under
 * memory pressure; BullMQ requires noeviction).
 * @param target the checked `--queue` and `--queue-name`
 * @param warn where to write a warning (one line)
 * @throws {CitatError} QUEUE_UNAVAILABLE within about 5 s, one line naming the cause
 */
export async function checkRedis(target: QueueTarget, warn: (line: string) => void): Promise<void> {
  const redis = new Redis(target.url, {
    lazyConnect: true,
    connectTimeout: FIRST_CONNECT_MS,
    commandTimeout: FIRST_CONNECT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let lastError: unknown;
  redis.on('error', (error: unknown) => (lastError = error));
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), FIRST_CONNECT_MS);
    });
    await Promise.race([
      (async () => {
        await redis.connect();
        await redis.ping();
      })(),
      deadline,
    ]);
  } catch (error) {
    redis.disconnect();
    throw new CitatError(
      ErrorCode.QUEUE_UNAVAILABLE,
      `cannot use Redis at ${target.shown}: ${reason(lastError && !/timed out/.test(String(error)) ? lastError : error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
  try {
    const policy = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (policy[1] !== undefined && policy[1] !== 'noeviction') {
      warn(`Redis at ${target.shown} has maxmemory-policy ${policy[1]}; set it to noeviction, or Redis may drop queued documents when its memory is full`);
    }
  } catch {
    /* CONFIG may be disabled (managed Redis): nothing to check then */
  } finally {
    redis.disconnect();
  }
}

/**
 * A connection for the length of a run. It waits for Redis through outages (reconnecting every
 * second or so, commands held until then), as BullMQ requires (`maxRetriesPerRequest: null`),
 * and says once on standard error when it loses Redis and when it has it back.
 * @param target the checked `--queue` and `--queue-name`
 * @param say writes one line
 */
export function openRedis(target: QueueTarget, say: (line: string) => void): Redis {
  const redis = new Redis(target.url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 1000),
  });
  watch(redis, target, say);
  return redis;
}

/** Reports outages of a connection once each (and when it is back). */
export function watch(redis: Redis, target: QueueTarget, say: (line: string) => void): void {
  let down = false;
  redis.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    say(`lost Redis at ${target.shown} (${reason(error)}); waiting for it to come back`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    say(`Redis at ${target.shown} is back`);
  });
}
