/**
 * `citat extract [FILE|-] [--id ID] [--format json|csv|tsv] [--pretty] [--force] [--max-bytes N] [--min-confidence X]`
 * @module
 */
import { basename } from 'node:path';
import { CitatError, ErrorCode } from '../../errors.js';
import { readTextInput, waitingNotice } from '../io.js';
import { parseFormat, parseMaxBytes, parseMinConfidence, type Command } from '../args.js';
import { documentTable, isTable, tableHeader } from '../../output/table.js';

/** The extract command. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'find the quotes and speakers of one text and print its JSON document',
  usage: 'citat extract [FILE|-] [--id ID] [--format json|csv|tsv] [--pretty] [--force] [--max-bytes N] [--min-confidence X]',
  help: `Reads one text (a UTF-8 file, or standard input for - or no FILE) and prints one JSON
document: language, paragraphs, sentences, speakers and quotes (see citat schema).

Options:
  --id ID          document id in the output (default: the file name without extension, or "stdin")
  --format F       json (default): the document; csv or tsv: one row per quote (document_id,
                   quote_id, kind, text, speaker_name, speaker_kind, resolution, cue, start, end,
                   confidence, error) after a header row, UTF-8 with a byte order mark (so
                   Excel reads it as UTF-8), RFC 4180 quoting
  --pretty         indent the JSON for reading
  --force          run the Danish rules even when the text is not Danish
  --max-bytes N    refuse input larger than N bytes (default 10485760 = 10 MB; k/M suffixes allowed)
  --min-confidence X
                   keep only quotes whose confidence (the probability that the quote and its
                   speaker are right) is at least X, from 0 to 1, and the speakers of those`,
  options: {
    id: { type: 'string' },
    format: { type: 'string' },
    pretty: { type: 'boolean' },
    force: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    'min-confidence': { type: 'string' },
  },
  async run({ values, positionals, out, err }) {
    // A second file would otherwise be ignored without a word; batch is the command for many.
    if (positionals.length > 1)
      throw new CitatError(ErrorCode.BAD_OPTION, `extract reads one FILE, got ${positionals.length} (${positionals.join(' ')}); use citat batch for several`);
    const file = positionals[0] ?? '-';
    const maxBytes = parseMaxBytes(values['max-bytes']);
    const format = parseFormat(values.format);
    if (values.pretty && isTable(format)) throw new CitatError(ErrorCode.BAD_OPTION, `--pretty indents JSON; it does not go with --format ${format}`);
    const minConfidence = parseMinConfidence(values['min-confidence']);
    const notice = waitingNotice('extract', positionals[0], process.stdin.isTTY);
    if (notice !== undefined) err.write(notice);
    const text = await readTextInput(file, { maxBytes });
    const id = typeof values.id === 'string' ? values.id : file === '-' ? 'stdin' : basename(file).replace(/\.[^.]+$/, '');
    // The pipeline is loaded when a command runs, not when the command line is parsed: `citat
    // batch` and `citat --help` never load it in the main thread.
    const [{ extract }, { keepConfident }] = await Promise.all([import('../../index.js'), import('../../pipeline/confident.js')]);
    const doc = keepConfident(extract(text, { id, force: values.force === true, maxBytes }), minConfidence);
    if (isTable(format)) out.write(tableHeader(format) + documentTable(doc, format));
    else out.write(`${JSON.stringify(doc, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};
