/**
 * Golden regression: extract() on every corpus text must equal fixtures/golden/<name>.json. A
 * change in output is not necessarily wrong, but it must be seen: when it is intended, run
 * `npm run golden` and review `git diff fixtures/golden` before committing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from 'citat';

const root = new URL('../', import.meta.url);
const corpusDir = fileURLToPath(new URL('corpus/', root));
const goldenDir = fileURLToPath(new URL('fixtures/golden/', root));
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const HOW_TO_UPDATE = 'output changed; if the change is intended, run `npm run golden` and review `git diff fixtures/golden` before committing';

describe('golden outputs of the corpus', () => {
  it('has at least the seed article', () => {
    expect(texts).toContain('rusland-taliban.txt');
  });

  it('has a golden file for every corpus text and no golden file without a text', () => {
    const golden = readdirSync(goldenDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(golden, `golden files and corpus texts differ; run \`npm run golden\``).toEqual(texts.map((t) => t.replace(/\.txt$/, '.json')));
  });

  it.each(texts)('%s gives its golden document', (file) => {
    const name = file.replace(/\.txt$/, '');
    const goldenPath = `${goldenDir}${name}.json`;
    expect(existsSync(goldenPath), `fixtures/golden/${name}.json is missing; run \`npm run golden\``).toBe(true);
    const text = readFileSync(`${corpusDir}${file}`, 'utf8');
    const actual: unknown = JSON.parse(JSON.stringify(extract(text, { id: name })));
    const expected: unknown = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(actual, `${file}: ${HOW_TO_UPDATE}`).toEqual(expected);
    // Same content; the bytes must also be what the script writes (no hand edits, stable key order).
    expect(readFileSync(goldenPath, 'utf8'), `fixtures/golden/${name}.json is not formatted as \`npm run golden\` writes it`).toBe(
      `${JSON.stringify(actual, null, 2)}\n`,
    );
  });

  it('every corpus text has its provenance in corpus/SOURCES.md', () => {
    const sources = readFileSync(`${corpusDir}SOURCES.md`, 'utf8');
    for (const file of texts) expect(sources, `corpus/SOURCES.md does not mention ${file}`).toContain(file);
  });
});

describe('the seed article', () => {
  const shared = fileURLToPath(new URL('../shared/seed/rusland-taliban.txt', root));

  // Core tests must run without ../shared (a clone on its own); only this check needs it.
  it.skipIf(!existsSync(shared))('is byte-identical to ../shared/seed/rusland-taliban.txt', () => {
    const ours = readFileSync(`${corpusDir}rusland-taliban.txt`);
    const theirs = readFileSync(shared);
    expect(ours.equals(theirs), 'corpus/rusland-taliban.txt differs from ../shared/seed/rusland-taliban.txt; copy it again byte for byte').toBe(true);
  });
});
