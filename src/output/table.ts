/**
 * Quotes as a table a spreadsheet opens: one row per quote, as CSV (RFC 4180) or TSV, written by
 * csv-stringify rather than escaped by hand.
 *
 * - **Encoding:** UTF-8 with a byte order mark at the start of the output. Why: Excel reads a CSV
 *   file without one in the system's legacy code page (Windows-1252 in Denmark), so `æ ø å` and
 *   `»«` come out garbled; with the mark it reads UTF-8. LibreOffice and Google Sheets read either.
 *   csv-parse (`bom: true`), pandas and Python's `utf-8-sig` skip it.
 * - **Records** end in CRLF, as RFC 4180 says and Excel writes; a field holding the delimiter, `"`,
 *   CR or LF is quoted, `"` doubled. A newline inside a quote's text stays as it is in the input.
 *   TSV is the same with a tab between fields (a field holding a tab is quoted too), as Excel
 *   reads and writes tab-separated text.
 * - **Formulas:** a text field that starts with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`
 *   (csv-stringify's `escape_formulas`), so a spreadsheet shows an article's `=HYPERLINK(…)` as
 *   text instead of running it (OWASP's advice against CSV injection). Numbers are not touched.
 * - **Documents without quotes** (none found, or not Danish) have no rows. A document that failed
 *   has one row with only `document_id` and `error` (`CODE: message`), so a table on its own shows
 *   every failure, as the JSON lines do.
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { CitatDocument } from '../schema/index.js';

/** The table formats. */
export type TableFormat = 'csv' | 'tsv';

/** What `--format` chooses: a JSON document (a JSON line in batch) or a table. */
export type OutputFormat = 'json' | TableFormat;

/** The values `--format` takes. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv', 'tsv'];

/** Whether a format is a table. */
export function isTable(format: OutputFormat): format is TableFormat {
  return format !== 'json';
}

/** The columns, in order: the header row. */
export const TABLE_COLUMNS = [
  'document_id',
  'quote_id',
  'kind',
  'text',
  'speaker_name',
  'speaker_kind',
  'resolution',
  'cue',
  'start',
  'end',
  'confidence',
  'error',
] as const;

/** One row: a cell per column of {@link TABLE_COLUMNS}. */
export type TableRow = (string | number)[];

/** The byte order mark that tells a spreadsheet the file is UTF-8. */
export const BOM = '\uFEFF';

function write(rows: TableRow[], format: TableFormat): string {
  return stringify(rows, { delimiter: format === 'tsv' ? '\t' : ',', record_delimiter: '\r\n', escape_formulas: true });
}

/**
 * The rows of one document's quotes: speaker kind from the document's speakers, empty cells for
 * what the quote has not (no speaker, no cue).
 * @param doc a citat document
 * @returns one row per quote, in the document's order
 */
export function quoteRows(doc: CitatDocument): TableRow[] {
  const kinds = new Map(doc.speakers.map((s) => [s.id, s.kind]));
  return doc.quotes.map((q) => [
    doc.id,
    q.id,
    q.kind,
    q.text,
    q.speaker?.name ?? '',
    q.speaker ? (kinds.get(q.speaker.id) ?? '') : '',
    q.speaker?.resolution ?? '',
    q.cue?.text ?? '',
    q.start,
    q.end,
    q.confidence,
    '',
  ]);
}

/**
 * The header row, with the byte order mark: the start of every table output.
 * @param format csv or tsv
 */
export function tableHeader(format: TableFormat): string {
  return BOM + write([[...TABLE_COLUMNS]], format);
}

/**
 * One document's rows as text, each ending in CRLF ('' for a document without quotes).
 * @param doc a citat document
 * @param format csv or tsv
 */
export function documentTable(doc: CitatDocument, format: TableFormat): string {
  const rows = quoteRows(doc);
  return rows.length === 0 ? '' : write(rows, format);
}

/**
 * The row of a document that failed, ending in CRLF.
 * @param id document id
 * @param code error code (see src/errors.ts)
 * @param message one line naming the problem
 * @param format csv or tsv
 */
export function errorTable(id: string, code: string, message: string, format: TableFormat): string {
  return write([[id, '', '', '', '', '', '', '', '', '', '', `${code}: ${message}`]], format);
}

/**
 * The document id a cell of the `document_id` column stands for: the cell without the `'` that
 * {@link write} put before an id starting like a formula.
 * @param cell the cell as a CSV parser returns it
 */
export function idOfCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
