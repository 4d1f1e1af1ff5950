/**
 * The package as a user gets it (slow: packs, installs and runs; about 20–60 s). `npm pack` makes
 * the tarball from the build in dist/ (`npm test` builds first; the pack is run with
 * `--ignore-scripts` so that it does not rebuild dist/ under the other test files running beside
 * it), a temporary project installs it with `npm install --prefer-offline --no-audit --no-fund`
 * (the dependencies come from the npm cache that `npm ci` filled), and then, inside that project:
 * `npx citat extract` on a small Danish text, a .mjs that imports every documented entry point,
 * and TypeScript with the module settings the README names. npm must print no warning about
 * install scripts (npm 11 warns about any a dependency declares, `prepare` included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 240_000;

let project = '';
let installLog = '';
let packedBytes = 0;

/** Runs a command; returns its exit status and what it printed. */
function run(cmd: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: TIMEOUT, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

// Of my own wording: a direct quote with a titled speaker and an indirect one after "Ifølge".
const TEXT = '»Vi åbner broen igen på mandag,« siger havnedirektør Karen Holm. Ifølge kommunen er reparationen betalt af staten.\n';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  project = mkdtempSync(join(tmpdir(), 'citat-install-'));
  const packed = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], root);
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  packedBytes = statSync(join(project, tarball!)).size;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-citat', version: '1.0.0', private: true, type: 'module' }));
  const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball!)], project);
  installLog = installed.stdout + installed.stderr;
  expect(installed.status, installLog).toBe(0);
}, TIMEOUT);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package, installed into another project', () => {
  it('installs without a warning about install scripts', () => {
    const warnings = installLog.split('\n').filter((l) => /warn/i.test(l));
    expect(warnings.filter((l) => /script|prepare|install/i.test(l))).toEqual([]);
  });

  it('stays small: at most 459 kB packed (half the 918 kB it once was)', () => {
    expect(packedBytes).toBeGreaterThan(0);
    expect(packedBytes).toBeLessThanOrEqual(459_000);
  });

  it('ships the model, the licence and no source maps', () => {
    const pkg = join(project, 'node_modules/citat');
    expect(existsSync(join(pkg, 'data/scandinavian-model.tsv'))).toBe(true);
    expect(existsSync(join(pkg, 'data/names-model.json'))).toBe(true);
    expect(existsSync(join(pkg, 'data/country-words.txt'))).toBe(true);
    expect(existsSync(join(pkg, 'LICENSE'))).toBe(true);
    const maps = readdirSync(join(pkg, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.map'));
    expect(maps).toEqual([]);
  });

  it('finds names through citat/names, its model and word lists read from the installed package', () => {
    const code =
      "import { findNames } from 'citat/names'; console.log(JSON.stringify(findNames('Det siger Greta von der Heide i Aarhus.').map((n) => [n.text, n.type])));";
    const r = run(process.execPath, ['--input-type=module', '-e', code], project);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      ['Greta von der Heide', 'person'],
      ['Aarhus', 'place'],
    ]);
  });

  it('runs `npx citat extract` on a Danish text: the quotes and their speakers', () => {
    writeFileSync(join(project, 'bro.txt'), TEXT);
    const r = run('npx', ['--no-install', 'citat', 'extract', 'bro.txt'], project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { id: string; language: { code: string }; quotes: { kind: string; text: string; speaker?: { name: string } }[] };
    expect(doc.id).toBe('bro');
    expect(doc.language.code).toBe('da');
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'Vi åbner broen igen på mandag,', 'Karen Holm'],
      ['indirect', 'er reparationen betalt af staten', 'kommunen'],
    ]);
  });

  it('imports every documented entry point from a .mjs, with real results', () => {
    const script = `
      import { extract, createPipeline } from 'citat';
      import { detectLanguage } from 'citat/language';
      import { splitSentences } from 'citat/sentences';
      import { findQuotes } from 'citat/quotes';
      import { CitatDocument, citatJsonSchema } from 'citat/schema';
      const text = ${JSON.stringify(TEXT)};
      const doc = extract(text, { id: 'bro' });
      console.log(JSON.stringify({
        speakers: doc.speakers.map((s) => s.name),
        pipeline: createPipeline().run(text, { id: 'bro' }).quotes.length,
        da: detectLanguage('Kommunen vil ikke sige noget om sagen, før mødet er holdt.').code,
        nb: detectLanguage('Kommunen vil ikke si noe om saken før møtet er holdt, sier hun.').code,
        sentences: splitSentences(text).map((s) => [s.start, s.end]),
        quotes: findQuotes(text).quotes.map((q) => q.kind),
        valid: CitatDocument.safeParse(doc).success,
        schema: citatJsonSchema().type,
      }));
    `;
    writeFileSync(join(project, 'imports.mjs'), script);
    const r = run(process.execPath, ['imports.mjs'], project);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      speakers: ['Karen Holm', 'kommunen'],
      pipeline: 2,
      da: 'da',
      nb: 'nb',
      sentences: [
        [0, 64],
        [65, TEXT.length - 1],
      ],
      quotes: ['direct', 'indirect'],
      valid: true,
      schema: 'object',
    });
  });

  // The README says which TypeScript settings resolve the subpaths and their types.
  it.each([
    ['NodeNext', 'NodeNext'],
    ['ESNext', 'Bundler'],
    ['Preserve', 'Bundler'],
  ])('type-checks the entry points with module %s, moduleResolution %s', (module, moduleResolution) => {
    writeFileSync(
      join(project, 'check.ts'),
      `import { extract } from 'citat';
import { detectLanguage, type LanguageResult } from 'citat/language';
import { splitSentences } from 'citat/sentences';
import { findQuotes, type Quote } from 'citat/quotes';
import { CitatDocument } from 'citat/schema';
const r: LanguageResult = detectLanguage('Hej med dig');
const q: Quote[] = findQuotes('Hej med dig').quotes;
const n: number = splitSentences('Hej med dig').length;
const ok: boolean = CitatDocument.safeParse(extract('Hej med dig')).success;
// @ts-expect-error a language code is a string (the types are found, not any)
const wrong: number = r.code;
export { q, n, ok, wrong };
`,
    );
    const config = `tsconfig.${moduleResolution}.${module}.json`;
    writeFileSync(
      join(project, config),
      JSON.stringify({
        compilerOptions: { module, moduleResolution, target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['check.ts'],
      }),
    );
    const r = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], project);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
