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
 * @throws {CitatError} NOT_UTF8, TOO_LARGE, BAD_OPTION (a size limit that is not a positive number), and the checks of {@link checkText}
 */
export function decodeUtf8(bytes: Uint8Array, label: string, limits: InputLimits = {}): string {
  const maxBytes = maxBytesOf(limits);
  if (bytes.byteLength > maxBytes) {
    throw new CitatError(
      ErrorCode.TOO_LARGE,
      `${label}: input is ${formatBytes(bytes.byteLength)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw notUtf8(bytes, label);
  }
  return checkText(text, label, limits);
}

/**
 * What bytes that are not UTF-8 are, when their first bytes tell: a byte-order mark of UTF-16 or
 * UTF-32 (the marks UTF-8 can never begin with), or the magic number of gzip (RFC 1952).
 * @param bytes the start of the input
 * @returns e.g. "UTF-16 (little-endian)", "gzip-compressed", or undefined when the start says nothing
 */
export function foreignFormat(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0x1f && b === 0x8b) return 'gzip-compressed';
  return undefined;
}

/**
 * The NOT_UTF8 error for bytes known not to be UTF-8, naming a format their start reveals (a
 * Latin-1 hint would send a UTF-16 or gzip file's owner the wrong way).
 * @param bytes the input
 * @param label what to call it in the message
 */
export function notUtf8(bytes: Uint8Array, label: string): CitatError {
  const format = foreignFormat(bytes);
  if (format === 'gzip-compressed')
    return new CitatError(ErrorCode.NOT_UTF8, `${label}: input is gzip-compressed, not text; unpack it first, e.g. with gunzip`);
  if (format !== undefined) {
    const from = format.startsWith('UTF-16') ? 'utf-16' : 'utf-32';
    return new CitatError(
      ErrorCode.NOT_UTF8,
      `${label}: input is ${format}, not UTF-8 (it begins with that byte-order mark); convert it, e.g. with iconv -f ${from} -t utf-8`,
    );
  }
  const at = firstInvalidUtf8(bytes);
  return new CitatError(
    ErrorCode.NOT_UTF8,
    `${label}: input is not valid UTF-8 (first bad byte at offset ${at}); convert it, e.g. with iconv -f latin1 -t utf-8`,
  );
}

/**
 * Checks text given as a string.
 * @param text input
 * @param label what to call the input in the message
 * @param limits the size limit
 * @returns the same text
 * @throws {CitatError} NOT_TEXT, EMPTY_INPUT, NUL_BYTE, TOO_LARGE, BAD_OPTION (a size limit that is not a positive number)
 */
export function checkText(text: unknown, label: string, limits: InputLimits = {}): string {
  if (typeof text !== 'string') {
    throw new CitatError(ErrorCode.NOT_TEXT, `${label}: expected text as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const maxBytes = maxBytesOf(limits);
  // A string of n UTF-16 units has at most 3n UTF-8 bytes; only count exactly when it may matter.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) {
      throw new CitatError(
        ErrorCode.TOO_LARGE,
        `${label}: input is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
      );
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

/**
 * The size limit of `limits`, refusing one that is not a positive number: NaN or a string would
 * otherwise switch the check off without a word, and 0 or less would refuse every text.
 */
function maxBytesOf(limits: InputLimits): number {
  const max: unknown = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof max !== 'number' || !(max >= 1)) {
    throw new CitatError(ErrorCode.BAD_OPTION, `expected maxBytes to be a positive number of bytes, got ${typeof max === 'string' ? `"${max}"` : String(max)}`);
  }
  return max;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, after the
 * Unicode standard's table of well-formed byte sequences (3.9, table 3-7): the second byte's range
 * depends on the first, which rules out overlong forms, UTF-16 surrogates and code points over
 * U+10FFFF, all of which the fatal decoder refuses too.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
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
