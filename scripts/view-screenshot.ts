/**
 * Renders the seed article's page and saves a screenshot of it to docs/seed-view.png (for the
 * README), with the first quote focused so its details show.
 * Run: npx tsx scripts/view-screenshot.ts [OUT.png]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/index.js';
import { renderPage } from '../src/view/index.js';
import { launchChromium } from '../test/view/chromium.js';

const out = process.argv[2] ?? 'docs/seed-view.png';
const text = readFileSync('corpus/rusland-taliban.txt', 'utf8');
const doc = extract(text, { id: 'rusland-taliban' });
const dir = mkdtempSync(join(tmpdir(), 'citat-view-'));
const page = join(dir, 'seed.html');
writeFileSync(page, renderPage(doc, text));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  await tab.keyboard.press('Tab'); // skip link
  await tab.keyboard.press('Tab'); // first quote: its details show
  await tab.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out} (${doc.quotes.length} quotes, ${doc.speakers.length} speakers)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
