import { describe, expect, it } from 'vitest';
import { CitatError, createPipeline, DEFAULT_STAGES, defineStage, extract } from 'citat';
import { CitatDocument } from 'citat/schema';

describe('pipeline runner', () => {
  it('refuses a stage order whose requirements are not met, naming the stage and layer', () => {
    const needsQuotes = defineStage({ name: 'needs-quotes', requires: ['quotes'], provides: [], run: () => ({}) });
    expect(() => createPipeline({ stages: [needsQuotes] })).toThrowError(/stage "needs-quotes" requires layer "quotes"/);
  });

  it('names the stage and document when a stage throws', () => {
    const boom = defineStage({
      name: 'boom',
      requires: [],
      provides: [],
      run() {
        throw new Error('kaput');
      },
    });
    const p = createPipeline({ stages: [...DEFAULT_STAGES, boom] });
    try {
      p.run('Noget tekst her.', { id: 'artikel-7' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CitatError);
      expect((e as CitatError).code).toBe('STAGE_FAILED');
      expect((e as CitatError).message).toMatch(/stage "boom" failed on document "artikel-7": kaput/);
    }
  });

  it('returns a document that validates against the schema', () => {
    const doc = extract('"Vi er klar til at gå i gang," siger formanden Mette Hansen.\n\nHun tilføjer, at det bliver svært.', { id: 'x' });
    expect(CitatDocument.parse(doc)).toEqual(doc);
    expect(doc.id).toBe('x');
  });
});
