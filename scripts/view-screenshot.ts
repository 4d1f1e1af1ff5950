/**
 * Renders the seed article's page and saves a screenshot of it to docs/seed-view.png (for the
 * README), with a quote focused so its details show: the first direct quote with a cue (the
 * common case a reader checks), else the first quote.
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
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1100 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  const shown = doc.quotes.find((q) => q.kind === 'direct' && q.cue) ?? doc.quotes[0];
  if (shown) {
    const index = doc.quotes.indexOf(shown);
    await tab.locator(`#quote-${index}`).focus();
    await tab.evaluate(() => window.scrollTo(0, 0));
  }
  await tab.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out} (${doc.quotes.length} quotes, ${doc.speakers.length} speakers)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
