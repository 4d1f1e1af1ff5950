/**
 * One self-contained HTML page for a document: the article with its quotes marked in their
 * speakers' colours, the speakers in a side panel, a list of all quotes, and the details of each
 * quote on hover and focus. Inline CSS and JS only; a Content-Security-Policy allows exactly
 * those two (by hash) and nothing from the network.
 * @module
 */
import { createHash } from 'node:crypto';
import type { CitatDocument, Quote, QuoteKind, Speaker } from '../schema/index.js';
import { escapeHtml, pageHead, percent, plural } from './html.js';
import { KIND_COUNT, KIND_HINT, KIND_LABEL, KIND_SHORT, RESOLUTION_LABEL, RESOLUTION_SHORT, SPEAKER_KIND_LABEL, languageName } from './labels.js';
import { nestMarks, type Mark, type TreeNode } from './segments.js';
import { PAGE_JS } from './script.js';
import { PALETTE, PAGE_CSS } from './style.js';

/** A quote's span in the text. */
interface QuoteMark extends Mark {
  type: 'quote';
  /** Index of the quote in `doc.quotes`. */
  qi: number;
  quote: Quote;
  colour: string;
}

/** A cue or a speaker mention, shared by every quote that rests on it. */
interface LinkMark extends Mark {
  type: 'cue' | 'mention';
  /** Indices of the quotes that rest on this span. */
  qis: number[];
  colour: string;
}

/** Any other mention of a speaker: shown in the speaker's colour, to check who is who. */
interface OtherMentionMark extends Mark {
  type: 'other-mention';
  speaker: string;
  colour: string;
}

type ViewMark = QuoteMark | LinkMark | OtherMentionMark;

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Only the page's own stylesheet and script may run; nothing may be fetched. */
const CSP = `default-src 'none'; style-src ${hash(PAGE_CSS)}; script-src ${hash(PAGE_JS)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

/**
 * The colour class of each speaker id: speakers take palette entries in document order.
 * @param speakers the document's speakers
 * @returns a lookup from speaker id to a CSS class (`sp-0` …, `sp-x` for unknown ids)
 */
export function speakerColours(speakers: readonly Speaker[]): (id: string | undefined) => string {
  const byId = new Map<string, string>();
  speakers.forEach((s, i) => {
    if (!byId.has(s.id)) byId.set(s.id, `sp-${i % PALETTE.length}`);
  });
  return (id) => (id === undefined ? 'sp-x' : (byId.get(id) ?? 'sp-x'));
}

/**
 * The blocks the page shows: the document's paragraphs, plus any stretch of non-blank text they
 * leave out (so no character of the input is ever hidden), each trimmed of surrounding space.
 * @param doc the document
 * @param text its text
 * @returns `[start, end, isParagraph]` in text order
 */
export function blocksOf(doc: Pick<CitatDocument, 'paragraphs'>, text: string): [number, number, boolean][] {
  const blocks: [number, number, boolean][] = [];
  const push = (s: number, e: number, para: boolean): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) blocks.push([s, e, para]);
  };
  const paras = doc.paragraphs
    .map((p) => [Math.max(0, Math.min(p.start, text.length)), Math.max(0, Math.min(p.end, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (const [s, e] of paras) {
    if (e <= cursor) continue;
    const from = Math.max(s, cursor);
    if (from > cursor) push(cursor, from, false);
    push(from, e, true);
    cursor = e;
  }
  if (cursor < text.length) push(cursor, text.length, !(paras.length > 0));
  return blocks;
}

/** The spans to mark: every quote, and each distinct cue and speaker mention with its quotes. */
function marksOf(doc: CitatDocument, colourOf: (id: string | undefined) => string): ViewMark[] {
  const marks: ViewMark[] = [];
  const links = new Map<string, LinkMark>();
  const link = (type: 'cue' | 'mention', span: { start: number; end: number }, qi: number, colour: string): void => {
    const key = `${type}:${span.start}:${span.end}`;
    const found = links.get(key);
    if (found) {
      if (!found.qis.includes(qi)) found.qis.push(qi);
      return;
    }
    const mark: LinkMark = { type, start: span.start, end: span.end, rank: type === 'cue' ? 1 : 2, qis: [qi], colour };
    links.set(key, mark);
    marks.push(mark);
  };
  doc.quotes.forEach((quote, qi) => {
    const colour = colourOf(quote.speaker?.id);
    marks.push({ type: 'quote', start: quote.start, end: quote.end, rank: 0, qi, quote, colour });
    if (quote.cue) link('cue', quote.cue, qi, colour);
    if (quote.speaker?.mention) link('mention', quote.speaker.mention, qi, colour);
  });
  for (const speaker of doc.speakers) {
    for (const m of speaker.mentions) {
      if (links.has(`mention:${m.start}:${m.end}`)) continue;
      marks.push({ type: 'other-mention', start: m.start, end: m.end, rank: 3, speaker: speaker.id, colour: colourOf(speaker.id) });
    }
  }
  return marks;
}

function renderTree(nodes: readonly TreeNode<ViewMark>[], text: string): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      html += escapeHtml(text.slice(node.start, node.end));
      continue;
    }
    const m = node.mark;
    const inner = renderTree(node.children, text);
    if (m.type === 'quote') {
      const q = m.quote;
      const attrs = [
        `class="q q-${escapeHtml(q.kind)} ${m.colour}${node.last ? ' q-last' : ''}"`,
        `data-qi="${m.qi}"`,
        `data-quote="${escapeHtml(q.id)}"`,
        `data-kind="${escapeHtml(q.kind)}"`,
        `data-speaker="${escapeHtml(q.speaker?.id ?? '')}"`,
      ];
      if (node.last) attrs.push(`data-who="${escapeHtml(q.speaker?.name ?? 'ukendt kilde')}"`);
      if (node.first) attrs.push(`id="quote-${m.qi}"`, 'tabindex="0"', 'role="mark"', 'aria-roledescription="citat"', `aria-describedby="info-${m.qi}"`);
      html += `<span ${attrs.join(' ')}>${inner}</span>`;
    } else if (m.type === 'other-mention') {
      html += `<span class="other-mention ${m.colour}" data-speaker="${escapeHtml(m.speaker)}">${inner}</span>`;
    } else {
      const colour = m.type === 'mention' ? ` ${m.colour}` : '';
      html += `<span class="${m.type}${colour}" data-qis="${m.qis.join(' ')}">${inner}</span>`;
    }
  }
  return html;
}

const speakerIndexes = new WeakMap<CitatDocument, Map<string, Speaker>>();

/** The document's speakers by id (built once per document: quotes look their speaker up). */
function speakerById(doc: CitatDocument, id: string): Speaker | undefined {
  let index = speakerIndexes.get(doc);
  if (!index) {
    index = new Map();
    for (const s of doc.speakers) if (!index.has(s.id)) index.set(s.id, s);
    speakerIndexes.set(doc, index);
  }
  return index.get(id);
}

function speakerLine(quote: Quote, doc: CitatDocument, colourOf: (id: string | undefined) => string): string {
  if (!quote.speaker) return '<span class="none">ingen kilde fundet</span>';
  const speaker = speakerById(doc, quote.speaker.id);
  const roles = speaker && speaker.roles.length > 0 ? `, ${escapeHtml(speaker.roles.join(', '))}` : '';
  return `<span class="swatch ${colourOf(quote.speaker.id)}"></span>${escapeHtml(quote.speaker.name)}${roles}`;
}

function quoteInfo(quote: Quote, qi: number, doc: CitatDocument, colourOf: (id: string | undefined) => string): string {
  const cue = quote.cue ? `»${escapeHtml(quote.cue.text)}«` : 'intet udsagnsord';
  const how = quote.speaker
    ? `${escapeHtml(RESOLUTION_LABEL[quote.speaker.resolution] ?? quote.speaker.resolution)}${quote.speaker.mention ? ` — »${escapeHtml(quote.speaker.mention.text)}«` : ''}`
    : '—';
  return (
    `<div class="info" id="info-${qi}" hidden>` +
    `<p class="kind"><span class="kind-badge">${escapeHtml(KIND_LABEL[quote.kind] ?? quote.kind)}</span>` +
    `<span class="conf">sikkerhed ${percent(quote.confidence)}</span></p>` +
    `<dl><dt>Kilde</dt><dd>${speakerLine(quote, doc, colourOf)}</dd>` +
    `<dt>Udsagnsord</dt><dd>${cue}</dd>` +
    `<dt>Fundet via</dt><dd>${how}</dd></dl></div>`
  );
}

function excerpt(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function quoteList(doc: CitatDocument, colourOf: (id: string | undefined) => string): string {
  if (doc.quotes.length === 0) return '';
  const rows = doc.quotes
    .map((q, qi) => {
      const resolution = q.speaker ? escapeHtml(RESOLUTION_SHORT[q.speaker.resolution] ?? q.speaker.resolution) : '—';
      return (
        `<tr><td class="num"><a href="#quote-${qi}" data-goto="${qi}">${qi + 1}</a></td>` +
        `<td>${escapeHtml(KIND_SHORT[q.kind] ?? q.kind)}</td>` +
        `<td>${speakerLine(q, doc, colourOf)}</td>` +
        `<td>${q.cue ? escapeHtml(q.cue.text) : '—'}</td>` +
        `<td>${resolution}</td>` +
        `<td class="excerpt">${escapeHtml(excerpt(q.text))}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<section class="box quotes-list" aria-labelledby="list-h"><h2 id="list-h">Alle citater</h2>` +
    `<table><thead><tr><th scope="col">#</th><th scope="col">Art</th><th scope="col">Kilde</th><th scope="col">Udsagnsord</th><th scope="col">Fundet via</th><th scope="col">Citat</th></tr></thead>` +
    `<tbody>\n${rows}\n</tbody></table></section>`
  );
}

function speakerPanel(doc: CitatDocument, colourOf: (id: string | undefined) => string): string {
  const count = new Map<string, number>();
  let unattributed = 0;
  for (const q of doc.quotes) {
    if (q.speaker) count.set(q.speaker.id, (count.get(q.speaker.id) ?? 0) + 1);
    else unattributed++;
  }
  const rows = doc.speakers
    .map((s, i) => ({ s, i, n: count.get(s.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ s, n }) => {
      const meta = [SPEAKER_KIND_LABEL[s.kind] ?? s.kind, ...s.roles].map(escapeHtml).join(' · ');
      return button(s.id, s.name, colourOf(s.id), n, meta);
    });
  if (unattributed > 0) rows.push(button('', 'Uden kilde', 'sp-x', unattributed, 'citater uden fundet kilde'));
  const list = rows.length > 0 ? `<ul class="speakers">${rows.map((r) => `<li>${r}</li>`).join('')}</ul>` : '<p class="empty">Ingen kilder fundet.</p>';
  return (
    `<section class="box" aria-labelledby="speakers-h"><h2 id="speakers-h">Kilder (${doc.speakers.length})</h2>${list}` +
    `<button type="button" class="clear" id="clear-selection" disabled>Vis alle citater</button>` +
    `<p class="hint">Vælg en kilde for at fremhæve dens citater. Tab går gennem citaterne; Enter fremhæver citatets kilde; Esc nulstiller.</p>` +
    `<p class="visually-hidden" id="selection-status" role="status" aria-live="polite"></p></section>`
  );
}

function button(id: string, name: string, colour: string, n: number, meta: string): string {
  return (
    `<button type="button" class="speaker ${colour}" data-speaker="${escapeHtml(id)}" data-name="${escapeHtml(name)}" aria-pressed="false">` +
    `<span class="swatch" aria-hidden="true"></span><span class="name">${escapeHtml(name)}</span>` +
    `<span class="count">${n}<span class="visually-hidden"> ${n === 1 ? 'citat' : 'citater'}</span></span>` +
    `<span class="meta">${meta}</span></button>`
  );
}

function legend(): string {
  const kinds = KINDS.map(
    (k) => `<li><span class="sample q q-${k}">Sådan</span>${escapeHtml(KIND_LABEL[k])} <small>(${escapeHtml(KIND_HINT[k])})</small></li>`,
  ).join('');
  return (
    `<section class="box" aria-labelledby="legend-h"><h2 id="legend-h">Forklaring</h2><ul class="legend">${kinds}` +
    `<li><span class="sample cue">siger</span>Udsagnsord <small>(understreget)</small></li>` +
    `<li><span class="sample mention">Navn</span>Kilden, citatet tilskrives <small>(fed, med prik)</small></li>` +
    `<li><span class="sample other-mention">Navn</span>Anden omtale af en kilde <small>(farvet tekst)</small></li>` +
    `<li><small>Farven er kildens; mærket efter hvert citat viser kildens navn.</small></li></ul></section>`
  );
}

function notice(doc: CitatDocument): string {
  const parts: string[] = [];
  if (doc.language.code !== 'da') {
    parts.push(
      `<p><strong>Teksten ser ikke ud til at være dansk.</strong> Sproget er vurderet som ${escapeHtml(languageName(doc.language.code))} ` +
        `(${escapeHtml(doc.language.code)}, sikkerhed ${percent(doc.language.confidence)}). citat er lavet til dansk nyhedstekst, så citaterne kan mangle eller være forkerte.</p>`,
    );
  }
  if (doc.warnings.length > 0) {
    parts.push(`<h2>Advarsler</h2><ul>${doc.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
  }
  return parts.length > 0 ? `<div class="notice" role="note" aria-label="Bemærk">${parts.join('')}</div>` : '';
}

function stats(doc: CitatDocument): string {
  const byKind = KINDS.map((k) => `<li><b>${doc.quotes.filter((q) => q.kind === k).length}</b> ${KIND_COUNT[k]}</li>`).join('');
  const speakers = plural(doc.speakers.length, 'kilde', 'kilder').replace(/^(\d+)/, '<b>$1</b>');
  const quotes = plural(doc.quotes.length, 'citat', 'citater').replace(/^(\d+)/, '<b>$1</b>');
  return (
    `<ul class="stats" aria-label="Optælling"><li>${quotes}</li>${byKind}<li>${speakers}</li>` +
    `<li>${escapeHtml(languageName(doc.language.code))} (${percent(doc.language.confidence)})</li>` +
    `<li>${plural(doc.paragraphs.length, 'afsnit', 'afsnit')}</li></ul>`
  );
}

/**
 * Renders the article's paragraphs with quotes, cues and speaker mentions marked.
 * @param doc the document
 * @param text the text its offsets index
 * @returns HTML of the paragraphs (escaped text inside spans)
 */
export function renderParagraphs(doc: CitatDocument, text: string): string {
  const colourOf = speakerColours(doc.speakers);
  const marks = marksOf(doc, colourOf);
  const blocks = blocksOf(doc, text);
  if (blocks.length === 0) return '<p class="empty">Teksten er tom.</p>';
  // Sweep the blocks in order with the marks sorted by start, so each block only looks at the
  // marks that reach into it (long articles have thousands of both).
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: ViewMark[] = [];
  return blocks
    .map(([s, e, para]) => {
      active = active.filter((m) => m.end > s);
      for (; next < sorted.length && sorted[next]!.start < e; next++) if (sorted[next]!.end > s) active.push(sorted[next]!);
      return `<p${para ? '' : ' class="gap"'}>${renderTree(nestMarks(s, e, active), text)}</p>`;
    })
    .join('\n');
}

/**
 * Renders one self-contained HTML page for a document.
 * @param doc the document
 * @param text the input text the document's offsets point into
 * @returns a complete HTML page (no external resources)
 */
export function renderPage(doc: CitatDocument, text: string): string {
  const colourOf = speakerColours(doc.speakers);
  const code = doc.language.code;
  const textLang = code !== 'da' && code !== 'und' && /^[a-z]{2,3}$/.test(code) ? ` lang="${code}"` : '';
  const infos = doc.quotes.map((q, qi) => quoteInfo(q, qi, doc, colourOf)).join('\n');
  const none = doc.quotes.length === 0 ? '<p class="empty">citat fandt ingen citater i teksten.</p>' : '';
  return `${pageHead(CSP, `citat · ${escapeHtml(doc.id)}`, PAGE_CSS)}<body>
<a class="skip" href="#article">Gå til artiklen</a>
<header class="top">
<p class="brand">citat · citater og kilder</p>
<h1>${escapeHtml(doc.id)}</h1>
${stats(doc)}
</header>
${notice(doc)}
<div class="layout">
<main>
<article class="text" id="article" aria-label="Artiklen med citater markeret">
${none}<div class="paras"${textLang}>
${renderParagraphs(doc, text)}
</div>
</article>
${quoteList(doc, colourOf)}
</main>
<aside class="panel" aria-label="Kilder og forklaring">
${speakerPanel(doc, colourOf)}
${legend()}
</aside>
</div>
<footer>Lavet med citat (skemaversion ${escapeHtml(doc.schemaVersion)}). Citater, kilder og tilskrivninger er fundet automatisk og bør kontrolleres.</footer>
<div id="quote-details" hidden>
${infos}
</div>
<div class="tip" id="tip" role="tooltip" aria-hidden="true" hidden></div>
<script>${PAGE_JS}</script>
</body>
</html>
`;
}
