/**
 * The naive-regex anchor that citat's figures are printed beside: every quoted string of three
 * or more words is a direct quote, and its speaker is the run of capitalised words right after
 * the next `siger` in the text (null when there is none). It knows no indirect speech, no speech
 * dashes, no coreference; it is the floor that any real extractor must clear by far.
 * @module
 */
import type { PredictedSpan } from './score.js';

/**
 * Pairs of marks the anchor accepts: `"…"`, `»…«`, `„…“`, `”…”`, paired left to right with no
 * regard for paragraphs (as a naive regex does; with pairs kept to one line it scores 0.02 lower).
 */
const QUOTED = /"([^"]*)"|»([^»«]*)«|„([^„“]*)“|”([^”]*)”/gu;
const NEXT_SIGER = /(?<![\p{L}\p{N}])siger(?![\p{L}\p{N}])/u;
/** Capitalised words on the same line, initials (`K.`) allowed; a full stop after a word ends the run. */
const CAPITALISED_RUN = /^[ \t]+((?:\p{Lu}\.[ \t]*)*\p{Lu}[\p{L}'-]*(?:[ \t]+(?:\p{Lu}\.[ \t]*)*\p{Lu}[\p{L}'-]*)*)/u;

/**
 * Finds quotes the naive way.
 * @param text a document
 * @returns direct quotes with the speaker guessed from the next `siger`
 * @example
 * naiveRegexQuotes('"Det går godt i dag," siger Ole Berg.')[0]?.speaker // 'Ole Berg'
 */
export function naiveRegexQuotes(text: string): PredictedSpan[] {
  const out: PredictedSpan[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const content = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (content.trim().split(/\s+/u).length < 3) continue;
    const start = m.index + 1;
    const end = start + content.length;
    const rest = text.slice(end + 1);
    const siger = NEXT_SIGER.exec(rest);
    let speaker: string | null = null;
    if (siger) {
      const after = rest.slice(siger.index + siger[0].length);
      const run = CAPITALISED_RUN.exec(after);
      if (run) speaker = run[1]!;
    }
    out.push({ kind: 'direct', start, end, text: content, cue: siger ? 'siger' : null, speaker });
  }
  return out;
}
