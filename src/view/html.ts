/**
 * Escaping for HTML text and attribute values. Every piece of text that comes from an article,
 * a document or a user goes through one of these before it reaches the page.
 * @module
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use between tags or inside a double- or single-quoted attribute value.
 * @param value any value; it is turned into a string first
 * @returns text with `& < > " '` replaced by entities
 * @example escapeHtml('"><img onerror=x>') // '&quot;&gt;&lt;img onerror=x&gt;'
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Makes a link target safe: relative paths and http(s) stay, anything with another scheme
 * (`javascript:`, `data:`) is refused.
 * @param href a link target
 * @returns the escaped target, or null when it must not be a link
 */
export function safeHref(href: string): string | null {
  // Control characters and spaces are ignored by URL parsers, so "java\tscript:" is a scheme too.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what browsers drop from a URL's scheme, so they are removed before it is checked
  const squeezed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  return escapeHtml(href);
}

/**
 * Formats a 0–1 fraction as a Danish percentage.
 * @param x fraction
 * @example percent(0.545) // '55 %'
 */
export function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/**
 * Danish number agreement: `plural(1, 'citat', 'citater')` → "1 citat".
 * @param n count
 * @param one singular form
 * @param many plural form
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The start of a citat page up to its body: doctype, Danish language, charset, the page's own
 * Content-Security-Policy (nothing is fetched), viewport, title and inline style.
 * @param csp the Content-Security-Policy of the page
 * @param title the title, already escaped
 * @param css the page's style sheet
 */
export function pageHead(csp: string, title: string, css: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="citat">
<title>${title}</title>
<style>${css}</style>
</head>
`;
}
