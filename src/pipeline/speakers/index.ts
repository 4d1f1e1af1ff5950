/**
 * Speakers stage: resolves the phrase each quote's attribution rests on to one entity per source
 * (names by surname, role nouns to their holder, pronouns to the most recent fitting source —
 * `resolve.ts`), continuation quotes to the speaker before them (`continuation.ts`), and lists
 * the speakers with every mention (`speaker-list.ts`).
 * @module
 */
import type { Mention, Range, StageInput, StageOutput } from '../layers.js';
import { defineStage } from '../stage.js';
import { RangeGrid } from '../../nlp/range-grid.js';
import type { Candidate, Resolution, SourceContext } from './context.js';
import { noPluralSources, speaksForMany } from './antecedent.js';
import { paragraphsOfQuotes, resolveContinuations } from './continuation.js';
import { RoleHolders } from './role-holders.js';
import { buildEntities, type Entity, type NameIndex, type Placed } from './entities.js';
import { resolveSource } from './resolve.js';
import { lemmaOfRole, roleEntity } from './roles.js';
import { sentenceFinder } from './search.js';
import { listSpeakers } from './speaker-list.js';

/** The layers the speakers stage reads. */
type SpeakersInput = StageInput<'paragraphs' | 'quotedSpans' | 'sentences' | 'mentions' | 'quotes'>;

/**
 * Resolves the quotes' speakers of a working document.
 * @param doc a document with paragraphs, quoted spans, sentences, mentions and quotes
 * @returns the speakers, and each quote's attribution
 */
export function attributeSpeakers(doc: SpeakersInput): StageOutput<'speakers' | 'attributions'> {
  const text = doc.text;
  const mentions = doc.mentions;
  const quotes = doc.quotes;
  const { entities, placed, index } = buildEntities(mentions, lemmaOfRole);
  const holders = new RoleHolders(placed);
  const resolved: (Resolution | null)[] = [];
  const sentences = doc.sentences;
  const sentenceOf = sentenceFinder(sentences);
  const cands = candidates(doc, mentions, placed, holders, entities, index, sentenceOf);
  const sc: SourceContext = { text, mentions, quotes, entities, index, placed, holders, plural: noPluralSources(), resolved, cands, sentenceOf, sentences };
  quotes.forEach((q) => {
    const r = q.source ? resolveSource(sc, q) : null;
    resolved.push(r);
    if (r && speaksForMany(r.entity)) sc.plural.lastResolved = r.entity;
  });
  resolveContinuations({ sc, sentences, quoteRanges: new RangeGrid(quotes), quoteParagraph: paragraphsOfQuotes(quotes, doc.paragraphs) });
  return listSpeakers(text, resolved);
}

/**
 * The mentions a pronoun may refer to, in text order: names and role nouns outside long quoted
 * spans (over 60 characters, or the speech of a speech-dash paragraph). A role mention makes its entity only
 * when first asked.
 */
function candidates(
  doc: SpeakersInput,
  mentions: readonly Mention[],
  placed: readonly Placed[],
  holders: RoleHolders,
  entities: Entity[],
  index: NameIndex,
  sentenceOf: (pos: number) => number,
): Candidate[] {
  // a speech-dash paragraph is quoted up to its attribution, not after it: the speaker named
  // there (`- …, siger Holm.`) is who a `han` in the next paragraph refers to
  const allSpans = doc.quotedSpans;
  const dashes = new RangeGrid(allSpans.filter((q) => q.style === 'dash'));
  const spans: Range[] = allSpans.filter((q) => q.end - q.start > 60 && q.style !== 'dash');
  for (const q of doc.quotes) if (q.kind === 'direct' && dashes.overlaps(q.start, q.end)) spans.push(q);
  const quotedSpans = new RangeGrid(spans);
  const quoted = (pos: number) => quotedSpans.overlaps(pos, pos + 1);
  const cands: Candidate[] = [];
  for (const p of placed) if (!quoted(p.mention.start)) cands.push({ pos: p.mention.start, sentence: sentenceOf(p.mention.start), entity: () => p.entity });
  for (const m of mentions) {
    if (m.kind !== 'role' || quoted(m.start)) continue;
    let cached: Entity | undefined | null = null;
    cands.push({
      pos: m.start,
      sentence: sentenceOf(m.start),
      entity: () => (cached === null ? (cached = roleEntity(m, placed, holders, entities, index)) : cached),
    });
  }
  cands.sort((x, y) => x.pos - y.pos);
  return cands;
}

/** The pipeline stage. */
export const speakersStage = defineStage({
  name: 'speakers',
  requires: ['paragraphs', 'quotedSpans', 'sentences', 'mentions', 'quotes'],
  provides: ['speakers', 'attributions'],
  run: attributeSpeakers,
});
