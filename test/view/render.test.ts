import { describe, expect, it } from 'vitest';
import { extract } from 'citat';
import { blocksOf, escapeHtml, renderIndex, renderPage } from '../../src/view/index.js';
import { PALETTE, UNKNOWN_COLOUR } from '../../src/view/style.js';
import { HOSTILE_TEXT, hostileDoc, makeDoc, twoSpeakersDoc, TWO_SPEAKERS_TEXT } from './fixtures.js';

/** What a reader sees of some HTML: tags dropped, entities decoded (enough for these pages). */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function articleOf(html: string): string {
  const m = /<div class="paras"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/.exec(html);
  if (!m) throw new Error('no article in page');
  return m[1]!;
}

describe('escaping', () => {
  const rows: { name: string; input: string; expected: string }[] = [
    { name: 'a script tag', input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { name: 'an attribute break-out', input: '"><img src=x onerror=alert(1)>', expected: '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' },
    { name: 'single quotes and ampersands', input: "Jens' & Co", expected: 'Jens&#39; &amp; Co' },
    { name: 'an entity stays literal text', input: '&amp;', expected: '&amp;amp;' },
    { name: 'Danish letters and quote marks pass through', input: '»Æblerne« – sagde Åse', expected: '»Æblerne« – sagde Åse' },
  ];
  for (const row of rows) it(row.name, () => expect(escapeHtml(row.input)).toBe(row.expected));
});

describe('the page of a document', () => {
  it('shows a hostile article and hostile document fields as text, with no markup of theirs', () => {
    const html = renderPage(hostileDoc(), HOSTILE_TEXT);
    expect(html.match(/<script/g)).toHaveLength(1); // the page's own script only
    expect(html).not.toMatch(/<img|<b>Fed|onerror="/);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;window.__pwned=6&lt;/script&gt;');
    const article = visibleText(articleOf(html));
    for (const line of HOSTILE_TEXT.split('\n\n')) expect(article).toContain(line);
  });

  it('keeps every character of every paragraph, in order', () => {
    const doc = twoSpeakersDoc();
    const paras = articleOf(renderPage(doc, TWO_SPEAKERS_TEXT)).trim().split('\n').map(visibleText);
    expect(paras).toEqual(doc.paragraphs.map((p) => TWO_SPEAKERS_TEXT.slice(p.start, p.end)));
  });

  it('makes every quote one focusable element with its kind and speaker', () => {
    const doc = twoSpeakersDoc();
    const html = renderPage(doc, TWO_SPEAKERS_TEXT);
    const focusable = [
      ...html.matchAll(/<span class="q q-(\w+)[^"]*" data-qi="(\d+)" data-quote="([^"]*)" data-kind="\w+" data-speaker="([^"]*)"[^>]*tabindex="0"/g),
    ];
    expect(focusable.map((m) => [m[1], m[3], m[4]])).toEqual(doc.quotes.map((q) => [q.kind, q.id, q.speaker?.id]));
  });

  it('is self-contained: no links, no external sources, a policy that forbids fetching', () => {
    const html = renderPage(twoSpeakersDoc(), TWO_SPEAKERS_TEXT);
    expect(html).not.toMatch(/<link|\bsrc=|@import|url\(|https?:\/\//i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain('@media print');
  });

  it('says plainly at the top when the text is not Danish, and shows the warnings', () => {
    const text = '"We will finish the bridge this year," says mayor Lisa Holmes.';
    const doc = makeDoc(text, [], [], { language: 'en', warnings: ['text is not Danish (en); quotes were not searched'] });
    const html = renderPage(doc, text);
    const top = visibleText(html.slice(0, html.indexOf('<div class="layout">')));
    expect(top).toContain('Teksten ser ikke ud til at være dansk');
    expect(top).toContain('engelsk');
    expect(top).toContain('text is not Danish (en); quotes were not searched');
    expect(html).toContain('<div class="paras" lang="en">');
  });

  it('says nothing about language for a Danish text without warnings', () => {
    expect(renderPage(twoSpeakersDoc(), TWO_SPEAKERS_TEXT)).not.toContain('class="notice"');
  });

  it('counts quotes by kind and speakers in the header', () => {
    const header = visibleText(renderPage(twoSpeakersDoc(), TWO_SPEAKERS_TEXT).split('</header>')[0]!);
    expect(header).toMatch(/3 citater\s*1 direkte\s*1 indirekte\s*1 blandede\s*2 kilder/);
  });

  it('renders what extract finds in an article it made itself (offsets line up)', () => {
    const text = '"Skolen åbner igen på mandag," siger skoleleder Birthe Lund.\n\nForældrene er glade, siger hun.';
    const doc = extract(text, { id: 'skole' });
    const html = renderPage(doc, text);
    expect(visibleText(articleOf(html)).replace(/\n/g, '')).toBe(text.replace(/\n\n/g, ''));
    expect([...html.matchAll(/tabindex="0"/g)]).toHaveLength(doc.quotes.length);
  });

  it('shows text that no paragraph covers instead of dropping it', () => {
    const text = 'Første afsnit.\n\nAndet afsnit.';
    const doc = { ...makeDoc(text, [], []), paragraphs: [{ start: 0, end: 14 }] };
    expect(blocksOf(doc, text)).toEqual([
      [0, 14, true],
      [16, 29, false],
    ]);
  });
});

describe('colours', () => {
  /** WCAG contrast ratio of two #rrggbb colours. */
  function contrast(a: string, b: string): number {
    const lum = (hex: string): number => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }
  for (const [i, c] of [...PALETTE, UNKNOWN_COLOUR].entries()) {
    it(`speaker colour ${i}: the name label is readable, text on the tint and ink are easy to read`, () => {
      expect(contrast('#ffffff', c.strong)).toBeGreaterThanOrEqual(4.5); // white label text on the strong colour
      expect(contrast('#1a1a1a', c.tint)).toBeGreaterThanOrEqual(12); // article text on a direct quote
      expect(contrast(c.ink, c.tint)).toBeGreaterThanOrEqual(7); // a speaker mention
    });
  }
});

describe('the index page of a batch run', () => {
  it('links each document, lists its counts and errors, and escapes everything', () => {
    const html = renderIndex([
      { id: 'a<1>', href: 'a%3C1%3E.html', quotes: 3, speakers: 2, language: 'da' },
      { id: 'evil', href: 'javascript:alert(1)', quotes: 0, speakers: 0, language: 'en' },
      { id: 'broken', href: null, quotes: 0, speakers: 0, language: 'und', error: { code: 'NOT_UTF8', message: 'bad <bytes>' } },
    ]);
    expect(html).toContain('<a href="a%3C1%3E.html">a&lt;1&gt;</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('NOT_UTF8');
    expect(html).toContain('bad &lt;bytes&gt;');
    expect(visibleText(html)).toMatch(/3 dokumenter/);
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).not.toMatch(/<script|<link|\bsrc=/);
  });
});
