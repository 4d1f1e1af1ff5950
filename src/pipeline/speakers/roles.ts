/**
 * Role nouns as the speakers stage matches them: a role string's lemma, loose matching of
 * compound roles, and the entity a bare role mention stands for.
 * @module
 */
import { roleLemma } from '../../lexicon/roles.js';
import type { Mention } from '../layers.js';
import type { Entity, NameIndex, Placed } from './entities.js';
import type { RoleHolders } from './role-holders.js';
import { firstPlacedFrom } from './search.js';

/**
 * The lemma of a role string: its first role noun (`afdelingschef i Norges …` → `afdelingschef`).
 * @param role a role string
 */
export function lemmaOfRole(role: string): string | undefined {
  for (const w of role.toLowerCase().split(/\s+/)) {
    const l = roleLemma(w);
    if (l) return l;
  }
  return undefined;
}

/**
 * Whether an entity holding these role lemmas holds `lemma`, by head for compound roles
 * (`afdelingschef` holds `chef`).
 * @param held the entity's role lemmas
 * @param lemma the role lemma sought
 */
export function roleMatches(held: Set<string>, lemma: string): boolean {
  if (held.has(lemma)) return true;
  for (const h of held) if (h.endsWith(lemma) || lemma.endsWith(h)) return true;
  return false;
}

/**
 * The entity a role mention stands for: the most recent holder of the role, else a described source.
 * @param m a role mention
 * @param placed the document's name mentions
 * @param holders the name mentions by the roles their entities hold
 * @param entities the document's entities (a new one is added for a new description)
 * @param index the entities by name
 */
export function roleEntity(m: Mention, placed: readonly Placed[], holders: RoleHolders, entities: Entity[], index: NameIndex): Entity {
  const lemma = m.roleLemma!;
  const holder = lemma ? holders.lastBefore(lemma, firstPlacedFrom(placed, m.start)) : -1;
  if (holder >= 0) return placed[holder]!.entity;
  const key = m.text.toLowerCase().replace(/^(?:en|et|den|det|de)\s+/, '');
  // the first-made unnamed entity with this name
  const existing = index
    .holding(key)
    .filter((e) => !e.named)
    .pop();
  if (existing) return existing;
  const e: Entity = {
    key: entities.length,
    kind: 'person',
    name: m.text,
    names: new Set([m.text.toLowerCase(), key]),
    roles: [],
    roleLemmas: new Set([lemma]),
    gender: undefined,
    mentions: [{ start: m.start, end: m.end }],
    named: false,
  };
  entities.push(e);
  index.add(e);
  return e;
}
