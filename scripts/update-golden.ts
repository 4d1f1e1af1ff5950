/**
 * `npm run golden`: regenerates fixtures/golden/<name>.json from every text corpus/<name>.txt, as
 * extract() returns it today. test/golden.test.ts fails with a diff whenever the output changes;
 * when the change is intended, run this script and review `git diff fixtures/golden` before
 * committing. Output is deterministic (pretty JSON, trailing newline), so an unchanged pipeline
 * leaves the files byte for byte as they were.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { decodeUtf8 } from '../src/input.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'corpus');
const goldenDir = join(root, 'fixtures', 'golden');

/** The corpus texts, sorted so the run order (and log) never depends on the file system. */
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

mkdirSync(goldenDir, { recursive: true });
let changed = 0;
for (const file of texts) {
  const name = basename(file, '.txt');
  // Read the bytes the way the command does (strict UTF-8), so golden output is what users get.
  const text = decodeUtf8(readFileSync(join(corpusDir, file)), file);
  const json = `${JSON.stringify(extract(text, { id: name }), null, 2)}\n`;
  const out = join(goldenDir, `${name}.json`);
  const before = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
  if (before !== json) {
    writeFileSync(out, json);
    changed++;
  }
  console.log(`${before === json ? 'unchanged' : before === undefined ? 'created  ' : 'updated  '} fixtures/golden/${name}.json`);
}

// A golden file whose text left the corpus would otherwise linger and never be checked.
for (const file of readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  if (!texts.includes(`${basename(file, '.json')}.txt`)) {
    unlinkSync(join(goldenDir, file));
    changed++;
    console.log(`removed   fixtures/golden/${file} (no corpus/${basename(file, '.json')}.txt)`);
  }
}
console.log(`${texts.length} corpus text(s), ${changed} golden file(s) changed${changed ? '; review with git diff fixtures/golden' : ''}`);
