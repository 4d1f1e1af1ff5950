/**
 * Entities: one per source across the article. Names are merged by surname (`Krag` → `Ole
 * Krag`); role nouns resolve to the most recent entity holding that role; pronouns to the most
 * recent entity that fits.
 * @module
 */
import type { SpeakerKind } from '../../schema/index.js';
import { countSplitParts, lastSpaceIndex } from '../../nlp/space-runs.js';
import type { Mention, Range } from '../layers.js';

/** A source in the article. */
export interface Entity {
  key: number;
  kind: SpeakerKind;
  /** The fullest name (persons: longest name; descriptions: the description). */
  name: string;
  /** Name variants (full names, surnames) in lower case, for matching. */
  names: Set<string>;
  roles: string[];
  /** Role lemmas the entity holds (`præsident`), for role-noun coreference. */
  roleLemmas: Set<string>;
  gender: 'm' | 'f' | undefined;
  mentions: Range[];
  /** Whether the entity has a proper name (not only a description). */
  named: boolean;
}

/** A name-bearing mention in text order, with the entity it names. */
export interface Placed {
  mention: Mention;
  entity: Entity;
}

/**
 * The entities of a document by the name variants they hold. Why: a long document has thousands
 * of entities, and finding a name by a pass over all of them, for every name mention and every
 * quote, made the stage's time grow with the square of the document's length. Every name an
 * entity gets goes through {@link addName} (or is there when {@link add} records the entity).
 *
 * A full name (`mette hansen`) is looked up among the few entities that could take it: those with
 * no full name yet, and those with a full name of which it is a shorter or longer form (see
 * {@link findByName}); a pass over every holder of the surname made a document naming thousands of
 * people with a few common surnames quadratic.
 */
export class NameIndex {
  /** Name → its holders, in the order the entities were made (by key). */
  private readonly holders = new Map<string, Entity[]>();
  /** Name → holders that had no full name (no name with a space) when they got it; pruned as they get one. */
  private readonly bare = new Map<string, Entity[]>();
  /** Multi-word ending of a full name (`nyrup rasmussen` of `poul nyrup rasmussen`) → the entities holding such a full name. */
  private readonly endings = new Map<string, Entity[]>();
  /** Entities with a full name. */
  private readonly full = new Set<Entity>();

  /**
   * Records a new entity under the names it already has.
   * @param e the entity, just pushed to the document's entities
   */
  add(e: Entity): void {
    for (const n of e.names) if (n.includes(' ')) this.noteFull(n, e);
    for (const n of e.names) this.note(n, e);
  }

  /**
   * Gives an entity another name variant.
   * @param e the entity
   * @param name a lower-case name variant
   */
  addName(e: Entity, name: string): void {
    if (e.names.has(name)) return;
    e.names.add(name);
    if (name.includes(' ')) this.noteFull(name, e);
    this.note(name, e);
  }

  /**
   * The entities holding a name variant, most recent first (by key: the order they were made).
   * @param name a lower-case name variant
   */
  holding(name: string): Entity[] {
    return (this.holders.get(name) ?? []).slice().reverse();
  }

  /**
   * The most recent entity holding a name variant.
   * @param name a lower-case name variant
   */
  latest(name: string): Entity | undefined {
    const list = this.holders.get(name);
    return list?.[list.length - 1];
  }

  /**
   * The entities that may take a full name: the holders of its surname that have no full name,
   * the holders of each of its multi-word endings, and the holders of a full name it ends.
   * Callers check each (a superset of the entities that fit).
   * @param lower a lower-case full name
   * @param last its surname
   */
  mayTake(lower: string, last: string): Entity[] {
    const out: Entity[] = [];
    const bare = this.bare.get(last);
    if (bare) {
      // an entity that got a full name since stays out from now on (names are never taken away)
      let kept = 0;
      for (const e of bare) if (!this.full.has(e)) bare[kept++] = e;
      bare.length = kept;
      // (pushed one by one here and below: a spread of some 120,000 entities overflows the call stack)
      for (const e of bare) out.push(e);
    }
    for (let j = lower.indexOf(' '); j >= 0; j = lower.indexOf(' ', j + 1)) {
      const ending = lower.slice(j + 1);
      if (ending.includes(' ')) for (const e of this.holders.get(ending) ?? []) out.push(e);
    }
    for (const e of this.endings.get(lower) ?? []) out.push(e);
    return out;
  }

  private note(name: string, e: Entity): void {
    const list = this.holders.get(name);
    if (!list) this.holders.set(name, [e]);
    else {
      // kept in key order: an older entity that gets the name goes to its place (rare)
      let i = list.length;
      list.push(e);
      while (i > 0 && list[i - 1]!.key > e.key) {
        list[i] = list[i - 1]!;
        i--;
      }
      list[i] = e;
    }
    if (!this.full.has(e)) {
      const bare = this.bare.get(name);
      if (bare) bare.push(e);
      else this.bare.set(name, [e]);
    }
  }

  /** Records a full name: the entity is no longer bare, and is found by the name's multi-word endings. */
  private noteFull(name: string, e: Entity): void {
    this.full.add(e);
    for (let j = name.indexOf(' '); j >= 0; j = name.indexOf(' ', j + 1)) {
      const ending = name.slice(j + 1);
      if (lastSpaceIndex(ending) < 0) continue;
      const list = this.endings.get(ending);
      if (list) list.push(e);
      else this.endings.set(ending, [e]);
    }
  }
}

/**
 * Groups the name mentions of a document into entities, in text order.
 * @param mentions the mentions stage's output
 * @param roleLemmaOf role lemma of a role string (`afdelingschef i …` → `afdelingschef`)
 */
export function buildEntities(
  mentions: readonly Mention[],
  roleLemmaOf: (role: string) => string | undefined,
): { entities: Entity[]; placed: Placed[]; index: NameIndex } {
  const entities: Entity[] = [];
  const placed: Placed[] = [];
  const index = new NameIndex();
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'name') continue;
    if (m.kind === 'organization' && m.name && !/\p{Lu}/u.test(m.name[0] ?? '')) continue; // `politiet`: resolved in context
    const name = m.name ?? m.text;
    const e = findByName(index, name, m.kind === 'name' ? 'person' : m.kind) ?? newEntity(entities, m, name);
    // a bare name that turns out to be a person's surname, or a person's full name: a person
    if (m.kind === 'person' && e.kind === 'unknown') e.kind = 'person';
    absorb(e, m, name, roleLemmaOf, index);
    placed.push({ mention: m, entity: e });
  }
  return { entities, placed, index };
}

function newEntity(entities: Entity[], m: Mention, name: string): Entity {
  const e: Entity = {
    key: entities.length,
    kind: m.kind === 'organization' ? 'organization' : m.kind === 'person' ? 'person' : 'unknown',
    name,
    names: new Set(),
    roles: [],
    roleLemmas: new Set(),
    gender: undefined,
    mentions: [],
    named: true,
  };
  entities.push(e);
  return e;
}

function absorb(e: Entity, m: Mention, name: string, roleLemmaOf: (role: string) => string | undefined, index: NameIndex): void {
  const lower = name.toLowerCase();
  index.addName(e, lower);
  // the last of the parts `split(/\s+/)` would give, without building them (this runs per mention)
  const space = lastSpaceIndex(lower);
  if (e.kind === 'person' && space >= 0) index.addName(e, lower.slice(space + 1));
  if (wordCount(name) > wordCount(e.name)) e.name = name;
  if (m.gender && !e.gender) e.gender = m.gender;
  for (const r of m.roles ?? []) {
    if (!e.roles.includes(r)) e.roles.push(r);
    const l = roleLemmaOf(r);
    if (l) e.roleLemmas.add(l);
  }
  e.mentions.push({ start: m.start, end: m.end });
}

/** `s.split(/\s+/).length + s.length / 1000`, counted without building the parts. */
function wordCount(s: string): number {
  return countSplitParts(s) + s.length / 1000;
}

/**
 * The entity a name refers to: the same name, or a surname of a fuller name (either way round).
 * @param index the document's entities by name
 * @param name a name
 * @param kind person or organization
 */
export function findByName(index: NameIndex, name: string, kind: string): Entity | undefined {
  const lower = name.toLowerCase();
  // the most recent entity with this very name
  const same = index.latest(lower);
  if (same) return same;
  if (kind === 'person') {
    // as `split(/\s+/)` would give: one part when there is no space, else the last part after it
    const space = lastSpaceIndex(lower);
    // (a surname alone has no holder, or `same` would have answered)
    if (space < 0) return undefined;
    const last = lower.slice(space + 1);
    // the most recent person (or bare name) holding the surname that can take this full name
    let best: Entity | undefined;
    for (const e of index.mayTake(lower, last)) {
      if (best && e.key <= best.key) continue;
      if (e.kind !== 'person' && e.kind !== 'unknown') continue;
      if (!e.names.has(last)) continue;
      // `Ole Krag` after `Krag`: a full name joins a surname-only entity, never another
      // person's full name (`Ole Berg` is not `Eva Berg`)
      // (a shorter form of the same name joins it: `Marie Krogh` is `Anne Marie Krogh`)
      if ([...e.names].some((n) => n.includes(' ') && !n.endsWith(` ${lower}`) && !lower.endsWith(` ${n}`) && n !== lower)) continue;
      best = e;
    }
    return best;
  }
  return undefined;
}
