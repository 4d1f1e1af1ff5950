/**
 * `citat view [FILE|-] [-o OUT.html] [--text FILE] [--id ID] [--force] [--max-bytes N]`
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CitatError, ErrorCode } from '../../errors.js';
import { checkText } from '../../input.js';
import type { CitatDocument } from '../../schema/index.js';
import { readTextInput, waitingNotice } from '../io.js';
import { parseMaxBytes, type Command } from '../args.js';

/** JSON documents are larger than their text; the size limit applies to the text, this bounds the read. */
const JSON_OVERHEAD = 16;

/**
 * Where the page goes when -o is not given: beside a file input, with its extension replaced by
 * `.html`; standard output for standard input.
 * @param file the input path or `-`
 * @returns a path, or `-` for standard output
 */
export function defaultOutput(file: string): string {
  if (file === '-') return '-';
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.html`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The view command. */
export const viewCommand: Command = {
  name: 'view',
  summary: 'write an HTML page showing a text with its quotes and speakers marked',
  usage: 'citat view [FILE|-] [-o OUT.html] [--text FILE] [--id ID] [--force] [--max-bytes N]',
  help: `Writes one self-contained HTML page (no network, no external files) showing the article with
every quote marked in its speaker's colour (direct: coloured background, indirect: dashed
underline, mixed: dotted frame), the cue underlined and the speaker mention the attribution rests
on in bold. Hover or Tab to a quote for its kind, speaker, cue and how the speaker was found;
choose a speaker in the side panel to highlight their quotes. Open the page in any browser.

FILE is one of (- or no FILE reads standard input):
  - a UTF-8 text file: citat finds its quotes first, as citat extract does;
  - a citat JSON document with its text, either {"document": {...}, "text": "..."} or the
    document with an extra top-level "text" field; or a document without text plus --text FILE.
    Input is taken as JSON when the name ends in .json, or when it is an object with a
    "schemaVersion" or "document" key. Every span is checked against the text.

Output: FILE's name with .html instead of its extension, beside it (article.txt -> article.html);
standard output when reading standard input. -o - writes to standard output.

Examples:
  citat view article.txt                       # writes article.html
  citat view a.json --text a.txt -o a.html     # a document from citat extract, and its text
  citat extract a.txt | jq --rawfile text a.txt '. + {text: $text}' | citat view - -o a.html

Options:
  -o, --output OUT  where to write the page (default: see above)
  --text FILE       the text of a JSON document that carries none
  --id ID           document id shown as the title (text input; default: the file name)
  --force           run the Danish rules even when the text is not Danish (text input)
  --max-bytes N     refuse text larger than N bytes (default 10485760 = 10 MB; k/M suffixes allowed)`,
  options: {
    output: { type: 'string', short: 'o' },
    text: { type: 'string' },
    id: { type: 'string' },
    force: { type: 'boolean' },
    'max-bytes': { type: 'string' },
  },
  async run({ values, positionals, out, err }) {
    if (positionals.length > 1) throw new CitatError(ErrorCode.BAD_OPTION, `expected one FILE, got ${positionals.length} (use citat batch --html for many)`);
    const file = positionals[0] ?? '-';
    const maxBytes = parseMaxBytes(values['max-bytes']);
    const target = typeof values.output === 'string' ? values.output : defaultOutput(file);
    if (target !== '-' && file !== '-' && resolve(target) === resolve(file)) {
      throw new CitatError(ErrorCode.BAD_OPTION, `${file}: the page would overwrite its own input; choose another name with -o`);
    }
    const label = file === '-' ? 'standard input' : file;
    const notice = waitingNotice('view', positionals[0], process.stdin.isTTY);
    if (notice !== undefined) err.write(notice);
    const raw = await readTextInput(file, { maxBytes: maxBytes * JSON_OVERHEAD });
    // the view's input readers (and zod, which they use) load only for this command
    const { looksLikeDocumentJson, parseViewInput } = await import('../../view/input.js');
    let doc: CitatDocument;
    let text: string;
    if (looksLikeDocumentJson(raw, file)) {
      const separate = typeof values.text === 'string' ? await readTextInput(values.text, { maxBytes }) : undefined;
      ({ doc, text } = parseViewInput(raw, label, separate));
      checkText(text, label, { maxBytes });
    } else {
      if (typeof values.text === 'string') throw new CitatError(ErrorCode.BAD_OPTION, `--text is for JSON documents without text; ${label} is already text`);
      text = checkText(raw, label, { maxBytes });
      const id = typeof values.id === 'string' ? values.id : file === '-' ? 'stdin' : basename(file).replace(/\.[^.]+$/, '');
      const { extract } = await import('../../index.js'); // loaded on use, see extract.ts
      doc = extract(text, { id, force: values.force === true, maxBytes });
    }
    const { renderPage } = await import('../../view/index.js');
    const html = renderPage(doc, text);
    if (target === '-') {
      out.write(html);
    } else {
      try {
        await writeFile(target, html, 'utf8');
      } catch (error) {
        throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${target}: cannot write the page (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      err.write(`citat view: wrote ${target} (${count(doc.quotes.length, 'quote')}, ${count(doc.speakers.length, 'speaker')}); open it in a browser\n`);
    }
    return 0;
  },
};
