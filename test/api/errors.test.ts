/**
 * Bad input to the library: a CitatError with a stable code and a one-line message that names the
 * problem (and the document, when it has an id), for every kind of bad input.
 */
import { describe, expect, it } from 'vitest';
import { CitatError, DEFAULT_MAX_BYTES, ErrorCode, checkText, decodeUtf8, extract, isCitatError } from 'citat';
import { findQuotes } from 'citat/quotes';

/** Calls f and returns the CitatError it throws (failing when it throws nothing or something else). */
function caught(f: () => unknown): CitatError {
  try {
    f();
  } catch (error) {
    expect(error, `threw ${String(error)}`).toBeInstanceOf(CitatError);
    const e = error as CitatError;
    expect(e.name).toBe('CitatError');
    expect(isCitatError(e)).toBe(true);
    expect(e.message, 'message is one line').not.toContain('\n');
    return e;
  }
  throw new Error('expected a CitatError, but nothing was thrown');
}

describe('extract refuses bad text', () => {
  /** [name, input, options, code, what the message must say] */
  const rows: [string, unknown, object, ErrorCode, RegExp][] = [
    ['the empty string', '', {}, 'EMPTY_INPUT', /empty/],
    ['spaces only', '   ', {}, 'EMPTY_INPUT', /empty or only white space/],
    ['line breaks and tabs only', '\r\n\t\n \u00a0', {}, 'EMPTY_INPUT', /only white space/],
    ['a NUL character', 'Borgmesteren siger\u0000 nej.', {}, 'NUL_BYTE', /NUL byte at offset 18/],
    ['a text over maxBytes', 'Solen skinner over byen. '.repeat(10), { maxBytes: 100 }, 'TOO_LARGE', /250 bytes, over the limit of 100 bytes/],
    ['a text over maxBytes in UTF-8 but not in characters', 'æøå'.repeat(20), { maxBytes: 100 }, 'TOO_LARGE', /120 bytes/],
    ['a number', 42, {}, 'NOT_TEXT', /expected text as a string, got number/],
    ['null', null, {}, 'NOT_TEXT', /got null/],
    ['undefined', undefined, {}, 'NOT_TEXT', /got undefined/],
    ['a Buffer', Buffer.from('Hej med dig'), {}, 'NOT_TEXT', /got object/],
    ['maxBytes that is not a number', 'Vejret er godt i dag.', { maxBytes: Number.NaN }, 'BAD_OPTION', /maxBytes/],
    ['maxBytes of zero', 'Vejret er godt i dag.', { maxBytes: 0 }, 'BAD_OPTION', /maxBytes/],
    ['an id that is not a string', 'Vejret er godt i dag.', { id: 7 }, 'BAD_OPTION', /id/],
  ];

  it.each(rows)('%s', (_name, input, options, code, message) => {
    const e = caught(() => extract(input as string, options));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('names the document in the message when it has an id', () => {
    const e = caught(() => extract(' \n ', { id: 'artikel-17' }));
    expect(e.message).toMatch(/^artikel-17: /);
    expect(caught(() => extract('x\u0000', { id: 'artikel-18' })).message).toMatch(/^artikel-18: /);
  });

  it('accepts a text exactly at maxBytes', () => {
    const text = 'Ærø er en ø.'; // 15 bytes of UTF-8
    expect(Buffer.byteLength(text)).toBe(15);
    expect(extract(text, { maxBytes: 15 }).id).toBe('doc');
    expect(caught(() => extract(text, { maxBytes: 14 })).code).toBe('TOO_LARGE');
  });

  it('has a default limit of 10 MB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(caught(() => checkText('a'.repeat(DEFAULT_MAX_BYTES + 1), 'stor.txt')).code).toBe('TOO_LARGE');
  });

  it('findQuotes refuses empty text the same way', () => {
    expect(caught(() => findQuotes('')).code).toBe('EMPTY_INPUT');
    expect(caught(() => findQuotes('\n\n')).code).toBe('EMPTY_INPUT');
  });
});

describe('decodeUtf8', () => {
  /** [name, bytes, offset of the first bad byte] */
  const invalid: [string, number[], number][] = [
    ['Latin-1 "æ"', [...Buffer.from('Sæt', 'latin1')], 1],
    ['a lone continuation byte', [0x48, 0x65, 0x80, 0x6a], 2],
    ['a sequence cut off at the end', [0x48, 0x6a, 0xc3], 2],
    ['an overlong encoding of "/"', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0x61, 0x62, 0xe0, 0x80, 0xaf], 2],
    ['a UTF-16 surrogate encoded as UTF-8', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point over U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a byte that never occurs in UTF-8', [0x61, 0xff], 1],
  ];

  it.each(invalid)('refuses %s with NOT_UTF8, naming the file and the offset', (_name, bytes, at) => {
    const e = caught(() => decodeUtf8(new Uint8Array(bytes), 'artikel.txt'));
    expect(e.code).toBe('NOT_UTF8');
    expect(e.message).toMatch(/^artikel\.txt: input is not valid UTF-8/);
    expect(e.message).toContain(`offset ${at}`);
  });

  it('refuses bytes over the limit before decoding them', () => {
    const e = caught(() => decodeUtf8(new Uint8Array(101).fill(0x61), 'stor.txt', { maxBytes: 100 }));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^stor\.txt: input is 101 bytes, over the limit of 100 bytes/);
  });

  it('applies the text checks after decoding', () => {
    expect(caught(() => decodeUtf8(new Uint8Array([0x20, 0x0a]), 'tom.txt')).code).toBe('EMPTY_INPUT');
    expect(caught(() => decodeUtf8(new Uint8Array([0x61, 0x00, 0x62]), 'bin.dat')).code).toBe('NUL_BYTE');
  });

  it('decodes valid UTF-8 unchanged, keeping a byte-order mark so offsets match the file', () => {
    const text = '\ufeff"Hej," siger Åse 👋.';
    expect(decodeUtf8(new TextEncoder().encode(text), 'ok.txt')).toBe(text);
  });
});

describe('CitatError', () => {
  it('has one stable code per kind of problem', () => {
    expect(Object.values(ErrorCode)).toEqual(Object.keys(ErrorCode));
    for (const code of [
      'EMPTY_INPUT',
      'NUL_BYTE',
      'NOT_UTF8',
      'TOO_LARGE',
      'NOT_TEXT',
      'FILE_NOT_FOUND',
      'BAD_OPTION',
      'PIPELINE_ORDER',
      'STAGE_FAILED',
      'INVALID_OUTPUT',
    ]) {
      expect(Object.values(ErrorCode)).toContain(code);
    }
  });

  it('is recognised by isCitatError also without its prototype (as after a worker thread)', () => {
    const plain = { name: 'CitatError', code: 'EMPTY_INPUT', message: 'x' };
    expect(isCitatError(plain)).toBe(true);
    expect(isCitatError(new Error('x'))).toBe(false);
    expect(isCitatError(null)).toBe(false);
  });
});
