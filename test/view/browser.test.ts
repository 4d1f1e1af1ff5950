/**
 * The page in a real headless browser (Debian's chromium through playwright-core): quotes are
 * marked as the document says, selecting a speaker highlights their quotes, keyboard focus shows
 * a quote's details, hostile text stays text, and nothing is fetched.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from 'citat';
import type { CitatDocument } from 'citat/schema';
import { renderPage } from '../../src/view/index.js';
import { KIND_LABEL, RESOLUTION_LABEL } from '../../src/view/labels.js';
import { launchChromium } from './chromium.js';
import { HOSTILE_TEXT, hostileDoc, twoSpeakersDoc, TWO_SPEAKERS_TEXT } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'citat-view-browser-'));
let browser: Browser;

const seedText = readFileSync('corpus/rusland-taliban.txt', 'utf8');
const seedDoc = extract(seedText, { id: 'rusland-taliban' });

beforeAll(async () => {
  browser = await launchChromium(); // fails with install instructions when chromium is missing
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Requests that were not for the page file itself. */
  requests: string[];
  /** Console messages and page errors (a CSP refusal shows up here). */
  problems: string[];
}

async function open(doc: CitatDocument, text: string, name: string): Promise<Opened> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, renderPage(doc, text));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, requests, problems };
}

/** Per quote id (in document order of first piece): the text of its pieces joined, and its classes. */
function quotesOnPage(page: Page): Promise<{ id: string; text: string; kind: string; speaker: string; selected: boolean; dimmed: boolean }[]> {
  return page.$$eval('.q[data-qi]', (els) => {
    const byId = new Map<string, { id: string; text: string; kind: string; speaker: string; selected: boolean; dimmed: boolean }>();
    for (const el of els as HTMLElement[]) {
      const id = el.dataset.quote!;
      const q = byId.get(id) ?? { id, text: '', kind: el.dataset.kind!, speaker: el.dataset.speaker!, selected: false, dimmed: false };
      q.text += el.textContent;
      q.selected ||= el.classList.contains('is-selected');
      q.dimmed ||= el.classList.contains('is-dimmed');
      byId.set(id, q);
    }
    return [...byId.values()];
  });
}

describe('the seed article in a browser', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(seedDoc, seedText, 'seed');
  });
  afterAll(() => opened.page.close());

  it('marks exactly the quotes of the document, each on exactly its words', async () => {
    const shown = await quotesOnPage(opened.page);
    expect(shown.map((q) => [q.id, q.kind, q.text])).toEqual(seedDoc.quotes.map((q) => [q.id, q.kind, q.text]));
    expect(await opened.page.locator('.q[tabindex="0"]').count()).toBe(seedDoc.quotes.length);
    const marked = new Set(await opened.page.$$eval('.cue', (els) => els.map((e) => e.textContent)));
    for (const q of seedDoc.quotes) if (q.cue) expect(marked).toContain(q.cue.text);
  });

  it('shows every paragraph of the article, whole', async () => {
    const paras = await opened.page.$$eval('article .paras p', (ps) => ps.map((p) => p.textContent));
    expect(paras).toEqual(seedDoc.paragraphs.map((p) => seedText.slice(p.start, p.end).trim()));
  });

  it('is Danish, fetches nothing and runs its own script without complaint', async () => {
    expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(await opened.page.evaluate(() => document.body.classList.contains('js'))).toBe(true);
    expect(opened.requests).toEqual([]);
    expect(opened.problems).toEqual([]);
  });

  it('lists each speaker with their number of quotes', async () => {
    const rows = await opened.page.$$eval('button.speaker', (bs) =>
      bs.map((b) => [(b as HTMLElement).dataset.speaker, b.querySelector('.count')?.firstChild?.textContent]),
    );
    for (const s of seedDoc.speakers) {
      const n = seedDoc.quotes.filter((q) => q.speaker?.id === s.id).length;
      expect(rows).toContainEqual([s.id, String(n)]);
    }
  });

  it('highlights the quotes of a speaker selected in the panel, and clears again', async () => {
    const { page } = opened;
    const speaker = seedDoc.speakers[0];
    if (!speaker) return; // an article without speakers has nothing to select
    await page.locator(`button.speaker[data-speaker="${speaker.id}"]`).click();
    const shown = await quotesOnPage(page);
    expect(shown.filter((q) => q.selected).map((q) => q.id)).toEqual(seedDoc.quotes.filter((q) => q.speaker?.id === speaker.id).map((q) => q.id));
    expect(shown.filter((q) => q.dimmed).map((q) => q.id)).toEqual(seedDoc.quotes.filter((q) => q.speaker?.id !== speaker.id).map((q) => q.id));
    expect(await page.locator(`button.speaker[data-speaker="${speaker.id}"]`).getAttribute('aria-pressed')).toBe('true');
    const otherMentions = await page.$$eval('.other-mention.is-selected', (els) => els.map((e) => (e as HTMLElement).dataset.speaker));
    expect(otherMentions.every((id) => id === speaker.id)).toBe(true);
    await page.locator('#clear-selection').click();
    expect((await quotesOnPage(page)).some((q) => q.selected || q.dimmed)).toBe(false);
  });

  it('saves a screenshot', async () => {
    const path = join(dir, 'seed.png');
    await opened.page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(path).size).toBeGreaterThan(10_000);
  });
});

describe('two speakers in a browser', () => {
  let opened: Opened;
  const doc = twoSpeakersDoc();
  beforeAll(async () => {
    opened = await open(doc, TWO_SPEAKERS_TEXT, 'two');
  });
  afterAll(() => opened.page.close());

  it("dims the other speaker's quotes when one is selected, and toggles off on a second click", async () => {
    const { page } = opened;
    await page.locator('button.speaker[data-speaker="s2"]').click();
    let shown = await quotesOnPage(page);
    expect(shown.filter((q) => q.selected).map((q) => q.id)).toEqual(['q2']);
    expect(shown.filter((q) => q.dimmed).map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(await page.evaluate(() => document.body.dataset.selectedSpeaker)).toBe('s2');
    await page.locator('button.speaker[data-speaker="s2"]').click();
    shown = await quotesOnPage(page);
    expect(shown.some((q) => q.selected || q.dimmed)).toBe(false);
  });

  it("shows a quote's kind, speaker, cue and resolution when it gets keyboard focus", async () => {
    const { page } = opened;
    await page.reload(); // start from the top of the page, as a keyboard user arriving would
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote)).toBe('q1');
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const details = await tip.textContent();
    expect(details).toContain(KIND_LABEL.direct);
    expect(details).toContain('Lise Holm, borgmester');
    expect(details).toContain('»siger«');
    expect(details).toContain(RESOLUTION_LABEL.name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote)).toBe('q3');
    expect(await tip.textContent()).toContain(RESOLUTION_LABEL.alias);
    await page.keyboard.press('Enter'); // selects the focused quote's speaker
    expect(await page.locator('button.speaker[data-speaker="s1"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await page.locator('button.speaker[data-speaker="s1"]').getAttribute('aria-pressed')).toBe('false');
    await page.locator('button.speaker[data-speaker="s2"]').focus();
    await page.keyboard.press('Space'); // the speaker buttons work from the keyboard too
    expect((await quotesOnPage(page)).filter((q) => q.selected).map((q) => q.id)).toEqual(['q2']);
    await page.keyboard.press('Escape');
  });

  it('shows the details on hover, and lights up the cue and speaker mention the quote rests on', async () => {
    const { page } = opened;
    await page.locator('.q[data-quote="q2"]').first().hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain('Karsten Brun');
    expect(await page.$$eval('.is-linked', (els) => els.map((e) => e.textContent))).toEqual(['Karsten Brun', 'mener']);
  });

  it('tells the three kinds apart by more than colour', async () => {
    const style = (kind: string) =>
      opened.page
        .locator(`.q-${kind}`)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { bg: s.backgroundColor !== 'rgba(0, 0, 0, 0)', bottom: s.borderBottomStyle, top: s.borderTopStyle };
        });
    expect(await style('direct')).toMatchObject({ bg: true, bottom: 'none' });
    expect(await style('indirect')).toMatchObject({ bg: false, bottom: 'dashed' });
    expect(await style('mixed')).toMatchObject({ bottom: 'dotted', top: 'dotted' });
  });

  it('prints without the interactive parts', async () => {
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#clear-selection').isVisible()).toBe(false);
    expect(await page.locator('.quotes-list').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('hostile text in a browser', () => {
  it('renders <script> and "><img onerror=…> as visible text: no script runs, no image is made', async () => {
    const { page, problems, requests } = await open(hostileDoc(), HOSTILE_TEXT, 'hostile');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('article b').count()).toBe(0);
    await expect.poll(() => page.getByText('Redaktionen skrev <script>window.__pwned = 1</script> i artiklen.').isVisible()).toBe(true);
    const article = await page.locator('article .paras').textContent();
    for (const line of HOSTILE_TEXT.split('\n\n')) expect(article).toContain(line);
    expect(await page.title()).toBe('citat · </title><script>window.__pwned=6</script>');
    expect(await page.locator('.notice').textContent()).toContain('<img src=x onerror="window.__pwned=7">');
    await page.locator('.q[tabindex="0"]').first().focus();
    expect(await page.locator('#tip').textContent()).toContain('Ole <b>Fed</b> Hansen');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('keeps hostile text inert when it goes through extract too', async () => {
    const text =
      '"Skriv aldrig <script>window.__pwned=8</script> i en artikel," siger redaktør Mia Dahl.\n\nHun siger, at "><img src=x onerror="window.__pwned=9"> også er farligt.';
    const { page, problems } = await open(extract(text, { id: 'farlig' }), text, 'hostile-extract');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('article .paras').textContent()).toContain('"><img src=x onerror="window.__pwned=9">');
    expect(problems).toEqual([]);
    await page.close();
  });
});
