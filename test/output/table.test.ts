/**
 * Quotes as CSV and TSV (src/output/table.ts): every row read back by a CSV parser (csv-parse)
 * gives the cells that went in, whatever the text holds: `"`, the delimiter, newlines, tabs.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { extract } from 'citat';
import type { CitatDocument } from 'citat/schema';
import { documentTable, errorTable, quoteRows, TABLE_COLUMNS, tableHeader, type TableFormat } from '../../src/output/table.js';

/** A document holding one quote per text, each with a speaker (a hand-made document: the
 * texts are what a table must survive, not what the pipeline finds). */
function docWith(id: string, texts: string[]): CitatDocument {
  const doc = extract('Det regner i dag.', { id });
  doc.speakers = [{ id: 's1', name: 'Anna "Sol" Berg, formand', kind: 'person', roles: [], mentions: [] }];
  doc.quotes = texts.map((text, i) => ({
    id: `q${i + 1}`,
    kind: 'direct',
    start: i * 10,
    end: i * 10 + text.length,
    text,
    cue: { start: 0, end: 5, text: 'siger' },
    speaker: { id: 's1', name: 'Anna "Sol" Berg, formand', mention: null, resolution: 'name' },
    sentences: [0],
    confidence: 0.95,
  }));
  return doc;
}

/** Reads a whole table output back: the header and the rows, as csv-parse gives them. */
function readBack(output: string, format: TableFormat): string[][] {
  return parse(output, { bom: true, delimiter: format === 'tsv' ? '\t' : ',', record_delimiter: '\r\n' }) as string[][];
}

const HARD_TEXTS = [
  { name: 'double quotes inside', text: 'Vi sagde "nej" og mente "nej"' },
  { name: 'commas', text: 'Først, for det andet, og til sidst,' },
  { name: 'a line break', text: 'Første linje\nanden linje' },
  { name: 'a CRLF line break', text: 'Første linje\r\nanden linje' },
  { name: 'a tab', text: 'før\tefter' },
  { name: 'Danish letters and marks', text: '»Æbler, øl og ål« – sagde hun' },
  { name: 'only a quote mark', text: '"' },
  { name: 'leading and trailing spaces', text: '  luft omkring  ' },
];

describe.each(['csv', 'tsv'] as const)('%s round trip through csv-parse', (format) => {
  it.each(HARD_TEXTS)('a quote holding $name comes back as it went in', ({ text }) => {
    const doc = docWith('a1', [text]);
    const rows = readBack(tableHeader(format) + documentTable(doc, format), format);
    expect(rows[0]).toEqual([...TABLE_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['a1', 'q1', 'direct', text, 'Anna "Sol" Berg, formand', 'person', 'name', 'siger', '0', String(text.length), '0.95', '']);
  });

  it('all the hard texts in one document: one row each, in order', () => {
    const doc = docWith(
      'a,"b"',
      HARD_TEXTS.map((t) => t.text),
    );
    const rows = readBack(tableHeader(format) + documentTable(doc, format), format);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(HARD_TEXTS.map((t, i) => ['a,"b"', `q${i + 1}`, t.text]));
  });

  it('a text a spreadsheet would run as a formula gets a leading apostrophe; numbers do not', () => {
    const doc = docWith('a1', ['=SUM(A1:A9)', '+45 12 34 56 78', '-5 grader i nat', '@alle']);
    const rows = readBack(documentTable(doc, format), format);
    expect(rows.map((r) => r[3])).toEqual(["'=SUM(A1:A9)", "'+45 12 34 56 78", "'-5 grader i nat", "'@alle"]);
    expect(rows.map((r) => r[8])).toEqual(['0', '10', '20', '30']);
  });

  it('a failed document is one row with only its id and the error', () => {
    const rows = readBack(errorTable('b7', 'NOT_UTF8', 'b7.txt: input is not valid UTF-8, "latin1"?', format), format);
    expect(rows).toEqual([['b7', '', '', '', '', '', '', '', '', '', '', 'NOT_UTF8: b7.txt: input is not valid UTF-8, "latin1"?']]);
  });
});

describe('what a spreadsheet sees', () => {
  it('the output starts with the UTF-8 byte order mark, then the header, records end in CRLF', () => {
    const bytes = Buffer.from(tableHeader('csv'), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(`${TABLE_COLUMNS.join(',')}\r\n`);
  });

  it('a document without quotes has no rows', () => {
    expect(documentTable(docWith('a1', []), 'csv')).toBe('');
  });

  it('a real Danish article: one row per quote with the speaker, kind and cue of the JSON document', () => {
    const text = '"Vi åbner, når vi er klar," siger direktør Hans Berg.\n\nIfølge politiet er to personer anholdt.';
    const doc = extract(text, { id: 'nyhed' });
    expect(doc.quotes.length).toBe(2);
    const rows = readBack(tableHeader('csv') + documentTable(doc, 'csv'), 'csv').slice(1);
    expect(rows).toEqual(quoteRows(doc).map((r) => r.map(String)));
    expect(rows[0]!.slice(2, 8)).toEqual(['direct', 'Vi åbner, når vi er klar,', 'Hans Berg', 'person', 'name', 'siger']);
    expect(rows[1]!.slice(2, 8)).toEqual(['indirect', 'er to personer anholdt', 'politiet', 'organization', 'description', 'Ifølge']);
    for (const r of rows) expect(text.slice(Number(r[8]), Number(r[9]))).toBe(r[3]);
  });
});
