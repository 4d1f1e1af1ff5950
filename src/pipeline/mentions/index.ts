/**
 * Mentions stage: names of people and bodies, role nouns and pronouns that may be sources.
 * (First version: runs of capitalised words not at a sentence start, and pronouns.)
 * @module
 */
import type { Mention } from '../layers.js';
import { defineStage } from '../stage.js';

/**
 * Finds candidate mentions in a text.
 * @param text input
 * @param sentenceStarts offsets where sentences start (a capital there proves nothing)
 */
export function findMentions(text: string, sentenceStarts: ReadonlySet<number> = new Set()): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu)) {
    if (sentenceStarts.has(m.index) && !/\s/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'person', name: m[0] });
  }
  for (const m of text.matchAll(/(?<![\p{L}])(han|hun|de|Han|Hun|De)(?![\p{L}])/gu)) {
    const lower = m[0].toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'pronoun', ...(lower === 'han' ? { gender: 'm' as const } : lower === 'hun' ? { gender: 'f' as const } : { plural: true }) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The pipeline stage. */
export const mentionsStage = defineStage({
  name: 'mentions',
  requires: ['sentences'],
  provides: ['mentions'],
  danishOnly: true,
  run(doc) {
    doc.mentions = findMentions(doc.text, new Set((doc.sentences ?? []).map((s) => s.start)));
  },
});
