/**
 * The public surface, locked: every name each import path exports is listed here, so adding or
 * removing an export is a visible change to this file. Then the built package is used the way a
 * consumer uses it: by package name, through package.json "exports" into dist (run `npm run build`
 * first; `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every runtime export of every public import path (types are checked by the consumer below). */
const SURFACE: Record<string, string[]> = {
  citat: [
    'CitatDocument',
    'CitatError',
    'DEFAULT_MAX_BYTES',
    'DEFAULT_STAGES',
    'ErrorCode',
    'Pipeline',
    'SCHEMA_VERSION',
    'STAGES',
    'checkOrder',
    'checkText',
    'citatJsonSchema',
    'confidenceStage',
    'createPipeline',
    'danishGate',
    'danishOnly',
    'decodeUtf8',
    'defaultStages',
    'defineStage',
    'detectLanguage',
    'extract',
    'findNames',
    'findQuotes',
    'isCitatError',
    'languageStage',
    'mentionsStage',
    'namesStage',
    'quotesStage',
    'sentencesStage',
    'speakersStage',
    'splitSentences',
    'textStage',
  ],
  'citat/language': ['MIN_LETTERS', 'SCORED', 'default', 'detectLanguage', 'languageStage'],
  'citat/sentences': ['default', 'sentencesStage', 'splitSentences'],
  'citat/names': ['default', 'findNames', 'namesStage', 'tagNames'],
  'citat/quotes': ['default', 'findQuotes'],
  'citat/schema': [
    'CitatDocument',
    'ErrorRecord',
    'Language',
    'LanguageCode',
    'Paragraph',
    'ParagraphLanguage',
    'Quote',
    'QuoteKind',
    'QuoteSpeaker',
    'Resolution',
    'SCHEMA_VERSION',
    'Sentence',
    'Span',
    'Speaker',
    'SpeakerKind',
    'citatJsonSchema',
  ],
};
const PATHS = Object.keys(SURFACE);

/** Each import path's main function, called on a Danish sentence by the consumer checks. */
const CALLS: Record<string, string> = {
  citat: `m.extract(TEXT, { id: 'c' }).quotes.length >= 0`,
  'citat/language': `typeof m.detectLanguage(TEXT).code === 'string' && m.default === m.detectLanguage`,
  'citat/sentences': `m.splitSentences(TEXT).every((s) => TEXT.slice(s.start, s.end) === s.text) && m.default === m.splitSentences`,
  'citat/names': `m.findNames(TEXT).some((n) => n.type === 'person' && TEXT.slice(n.start, n.end) === n.text) && m.default === m.findNames`,
  'citat/quotes': `Array.isArray(m.findQuotes(TEXT).quotes) && m.default === m.findQuotes`,
  'citat/schema': `m.CitatDocument.safeParse({}).success === false && typeof m.citatJsonSchema().$schema === 'string'`,
};
const TEXT = '"Vi åbner igen i morgen," siger butikschef Lise Dahl. Hun glæder sig.';

/** Runs an ES module snippet with node in `cwd`; returns its exit code and output. */
function node(code: string, cwd: string) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A snippet that imports every public path and prints, per path, its export names and whether its main call works. */
const probe = `
const TEXT = ${JSON.stringify(TEXT)};
const out = {};
${PATHS.map((p) => `{ const m = await import(${JSON.stringify(p)}); out[${JSON.stringify(p)}] = { names: Object.keys(m).sort(), works: ${CALLS[p]} }; }`).join('\n')}
console.log(JSON.stringify(out));`;

describe('the public surface (sources)', () => {
  it.each(PATHS)('%s exports exactly the listed names', async (path) => {
    const m = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    expect(Object.keys(m).sort(), `the exports of ${path} changed; if intended, update SURFACE in test/api/exports.test.ts (and the README)`).toEqual(
      [...SURFACE[path]!].sort(),
    );
    for (const name of SURFACE[path]!) expect(m[name], `${path} exports ${name} as undefined`).toBeDefined();
  });
});

describe('the built package', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    type: string;
    bin: Record<string, string>;
    exports: Record<string, string | { types: string; import: string }>;
  };

  beforeAll(() => {
    expect(existsSync(join(root, 'dist/index.js')), 'dist/ is missing; run `npm run build` (npm test does it first)').toBe(true);
  });

  it('declares one export per public path (and package.json), each pointing at built files', () => {
    expect(pkg.name).toBe('citat');
    expect(pkg.type).toBe('module');
    const subpaths = PATHS.map((p) => (p === 'citat' ? '.' : `./${p.slice('citat/'.length)}`));
    expect(Object.keys(pkg.exports).sort()).toEqual([...subpaths, './package.json'].sort());
    for (const sub of subpaths) {
      const target = pkg.exports[sub];
      expect(typeof target, `exports["${sub}"] should give types and import`).toBe('object');
      const { types, import: js } = target as { types: string; import: string };
      expect(existsSync(join(root, js)), `${js} (exports["${sub}"].import) is not built`).toBe(true);
      expect(existsSync(join(root, types)), `${types} (exports["${sub}"].types) is not built`).toBe(true);
    }
  });

  it('has a citat command that points at a built script with a node shebang', () => {
    const bin = pkg.bin.citat;
    expect(bin).toBeDefined();
    expect(readFileSync(join(root, bin!), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('resolves every public path by package name from the repository root (self-reference), with the listed exports', () => {
    const r = node(probe, root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, { names: string[]; works: boolean }>;
    for (const path of PATHS) {
      expect(out[path]?.names, `the built ${path} exports other names; rebuild, or update SURFACE`).toEqual([...SURFACE[path]!].sort());
      expect(out[path]?.works, `${path}: ${CALLS[path]}`).toBe(true);
    }
  });

  it('keeps internal modules private', () => {
    const r = node(`try { await import('citat/dist/pipeline/run.js'); console.log('open'); } catch (e) { console.log(e.code); }`, root);
    expect(r.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  describe('for a consumer outside the repository', () => {
    let consumer: string;
    beforeAll(() => {
      // A project with citat in node_modules (a symlink, as `npm link` or a workspace makes it).
      consumer = mkdtempSync(join(tmpdir(), 'citat-consumer-'));
      mkdirSync(join(consumer, 'node_modules'));
      symlinkSync(root, join(consumer, 'node_modules', 'citat'), 'dir');
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    });
    afterAll(() => {
      if (consumer) rmSync(consumer, { recursive: true, force: true });
    });

    it('imports every public path and calls it', () => {
      const r = node(probe, consumer);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, { works: boolean }>;
      for (const path of PATHS) expect(out[path]?.works, path).toBe(true);
    });

    it('gets the types: a TypeScript consumer typechecks against the built declarations', () => {
      writeFileSync(
        join(consumer, 'use.ts'),
        `import { extract, createPipeline, CitatError, type ExtractOptions } from 'citat';
import { detectLanguage } from 'citat/language';
import { splitSentences, type SentenceSpan } from 'citat/sentences';
import { findQuotes, type Quote } from 'citat/quotes';
import { CitatDocument, type Speaker } from 'citat/schema';
const options: ExtractOptions = { id: 'a', force: true, maxBytes: 1000 };
const doc: CitatDocument = extract(${JSON.stringify(TEXT)}, options);
const again: CitatDocument = createPipeline().run(${JSON.stringify(TEXT)});
const quotes: Quote[] = findQuotes(${JSON.stringify(TEXT)}).quotes;
const speakers: Speaker[] = doc.speakers;
const code: string = detectLanguage('Hej med dig').code;
const spans: SentenceSpan[] = splitSentences('Hej. Farvel.');
const isError: boolean = new CitatError('EMPTY_INPUT', 'x') instanceof Error;
// @ts-expect-error: a quote's kind is one of three strings, not any string
const kind: Quote['kind'] = 'hearsay';
export { again, quotes, speakers, code, spans, isError, kind };
`,
      );
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
          files: ['use.ts'],
        }),
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const r = spawnSync(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], { cwd: consumer, encoding: 'utf8', timeout: 60_000 });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  });
});
