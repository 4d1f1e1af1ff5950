/**
 * What the speakers stage's parts share: a quote's resolution, the candidates a pronoun may refer
 * to, and the document's sources as the resolvers see them.
 * @module
 */
import type { FoundQuote, Mention, Range, ResolvedSpeaker } from '../layers.js';
import type { PluralSources } from './antecedent.js';
import type { Entity, NameIndex, Placed } from './entities.js';
import type { RoleHolders } from './role-holders.js';

/** A quote's speaker as resolved: the entity, the mention it rests on, and how it was found. */
export interface Resolution {
  entity: Entity;
  mention: Range | null;
  how: ResolvedSpeaker['resolution'];
}

/** A mention a pronoun may refer to (a role mention makes its entity only when asked). */
export interface Candidate {
  pos: number;
  sentence: number;
  entity: () => Entity | undefined;
}

/** The document's sources and the quotes resolved so far. */
export interface SourceContext {
  text: string;
  mentions: readonly Mention[];
  quotes: readonly FoundQuote[];
  entities: Entity[];
  index: NameIndex;
  placed: readonly Placed[];
  /** The name mentions by the roles their entities hold. */
  holders: RoleHolders;
  /** What a plural pronoun may refer to, kept up as quotes are resolved in order. */
  plural: PluralSources;
  /** One entry per quote resolved so far (null: none found yet). */
  resolved: (Resolution | null)[];
  /** Name and role mentions outside long quotes, in text order. */
  cands: readonly Candidate[];
  sentenceOf: (pos: number) => number;
  /** The document's sentences, in text order. */
  sentences: readonly { start: number; end: number }[];
}
