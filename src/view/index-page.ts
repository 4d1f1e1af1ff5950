/**
 * The index page of a batch run: one row per document with its counts, linked to its page.
 * Self-contained like the document pages (inline CSS only, no script, nothing fetched).
 * @module
 */
import { createHash } from 'node:crypto';
import { escapeHtml, pageHead, plural, safeHref } from './html.js';
import { languageName } from './labels.js';

/** One row of the index page of a batch run. */
export interface IndexEntry {
  id: string;
  /** Page file name relative to the index page, or null for documents that failed. */
  href: string | null;
  quotes: number;
  speakers: number;
  language: string;
  error?: { code: string; message: string };
}

const INDEX_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f6f5f2;color:#1a1a1a;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Liberation Sans','DejaVu Sans',sans-serif}
header{background:#18181b;color:#fafafa;padding:1.25rem 2rem}
header p{margin:0;font-size:.8rem;letter-spacing:.12em;text-transform:uppercase;color:#a1a1aa}
h1{margin:.2rem 0 .6rem;font-size:1.6rem}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.stats li{background:#27272a;border:1px solid #3f3f46;border-radius:999px;padding:.15rem .75rem;font-size:.9rem}
main{max-width:70rem;margin:1.5rem auto;padding:0 2rem}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e4e4e7;border-radius:8px}
th,td{text-align:left;padding:.5rem .75rem;border-top:1px solid #e4e4e7;vertical-align:top}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:#52525b;border-top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th.n{text-align:right}
a{color:#1d4ed8;font-weight:600}
a:focus-visible{outline:3px solid #111;outline-offset:2px}
tr.failed td{background:#fef2f2}
.err{color:#991b1b}
code{font-size:.85em}
@media print{header{background:#fff;color:#000;border-bottom:2px solid #000}.stats li{background:#fff;color:#000}main{padding:0;max-width:none}a{color:#000}}
`;

const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(INDEX_CSS, 'utf8').digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

function row(e: IndexEntry): string {
  const href = e.href === null ? null : safeHref(e.href);
  const name = href === null ? escapeHtml(e.id) : `<a href="${href}">${escapeHtml(e.id)}</a>`;
  if (e.error) {
    return (
      `<tr class="failed"><td>${name}</td><td colspan="4" class="err">Fejl: <code>${escapeHtml(e.error.code)}</code> ` +
      `${escapeHtml(e.error.message)}</td></tr>`
    );
  }
  return (
    `<tr><td>${name}</td><td>${escapeHtml(languageName(e.language))}</td>` +
    `<td class="n">${e.quotes}</td><td class="n">${e.speakers}</td><td>${e.language === 'da' ? '' : 'ikke dansk'}</td></tr>`
  );
}

/**
 * Renders the index page of a batch run.
 * @param entries one per document, in the order to list them
 * @returns a complete HTML page
 */
export function renderIndex(entries: readonly IndexEntry[]): string {
  const failed = entries.filter((e) => e.error).length;
  const quotes = entries.reduce((n, e) => n + (e.error ? 0 : e.quotes), 0);
  const body =
    entries.length === 0
      ? '<p>Ingen dokumenter.</p>'
      : `<table><thead><tr><th scope="col">Dokument</th><th scope="col">Sprog</th><th scope="col" class="n">Citater</th>` +
        `<th scope="col" class="n">Kilder</th><th scope="col">Bemærk</th></tr></thead><tbody>\n${entries.map(row).join('\n')}\n</tbody></table>`;
  return `${pageHead(CSP, `citat · ${plural(entries.length, 'dokument', 'dokumenter')}`, INDEX_CSS)}<body>
<header><p>citat · oversigt</p><h1>${plural(entries.length, 'dokument', 'dokumenter')}</h1>
<ul class="stats"><li>${plural(quotes, 'citat', 'citater')}</li><li>${plural(failed, 'fejl', 'fejl')}</li></ul></header>
<main>
${body}
</main>
</body>
</html>
`;
}
