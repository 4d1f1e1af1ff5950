/**
 * `citat worker --queue redis://HOST:PORT [--queue-name Q] [--concurrency N] [--name NAME]
 * [--lock-seconds N] [--quiet]`: works documents of queued batch runs (see src/queue/worker.ts).
 * @module
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { CitatError, ErrorCode } from '../../errors.js';
import { DEFAULT_QUEUE_NAME, parseQueueTarget } from '../../queue/target.js';
import { loadQueueModule } from '../queue-modules.js';
import { parsePositiveInt, type Command } from '../args.js';

/** The worker command. */
export const workerCommand: Command = {
  name: 'worker',
  summary: 'work documents of `citat batch --queue` runs from a Redis queue, on this machine',
  usage: 'citat worker --queue redis://HOST:PORT [--queue-name Q] [--concurrency N] [--name NAME] [--lock-seconds N] [--quiet]',
  help: `Joins a queue on Redis and works the documents that \`citat batch … --queue\` sends to it,
through the same pipeline as a local batch, until stopped. Start as many as you like, on as many
machines as you like, at any time; each takes chunks of documents as it has room.

Options:
  --queue URL        the Redis to join: redis://[:PASSWORD@]HOST:PORT[/DB] (rediss:// for TLS)
  --queue-name Q     the queue (default ${DEFAULT_QUEUE_NAME}; the coordinator's --queue-name)
  --concurrency N    worker threads (default: one per core, here ${availableParallelism()})
  --name NAME        what to call this worker in messages and in BullMQ (default HOST-PID)
  --lock-seconds N   how long the chunks of a worker that died stay locked before other workers
                     take them over (default 30; every worker of a queue should use the same)
  --quiet            no start and stop lines

Ctrl-C (SIGINT) or SIGTERM finishes the chunks in hand, then exits 0; a second one quits at once
(the chunks in hand then go to other workers when their locks run out).

Exit codes: 0 stopped by a signal; 1 could not start (Redis unreachable, wrong password, bad option).`,
  options: {
    queue: { type: 'string' },
    'queue-name': { type: 'string' },
    concurrency: { type: 'string' },
    name: { type: 'string' },
    'lock-seconds': { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run({ values, positionals, err }) {
    if (positionals.length > 0)
      throw new CitatError(
        ErrorCode.BAD_OPTION,
        `unexpected argument "${positionals[0]}": the documents come from the queue (give them to citat batch … --queue)`,
      );
    if (typeof values.queue !== 'string') throw new CitatError(ErrorCode.BAD_OPTION, 'name the queue to join: --queue redis://HOST:PORT');
    const target = parseQueueTarget(values.queue, typeof values['queue-name'] === 'string' ? values['queue-name'] : undefined);
    const threads = parsePositiveInt('concurrency', values.concurrency, availableParallelism());
    const lockSeconds = parsePositiveInt('lock-seconds', values['lock-seconds'], 30);
    // The same heap and compiler settings as citat batch (see there for the measurements).
    setFlagsFromString('--heap-growing-percent=30');
    if (threads >= availableParallelism()) setFlagsFromString('--no-concurrent-recompilation');
    const { runQueueWorker } = await loadQueueModule(() => import('../../queue/worker.js'));
    return runQueueWorker({
      target,
      threads,
      lockSeconds,
      ...(typeof values.name === 'string' ? { name: values.name } : {}),
      quiet: values.quiet === true,
      stderr: err,
    });
  },
};
