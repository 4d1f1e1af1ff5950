/**
 * Loading the distributed batch's modules. BullMQ and ioredis are optional peer dependencies:
 * most users never run a queue, and BullMQ brings a native add-on with an install script
 * (msgpackr-extract), so they are installed only by those who do. A missing one is a one-line
 * error that says how to install it.
 * @module
 */
import { CitatError, ErrorCode } from '../errors.js';

/** The versions this citat is tested with. */
const QUEUE_PACKAGES = 'bullmq@6.7.0 ioredis@6.0.0';

/**
 * Imports a queue module, or says what to install when BullMQ or ioredis is missing.
 * @param load the dynamic import
 * @throws {CitatError} BAD_OPTION naming the packages to install
 */
export async function loadQueueModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && /['"](?:bullmq|ioredis)['"]/.test(String(e.message))) {
      throw new CitatError(
        ErrorCode.BAD_OPTION,
        `--queue needs BullMQ and ioredis, which citat leaves to those who run a queue: npm install ${QUEUE_PACKAGES}`,
      );
    }
    throw error;
  }
}
