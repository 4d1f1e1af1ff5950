/**
 * `--resume`: reads the output of an earlier run, keeps every whole line, cuts off a line torn
 * by a hard kill, and tells which ids are done, so the run appends exactly what is missing.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { CitatError, ErrorCode } from '../errors.js';
import type { IndexEntry } from '../view/index.js';
import { indexEntry } from './html.js';
import { splitLines } from './lines.js';

/** What an earlier run left. */
export interface ResumeState {
  /** Ids with a line in the output (documents and error records alike: both are done). */
  done: Set<string>;
  /** Bytes cut off the end (a torn last line). */
  truncatedBytes: number;
  /** Index entries of the lines kept, when --html asked for them. */
  entries: IndexEntry[];
  /** A table's header row is kept (tables only: nothing is written before it). */
  hasHeader?: boolean;
}

/**
 * Reads OUT for a resumed run and truncates a torn last line.
 * @param path the output file (a missing file means nothing is done yet)
 * @param withEntries also build index entries (for --html)
 * @throws {CitatError} BAD_JSON when a line other than the last is not an output line
 */
export async function readResumeState(path: string, withEntries: boolean): Promise<ResumeState> {
  const state: ResumeState = { done: new Set(), truncatedBytes: 0, entries: [] };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return state;
  }
  let kept = 0;
  let torn: { lineNo: number; at: number } | undefined;
  for await (const line of splitLines(createReadStream(path, { highWaterMark: 1 << 20 }), 0x1fffffe8)) {
    if (torn)
      throw new CitatError(
        ErrorCode.BAD_JSON,
        `${path} line ${torn.lineNo} is not a citat output line; refusing to resume (fix or remove that line, or run without --resume to start over)`,
      );
    const terminated = kept + line.length + 1 <= size;
    let record: Record<string, unknown> | undefined;
    try {
      const value: unknown = line.bytes ? JSON.parse(line.bytes.toString('utf8')) : undefined;
      if (typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string') record = value as Record<string, unknown>;
    } catch {
      /* handled below */
    }
    if (!record || !terminated) {
      torn = { lineNo: line.lineNo, at: kept };
      continue;
    }
    kept += line.length + 1;
    state.done.add(record.id as string);
    if (withEntries) state.entries.push(indexEntry(record));
  }
  if (kept < size) {
    await truncate(path, kept);
    state.truncatedBytes = size - kept;
  }
  return state;
}
