import { describe, expect, it } from 'vitest';
import { findQuotes } from 'citat/quotes';

// One row per class of quote the stage must find, in sentences written for this test.
// [name, text, expected quotes as { kind, text, cue, speaker }]
type Row = [string, string, { kind: string; text: string; cue: string | null; speaker: string | null }[]];

const rows: Row[] = [
  ['direct with inverted cue and full name', '"Vi åbner butikken igen i morgen," siger Mette Kjærgaard.', [{ kind: 'direct', text: 'Vi åbner butikken igen i morgen,', cue: 'siger', speaker: 'Mette Kjærgaard' }]],
  ['direct in guillemets', '»Det bliver en hård vinter,« sagde Lars Holm.', [{ kind: 'direct', text: 'Det bliver en hård vinter,', cue: 'sagde', speaker: 'Lars Holm' }]],
  ['speech-dash paragraph', '- Vi har ikke råd til flere lukninger, siger Birgitte Lund.', [{ kind: 'direct', text: 'Vi har ikke råd til flere lukninger,', cue: 'siger', speaker: 'Birgitte Lund' }]],
  ['interrupted quote: two quotes, one speaker', '"Vi ønsker en aftale," sagde Jens Bruun, "men ikke for enhver pris."', [
    { kind: 'direct', text: 'Vi ønsker en aftale,', cue: 'sagde', speaker: 'Jens Bruun' },
    { kind: 'direct', text: 'men ikke for enhver pris.', cue: 'sagde', speaker: 'Jens Bruun' },
  ]],
  ['colon before the quote', 'Formanden Ole Vestergaard siger: "Det her er kun begyndelsen."', [{ kind: 'direct', text: 'Det her er kun begyndelsen.', cue: 'siger', speaker: 'Ole Vestergaard' }]],
  ['indirect at-clause, subject first', 'Hanne Brix mener, at kommunen bør bygge flere boliger.', [{ kind: 'indirect', text: 'kommunen bør bygge flere boliger', cue: 'mener', speaker: 'Hanne Brix' }]],
  ['indirect at-clause, perfect tense', 'Peter Holm har tidligere sagt, at han vil stille op igen.', [{ kind: 'indirect', text: 'han vil stille op igen', cue: 'sagt', speaker: 'Peter Holm' }]],
  ['ifølge before the clause', 'Ifølge Beredskabsstyrelsen er tre huse brændt ned.', [{ kind: 'indirect', text: 'er tre huse brændt ned', cue: 'Ifølge', speaker: 'Beredskabsstyrelsen' }]],
  ['post-posed cue without marks', 'Priserne stiger med fem procent næste år, oplyser Karin Dahl.', [{ kind: 'indirect', text: 'Priserne stiger med fem procent næste år', cue: 'oplyser', speaker: 'Karin Dahl' }]],
  ['Det oplyser X. points back', 'Skolen lukker efter sommerferien. Det oplyser Søren Mørk.', [{ kind: 'indirect', text: 'Skolen lukker efter sommerferien', cue: 'oplyser', speaker: 'Søren Mørk' }]],
  ['mixed: quoted fragment inside indirect speech', 'Anna Krog siger, at planen er "et skridt i den rigtige retning".', [{ kind: 'mixed', text: 'planen er "et skridt i den rigtige retning"', cue: 'siger', speaker: 'Anna Krog' }]],
  ['scare quotes are not quotes', 'Byens nye "kulturhus" er endnu ikke åbnet.', []],
  ['a title in quotes is not a quote', 'Hun har læst "Kongens Fald" tre gange.', []],
];

describe('findQuotes: one row per phenomenon', () => {
  for (const [name, text, expected] of rows) {
    it(name, () => {
      const { quotes } = findQuotes(text);
      expect(quotes.map((q) => ({ kind: q.kind, text: q.text, cue: q.cue?.text ?? null, speaker: q.speaker?.name ?? null }))).toEqual(expected);
    });
  }
});

describe('speakers: coreference across an article', () => {
  it('surname, role noun and pronoun resolve to the full name', () => {
    const text = [
      'Borgmester Tove Lindberg vil lukke to skoler.',
      '"Vi har ikke andre muligheder," siger Tove Lindberg.',
      'Lindberg håber, at forældrene vil forstå det.',
      'Borgmesteren siger, at beslutningen er endelig.',
      '"Det er en trist dag," siger hun.',
    ].join('\n\n');
    const { quotes, speakers } = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tove Lindberg', 'Tove Lindberg', 'Tove Lindberg', 'Tove Lindberg']);
    expect(quotes.map((q) => q.speaker?.resolution)).toEqual(['name', 'alias', 'role', 'pronoun']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.roles).toContain('borgmester');
  });

  it('a paragraph that is all quote continues the previous speaker', () => {
    const text = '"Vi starter i marts," siger Jonas Friis.\n\n"Og så håber vi på godt vejr hele foråret."';
    const { quotes } = findQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.cue).toBeNull();
    expect(quotes[1]!.speaker?.name).toBe('Jonas Friis');
    expect(quotes[1]!.speaker?.resolution).toBe('continuation');
  });

  it('han skips a woman named nearer', () => {
    const text = 'Karsten Bech mødte i går Lise Holm.\n\n"Det var et godt møde," siger han.';
    expect(findQuotes(text).quotes[0]!.speaker?.name).toBe('Karsten Bech');
  });
});
