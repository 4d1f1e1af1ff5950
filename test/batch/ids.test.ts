/**
 * Renaming of repeated ids in a batch run: every output line gets an id of its own, a renamed id
 * is never renamed twice (`a#2#2`), and the result depends only on the input order.
 */
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../src/batch/ids.js';

function claimAll(ids: string[]): string[] {
  const registry = new IdRegistry();
  return ids.map((id) => registry.claim(id));
}

describe('IdRegistry', () => {
  const rows: { name: string; input: string[]; output: string[] }[] = [
    { name: 'unique ids are kept', input: ['nyhed-1', 'nyhed-2', 'leder'], output: ['nyhed-1', 'nyhed-2', 'leder'] },
    { name: 'repeats are numbered from 2', input: ['leder', 'leder', 'leder'], output: ['leder', 'leder#2', 'leder#3'] },
    { name: 'an input id taken by a rename gets the next free number, not #2#2', input: ['dup', 'dup', 'dup#2'], output: ['dup', 'dup#2', 'dup#3'] },
    { name: 'a number given in the input is passed over by later renames', input: ['dup', 'dup#2', 'dup', 'dup'], output: ['dup', 'dup#2', 'dup#3', 'dup#4'] },
    { name: 'a repeated numbered id counts on from its number', input: ['side#7', 'side#7'], output: ['side#7', 'side#8'] },
    { name: 'a # that is not followed by a number is part of the name', input: ['a#b', 'a#b'], output: ['a#b', 'a#b#2'] },
  ];
  it.each(rows)('$name', ({ input, output }) => {
    expect(claimAll(input)).toEqual(output);
  });

  it('gives every one of many repeats and numbered ids a name of its own, the same on every run', () => {
    const input = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'x' : i % 3 === 1 ? `x#${(i * 7) % 50}` : `y#${i % 5}`));
    const first = claimAll(input);
    expect(new Set(first).size).toBe(input.length);
    expect(first.some((id) => /#\d+#\d+$/.test(id))).toBe(false);
    expect(claimAll(input)).toEqual(first);
  });
});
