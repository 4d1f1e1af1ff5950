/**
 * What a command is, and option parsing shared by the commands.
 * @module
 */
import type { Writable } from 'node:stream';
import { CitatError, ErrorCode } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../input.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/table.js';

/** Options in the form node:util parseArgs takes. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** What a command's run receives. */
export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  out: Writable;
  err: Writable;
}

/** One subcommand of `citat`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  help: string;
  options: OptionSpec;
  /** Runs the command; resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/**
 * Parses a byte count with an optional k/M/G suffix (powers of 1024).
 * @param value the option's text, or undefined for the default
 * @throws {CitatError} BAD_OPTION naming --max-bytes
 */
export function parseMaxBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(String(value));
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m?.[2] ?? '').toLowerCase()];
  const n = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(n) || n < 1)
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --max-bytes to be a positive number of bytes (e.g. 10485760, 500k, 20M), got "${String(value)}"`);
  return n;
}

/**
 * Parses `--min-confidence`: a number from 0 to 1 (default 0: keep every quote).
 * @param value the option's text, or undefined
 * @throws {CitatError} BAD_OPTION naming --min-confidence
 */
export function parseMinConfidence(value: unknown): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --min-confidence to be a number from 0 to 1 (e.g. 0.9), got "${String(value)}"`);
  return n;
}

/**
 * Parses a positive whole number option.
 * @param name option name, for the message
 * @param value the option's text
 * @param fallback the default
 */
export function parsePositiveInt(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --${name} to be a whole number from 1 and up, got "${String(value)}"`);
  return n;
}

/**
 * Parses `--format`.
 * @param value the option's text, or undefined for the default (json)
 * @throws {CitatError} BAD_OPTION naming the formats
 */
export function parseFormat(value: unknown): OutputFormat {
  if (value === undefined) return 'json';
  const format = OUTPUT_FORMATS.find((f) => f === String(value).toLowerCase());
  if (!format) throw new CitatError(ErrorCode.BAD_OPTION, `expected --format to be ${OUTPUT_FORMATS.join(', ')}, got "${String(value)}"`);
  return format;
}

/**
 * Parses a time in seconds (fractions allowed); 0 means no limit.
 * @param name option name, for the message
 * @param value the option's text
 * @param fallback the default, in seconds
 * @returns milliseconds, or undefined for no limit
 */
export function parseSeconds(name: string, value: unknown, fallback: number): number | undefined {
  const n = value === undefined ? fallback : /^\s*\d+(\.\d+)?\s*$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0)
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --${name} to be a number of seconds (0 for no limit), got "${String(value)}"`);
  return n === 0 ? undefined : n * 1000;
}
