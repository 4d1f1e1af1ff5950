/**
 * The readable report of `citat eval`: error lists first (they are long), then the detail table,
 * and last a summary of exactly {@link SUMMARY_LINES} lines, so `tail -n 8` shows the figures
 * that matter with the naive-regex anchor beside them.
 * @module
 */
import { truncate } from './gold.js';
import type { Calibration } from './calibration.js';
import { QUOTE_KINDS, type EvalReport, type ListedQuote, type Prf } from './score.js';

/** Lines in the closing summary. */
export const SUMMARY_LINES = 8;

/** What the text report shows besides the figures. */
export interface FormatOptions {
  /** How many misses, false alarms and wrong speakers to list (each); 0 lists none. */
  errors: number;
  /** Words for the header: the data set and style, e.g. `quotes-dev.gold.jsonl, style ascii`. */
  title: string;
  /** Width of quoted text in listings. */
  width?: number;
}

/**
 * Formats a ratio for the table: three decimals, or `–` when there was nothing to divide by.
 * @param x a ratio or null
 */
export function fmt(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}

function speakerLabel(s: string | null): string {
  return s === null ? '(none)' : s;
}

function listing<T extends ListedQuote>(title: string, items: readonly T[], limit: number, width: number, extra: (q: T) => string): string[] {
  if (limit <= 0) return [];
  const shown = items.slice(0, limit);
  const lines = [`${title}: ${items.length}${items.length > shown.length ? ` (first ${shown.length})` : ''}`];
  const idWidth = Math.max(0, ...shown.map((q) => q.doc.length));
  for (const q of shown) lines.push(`  ${q.doc.padEnd(idWidth)}  ${q.kind.padEnd(8)}  "${truncate(q.text, width)}"  ${extra(q)}`);
  lines.push('');
  return lines;
}

function prfCell(p: Prf): string {
  return `${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)}`;
}

/**
 * A reliability table in four lines (non-empty bins only) and a line of figures: expected
 * calibration error, and how many predictions at high confidence are right and what share of
 * all right ones they hold.
 * @param c the calibration
 * @param title words for the first column's header
 */
export function formatCalibration(c: Calibration, title: string): string[] {
  const bins = c.bins.filter((b) => b.n > 0);
  const cell = (s: string) => s.padStart(8);
  const two = (x: number) => (x === 1 ? '1' : x.toFixed(2).replace(/^0/, ''));
  const label = (t: string) => `  ${t}`.padEnd(12);
  const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);
  return [
    title,
    `${label('bin')}${bins.map((b) => cell(`${two(b.lo)}-${two(b.hi)}`)).join('')}`,
    `${label('quotes')}${bins.map((b) => cell(String(b.n))).join('')}`,
    `${label('confidence')}${bins.map((b) => cell(fmt(b.confidence))).join('')}`,
    `${label('right')}${bins.map((b) => cell(fmt(b.observed))).join('')}`,
    `  ECE ${fmt(c.ece)} over ${c.n} predictions (${c.correct} right); confidence ≥ ${c.high.threshold}: ${c.high.n} quotes, ${pct(c.high.precision)} right, ${pct(c.high.coverage)} of all right ones`,
  ];
}

/**
 * Formats citat's report beside the naive-regex anchor's.
 * @param citat the pipeline's report
 * @param baseline the naive regex's report on the same documents and gold
 * @param options error listing and header
 * @returns the text, ending in a newline; its last {@link SUMMARY_LINES} lines are the summary
 */
export function formatReport(citat: EvalReport, baseline: EvalReport, options: FormatOptions): string {
  const width = options.width ?? 70;
  const lines: string[] = [];
  lines.push(...listing('Misses (gold quotes no prediction matched)', citat.misses, options.errors, width, (q) => `[${speakerLabel(q.speaker)}]`));
  lines.push(...listing('False alarms (predictions matching no gold quote)', citat.falseAlarms, options.errors, width, (q) => `[${speakerLabel(q.speaker)}]`));
  lines.push(
    ...listing(
      'Wrong speakers (matched quotes)',
      citat.wrongSpeakers,
      options.errors,
      width,
      (q) => `gold [${speakerLabel(q.speaker)}] predicted [${speakerLabel(q.predicted)}]`,
    ),
  );

  const col = (s: string) => s.padEnd(19);
  lines.push(`${'Detail'.padEnd(24)}${col('citat P R F1')}${col('regex P R F1')}`);
  lines.push(`${'quote (Jaccard ≥ 0.5)'.padEnd(24)}${col(prfCell(citat.quote))}${col(prfCell(baseline.quote))}`);
  lines.push(`${'exact span'.padEnd(24)}${col(prfCell(citat.exact))}${col(prfCell(baseline.exact))}`);
  lines.push(`${'attribution'.padEnd(24)}${col(prfCell(citat.attribution))}${col(prfCell(baseline.attribution))}`);
  for (const k of QUOTE_KINDS) {
    const label = `${k} (${citat.perKind[k].gold} gold)`;
    lines.push(`${`  ${label}`.padEnd(24)}${col(prfCell(citat.perKind[k]))}${col(prfCell(baseline.perKind[k]))}`);
  }
  lines.push(
    `${'  recall, any kind'.padEnd(24)}${col(QUOTE_KINDS.map((k) => fmt(citat.perKind[k].recallAnyKind)).join(' '))}${col(QUOTE_KINDS.map((k) => fmt(baseline.perKind[k].recallAnyKind)).join(' '))}`,
  );
  lines.push(
    `${'speaker accuracy'.padEnd(24)}${col(`${fmt(citat.speaker.accuracy)} (${citat.speaker.correct}/${citat.speaker.total})`)}${col(`${fmt(baseline.speaker.accuracy)} (${baseline.speaker.correct}/${baseline.speaker.total})`)}`,
  );
  lines.push(
    `${'cue accuracy'.padEnd(24)}${col(`${fmt(citat.cue.accuracy)} (${citat.cue.correct}/${citat.cue.total})`)}${col(`${fmt(baseline.cue.accuracy)} (${baseline.cue.correct}/${baseline.cue.total})`)}`,
  );
  lines.push(
    `${'kind accuracy'.padEnd(24)}${col(`${fmt(citat.kind.accuracy)} (${citat.kind.correct}/${citat.kind.total})`)}${col(`${fmt(baseline.kind.accuracy)} (${baseline.kind.correct}/${baseline.kind.total})`)}`,
  );
  lines.push(
    `${'predictions'.padEnd(24)}${col(`${citat.predictions.total} (${citat.predictions.absorbed} absorbed)`)}${col(`${baseline.predictions.total} (${baseline.predictions.absorbed} absorbed)`)}`,
  );
  lines.push('');
  if (citat.calibration) lines.push(...formatCalibration(citat.calibration, 'confidence (quote and speaker right)'), '');

  const s = (label: string, a: string, b: string) => `${label.padEnd(26)}${a.padEnd(20)}${b}`;
  const kinds = (r: EvalReport) => QUOTE_KINDS.map((k) => fmt(r.perKind[k].f1)).join('/');
  const summary = [
    `== citat eval: ${citat.documents} docs, ${citat.gold.scored} scored gold quotes (+${citat.gold.optional} optional); ${options.title} ==`,
    s('', 'citat', 'naive regex'),
    s('quote P / R', `${fmt(citat.quote.precision)} / ${fmt(citat.quote.recall)}`, `${fmt(baseline.quote.precision)} / ${fmt(baseline.quote.recall)}`),
    s('quote F1', fmt(citat.quote.f1), fmt(baseline.quote.f1)),
    s('exact-span F1', fmt(citat.exact.f1), fmt(baseline.exact.f1)),
    s('speaker accuracy', fmt(citat.speaker.accuracy), fmt(baseline.speaker.accuracy)),
    s('attribution F1', fmt(citat.attribution.f1), fmt(baseline.attribution.f1)),
    s('F1 direct/indirect/mixed', kinds(citat), kinds(baseline)),
  ];
  lines.push(...summary);
  return `${lines.join('\n')}\n`;
}
