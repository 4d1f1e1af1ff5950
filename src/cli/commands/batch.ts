/**
 * `citat batch` (placeholder until its issue lands).
 * @module
 */
import { CitatError, ErrorCode } from '../../errors.js';
import type { Command } from '../args.js';

/** The batch command. */
export const batchCommand: Command = {
  name: 'batch',
  summary: '(not yet available)',
  usage: 'citat batch',
  help: 'Not yet available.',
  options: {},
  async run() {
    throw new CitatError(ErrorCode.BAD_OPTION, 'citat batch is not available yet');
  },
};
