/**
 * `citat eval` (placeholder until its issue lands).
 * @module
 */
import { CitatError, ErrorCode } from '../../errors.js';
import type { Command } from '../args.js';

/** The eval command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: '(not yet available)',
  usage: 'citat eval',
  help: 'Not yet available.',
  options: {},
  async run() {
    throw new CitatError(ErrorCode.BAD_OPTION, 'citat eval is not available yet');
  },
};
