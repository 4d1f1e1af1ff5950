/**
 * Reading input for the command line: files, `-` for standard input, with the checks of
 * {@link decodeUtf8} and an error that names the file.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { CitatError, ErrorCode } from '../errors.js';
import { decodeUtf8, formatBytes, type InputLimits } from '../input.js';

/**
 * Reads a text file (or standard input for `-`) as strict UTF-8.
 * @param file path or `-`
 * @param limits size limit
 * @throws {CitatError} FILE_NOT_FOUND, NOT_UTF8, TOO_LARGE, NUL_BYTE, EMPTY_INPUT
 */
export async function readTextInput(file: string, limits: InputLimits = {}): Promise<string> {
  if (file === '-') {
    const bytes = await readStdin(limits.maxBytes);
    // readStdin stops soon after the limit, so the true size is unknown: say "over", not a size.
    if (limits.maxBytes !== undefined && bytes.byteLength > limits.maxBytes) throw tooLarge('standard input', undefined, limits.maxBytes);
    return decodeUtf8(bytes, 'standard input', limits);
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: no such file`);
  }
  if (info.isDirectory()) throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: is a folder, not a file (use citat batch for folders)`);
  const max = limits.maxBytes;
  // Refuse by size before reading (and without allocating a buffer of the file's size).
  if (max !== undefined && info.size > max) throw tooLarge(file, formatBytes(info.size), max);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeUtf8(bytes, file, limits);
}

/**
 * The line a command prints when it is about to read standard input from a terminal because no
 * FILE was given: without it, the command seems to hang. Nothing when input is piped or a file.
 * @param command the command's name
 * @param file the FILE argument, or undefined when none was given
 * @param stdinIsTTY whether standard input is a terminal
 * @param platform the operating system (how to end input differs on Windows)
 * @returns the line, with its newline, or undefined
 */
export function waitingNotice(
  command: string,
  file: string | undefined,
  stdinIsTTY: boolean | undefined,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (file !== undefined || stdinIsTTY !== true) return undefined;
  const end = platform === 'win32' ? 'Ctrl-Z then Enter' : 'Ctrl-D';
  return `citat ${command}: reading the text from standard input (the terminal); type or paste it and end with ${end}, or name a FILE (see citat ${command} --help)\n`;
}

/** The TOO_LARGE error, worded as {@link decodeUtf8} words it (size undefined when unknown). */
function tooLarge(label: string, size: string | undefined, max: number): CitatError {
  return new CitatError(
    ErrorCode.TOO_LARGE,
    `${label}: input is ${size === undefined ? '' : `${size}, `}over the limit of ${formatBytes(max)} (raise it with --max-bytes)`,
  );
}

async function readStdin(maxBytes?: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    chunks.push(b);
    size += b.length;
    // Stop reading well past the limit: decodeUtf8 reports the size, memory stays bounded.
    if (maxBytes !== undefined && size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
