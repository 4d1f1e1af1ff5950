/**
 * `--resume` for a table (`--format csv|tsv`): reads the earlier run's rows with csv-parse, keeps
 * the header and every document before the last, and cuts off the last document's rows.
 *
 * Why the last document is always done again: its rows may be torn by a hard kill (a row, or a
 * quote's text, cut in the middle), and a table has no line per document that says it is whole.
 * Doing it again costs one document and writes the same rows. A document without quotes has no
 * rows, so it is done again too, and again writes nothing: the two runs together still write
 * exactly what one run would have.
 * @module
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { CitatError, ErrorCode } from '../errors.js';
import { idOfCell, TABLE_COLUMNS, tableHeader, type TableFormat } from '../output/table.js';
import type { ResumeState } from './resume.js';

/**
 * Reads OUT for a resumed table run and truncates it after the last document but one.
 * @param path the output file (a missing or empty file means nothing is done yet)
 * @param format csv or tsv
 * @param withEntries whether --html asked for index entries (a table cannot give them)
 * @throws {CitatError} BAD_OPTION with --html; BAD_JSON when the file is not a citat table
 */
export async function readTableResumeState(path: string, format: TableFormat, withEntries: boolean): Promise<ResumeState> {
  if (withEntries)
    throw new CitatError(
      ErrorCode.BAD_OPTION,
      `--resume with --html needs the JSON output (--format json): a table has no row for a document without quotes, so the index cannot be rebuilt from it`,
    );
  const state: ResumeState = { done: new Set(), truncatedBytes: 0, entries: [], hasHeader: false };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return state;
  }
  if (size === 0) return state;
  // A header torn by a kill right at the start: begin again.
  const header = Buffer.from(tableHeader(format), 'utf8');
  if (size < header.length && header.subarray(0, size).equals(await readStart(path, size))) {
    await truncate(path, 0);
    state.truncatedBytes = size;
    return state;
  }

  let headerEnd = 0;
  /** Where the rows of the document being read begin, and its id. */
  let lastStart = 0;
  let lastId: string | undefined;
  let wrongHeader = false;
  let recordEnd = 0;
  const parser = parse({ bom: true, info: true, relax_column_count: true, delimiter: format === 'tsv' ? '\t' : ',', record_delimiter: '\r\n' });
  parser.on('data', ({ record, info }: { record: string[]; info: { bytes: number } }) => {
    const start = recordEnd;
    recordEnd = info.bytes;
    if (headerEnd === 0) {
      if (record.join('\n') === TABLE_COLUMNS.join('\n')) headerEnd = info.bytes;
      else wrongHeader = true;
      if (wrongHeader) parser.destroy();
      return;
    }
    // A row with too few cells is torn: the last document's rows are cut off below anyway.
    const id = idOfCell(record[0] ?? '');
    if (id === lastId) return;
    if (lastId !== undefined) state.done.add(lastId);
    lastId = id;
    lastStart = start;
  });
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.pipe(parser);
  try {
    await once(parser, 'close');
  } catch {
    // An unclosed quote at the end of the file: a row torn by a hard kill. What was read stands.
  }
  input.destroy();
  if (wrongHeader)
    throw new CitatError(
      ErrorCode.BAD_JSON,
      `${path} does not start with citat's ${format.toUpperCase()} header; refusing to resume (run without --resume to start over, or write to another file)`,
    );
  // Keep the documents before the last (or just the header; or nothing when even that is torn).
  const keep = lastId !== undefined ? lastStart : headerEnd;
  state.hasHeader = keep > 0;
  if (keep < size) await truncate(path, keep);
  // What is reported as cut off is only what was torn, not the last document's whole rows.
  state.truncatedBytes = size - recordEnd;
  return state;
}

/** The first `n` bytes of a file. */
async function readStart(path: string, n: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
