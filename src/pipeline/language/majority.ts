/**
 * A document's language from its paragraphs' languages.
 * @module
 */

/**
 * Share of a document's determined letters that one language must have to overrule the
 * whole-text decision. Why two thirds: a document split about evenly is better left to the
 * whole-text evidence.
 */
export const MAJORITY = 2 / 3;

/**
 * The language most of a document's letters are written in, by paragraph; null when no paragraph
 * was determined. Why: a Danish article with long English quotes has many English function words,
 * and taken whole it can look English; counted by paragraph, its Danish majority shows.
 * @param parts each paragraph's code and letter count
 * @returns the majority code and its share of the determined letters
 */
export function majorityLanguage(parts: readonly { code: string; letters: number }[]): { code: string; share: number } | null {
  const letters = new Map<string, number>();
  let total = 0;
  for (const { code, letters: n } of parts) {
    if (code === 'und') continue;
    letters.set(code, (letters.get(code) ?? 0) + n);
    total += n;
  }
  let best: { code: string; share: number } | null = null;
  for (const [code, n] of letters) if (!best || n / total > best.share) best = { code, share: n / total };
  return best;
}
