/**
 * The page's stylesheet, inlined into every page (no external fonts or files). System fonts only:
 * a serif for the article, the platform's sans-serif for the interface.
 * @module
 */

/**
 * Speaker colours: a strong colour for lines and borders (at least 4.5:1 on white), a light tint
 * for backgrounds (black text on it stays above 12:1) and a dark ink for text. Neighbouring
 * entries differ in hue so the first speakers of an article are easy to tell apart; from the
 * eleventh on colours repeat, and the name label at the end of each quote still tells them apart.
 */
export const PALETTE: readonly { strong: string; tint: string; ink: string }[] = [
  { strong: '#1d4ed8', tint: '#dbeafe', ink: '#1e3a8a' }, // blue
  { strong: '#c2410c', tint: '#ffedd5', ink: '#7c2d12' }, // orange
  { strong: '#15803d', tint: '#dcfce7', ink: '#14532d' }, // green
  { strong: '#9333ea', tint: '#f3e8ff', ink: '#581c87' }, // purple
  { strong: '#be123c', tint: '#ffe4e6', ink: '#881337' }, // rose
  { strong: '#0f766e', tint: '#ccfbf1', ink: '#134e4a' }, // teal
  { strong: '#a16207', tint: '#fef3c7', ink: '#713f12' }, // amber
  { strong: '#a21caf', tint: '#fae8ff', ink: '#701a75' }, // fuchsia
  { strong: '#4d7c0f', tint: '#ecfccb', ink: '#365314' }, // olive
  { strong: '#0369a1', tint: '#e0f2fe', ink: '#0c4a6e' }, // sky
];

/** Colours of quotes without a speaker. */
export const UNKNOWN_COLOUR = { strong: '#4b5563', tint: '#e5e7eb', ink: '#1f2937' } as const;

const palette = [
  ...PALETTE.map((c, i) => `.sp-${i}{--c:${c.strong};--bg:${c.tint};--ink:${c.ink}}`),
  `.sp-x{--c:${UNKNOWN_COLOUR.strong};--bg:${UNKNOWN_COLOUR.tint};--ink:${UNKNOWN_COLOUR.ink}}`,
].join('\n');

/** The whole stylesheet. */
export const PAGE_CSS = `
:root{--text:#1a1a1a;--muted:#52525b;--line:#e4e4e7;--paper:#ffffff;--page:#f6f5f2;--accent:#1d4ed8;
--serif:Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,'DejaVu Serif',serif;
--sans:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Liberation Sans','DejaVu Sans',sans-serif;
color-scheme:light}
${palette}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--text);font:16px/1.5 var(--sans)}
.skip{position:absolute;left:-999px;top:0;background:#000;color:#fff;padding:.5em 1em;z-index:10}
.skip:focus{left:0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{background:#18181b;color:#fafafa;padding:1.25rem 2rem 1.1rem}
.brand{font-size:.8rem;letter-spacing:.12em;text-transform:uppercase;color:#a1a1aa;margin:0 0 .2rem}
header.top h1{font:600 1.6rem/1.25 var(--sans);margin:0 0 .75rem;overflow-wrap:anywhere}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.stats li{background:#27272a;border:1px solid #3f3f46;border-radius:999px;padding:.15rem .75rem;font-size:.9rem;color:#e4e4e7}
.stats b{color:#fff;font-weight:700}
.notice{margin:1rem 2rem 0;padding:.8rem 1rem;border:2px solid #b45309;background:#fffbeb;color:#451a03;border-radius:6px}
.notice h2{font-size:1rem;margin:0 0 .3rem}
.notice ul{margin:.3rem 0 0;padding-left:1.2rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:2rem;max-width:78rem;margin:0 auto;padding:1.5rem 2rem 3rem;align-items:start}
article.text{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:2rem 2.5rem;box-shadow:0 1px 2px rgba(0,0,0,.04)}
article.text .paras{max-width:40rem;margin:0 auto;font:1.125rem/1.75 var(--serif)}
article.text p{margin:0 0 1.1em;white-space:pre-line}
article.text p.gap{color:var(--muted)}
.empty{font-family:var(--sans);color:var(--muted);font-style:italic}
/* quotes: the kind is told by the shape of the mark, the speaker by its colour */
.q{border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone;transition:opacity .15s,filter .15s}
.q-direct{background:var(--bg);box-shadow:inset 0 -2px 0 var(--c);padding:.08em 0}
.q-indirect{border-bottom:2.5px dashed var(--c);padding-bottom:1px}
.q-mixed{border:2px dotted var(--c);background:linear-gradient(var(--bg),var(--bg)) no-repeat;background-size:100% 35%;background-position:0 100%;padding:0 .1em}
.q-direct .q-direct{background:color-mix(in srgb,var(--bg) 60%,var(--c) 20%)}
.q-last::after{content:attr(data-who);display:inline-block;margin-left:.3em;padding:0 .45em;border-radius:999px;background:var(--c);color:#fff;font:600 .68rem/1.5 var(--sans);vertical-align:.25em;white-space:nowrap;letter-spacing:.01em}
.q:focus{outline:none}
.q.is-active{outline:2px solid var(--c);outline-offset:2px}
.q:focus-visible{outline:2px solid #111;outline-offset:3px}
.cue{text-decoration:underline solid 2px #18181b;text-underline-offset:.28em;text-decoration-skip-ink:none;font-weight:600}
.mention{font-weight:700;color:var(--ink);background:linear-gradient(transparent 62%,var(--bg) 62%);border-radius:2px}
.mention::before{content:'';display:inline-block;width:.45em;height:.45em;border-radius:50%;background:var(--c);margin-right:.18em;vertical-align:.18em}
.other-mention{color:var(--ink);font-weight:600}
body.has-selection .other-mention.is-selected{background:var(--bg);border-radius:2px}
.cue.is-linked,.mention.is-linked{outline:2px solid var(--c,#111);outline-offset:1px;border-radius:2px}
.cue.is-linked{outline-color:#18181b}
body.has-selection .q.is-dimmed{opacity:.35;filter:grayscale(.9)}
body.has-selection .q.is-selected{outline:2px solid var(--c);outline-offset:1px}
body.has-selection .q.is-dimmed.is-active{opacity:1;filter:none}
/* side panel */
aside.panel{position:sticky;top:1rem;display:flex;flex-direction:column;gap:1rem;max-height:calc(100vh - 2rem);overflow:auto}
.box{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.1rem}
.box h2{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .6rem}
.speakers{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.35rem}
.speaker{display:grid;grid-template-columns:auto 1fr auto;gap:.1rem .55rem;align-items:center;width:100%;text-align:left;font:inherit;color:inherit;background:#fff;border:1px solid var(--line);border-left:5px solid var(--c);border-radius:6px;padding:.45rem .6rem;cursor:pointer}
.speaker:hover{background:var(--bg)}
.speaker:focus-visible{outline:3px solid #111;outline-offset:2px}
.speaker[aria-pressed=true]{background:var(--bg);border-color:var(--c);box-shadow:0 0 0 1px var(--c)}
.swatch{width:.85rem;height:.85rem;border-radius:50%;background:var(--c);display:inline-block;flex:none}
.speaker .name{font-weight:600;overflow-wrap:anywhere}
.speaker .count{font-weight:700;font-variant-numeric:tabular-nums;background:var(--bg);color:var(--ink);border-radius:999px;padding:0 .55rem;font-size:.85rem}
.speaker .meta{grid-column:2/4;font-size:.82rem;color:var(--muted);overflow-wrap:anywhere}
.clear{margin-top:.6rem;font:inherit;font-size:.85rem;background:none;border:1px solid var(--line);border-radius:6px;padding:.3rem .7rem;cursor:pointer}
.clear[disabled]{opacity:.5;cursor:default}
.clear:focus-visible{outline:3px solid #111;outline-offset:2px}
.hint{font-size:.82rem;color:var(--muted);margin:.6rem 0 0}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.5rem;font-size:.9rem}
.legend .sample{font:1rem/1.6 var(--serif);margin-right:.4rem}
.legend .sample.q{--c:#3f3f46;--bg:#e4e4e7}
.legend .sample.mention,.legend .sample.other-mention{--c:#3f3f46;--bg:#e4e4e7;--ink:#18181b}
.legend small{color:var(--muted)}
/* details of a quote, shown on hover and focus */
.tip{position:fixed;z-index:20;max-width:24rem;background:#18181b;color:#fafafa;border-radius:8px;padding:.75rem .9rem;font-size:.9rem;line-height:1.45;box-shadow:0 8px 24px rgba(0,0,0,.25);pointer-events:none}
.tip[hidden]{display:none}
.info dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .75rem;margin:.4rem 0 0}
.info dt{color:#a1a1aa;font-weight:400}
.info dd{margin:0;overflow-wrap:anywhere}
.info .kind{font-weight:700;margin:0}
.info .conf{color:#a1a1aa;font-weight:400;margin-left:.4rem}
.info .swatch{margin-right:.35rem;vertical-align:-.05em}
.kind-badge{display:inline-block;font:600 .72rem/1.6 var(--sans);padding:0 .5rem;border-radius:999px;border:1.5px solid currentColor}
/* list of all quotes */
.quotes-list{margin-top:1.5rem}
.quotes-list table{width:100%;border-collapse:collapse;font-size:.88rem}
.quotes-list th,.quotes-list td{overflow-wrap:anywhere;text-align:left;vertical-align:top;padding:.4rem .5rem;border-top:1px solid var(--line)}
.quotes-list th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-top:0}
.quotes-list td.num a{color:var(--accent);font-weight:600}
.quotes-list td.excerpt{font-family:var(--serif);color:#27272a}
.quotes-list .swatch{margin-right:.35rem;vertical-align:-.05em}
footer{max-width:78rem;margin:0 auto;padding:0 2rem 2rem;color:var(--muted);font-size:.8rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr;padding:1rem}aside.panel{position:static;max-height:none}article.text{padding:1.25rem}header.top{padding:1rem}.notice{margin:1rem 1rem 0}}
@media (prefers-reduced-motion:reduce){.q{transition:none}}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{background:#fff;font-size:11pt}
  header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 .5rem}
  .brand{color:#444}.stats li{background:#fff;color:#000;border-color:#999}.stats b{color:#000}
  .layout{display:block;padding:0;max-width:none}
  article.text{border:0;box-shadow:none;padding:1rem 0}
  article.text .paras{max-width:none;font-size:11.5pt;line-height:1.6}
  aside.panel{position:static;max-height:none;overflow:visible;display:block;break-inside:avoid}
  .box{border:1px solid #999;margin-top:1rem;break-inside:avoid}
  .speaker{border-left-width:5px}
  .clear,.hint,.skip,.tip{display:none!important}
  body.has-selection .q.is-dimmed{opacity:1;filter:none}
  .q.is-active,.q.is-selected{outline:none!important}
  .quotes-list{break-before:auto}
  .quotes-list tr{break-inside:avoid}
  a{color:#000;text-decoration:none}
}
`;
