/**
 * The commands of `citat`, in the order --help lists them.
 * @module
 */
import type { Command } from '../args.js';
import { batchCommand } from './batch.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';
import { viewCommand } from './view.js';
import { workerCommand } from './worker.js';

/** Every subcommand. */
export const COMMANDS: readonly Command[] = [extractCommand, batchCommand, workerCommand, evalCommand, viewCommand, schemaCommand];
