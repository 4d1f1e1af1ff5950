/**
 * The commands of `citat`, in the order --help lists them.
 * @module
 */
import type { Command } from '../args.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';

/** Every subcommand. */
export const COMMANDS: readonly Command[] = [extractCommand, schemaCommand];
