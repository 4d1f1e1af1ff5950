import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findByName, NameIndex, type Entity, type Placed } from '../../src/pipeline/speakers/entities.js';
import { RoleHolders } from '../../src/pipeline/speakers/role-holders.js';

/** findByName as it was before the index: a pass over every entity, most recent first. */
function byPass(entities: readonly Entity[], name: string, kind: string): Entity | undefined {
  const lower = name.toLowerCase();
  for (let i = entities.length - 1; i >= 0; i--) if (entities[i]!.names.has(lower)) return entities[i];
  if (kind !== 'person') return undefined;
  const space = lower.lastIndexOf(' ');
  const last = lower.slice(space + 1);
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.kind !== 'person' && e.kind !== 'unknown') continue;
    if (space < 0 && e.names.has(last)) return e;
    if (space >= 0 && e.names.has(last) && ![...e.names].some((n) => n.includes(' ') && !n.endsWith(` ${lower}`) && !lower.endsWith(` ${n}`) && n !== lower))
      return e;
  }
  return undefined;
}

function entity(key: number, kind: Entity['kind']): Entity {
  return { key, kind, name: '', names: new Set(), roles: [], roleLemmas: new Set(), gender: undefined, mentions: [], named: true };
}

const FIRST = ['mette', 'poul', 'connie', 'jens', 'karen'];
const LAST = ['hansen', 'thomsen', 'nyrup rasmussen', 'rasmussen', 'holm'];
const nameArb = fc.oneof(
  fc.constantFrom(...LAST),
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
);

describe('findByName: the name index answers as a pass over every entity did', () => {
  it.each([
    ['a surname after the full name', [['person', ['zamir kabulov', 'kabulov']]], 'Kabulov', 'person', 0],
    ['another person with the same surname is not the same person', [['person', ['ole berg', 'berg']]], 'Eva Berg', 'person', undefined],
    ['a shorter form of the same name', [['person', ['anne marie krogh', 'krogh']]], 'Marie Krogh', 'person', 0],
    [
      'the most recent of two holders',
      [
        ['person', ['holm']],
        ['person', ['karen holm', 'holm']],
      ],
      'Holm',
      'person',
      1,
    ],
    ['a body is not found by surname', [['organization', ['dansk holm']]], 'Jens Holm', 'person', undefined],
  ] as const)('%s', (_name, made, query, kind, expected) => {
    const index = new NameIndex();
    const entities = made.map(([k, names], key) => {
      const e = entity(key, k);
      for (const n of names) e.names.add(n);
      index.add(e);
      return e;
    });
    expect(findByName(index, query, kind)?.key).toBe(expected);
    expect(byPass(entities, query, kind)?.key).toBe(expected);
  });

  it('for any entities, names given in any order, and any query (fast-check)', () => {
    const step = fc.oneof(
      fc.record({ make: fc.constantFrom<Entity['kind']>('person', 'unknown', 'organization'), names: fc.array(nameArb, { maxLength: 2 }) }),
      fc.record({ to: fc.nat(), name: nameArb }),
    );
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.array(fc.tuple(nameArb, fc.constantFrom('person', 'organization')), { minLength: 1, maxLength: 10 }),
        (steps, queries) => {
          const index = new NameIndex();
          const entities: Entity[] = [];
          for (const s of steps) {
            if ('make' in s) {
              const e = entity(entities.length, s.make);
              for (const n of s.names) e.names.add(n);
              entities.push(e);
              index.add(e);
            } else if (entities.length > 0) index.addName(entities[s.to % entities.length]!, s.name);
          }
          for (const [q, kind] of queries) expect(findByName(index, q, kind)).toBe(byPass(entities, q, kind));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('RoleHolders: the latest holder of a role answers as a pass back over every name mention did', () => {
  /** The pass it replaces: back from `before`, the first mention whose entity holds a matching role. */
  function byPass(placed: readonly Placed[], lemma: string, before: number): number {
    for (let i = before - 1; i >= 0; i--) {
      const held = placed[i]!.entity.roleLemmas;
      if (held.has(lemma) || [...held].some((h) => h.endsWith(lemma) || lemma.endsWith(h))) return i;
    }
    return -1;
  }
  const LEMMAS = ['chef', 'afdelingschef', 'minister', 'udenrigsminister', 'borgmester', 'mester', 'direktør', 'formand'];

  it.each([
    ['a compound role holds its head', [['afdelingschef']], 'chef', 1, 0],
    ['a head is held by the compound asked for', [['chef']], 'afdelingschef', 1, 0],
    ['the most recent holder before the mention', [['minister'], ['borgmester'], ['minister']], 'minister', 2, 0],
    ['no holder', [['direktør']], 'formand', 1, -1],
  ] as const)('%s', (_name, roles, lemma, before, expected) => {
    const placed = roles.map((r, key) => ({
      mention: { start: key, end: key + 1, text: '', kind: 'person' as const },
      entity: { ...entity(key, 'person'), roleLemmas: new Set<string>(r) },
    }));
    expect(new RoleHolders(placed).lastBefore(lemma, before)).toBe(expected);
    expect(byPass(placed, lemma, before)).toBe(expected);
  });

  it('for any mentions, roles and queries (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...LEMMAS), { maxLength: 3 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...LEMMAS), fc.nat(45)), { minLength: 1, maxLength: 10 }),
        (roles, queries) => {
          const placed = roles.map((r, key) => ({
            mention: { start: key, end: key + 1, text: '', kind: 'person' as const },
            entity: { ...entity(key, 'person'), roleLemmas: new Set(r) },
          }));
          const holders = new RoleHolders(placed);
          for (const [lemma, before] of queries)
            expect(holders.lastBefore(lemma, Math.min(before, placed.length))).toBe(byPass(placed, lemma, Math.min(before, placed.length)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
