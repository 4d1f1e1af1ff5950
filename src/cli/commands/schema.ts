/**
 * `citat schema`: prints the JSON Schema of the output document.
 * @module
 */
import { CitatError, ErrorCode } from '../../errors.js';
import type { Command } from '../args.js';

/** The schema command. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the document that extract and batch write',
  usage: 'citat schema',
  help: 'Prints the JSON Schema (draft 2020-12) of a citat document, generated from the zod schema.\nThe same file is committed as schema/citat.schema.json.',
  options: {},
  async run({ positionals, out }) {
    if (positionals.length > 0) throw new CitatError(ErrorCode.BAD_OPTION, `schema takes no arguments, got "${positionals.join(' ')}"`);
    // zod and the schema load only for this command
    const { citatJsonSchema } = await import('../../schema/index.js');
    out.write(`${JSON.stringify(citatJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
