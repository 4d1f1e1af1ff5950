#!/usr/bin/env node
/**
 * The `citat` command. Errors come out as one line on standard error and a non-zero exit code;
 * set CITAT_DEBUG=1 to see the stack of an unexpected one.
 * @module
 */
import { parseArgs } from 'node:util';
import { describeSystemError, isCitatError } from '../errors.js';
import type { Command } from './args.js';
import { COMMANDS } from './commands/index.js';

const VERSION = '0.1.0';

/** The command being run, for messages ('' before one is known). */
let running = '';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `citat ${VERSION}: find quotations in Danish news text and who said them

Usage: citat <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (after a command: that command's options)
  -v, --version  print the version

Run "citat <command> --help" for a command's options.
Examples:
  citat extract article.txt --pretty
  cat article.txt | citat extract - --id a1
  citat schema > citat.schema.json

Exit codes: 0 success; 1 the run could not proceed (bad input, bad option); 2 some documents failed (batch).`;
}

/**
 * Rewords a node:util parseArgs error as one short line naming the option: Node's own text can
 * run over several lines, and for an unknown option it suggests `--` positional syntax, which is
 * not what a user who mistyped a flag needs.
 */
function describeArgsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${option}"`;
  if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `option ${option} takes no value`;
    return `option ${option} needs a value (as ${option}=VALUE when the value starts with "-")`;
  }
  return message.split('\n')[0]!;
}

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.help}\n  -h, --help       show this help`;
}

/**
 * Runs the command line.
 * @param argv arguments after the program name
 * @returns the exit code
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${topic ? commandHelp(topic) : mainHelp()}\n`);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  running = command?.name ?? '';
  if (!command) {
    process.stderr.write(`citat: unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')} (see citat --help)\n`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`citat ${command.name}: ${describeArgsError(error)} (see citat ${command.name} --help)\n`);
    return 1;
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals, out: process.stdout, err: process.stderr });
  } catch (error) {
    if (isCitatError(error)) {
      process.stderr.write(`citat ${command.name}: ${error.message}\n`);
    } else {
      process.stderr.write(
        `citat ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)} (run with CITAT_DEBUG=1 for details; please report it)\n`,
      );
      if (process.env.CITAT_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    }
    return 1;
  }
}

// A write to standard output that fails is an error (a full disk, a device that takes nothing),
// except a reader that went away: `citat … | head` is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`citat${running ? ` ${running}` : ''}: cannot write to standard output (${describeSystemError(e)})\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`citat: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
