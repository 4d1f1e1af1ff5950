/**
 * Splits a byte stream into lines without ever holding more than one line (so a 2 GB JSONL file
 * reads in the memory of its longest line), and without decoding: UTF-8 is checked per line by
 * the caller, so one bad line fails alone instead of being silently replaced.
 * @module
 */

/** One line of input, without its line break. */
export interface RawLine {
  /** The line's bytes, or null when it was longer than the cap (its bytes were dropped). */
  bytes: Buffer | null;
  /** Length in bytes (also for a dropped line). */
  length: number;
  /** 1-based line number. */
  lineNo: number;
}

/**
 * Yields the lines of a stream of chunks. A line longer than `maxLine` bytes is not kept: it is
 * yielded with `bytes: null` so the caller can report it, and memory stays bounded.
 * A final line without a line break is yielded too; a trailing `\r` is removed.
 * @param chunks the stream (a file's read stream, standard input)
 * @param maxLine the longest line kept, in bytes
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLine: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropping = false;
  let lineNo = 0;
  const finish = (): RawLine => {
    lineNo++;
    let bytes: Buffer | null = null;
    let length = size;
    if (!dropping) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      length = bytes.length;
    }
    parts = [];
    size = 0;
    dropping = false;
    return { bytes, length, lineNo };
  };
  const add = (piece: Buffer) => {
    size += piece.length;
    if (dropping) return;
    if (size > maxLine) {
      dropping = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl === -1) {
        // Copy the tail: a view would keep the whole chunk alive for a short remainder.
        if (pos < chunk.length) add(pos === 0 ? chunk : Buffer.from(chunk.subarray(pos)));
        break;
      }
      add(chunk.subarray(pos, nl));
      yield finish();
      pos = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}
