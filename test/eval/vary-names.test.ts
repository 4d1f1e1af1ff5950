import { describe, expect, it } from 'vitest';
import { inventedName, NAME_SHAPES, varyNamesDocument } from '../../src/eval/vary-names.js';
import { resolveGold } from '../../src/eval/gold.js';

const DOC = { id: 'v', text: '"Vi er klar," siger Karen Holm. Holms hold vandt. "Det er godt," siger Holm.' };
const GOLD = {
  id: 'v',
  quotes: [
    { kind: 'direct' as const, text: 'Vi er klar,', cue: 'siger', speaker: 'Karen Holm', aliases: ['Holm'], speaker_mention: 'Karen Holm' },
    { kind: 'direct' as const, text: 'Det er godt,', cue: 'siger', speaker: 'Karen Holm', aliases: ['Holm'], speaker_mention: 'Holm' },
  ],
};

/** Per shape: the text after renaming, as a reader would see it. */
const EXPECTED: Record<(typeof NAME_SHAPES)[number], RegExp> = {
  'hyphenated first name': /siger Karen-\p{Lu}\p{Ll}+ Holm\. Holms hold vandt\. .* siger Holm\.$/u,
  'hyphenated surname': /siger Karen Holm-(\p{Lu}\p{Ll}+)\. Holm-\1s hold vandt\. .* siger Holm-\1\.$/u,
  particle: /siger Karen van der Holm\. Van der Holms hold vandt\. .* siger van der Holm\.$/u,
  'middle name': /siger Karen \p{Lu}\p{Ll}+ Holm\. Holms hold vandt\./u,
  initial: /siger K\. Holm\. Holms hold vandt\./u,
};

describe('--vary names: a person who speaks is renamed the same way in text and gold', () => {
  it.each(NAME_SHAPES)('%s', (shape) => {
    const { doc, gold } = varyNamesDocument(DOC, GOLD, shape);
    expect(doc.text).toMatch(EXPECTED[shape]);
    // the gold still resolves in the new text, and its speaker is the new full name, which stands in the text
    const spans = resolveGold(gold!, doc.text);
    expect(spans.map((s) => s.text)).toEqual(['Vi er klar,', 'Det er godt,']);
    expect(doc.text).toContain(gold!.quotes[0]!.speaker!);
    expect(gold!.quotes[1]!.speaker_mention!.toLowerCase()).toBe(
      shape === 'particle' ? 'van der holm' : shape === 'hyphenated surname' ? gold!.quotes[0]!.speaker!.split(' ')[1]!.toLowerCase() : 'holm',
    );
  });

  it('leaves documents where no named person speaks as they are', () => {
    const doc = { id: 'w', text: 'Ifølge politiet er tre anholdt.' };
    const gold = { id: 'w', quotes: [{ kind: 'indirect' as const, text: 'er tre anholdt', speaker: 'politiet' }] };
    expect(varyNamesDocument(doc, gold, 'particle')).toEqual({ doc, gold });
  });

  it('makes names by rule, the same for the same seed', () => {
    expect(inventedName('a', 'e')).toBe(inventedName('a', 'e'));
    expect(inventedName('a', 'sen')).toMatch(/^\p{Lu}\p{Ll}+sen$/u);
  });
});
