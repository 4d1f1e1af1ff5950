/**
 * `citat view` (placeholder until its issue lands).
 * @module
 */
import { CitatError, ErrorCode } from '../../errors.js';
import type { Command } from '../args.js';

/** The view command. */
export const viewCommand: Command = {
  name: 'view',
  summary: '(not yet available)',
  usage: 'citat view',
  help: 'Not yet available.',
  options: {},
  async run() {
    throw new CitatError(ErrorCode.BAD_OPTION, 'citat view is not available yet');
  },
};
