/**
 * Pronoun antecedents: the source a `han`, `hun` or `de` that speaks refers to.
 * @module
 */
import type { Range } from '../layers.js';
import type { Resolution, SourceContext } from './context.js';
import type { Entity } from './entities.js';
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
  if (plural) return pluralAntecedent(pos, sc.entities, sc.resolved);
  return singularAntecedent(sc, pos, skip, gender);
}

/** The last group or unnamed body that spoke, else the last group mentioned before `pos`. */
function pluralAntecedent(pos: number, entities: readonly Entity[], resolved: readonly (Resolution | null)[]): Entity | undefined {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const r = resolved[i];
    if (r && (r.entity.kind === 'group' || (r.entity.kind === 'organization' && !r.entity.named))) return r.entity;
  }
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.kind === 'group' && e.mentions.some((m) => m.start < pos)) return e;
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
    if (best && best.named && !e.named && c.sentence === bestSentence && /^[^,.;:]*\s(?:er|var|hedder|hed)\s+$/u.test(sc.text.slice(c.pos, bestPos))) continue;
    best = e;
    bestSentence = c.sentence;
    bestPos = c.pos;
  }
  if (best) return best;
  // nobody before: the article may name its speaker later (an excerpt starting mid-story)
  for (const c of cands) {
    if (c.pos <= pos || c.sentence - ps > 6) continue;
    const e = c.entity();
    if (fits(e) && e.named) return e;
  }
  return undefined;
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
