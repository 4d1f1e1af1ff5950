/**
 * What the confidence model knows of a quote: the facts the pipeline already has when the
 * speakers are resolved (kind, how the speaker was found, cue and source, the finder's own
 * confidence, distances, the speaker's kind). One number per feature, named, so the fitted
 * weights (model.json) say what they weigh.
 * @module
 */
import { FIRST_PERSON_SINGULAR } from '../../lexicon/clause-words.js';
import { wordPattern } from '../../nlp/letters.js';
import { rangeFinder } from '../../nlp/range.js';
import { countSplitParts } from '../../nlp/space-runs.js';
import type { StageInput } from '../layers.js';

const SINGULAR_SPEECH = wordPattern(FIRST_PERSON_SINGULAR);
const PRONOUN = /^(?:han|hun|de|den|det|ham|hende|dem|man|vi)$/iu;

/** The features, in the order of a feature vector. */
export const FEATURE_NAMES = [
  'bias',
  'kind=indirect',
  'kind=mixed',
  'resolution=alias',
  'resolution=role',
  'resolution=pronoun',
  'resolution=description',
  'resolution=continuation',
  'resolution=none',
  'speaker=organization',
  'speaker=group',
  'speaker=unknown',
  'cue',
  'finder confidence',
  'source sentences away',
  'source after quote',
  'log words',
  'log speakers',
  'first person singular',
  'dash paragraph',
  'log speaker mentions',
  'speaker unseen before',
  'continuation of a non-person',
] as const;

/** What the features are computed from. */
export type ConfidenceInput = StageInput<'quotes' | 'sentences' | 'speakers' | 'attributions'>;

/** One feature vector per quote, in {@link FEATURE_NAMES} order. */
export type FeatureVector = number[];

/** The start of the first mention that is not a pronoun (Infinity when there is none). */
function firstNamed(mentions: readonly { start: number; text: string }[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of mentions) if (m.start < first && !PRONOUN.test(m.text)) first = m.start;
  return first;
}

/**
 * The feature vectors of a document's quotes.
 * @param doc a document with quotes, sentences, speakers and attributions
 */
export function confidenceFeatures(doc: ConfidenceInput): FeatureVector[] {
  const quotes = doc.quotes;
  const sentences = doc.sentences;
  const speakers = doc.speakers;
  const kindOf = new Map(speakers.map((s) => [s.id, s.kind]));
  const sentenceOf = rangeFinder(sentences);
  const logSpeakers = Math.log1p(speakers.length);
  const mentionsOf = new Map(speakers.map((s) => [s.id, s.mentions.length]));
  // (where the speaker is first named or described: a pronoun does not introduce anyone; a loop,
  // not Math.min(...starts): a speaker named some 120,000 times overflowed the call stack)
  const firstMention = new Map(speakers.map((s) => [s.id, firstNamed(s.mentions)]));
  return quotes.map((q, i) => {
    const a = doc.attributions[i] ?? null;
    const res = a?.resolution ?? 'none';
    const kind = a ? kindOf.get(a.speakerId) : undefined;
    const m = a?.mention ?? null;
    const away = m ? Math.min(5, Math.abs(sentenceOf(m.start) - sentenceOf(q.start < m.start ? q.end - 1 : q.start))) : 0;
    // the line's start, looked for only as far back as it matters (a dash and spaces, 4
    // characters): a search back to the text's start for every quote made a long paragraph quadratic
    let lineStart = q.start <= 4 ? 0 : -1;
    for (let k = q.start - 1; k >= Math.max(0, q.start - 5); k--) {
      if (doc.text.charCodeAt(k) === 10) {
        lineStart = k + 1;
        break;
      }
    }
    const dash = lineStart >= 0 && q.start - lineStart <= 4 && /^\s*[-–—]\s*$/u.test(doc.text.slice(lineStart, q.start)) ? 1 : 0;
    const body = doc.text.slice(q.start, q.end);
    return [
      1,
      q.kind === 'indirect' ? 1 : 0,
      q.kind === 'mixed' ? 1 : 0,
      res === 'alias' ? 1 : 0,
      res === 'role' ? 1 : 0,
      res === 'pronoun' ? 1 : 0,
      res === 'description' ? 1 : 0,
      res === 'continuation' ? 1 : 0,
      res === 'none' ? 1 : 0,
      kind === 'organization' ? 1 : 0,
      kind === 'group' ? 1 : 0,
      kind === 'unknown' ? 1 : 0,
      q.cue ? 1 : 0,
      q.confidence,
      away,
      m && m.start >= q.end ? 1 : 0,
      Math.log1p(countSplitParts(body)),
      logSpeakers,
      SINGULAR_SPEECH.test(body) ? 1 : 0,
      dash,
      a ? Math.log1p(mentionsOf.get(a.speakerId) ?? 0) : 0,
      a && res !== 'name' && res !== 'alias' && (firstMention.get(a.speakerId) ?? 0) > q.start ? 1 : 0,
      res === 'continuation' && kind !== 'person' ? 1 : 0,
    ];
  });
}
