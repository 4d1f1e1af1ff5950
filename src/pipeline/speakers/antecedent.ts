/**
 * Pronoun antecedents: the source a `han`, `hun` or `de` that speaks refers to.
 * @module
 */
import type { Range } from '../layers.js';
import type { SourceContext } from './context.js';
import type { Entity } from './entities.js';
import { RangeGrid } from '../../nlp/range-grid.js';
import { firstFrom } from './search.js';

/**
 * The entity a pronoun refers to: plural pronouns to the last group or unnamed body that spoke;
 * singular ones by {@link singularAntecedent}.
 * @param sc the document's sources (candidates, entities, quotes resolved so far, sentences)
 * @param pos the pronoun's offset
 * @param skip the quote itself (its own words do not name its speaker)
 * @param plural whether the pronoun is plural
 * @param gender the pronoun's gender, if it has one
 */
export function antecedent(sc: SourceContext, pos: number, skip: Range, plural: boolean, gender: 'm' | 'f' | undefined): Entity | undefined {
  if (plural) return pluralAntecedent(pos, sc.entities, sc.plural);
  return singularAntecedent(sc, pos, skip, gender);
}

/**
 * The sources a plural pronoun may stand for, kept as the quotes are resolved instead of found by
 * a pass over every quote and entity so far for each pronoun (which made a long document
 * quadratic). An entity's kind and whether it is named do not change once it speaks as a group or
 * a body (only `unknown` becomes `person`), so what is recorded stays true.
 */
export interface PluralSources {
  /** The entity of the latest resolved quote that is a group or an unnamed organisation. */
  lastResolved: Entity | undefined;
  /** The document's group entities, in the order they were made, and the first of each name … */
  groups: Entity[];
  byName: Map<string, Entity>;
  /** … from the first {@link scanned} entities. */
  scanned: number;
}

/** An empty {@link PluralSources}, for a document's first quote. */
export function noPluralSources(): PluralSources {
  return { lastResolved: undefined, groups: [], byName: new Map(), scanned: 0 };
}

/**
 * A group, or an organisation known only by description (`ministeriet`): what `de` can be.
 * @param e an entity
 */
export function speaksForMany(e: Entity): boolean {
  return e.kind === 'group' || (e.kind === 'organization' && !e.named);
}

/**
 * {@link PluralSources} brought up to the entities made so far (a group is made a group and stays one).
 * @param entities the document's entities
 * @param plural the record to bring up to date
 */
export function groupsOf(entities: readonly Entity[], plural: PluralSources): PluralSources {
  for (; plural.scanned < entities.length; plural.scanned++) {
    const e = entities[plural.scanned]!;
    if (e.kind !== 'group') continue;
    plural.groups.push(e);
    if (!plural.byName.has(e.name)) plural.byName.set(e.name, e);
  }
  return plural;
}

/** The last group or unnamed body that spoke, else the last group mentioned before `pos`. */
function pluralAntecedent(pos: number, entities: readonly Entity[], plural: PluralSources): Entity | undefined {
  if (plural.lastResolved) return plural.lastResolved;
  const { groups } = groupsOf(entities, plural);
  for (let i = groups.length - 1; i >= 0; i--) {
    const e = groups[i]!;
    if (e.mentions.some((m) => m.start < pos)) return e;
  }
  return undefined;
}

/**
 * The entity a singular pronoun refers to: in the pronoun's sentence and then sentence by sentence
 * backwards, the first fitting person (a name or a role) outside quotation marks — the subject
 * usually comes first in a Danish clause; with none before, the first person after it (an
 * article excerpt that names its speaker later).
 */
function singularAntecedent(sc: SourceContext, pos: number, skip: Range, gender: 'm' | 'f' | undefined): Entity | undefined {
  const { cands, sentenceOf } = sc;
  const fits = (e: Entity | undefined): e is Entity => e !== undefined && e.kind === 'person' && !(gender && e.gender && e.gender !== gender);
  const ps = sentenceOf(pos);
  let best: Entity | undefined;
  let bestSentence = -1;
  let bestPos = -1;
  for (let i = firstFrom(cands, pos, (c) => c.pos) - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.pos >= skip.start && c.pos < skip.end) continue;
    if (ps - c.sentence > 8) break;
    if (bestSentence >= 0 && c.sentence < bestSentence) break;
    // an earlier sentence whose subject is the same pronoun (`Hun har en søn …`) continues the
    // chain: the people after that pronoun are its objects, not the one it stands for
    if (gender && c.sentence < ps && opensWithPronoun(sc, c.sentence, gender, c.pos)) continue;
    const e = c.entity();
    if (!fits(e)) continue;
    // a description that a copula says is a name (`En anden mor er Lene Krog`) is that name
    if (best?.named && !e.named && c.sentence === bestSentence && /^[^,.;:]*\s(?:er|var|hedder|hed)\s+$/u.test(sc.text.slice(c.pos, bestPos))) continue;
    best = e;
    bestSentence = c.sentence;
    bestPos = c.pos;
  }
  if (best) return best;
  // nobody before: the article may name its speaker later (an excerpt starting mid-story), as the
  // source of a later quote (`Hun fortæller, at … "…," siger Eva Holm.`); a person the narration
  // only names later (as an object, in a relative clause) is no one the pronoun can stand for yet
  // (candidates are in text order, so in sentence order too: start after the pronoun, stop past the window)
  for (let i = firstFrom(cands, pos + 1, (c) => c.pos); i < cands.length; i++) {
    const c = cands[i]!;
    if (c.sentence - ps > 6) break;
    const e = c.entity();
    if (fits(e) && e.named && sourcesOf(sc).overlaps(c.pos, c.pos + 1)) return e;
  }
  return undefined;
}

/** The quotes' source phrases of a document, gathered once (asked for each candidate after a pronoun). */
const SOURCES = new WeakMap<SourceContext, RangeGrid<Range>>();
function sourcesOf(sc: SourceContext): RangeGrid<Range> {
  let grid = SOURCES.get(sc);
  if (!grid) {
    grid = new RangeGrid(sc.quotes.flatMap((q) => (q.source ? [q.source] : [])));
    SOURCES.set(sc, grid);
  }
  return grid;
}

/** `han` / `hun` (after an optional conjunction) as a sentence's first word. */
const OPENING_PRONOUN = /^(?:(?:og|men|så|nu|da)\s+)?(han|hun)(?![\p{L}])/iu;

/** Whether sentence `s` opens with the subject pronoun of this gender, before offset `pos`. */
function opensWithPronoun(sc: SourceContext, s: number, gender: 'm' | 'f', pos: number): boolean {
  const sentence = sc.sentences[s];
  if (!sentence) return false;
  const m = OPENING_PRONOUN.exec(sc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)));
  return m !== null && (m[1]!.toLowerCase() === 'han' ? 'm' : 'f') === gender && sentence.start + m[0].length <= pos;
}
