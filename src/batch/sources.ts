/**
 * The documents of a batch run, read lazily from its inputs in a stable order: `.txt` files,
 * folders of them (recursively, names sorted by code unit at every level), `.jsonl` files of
 * `{ id, text, … }` objects, and `-` for JSONL on standard input. Nothing is read whole: JSONL
 * streams line by line, a text file is read when its turn comes.
 *
 * A document that cannot be read (bad JSON, not UTF-8, too large, unreadable file) comes out as
 * an error item, so the run reports it and goes on.
 * @module
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { CitatError, ErrorCode, isCitatError } from '../errors.js';
import { decodeUtf8, foreignFormat, formatBytes, notUtf8 } from '../input.js';
import { splitLines } from './lines.js';

/** One input of the run, after folders are expanded. */
export interface PlannedInput {
  kind: 'text' | 'jsonl' | 'stdin';
  /** Path as given (or inside a given folder); `-` for standard input. */
  path: string;
  /** Document id of a text file. */
  id: string;
  /** Size in bytes (0 for standard input). */
  size: number;
}

/** The inputs of a run, in order, and their total size (null when standard input is among them). */
export interface InputPlan {
  inputs: PlannedInput[];
  totalBytes: number | null;
}

/** A document ready for a worker. */
export interface DocItem {
  kind: 'doc';
  id: string;
  /** Decoded text (JSONL records). */
  text?: string;
  /** Raw bytes (text files; decoded strictly by the worker). */
  bytes?: Uint8Array;
  /** The file's path, for messages about its bytes. */
  label?: string;
  meta?: Record<string, unknown>;
  /**
   * The JSONL line the record was parsed from (JSONL records only): what a queue sends to its
   * workers, which take text and meta from it with {@link recordFields}, instead of encoding the
   * parsed text again.
   */
  raw?: Buffer;
  /** Input bytes this document accounts for (for progress). */
  size: number;
}

/** A document that failed before any stage saw it. */
export interface ErrorItem {
  kind: 'error';
  id: string;
  code: ErrorCode;
  message: string;
  meta?: Record<string, unknown>;
  size: number;
}

/** What {@link readDocuments} yields. */
export type SourceItem = DocItem | ErrorItem;

/** Extensions read as JSONL (anything else given as a file is read as one text). */
const JSONL = new Set(['.jsonl', '.ndjson']);

/**
 * Expands the inputs: checks that each exists and lists folders (their `.txt` files) in a
 * stable order.
 * @param inputs paths, folders, or `-`
 * @returns the inputs in order and their total size (null when standard input is among them)
 * @throws {CitatError} FILE_NOT_FOUND for an input that does not exist or a folder without .txt
 *   files; BAD_OPTION for no input or `-` twice
 */
export async function planInputs(inputs: readonly string[]): Promise<InputPlan> {
  if (inputs.length === 0)
    throw new CitatError(ErrorCode.BAD_OPTION, 'no input given: name .txt files, folders, .jsonl files, or - for JSONL on standard input');
  if (inputs.filter((i) => i === '-').length > 1) throw new CitatError(ErrorCode.BAD_OPTION, 'standard input (-) can be given only once');
  const out: PlannedInput[] = [];
  let total: number | null = 0;
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin', path: '-', id: 'stdin', size: 0 });
      total = null;
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch {
      throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${input}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const files = await listTextFiles(input);
      // Reporting "0 documents" as a success would hide a wrong folder or a wrong extension.
      if (files.length === 0) throw new CitatError(ErrorCode.FILE_NOT_FOUND, `${input}: no .txt files in this folder or below it ${await jsonlHint(input)}`);
      for (const file of files) {
        const size = (await stat(file)).size;
        out.push({
          kind: 'text',
          path: file,
          id: relative(input, file)
            .split(sep)
            .join('/')
            .replace(/\.txt$/i, ''),
          size,
        });
        if (total !== null) total += size;
      }
    } else {
      const kind = JSONL.has(extname(input).toLowerCase()) ? 'jsonl' : 'text';
      out.push({ kind, path: input, id: basename(input).replace(/\.[^.]+$/, ''), size: info.size });
      if (total !== null) total += info.size;
    }
  }
  return { inputs: out, totalBytes: total };
}

/** What to say about a folder without .txt files: whether it holds JSONL files, which must be named. */
async function jsonlHint(folder: string): Promise<string> {
  const jsonl: string[] = [];
  for await (const e of await opendir(folder)) if (e.isFile() && JSONL.has(extname(e.name).toLowerCase())) jsonl.push(e.name);
  if (jsonl.length === 0) return '(a folder is read for its .txt files)';
  return `(a folder is read for its .txt files; name its JSONL files instead, e.g. citat batch ${join(folder, jsonl.sort()[0]!)})`;
}

/** The `.txt` files under a folder, depth first, names in code-unit order at every level. */
async function listTextFiles(folder: string): Promise<string[]> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const e of await opendir(folder)) {
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(folder, e.name);
    if (e.dir) files.push(...(await listTextFiles(path)));
    else files.push(path);
  }
  return files;
}

/**
 * Bytes per read of a JSONL file: Node's default, not 1 MB. Why: each read is a fresh buffer from
 * the C heap of the main thread, freed only when its garbage is collected. After the first 1 MB
 * buffer was freed, glibc served the next ones from its main heap instead of separate mappings,
 * and that heap fragmented: over a 200 MB run the process's memory crept up by as much as 50 MB
 * (peak RSS 261-303 MB with 2 workers; 249-255 MB with this and the writer's change in run.ts).
 * Reading speed is the same.
 */
const READ_CHUNK = 64 * 1024;

/**
 * Reads the documents of every input, in order.
 * @param inputs from {@link planInputs}
 * @param maxBytes size limit of one document
 * @param stdin the stream for `-`
 */
export async function* readDocuments(inputs: readonly PlannedInput[], maxBytes: number, stdin: Readable): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input.kind === 'text') yield await readTextFile(input, maxBytes);
    else
      yield* readJsonl(
        input.kind === 'stdin' ? stdin : createReadStream(input.path, { highWaterMark: READ_CHUNK }),
        input.kind === 'stdin' ? 'stdin' : input.path,
        maxBytes,
      );
  }
}

async function readTextFile(input: PlannedInput, maxBytes: number): Promise<SourceItem> {
  const { id, path, size } = input;
  if (size > maxBytes) {
    return {
      kind: 'error',
      id,
      code: ErrorCode.TOO_LARGE,
      message: `${path}: input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
      size,
    };
  }
  try {
    return { kind: 'doc', id, bytes: await readFile(path), label: path, size };
  } catch (error) {
    return {
      kind: 'error',
      id,
      code: ErrorCode.FILE_NOT_FOUND,
      message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      size,
    };
  }
}

/**
 * The records of a JSONL stream. Blank lines (empty or white space only) are passed over: they
 * hold no record, and a file ending in an empty line is common. A line is kept in memory only up
 * to six times the size limit (the most JSON escaping can inflate a text that fits). A stream
 * that begins as UTF-16, UTF-32 or gzip does is one error, for the whole of it.
 */
async function* readJsonl(stream: AsyncIterable<Buffer | string>, label: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const maxLine = Math.min(6 * maxBytes + 1024 * 1024, 0x1fffffe8);
  for await (const line of splitLines(stream, maxLine)) {
    const size = line.length + 1;
    const where = `${label} line ${line.lineNo}`;
    const fallbackId = `${label}:${line.lineNo}`;
    if (line.bytes === null) {
      yield {
        kind: 'error',
        id: fallbackId,
        code: ErrorCode.TOO_LARGE,
        message: `${where}: line is ${formatBytes(line.length)}, far over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
        size,
      };
      continue;
    }
    if (line.lineNo === 1 && foreignFormat(line.bytes) !== undefined) {
      yield { kind: 'error', id: fallbackId, code: ErrorCode.NOT_UTF8, message: notUtf8(line.bytes, label).message, size };
      return;
    }
    if (!isUtf8(line.bytes)) {
      // Name the document when the rest of the line still tells its id.
      let id = fallbackId;
      try {
        id = idOf(JSON.parse(line.bytes.toString('utf8'))) ?? fallbackId;
      } catch {
        /* the id stays the line's position */
      }
      yield { kind: 'error', id, code: ErrorCode.NOT_UTF8, message: utf8Message(line.bytes, where), size };
      continue;
    }
    const source = line.bytes.toString('utf8');
    if (source.trim() === '') continue;
    const item = parseRecord(source, where, fallbackId, size);
    if (item.kind === 'doc') item.raw = line.bytes;
    yield item;
  }
}

function parseRecord(source: string, where: string, fallbackId: string, size: number): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { kind: 'error', id: fallbackId, code: ErrorCode.BAD_JSON, message: `${where}: not valid JSON (${(error as Error).message.split('\n')[0]})`, size };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      kind: 'error',
      id: fallbackId,
      code: ErrorCode.BAD_JSON,
      message: `${where}: expected a JSON object with "id" and "text", got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      size,
    };
  }
  const rawId = (value as { id?: unknown }).id;
  const { text, meta } = recordFields(value as Record<string, unknown>);
  const id = rawId === undefined ? fallbackId : idOf(value);
  if (id === undefined) {
    return withMeta(
      {
        kind: 'error',
        id: fallbackId,
        code: ErrorCode.BAD_JSON,
        message: `${where}: "id" must be a string or a number, got ${rawId === null ? 'null' : typeof rawId}`,
        size,
      },
      meta,
    );
  }
  if (typeof text !== 'string') {
    return withMeta(
      {
        kind: 'error',
        id,
        code: ErrorCode.BAD_JSON,
        message: `${where}: expected "text" to be a string, got ${text === undefined ? 'no "text"' : text === null ? 'null' : typeof text}`,
        size,
      },
      meta,
    );
  }
  return withMeta({ kind: 'doc', id, text, size }, meta);
}

/**
 * The text and the pass-through fields (every field but id and text; undefined when there are
 * none) of a parsed JSONL record.
 * @param record the parsed object
 */
export function recordFields(record: Record<string, unknown>): { text: unknown; meta: Record<string, unknown> | undefined } {
  const { id: _id, text, ...rest } = record;
  return { text, meta: Object.keys(rest).length > 0 ? rest : undefined };
}

function withMeta<T extends SourceItem>(item: T, meta: Record<string, unknown> | undefined): T {
  if (meta !== undefined) item.meta = meta;
  return item;
}

/** The id of a parsed record: a string, or a number written as a string. */
function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** The message of {@link decodeUtf8} for bytes known to be invalid (it names the offset). */
function utf8Message(bytes: Uint8Array, where: string): string {
  try {
    decodeUtf8(bytes, where, { maxBytes: Number.MAX_SAFE_INTEGER });
  } catch (error) {
    if (isCitatError(error) && error.code === ErrorCode.NOT_UTF8) return error.message;
  }
  return `${where}: not valid UTF-8`;
}
