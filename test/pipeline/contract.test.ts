/**
 * The stage contract: a stage is handed exactly the layers it requires and must return exactly
 * the layers it provides — by the types (a stage reading an undeclared layer does not compile)
 * and by the runner (a JavaScript stage that breaks the contract fails with a message naming the
 * stage and the layer). And the default pipeline's stages can be replaced by name.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CitatError, createPipeline, DEFAULT_STAGES, defineStage, extract, type AnyStage } from 'citat';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the pipeline and returns the CitatError it throws. */
function failure(stages: readonly AnyStage[] | Partial<Record<string, AnyStage>>, text = 'Ministeren siger, at det går godt.'): CitatError {
  try {
    const p = Array.isArray(stages) ? createPipeline({ stages }) : createPipeline({ replace: stages });
    p.run(text, { id: 'a1' });
  } catch (e) {
    expect(e).toBeInstanceOf(CitatError);
    return e as CitatError;
  }
  throw new Error('expected the pipeline to fail');
}

/** A stage written without types, as a JavaScript user might. */
const untyped = (stage: object): AnyStage => stage as AnyStage;

describe('the stage contract at run time', () => {
  const cases: [name: string, stage: AnyStage, code: string, message: RegExp][] = [
    [
      'reading a layer it does not require',
      untyped({ name: 'peeker', requires: ['tokens'], provides: ['quotes'], run: (doc: { quotes: unknown[] }) => ({ quotes: doc.quotes }) }),
      'PIPELINE_ORDER',
      /stage "peeker" read layer "quotes", which it does not require/,
    ],
    [
      'returning a layer it does not provide',
      untyped({ name: 'spiller', requires: ['tokens'], provides: ['quotes'], run: () => ({ quotes: [], mentions: [] }) }),
      'STAGE_FAILED',
      /stage "spiller" returned layer "mentions", which it does not provide/,
    ],
    [
      'leaving out a layer it provides',
      untyped({ name: 'glemsom', requires: ['tokens'], provides: ['quotes'], run: () => ({}) }),
      'STAGE_FAILED',
      /stage "glemsom" did not return layer "quotes", which it provides/,
    ],
    [
      'returning nothing',
      untyped({ name: 'tavs', requires: ['tokens'], provides: ['quotes'], run: () => undefined }),
      'STAGE_FAILED',
      /stage "tavs" returned no layers/,
    ],
  ];
  it.each(cases)('%s fails, naming the stage and the layer', (_name, stage, code, message) => {
    const e = failure({ quotes: stage });
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.stage).toBe(stage.name);
  });

  it('refuses, when the pipeline is built, a layer no earlier stage provides', () => {
    const needsQuotes = defineStage({ name: 'needs-quotes', requires: ['quotes'], provides: [], run: () => ({}) });
    expect(() => createPipeline({ stages: [needsQuotes] })).toThrowError(/stage "needs-quotes" requires layer "quotes", which no earlier stage provides/);
  });

  it('refuses a layer name that does not exist', () => {
    const typo = untyped({ name: 'typo', requires: ['sentense'], provides: [], run: () => ({}) });
    expect(() => createPipeline({ stages: [typo] })).toThrowError(/stage "typo" names layer "sentense", which does not exist/);
  });

  it('refuses a pipeline that does not provide what the output is built from', () => {
    const nothing = defineStage({ name: 'nothing', requires: [], provides: [], run: () => ({}) });
    expect(() => createPipeline({ stages: [nothing] })).toThrowError(/the output needs layer "paragraphs", which no stage of the pipeline provides/);
  });
});

describe('the stage contract in the types', () => {
  it('a stage reading an undeclared layer, returning an undeclared one or leaving one out does not compile', () => {
    const file = 'test/pipeline/contract/undeclared-layer.ts';
    const tsc = spawnSync(
      process.execPath,
      [
        'node_modules/typescript/bin/tsc',
        '--ignoreConfig',
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--target',
        'ES2022',
        '--types',
        'node',
        '--exactOptionalPropertyTypes',
        '--noUncheckedIndexedAccess',
        file,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const reported = [...tsc.stdout.matchAll(/undeclared-layer\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1]));
    const marked = readFileSync(root + file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// error:') ? [i + 1] : []));
    expect(marked).toHaveLength(3);
    expect([...new Set(reported)]).toEqual(marked);
  });
});

describe('replacing a stage by name', () => {
  const TEXT = '"Vi er klar," siger formand Mette Hansen. Regeringen vil ikke sige noget om sagen.';
  const oneQuote = defineStage({
    name: 'quotes',
    requires: ['sentences'],
    provides: ['quotes'],
    run: (doc) => ({
      quotes: doc.sentences
        .slice(-1)
        .map((s) => ({ kind: 'indirect' as const, start: s.start, end: s.end, cue: null, source: null, continuation: false, confidence: 0.5 })),
    }),
  });

  it('runs the replacement in the default pipeline', () => {
    const doc = createPipeline({ replace: { quotes: oneQuote } }).run(TEXT);
    expect(doc.quotes.map((q) => q.text)).toEqual(['Regeringen vil ikke sige noget om sagen.']);
    expect(extract(TEXT).quotes[0]?.text).toBe('Vi er klar,');
  });

  it('keeps a replaced Danish stage behind the Danish gate', () => {
    const english = 'The minister said on Monday that the government would not comment on the matter any further.';
    const doc = createPipeline({ replace: { quotes: oneQuote } }).run(english);
    expect(doc.language.code).toBe('en');
    expect(doc.quotes).toEqual([]);
    expect(doc.warnings[0]).toMatch(/not Danish/);
  });

  it('refuses a name that is not a default stage', () => {
    expect(() => createPipeline({ replace: { citater: oneQuote } as never })).toThrowError(
      /cannot replace stage "citater": the default stages are text, language, danish, sentences, names, mentions, quotes, speakers, confidence/,
    );
  });
});

describe('options of run and extract', () => {
  const rows: [name: string, options: unknown, message: RegExp][] = [
    ['null', null, /expected options to be an object, got null/],
    ['a string', 'da', /expected options to be an object, got string/],
    ['an unknown option', { bogus: 1 }, /unknown option "bogus"/],
    ['force as a string', { force: 'yes' }, /expected force to be true or false, got "yes"/],
    ['a numeric id', { id: 7 }, /expected the document id to be a string, got number/],
  ];
  it.each(rows)('%s is a BAD_OPTION naming the problem', (_name, options, message) => {
    try {
      extract('Hun siger, at det går godt.', options as never);
      expect.unreachable();
    } catch (e) {
      expect((e as CitatError).code).toBe('BAD_OPTION');
      expect((e as CitatError).message).toMatch(message);
    }
  });
});

describe('the output check', () => {
  const rows: [name: string, quote: object, message: RegExp][] = [
    ['a confidence above 1', { confidence: 2 }, /failed validation at quotes\.0\.confidence/],
    ['a span past the input', { start: 0, end: 10_000 }, /quote q1 does not match the input at its offsets/],
  ];
  it.each(rows)('refuses %s as INVALID_OUTPUT naming the place', (_name, change, message) => {
    const broken = defineStage({
      name: 'quotes',
      requires: ['sentences'],
      provides: ['quotes'],
      run: (doc) => ({
        quotes: doc.sentences
          .slice(0, 1)
          .map((s) => ({ kind: 'indirect' as const, start: s.start, end: s.end, cue: null, source: null, continuation: false, confidence: 0.5, ...change })),
      }),
    });
    // the confidence stage passes a finder's confidence on as its own, out of range or not
    const passOn = defineStage({
      name: 'confidence',
      requires: ['quotes'],
      provides: ['confidences'],
      run: (doc) => ({ confidences: doc.quotes.map((q) => q.confidence) }),
    });
    const e = failure({ quotes: broken, confidence: passOn });
    expect(e.code).toBe('INVALID_OUTPUT');
    expect(e.message).toMatch(message);
  });
});

// Paragraphs, sentences and paragraph languages are checked element by element (a parse of the
// whole array kept a copy of each alive through the parse): the check must still refuse a broken
// element, name its place, and give the same output a parse of the whole document would.
describe('the output check of the arrays that grow with the text', () => {
  const paragraphStage = (change: (p: { start: number; end: number }, i: number) => object) =>
    defineStage({
      name: 'text',
      requires: [],
      provides: ['paragraphs', 'quotedSpans', 'tokens'],
      run: (doc) => {
        const layers = DEFAULT_STAGES.find((s) => s.name === 'text')!.run(doc as never) as { paragraphs: { start: number; end: number }[] };
        return { ...layers, paragraphs: layers.paragraphs.map((p, i) => ({ ...p, ...change(p, i) })) } as never;
      },
    });
  const text = 'Borgmesteren er glad.\n\nHun siger, at byen har fået penge til en ny skole.';

  it.each([
    ['a paragraph with a negative start', (_p: object, i: number) => (i === 1 ? { start: -1 } : {}), /failed validation at paragraphs\.1\.start/],
    [
      'a paragraph with an offset that is not a whole number',
      (_p: object, i: number) => (i === 0 ? { end: 2.5 } : {}),
      /failed validation at paragraphs\.0\.end/,
    ],
  ])('refuses %s as INVALID_OUTPUT naming the place', (_name, change, message) => {
    const e = failure({ text: paragraphStage(change) }, text);
    expect(e.code).toBe('INVALID_OUTPUT');
    expect(e.message).toMatch(message);
  });

  it('leaves out a key the schema does not know, as a parse of the whole document does', () => {
    const p = createPipeline({ replace: { text: paragraphStage(() => ({ internal: 'x' })) } });
    const doc = p.run(text);
    expect(doc.paragraphs).toEqual(extract(text).paragraphs);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(extract(text)));
    expect(JSON.stringify(doc)).not.toContain('internal');
  });
});
