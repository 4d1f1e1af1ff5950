/**
 * Reading input for the command line: files, `-` for standard input, with the checks of
 * {@link decodeUtf8} and an error that names the file.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { CitatError, ErrorCode } from '../errors.js';
import { decodeUtf8, type InputLimits } from '../input.js';

/**
 * Reads a text file (or standard input for `-`) as strict UTF-8.
 * @param file path or `-`
 * @param limits size limit
 * @throws {CitatError} FILE_NOT_FOUND, NOT_UTF8, TOO_LARGE, NUL_BYTE, EMPTY_INPUT
 */
export async function readTextInput(file: string, limits: InputLimits = {}): Promise<string> {
  if (file === '-') return decodeUtf8(await readStdin(limits.maxBytes), 'standard input', limits);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: no such file`);
  }
  if (info.isDirectory()) throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: is a folder, not a file (use citat batch for folders)`);
  const max = limits.maxBytes;
  if (max !== undefined && info.size > max) return decodeUtf8(new Uint8Array(info.size), file, limits); // reports TOO_LARGE without reading
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeUtf8(bytes, file, limits);
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
