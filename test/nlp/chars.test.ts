import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/nlp/chars.js';
import { findParagraphs } from '../../src/pipeline/text/paragraphs.js';
import { splitSentences } from '../../src/pipeline/sentences/split.js';
import { tokenize } from '../../src/nlp/tokens.js';

describe('one white-space class', () => {
  it('is exactly the regex \\s, over every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  const SPACES: [name: string, space: string][] = [
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['medium mathematical space', '\u205f'],
    ['ogham space mark', '\u1680'],
    ['ideographic space', '\u3000'],
  ];
  it.each(SPACES)('paragraphs, sentences and tokens all trim a %s alike', (_name, sp) => {
    const text = `${sp}Hun siger, at det går godt.${sp}`;
    const [p] = findParagraphs(text);
    const [s] = splitSentences(text);
    const tokens = tokenize(text);
    expect(text.slice(p!.start, p!.end)).toBe('Hun siger, at det går godt.');
    expect(s!.text).toBe('Hun siger, at det går godt.');
    expect(tokens[0]!.start).toBe(p!.start);
    expect(tokens[tokens.length - 1]!.end).toBe(p!.end);
  });
});
