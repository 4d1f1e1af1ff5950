/**
 * Recognising cues: a reporting verb form (with its particle), or a fixed cue pattern
 * (`lyder det fra`, `hedder det i`), at a token position.
 * @module
 */
import { COMMON_FINITE_VERBS, SENTENCE_ADVERBS } from '../../lexicon/clause-words.js';
import { AMBIGUOUS_VERB_FORMS, lookupVerbEntries, REPORTING_NOUN_CUES, type CuePattern, type ReportingVerb } from '../../lexicon/reporting-verbs.js';
import type { Token } from '../../nlp/tokens.js';

/** A matched cue. */
export interface CueMatch {
  /** First and last token of the cue words (inclusive). */
  first: number;
  last: number;
  verb?: ReportingVerb;
  pattern?: CuePattern;
}

/** Infinitive and participle forms are not finite: they need an auxiliary to head a clause. */
export function formKind(verb: ReportingVerb, lower: string): 'finite' | 'participle' | 'infinitive' | 'passive' {
  if (lower === verb.lemma) return 'infinitive';
  if (lower.endsWith('s') && !verb.lemma.endsWith('s') && (lower === `${verb.lemma}s` || lower.endsWith('es') || lower.endsWith('des'))) return 'passive';
  // The participle is listed right after the past: sige, siger, sagde, sagt (see reporting-verbs.ts).
  const idx = verb.forms.indexOf(lower);
  if (idx === 3) return 'participle';
  return 'finite';
}

/**
 * The reporting verb at token i, if any (lower-case word, or capitalised at a sentence start).
 * @param tokens tokens
 * @param i index
 * @param allowCap accept a capitalised form (sentence-initial verb)
 */
export function verbAt(tokens: readonly Token[], i: number, allowCap = false): ReportingVerb | undefined {
  const t = tokens[i];
  if (t?.type !== 'word' || (t.cap && !allowCap)) return undefined;
  const entries = lookupVerbEntries(t.lower);
  if (entries.length === 0) return undefined;
  // Prefer an entry whose particle follows within three tokens (`peger … på`), else one without particle.
  for (const e of entries) {
    if (e.particle && particleAt(tokens, i, e.particle) >= 0) return e;
  }
  return entries.find((e) => !e.particle);
}

/**
 * Index of the last token of a particle that follows the verb at i within three tokens, or -1.
 * @param tokens tokens
 * @param i verb index
 * @param particle space-separated particle words
 */
export function particleAt(tokens: readonly Token[], i: number, particle: string): number {
  const words = particle.split(' ');
  for (let k = i + 1; k <= i + 3; k++) {
    if (words.every((w, d) => tokens[k + d]?.lower === w)) return k + words.length - 1;
    const t = tokens[k];
    if (t?.type !== 'word') return -1;
  }
  // `peger flere lokale og regionale politikere på, at …`: a longer inverted subject stands
  // between verb and particle when a reported clause follows the particle at once (a subject:
  // no sentence adverb among the words, `gør det ikke helt klart at`)
  for (let k = i + 1; k <= i + 3; k++) if (SENTENCE_ADVERBS.has(tokens[k]!.lower)) return -1;
  for (let k = i + 4; k <= i + 9; k++) {
    const last = k + words.length - 1;
    if (words.every((w, d) => tokens[k + d]?.lower === w)) {
      const next = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
      return tokens[next]?.lower === 'at' ? last : -1;
    }
    const t = tokens[k];
    if (t?.type !== 'word' || t.lower === 'at' || SENTENCE_ADVERBS.has(t.lower) || (!t.cap && (COMMON_FINITE_VERBS.has(t.lower) || isVerbForm(t.lower))))
      return -1;
  }
  return -1;
}

/** Whether a word is a reporting-verb form that is no other common word (a verb ends the subject). */
function isVerbForm(lower: string): boolean {
  return lookupVerbEntries(lower).length > 0 && !AMBIGUOUS_VERB_FORMS.has(lower);
}

/**
 * A fixed cue pattern whose words start at token i.
 * @param tokens tokens
 * @param i index
 * @param content which side the content must stand on
 */
export function patternAt(tokens: readonly Token[], i: number, content: 'before' | 'after' | 'either'): CueMatch | undefined {
  for (const p of REPORTING_NOUN_CUES) {
    if (p.content !== content && p.content !== 'either') continue;
    if (p.source === 'inside') continue;
    if (wordsAt(tokens, i, p.words)) return { first: i, last: i + p.words.length - 1, pattern: p };
  }
  return undefined;
}

/** Whether each word slot of a pattern matches the token at its place (a loop: no closure per pattern and token). */
function wordsAt(tokens: readonly Token[], i: number, words: readonly (readonly string[])[]): boolean {
  for (let d = 0; d < words.length; d++) if (!words[d]!.includes(tokens[i + d]?.lower ?? '')) return false;
  return true;
}
