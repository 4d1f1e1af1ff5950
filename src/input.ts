/**
 * Checks on input before any stage sees it: text that is empty, binary, not UTF-8 or too large is
 * refused with a {@link CitatError} whose message names the problem.
 * @module
 */
import { CitatError, ErrorCode } from './errors.js';

/** The default size limit: 10 MB of UTF-8. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options shared by every entry point that accepts text. */
export interface InputLimits {
  /** Largest accepted input in bytes of UTF-8 (default 10 MB). */
  maxBytes?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes bytes as UTF-8, refusing invalid sequences rather than replacing them (a silent
 * replacement would shift offsets and change quotes).
 * @param bytes raw input
 * @param label what to call the input in the message (a file name, a document id)
 * @param limits the size limit
 * @returns the text, unchanged (a byte-order mark is kept, so offsets match the file)
 * @throws {CitatError} NOT_UTF8, TOO_LARGE, and the checks of {@link checkText}
 */
export function decodeUtf8(bytes: Uint8Array, label: string, limits: InputLimits = {}): string {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new CitatError(ErrorCode.TOO_LARGE, `${label}: input is ${formatBytes(bytes.byteLength)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CitatError(ErrorCode.NOT_UTF8, `${label}: input is not valid UTF-8 (first bad byte at offset ${at}); convert it, e.g. with iconv -f latin1 -t utf-8`);
  }
  return checkText(text, label, limits);
}

/**
 * Checks text given as a string.
 * @param text input
 * @param label what to call the input in the message
 * @param limits the size limit
 * @returns the same text
 * @throws {CitatError} NOT_TEXT, EMPTY_INPUT, NUL_BYTE, TOO_LARGE
 */
export function checkText(text: unknown, label: string, limits: InputLimits = {}): string {
  if (typeof text !== 'string') {
    throw new CitatError(ErrorCode.NOT_TEXT, `${label}: expected text as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  // A string of n UTF-16 units has at most 3n UTF-8 bytes; only count exactly when it may matter.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) {
      throw new CitatError(ErrorCode.TOO_LARGE, `${label}: input is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new CitatError(ErrorCode.NUL_BYTE, `${label}: input contains a NUL byte at offset ${nul}; is it a binary file?`);
  }
  if (text.trim() === '') {
    throw new CitatError(ErrorCode.EMPTY_INPUT, `${label}: input is empty or only white space`);
  }
  return text;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Formats a byte count for messages.
 * @param n bytes
 */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
