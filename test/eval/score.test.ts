import { describe, expect, it } from 'vitest';
import { CitatError } from '../../src/errors.js';
import {
  align,
  formatReport,
  jaccard,
  naiveRegexQuotes,
  parseGoldJsonl,
  resolveGold,
  scoreDocuments,
  speakerIsRight,
  SUMMARY_LINES,
  trimSpan,
  type GoldDocumentLine,
  type GoldSpan,
  type PredictedSpan,
} from '../../src/eval/index.js';

/** A gold quote for `text`, found by substring as the gold files do. */
function gold(text: string, quote: string, extra: Partial<GoldSpan> = {}): GoldSpan {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test bug: ${quote} not in text`);
  return {
    kind: 'direct',
    start,
    end: start + quote.length,
    text: quote,
    cue: 'siger',
    speaker: 'Birgitte Holm',
    aliases: ['Holm', 'borgmesteren'],
    speakerMention: 'Birgitte Holm',
    optional: false,
    ...extra,
  };
}

/** A prediction spanning [start, end) of `text`. */
function pred(text: string, start: number, end: number, extra: Partial<PredictedSpan> = {}): PredictedSpan {
  return { kind: 'direct', start, end, text: text.slice(start, end), cue: 'siger', speaker: 'Birgitte Holm', ...extra };
}

/** A prediction of the first occurrence of `quote`. */
function predOf(text: string, quote: string, extra: Partial<PredictedSpan> = {}): PredictedSpan {
  const start = text.indexOf(quote);
  return pred(text, start, start + quote.length, extra);
}

const TEXT = '"Vi har gjort alt, hvad vi kunne," siger borgmester Birgitte Holm. Hun mener, at byen står stærkt.';

describe('Jaccard threshold', () => {
  const g = gold(TEXT, 'Vi har gjort alt, hvad vi kunne,'); // 32 characters
  const rows: Array<[string, number, number, boolean]> = [
    ['the same span matches', g.start, g.end, true],
    ['exactly half the gold span matches (0.5)', g.start, g.start + 16, true],
    ['one character short of half does not match', g.start, g.start + 15, false],
    ['a span twice as long as the gold matches (0.5)', g.start, g.start + 64, true],
  ];
  it.each(rows)('%s', (_name, start, end, matches) => {
    const r = scoreDocuments([{ id: 'd', text: TEXT + ' '.repeat(40), gold: [g], predicted: [pred(TEXT + ' '.repeat(40), start, end)] }]);
    expect(r.quote.tp).toBe(matches ? 1 : 0);
  });

  it('computes intersection over union', () => {
    expect(jaccard({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(jaccard({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});

describe('one-to-one matching, best first', () => {
  it('counts two predictions of the same gold quote as one hit and one false alarm', () => {
    const g = gold(TEXT, 'Vi har gjort alt, hvad vi kunne,');
    const r = scoreDocuments([{ id: 'd', text: TEXT, gold: [g], predicted: [pred(TEXT, g.start, g.end), pred(TEXT, g.start, g.end - 4)] }]);
    expect(r.quote).toMatchObject({ tp: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(r.falseAlarms).toHaveLength(1);
  });

  it('gives a prediction to the gold quote it overlaps most', () => {
    const text = 'Aaaa aaaa aaaa bbbb bbbb.';
    const g1 = gold(text, 'Aaaa aaaa aaaa');
    const g2 = gold(text, 'aaaa bbbb bbbb');
    const p = pred(text, 5, 24); // overlaps g2 more
    const a = align([g1, g2], [p]);
    expect(a.pairs).toEqual([{ gold: 1, pred: 0, jaccard: jaccard(g2, p) }]);
    expect(a.missed).toEqual([0]);
  });
});

describe('optional gold quotes', () => {
  const text = 'Kommunen opfordrede borgerne til at spare på vandet. "Det bliver en hård sommer," siger Birgitte Holm.';
  const optional = gold(text, 'borgerne til at spare på vandet', { kind: 'indirect', optional: true, cue: 'opfordrede', speaker: 'Kommunen', aliases: [] });
  const direct = gold(text, 'Det bliver en hård sommer,');

  it('absorb a matching prediction: neither a hit nor a false alarm', () => {
    const r = scoreDocuments([
      {
        id: 'd',
        text,
        gold: [optional, direct],
        predicted: [predOf(text, 'borgerne til at spare på vandet', { kind: 'indirect' }), predOf(text, 'Det bliver en hård sommer,')],
      },
    ]);
    expect(r.quote).toMatchObject({ tp: 1, predicted: 1, gold: 1, f1: 1 });
    expect(r.predictions.absorbed).toBe(1);
    expect(r.falseAlarms).toEqual([]);
  });

  it('do not count against recall when nothing finds them', () => {
    const r = scoreDocuments([{ id: 'd', text, gold: [optional, direct], predicted: [predOf(text, 'Det bliver en hård sommer,')] }]);
    expect(r.quote).toMatchObject({ tp: 1, gold: 1, recall: 1 });
    expect(r.misses).toEqual([]);
  });
});

describe('speaker accuracy', () => {
  const g = { speaker: 'Birgitte Holm', aliases: ['Holm', 'borgmesteren', 'borgmester i Skovby Kommune'] };
  const rows: Array<[string, string | null, boolean]> = [
    ['the full name', 'Birgitte Holm', true],
    ['the surname (an alias), any case', 'HOLM', true],
    ['the role noun alias, with punctuation', 'Borgmesteren.', true],
    ['a longer alias with extra spaces', 'borgmester  i Skovby Kommune', true],
    ['the first name only (not an alias)', 'Birgitte', false],
    ['a pronoun', 'hun', false],
    ['no speaker', null, false],
  ];
  it.each(rows)('%s', (_name, predicted, right) => {
    expect(speakerIsRight(predicted, g)).toBe(right);
  });

  it('takes a null gold speaker (the text does not say) as right only for a null prediction', () => {
    expect(speakerIsRight(null, { speaker: null, aliases: [] })).toBe(true);
    expect(speakerIsRight('han', { speaker: null, aliases: [] })).toBe(false);
  });

  it('counts attribution only for matched quotes with the right speaker', () => {
    const text = '"Vi skal bygge flere boliger," siger Birgitte Holm. "Men det tager tid," siger Ole Berg.';
    const g1 = gold(text, 'Vi skal bygge flere boliger,');
    const g2 = gold(text, 'Men det tager tid,', { speaker: 'Ole Berg', aliases: ['Berg'] });
    const r = scoreDocuments([
      { id: 'd', text, gold: [g1, g2], predicted: [predOf(text, 'Vi skal bygge flere boliger,'), predOf(text, 'Men det tager tid,', { speaker: 'Holm' })] },
    ]);
    expect(r.quote.f1).toBe(1);
    expect(r.speaker).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(r.attribution).toMatchObject({ tp: 1, f1: 0.5 });
    expect(r.wrongSpeakers).toMatchObject([{ text: 'Men det tager tid,', speaker: 'Ole Berg', predicted: 'Holm' }]);
  });
});

describe('gold resolution', () => {
  const text = 'Han siger, at det er slut. Senere siger hun, at det er slut.';
  const line = (occurrence?: number): GoldDocumentLine => ({
    id: 'd',
    quotes: [
      {
        kind: 'indirect',
        text: 'det er slut',
        ...(occurrence === undefined ? {} : { occurrence }),
        cue: 'siger',
        speaker: null,
        aliases: [],
        speaker_mention: 'hun',
      },
    ],
  });

  it('takes the first occurrence by default and the n-th (from 0) when told', () => {
    expect(resolveGold(line(), text)[0]).toMatchObject({ start: 14, end: 25 });
    expect(resolveGold(line(1), text)[0]).toMatchObject({ start: text.lastIndexOf('det er slut'), end: text.lastIndexOf('det er slut') + 11 });
  });

  it('refuses a gold text that does not stand in the document that often', () => {
    expect(() => resolveGold(line(2), text)).toThrowError(CitatError);
    expect(() => resolveGold(line(2), text)).toThrowError(/document "d", quote 1: .*does not stand in the document 3 times/);
  });

  it('reads a gold file and names the line of a bad entry', () => {
    const ok =
      '{"id": "a", "quotes": []}\n\n{"id": "b", "quotes": [{"kind": "direct", "text": "x y z", "cue": null, "speaker": null, "aliases": [], "speaker_mention": null, "optional": true}]}\n';
    expect(parseGoldJsonl(ok, 'g.jsonl').map((l) => l.id)).toEqual(['a', 'b']);
    expect(() => parseGoldJsonl('{"id": "a", "quotes": [{"kind": "citat", "text": "x"}]}', 'g.jsonl')).toThrowError(/^g\.jsonl:1: field quotes\.0\.kind/);
    expect(() => parseGoldJsonl('{"id": "a"', 'g.jsonl')).toThrowError(/g\.jsonl:1: not valid JSON/);
  });
});

describe('exact-span agreement', () => {
  const text = 'Formanden sagde: "Vi er klar, og vi går i gang i morgen." Så gik hun.';
  const g = gold(text, 'Vi er klar, og vi går i gang i morgen.');
  const rows: Array<[string, number, number, boolean]> = [
    ['the same span', g.start, g.end, true],
    ['without the final full stop', g.start, g.end - 1, true],
    ['with the quotation marks', g.start - 1, g.end + 1, true],
    ['with a space and the marks', g.start - 2, g.end + 1, true],
    ['one word short', g.start, g.end - 8, false],
  ];
  it.each(rows)('%s', (_name, start, end, exact) => {
    const r = scoreDocuments([{ id: 'd', text, gold: [g], predicted: [pred(text, start, end)] }]);
    expect(r.quote.tp).toBe(1);
    expect(r.exact.tp).toBe(exact ? 1 : 0);
  });

  it('trims white space and punctuation only', () => {
    const t = ' »Ja, tak!« ';
    expect(trimSpan(t, 0, t.length)).toEqual({ start: 2, end: 9 });
  });
});

describe('per kind and cue', () => {
  it('needs the same kind for a per-kind hit, and shows what was found at all', () => {
    const text = 'Ifølge politiet er tre personer anholdt i nat.';
    const g = gold(text, 'er tre personer anholdt i nat', { kind: 'indirect', cue: 'Ifølge', speaker: 'politiet', aliases: [] });
    const r = scoreDocuments([
      { id: 'd', text, gold: [g], predicted: [predOf(text, 'er tre personer anholdt i nat', { kind: 'direct', cue: 'ifølge', speaker: 'Politiet' })] },
    ]);
    expect(r.quote.f1).toBe(1);
    expect(r.perKind.indirect).toMatchObject({ tp: 0, gold: 1, recall: 0, recallAnyKind: 1 });
    expect(r.perKind.direct).toMatchObject({ tp: 0, predicted: 1, precision: 0 });
    expect(r.kind.accuracy).toBe(0);
    expect(r.cue.accuracy).toBe(1);
    expect(r.speaker.accuracy).toBe(1);
  });
});

describe('naive regex anchor', () => {
  it('takes quoted strings of three or more words and the capitalised words after the next siger', () => {
    const text = 'Han kaldte det "en god dag". "Vi vandt kampen i dag," siger Ole K. Berg. Det var "flot".';
    expect(naiveRegexQuotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['en god dag', 'Ole K. Berg'],
      ['Vi vandt kampen i dag,', 'Ole K. Berg'],
    ]);
  });

  it('stops the speaker at the end of the sentence', () => {
    const text = '"Det går rigtig godt nu," siger Ole Berg.\n\nDen nye sæson starter snart.';
    expect(naiveRegexQuotes(text)).toMatchObject([{ text: 'Det går rigtig godt nu,', speaker: 'Ole Berg', kind: 'direct' }]);
  });
});

describe('the text report', () => {
  it('ends in a summary of fixed length that names the data and both systems', () => {
    const text = '"Vi er klar til kampen," siger Birgitte Holm.';
    const docs = [{ id: 'd', text, gold: [gold(text, 'Vi er klar til kampen,')], predicted: [predOf(text, 'Vi er klar til kampen,')] }];
    const r = scoreDocuments(docs);
    const out = formatReport(r, r, { errors: 5, title: 'test' }).trimEnd().split('\n');
    const summary = out.slice(-SUMMARY_LINES);
    expect(summary[0]).toMatch(/^== citat eval: 1 docs, 1 scored gold quotes/);
    expect(summary.join('\n')).toMatch(/quote F1\s+1\.000\s+1\.000/);
    expect(summary.join('\n')).toMatch(/attribution F1\s+1\.000/);
  });
});
