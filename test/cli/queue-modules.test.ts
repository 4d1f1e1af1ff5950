import { describe, expect, it } from 'vitest';
import { loadQueueModule } from '../../src/cli/queue-modules.js';

/** An import that fails as Node's does when a package is not installed. */
const missing = (pkg: string) => async () => {
  const e = new Error(`Cannot find package '${pkg}' imported from /x/dist/queue/connection.js`) as NodeJS.ErrnoException;
  e.code = 'ERR_MODULE_NOT_FOUND';
  throw e;
};

describe('the queue modules, BullMQ and ioredis being optional', () => {
  it.each(['bullmq', 'ioredis'])('a missing %s is a one-line BAD_OPTION saying what to install', async (pkg) => {
    await expect(loadQueueModule(missing(pkg))).rejects.toMatchObject({
      code: 'BAD_OPTION',
      message: expect.stringMatching(/--queue needs BullMQ and ioredis.*npm install bullmq@\S+ ioredis@\S+$/),
    });
  });

  it('passes any other failure on as it is', async () => {
    await expect(loadQueueModule(missing('left-pad'))).rejects.toMatchObject({ code: 'ERR_MODULE_NOT_FOUND' });
  });

  it('returns the module when it loads', async () => {
    await expect(loadQueueModule(async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });
});
