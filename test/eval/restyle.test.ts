import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, resolveGold, restyleDocument, restyleText, type GoldDocumentLine } from '../../src/eval/index.js';

describe('rewriting "…" as »…«', () => {
  const rows: Array<[string, string, string]> = [
    ['a quote and its attribution', '"Vi er klar," siger hun. "Men ikke i dag."', '»Vi er klar,« siger hun. »Men ikke i dag.«'],
    ['a quoted fragment inside indirect speech', 'Hun mener, at det er "helt forkert".', 'Hun mener, at det er »helt forkert«.'],
    ['a quote over two paragraphs, reopened', '"Første afsnit er her.\n\n"Andet afsnit," siger hun.', '»Første afsnit er her.\n\n»Andet afsnit,« siger hun.'],
    ['a closing mark after a space in a later paragraph', '"Først dette.\n\nSå dette, "siger han.', '»Først dette.\n\nSå dette, «siger han.'],
    ['a quote inside a quote', '"Vi "gamle" kan endnu," siger han.', '»Vi ›gamle‹ kan endnu,« siger han.'],
    ['a closing mark at the end of a paragraph whose opening is missing', 'Det var godt nok. "\n\n"Ja," siger hun.', 'Det var godt nok. «\n\n»Ja,« siger hun.'],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    const r = restyleText(input, 'guillemets');
    expect(r.text).toBe(output);
    expect(r.text).toHaveLength(input.length);
  });
});

describe('rewriting "…" as „…“', () => {
  const rows: Array<[string, string, string]> = [
    ['a quote and its attribution', '"Vi er klar," siger hun.', '„Vi er klar,“ siger hun.'],
    ['a quote inside a quote', '"Vi "gamle" kan endnu," siger han.', '„Vi ‚gamle‘ kan endnu,“ siger han.'],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    const r = restyleText(input, 'low');
    expect(r.text).toBe(output);
    expect(r.text).toHaveLength(input.length);
  });
});

describe('rewriting typographic marks as "…"', () => {
  const rows: Array<[string, string, string]> = [
    ['guillemets', '»Vi er klar,« siger hun.', '"Vi er klar," siger hun.'],
    ['Swedish-style marks', '”Vi er klar,” siger hun.', '"Vi er klar," siger hun.'],
    ['low-high marks', 'Hun kalder det „helt forkert“.', 'Hun kalder det "helt forkert".'],
    ['single marks and speech dashes stay', "- Det er 'okay', siger han.", "- Det er 'okay', siger han."],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    const r = restyleText(input, 'straight');
    expect(r.text).toBe(output);
    expect(r.text).toHaveLength(input.length);
  });
});

describe('rewriting paragraphs that open with a quote as speech-dash paragraphs', () => {
  const rows: Array<[string, string, string]> = [
    ['a quote with its attribution after it', '"Vi er klar," siger hun.', '- Vi er klar, siger hun.'],
    ['a question', '"Hvorfor nu?" spørger han.', '- Hvorfor nu? spørger han.'],
    ['a continuation paragraph', '"Vi er klar," siger hun.\n\n"Og vi glæder os."', '- Vi er klar, siger hun.\n\n- Og vi glæder os.'],
    [
      'a quote over paragraphs with no marks between',
      '"Først dette.\n\nSå det andet.\n\nOg til sidst, "siger han.',
      '- Først dette.\n\n- Så det andet.\n\n- Og til sidst, siger han.',
    ],
    ['an inner quote keeps its marks', '"Vi "gamle" kan endnu," siger han.', '- Vi "gamle" kan endnu, siger han.'],
    ['a quote that does not open the paragraph stays', 'Hun siger: "Vi er klar."', 'Hun siger: "Vi er klar."'],
    ['a title at the start of a paragraph stays', '"Matador" vises igen i aften.', '"Matador" vises igen i aften.'],
    ['a quote interrupted by its attribution stays', '"Vi er klar," siger hun, "men ikke i dag."', '"Vi er klar," siger hun, "men ikke i dag."'],
    [
      'the other paragraphs stay as they were',
      'Hun tøvede.\n\n"Det går," siger hun.\n\nDet er "helt fint".',
      'Hun tøvede.\n\n- Det går, siger hun.\n\nDet er "helt fint".',
    ],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    expect(restyleText(input, 'dash').text).toBe(output);
  });

  it('leaves the text alone for ascii', () => {
    const t = '"Vi er klar," siger hun.';
    expect(restyleText(t, 'ascii').text).toBe(t);
  });
});

describe('rewriting a document with its gold', () => {
  const text = 'Borgmesteren talte længe.\n\n"Vi bygger skolen færdig.\n\nDet lover jeg, "siger hun.\n\nHun mener, at byen er "godt på vej".';
  const gold: GoldDocumentLine = {
    id: 'by',
    quotes: [
      { kind: 'direct', text: 'Vi bygger skolen færdig.', cue: null, speaker: 'Borgmesteren', aliases: [], speaker_mention: null },
      { kind: 'direct', text: 'Det lover jeg, ', cue: 'siger', speaker: 'Borgmesteren', aliases: [], speaker_mention: 'hun' },
      { kind: 'mixed', text: 'byen er "godt på vej"', cue: 'mener', speaker: 'Borgmesteren', aliases: [], speaker_mention: 'Hun' },
    ],
  };
  const expected: Record<'guillemets' | 'dash', string[]> = {
    guillemets: ['Vi bygger skolen færdig.', 'Det lover jeg, ', 'byen er »godt på vej«'],
    dash: ['Vi bygger skolen færdig.', 'Det lover jeg, ', 'byen er "godt på vej"'],
  };
  it.each(['guillemets', 'dash'] as const)('keeps every gold span on the same words (%s)', (style) => {
    const r = restyleDocument({ id: 'by', text }, gold, style);
    expect(r.gold!.quotes.map((q) => q.text)).toEqual(expected[style]);
    const spans = resolveGold(r.gold!, r.doc.text);
    expect(spans.map((s) => r.doc.text.slice(s.start, s.end))).toEqual(expected[style]);
  });

  it('puts the dash before the quote, outside its span', () => {
    const r = restyleDocument({ id: 'by', text }, gold, 'dash');
    expect(r.doc.text).toContain('- Vi bygger skolen færdig.\n\n- Det lover jeg, siger hun.');
    const [first] = resolveGold(r.gold!, r.doc.text);
    expect(r.doc.text.slice(first!.start - 2, first!.start)).toBe('- ');
  });

  it('keeps the occurrence right when the rewritten text repeats', () => {
    const t = '"Ja," siger hun. Han siger også ja, siger hun.';
    const g: GoldDocumentLine = { id: 'ja', quotes: [{ kind: 'direct', text: 'Ja,', cue: 'siger', speaker: 'hun', aliases: [], speaker_mention: 'hun' }] };
    const r = restyleDocument({ id: 'ja', text: t }, g, 'dash');
    const [span] = resolveGold(r.gold!, r.doc.text);
    expect(span!.start).toBe(2);
  });
});

describe('the seed article in every style', () => {
  const root = new URL('../../', import.meta.url);
  const text = readFileSync(new URL('corpus/rusland-taliban.txt', root), 'utf8');
  const [gold] = parseGoldJsonl(readFileSync(new URL('fixtures/gold/rusland-taliban.jsonl', root), 'utf8'), 'gold');
  it.each(['ascii', 'guillemets', 'dash'] as const)('%s: every gold quote still stands in the text', (style) => {
    const r = restyleDocument({ id: gold!.id, text }, gold, style);
    const spans = resolveGold(r.gold!, r.doc.text);
    expect(spans).toHaveLength(gold!.quotes.length);
    if (style !== 'ascii') expect(r.doc.text).not.toBe(text);
    if (style === 'guillemets') expect(r.doc.text).not.toContain('"');
  });
});
