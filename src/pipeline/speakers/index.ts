/**
 * Speakers stage: resolves each quote's source mention to one entity per source.
 * (First version: exact name match.)
 * @module
 */
import type { Speaker } from '../../schema/index.js';
import type { ResolvedSpeaker } from '../layers.js';
import { defineStage } from '../stage.js';

/** The pipeline stage. */
export const speakersStage = defineStage({
  name: 'speakers',
  requires: ['quotes', 'mentions'],
  provides: ['speakers'],
  danishOnly: true,
  run(doc) {
    const speakers: Speaker[] = [];
    const byName = new Map<string, Speaker>();
    let previous: ResolvedSpeaker | null = null;
    doc.attributions = (doc.quotes ?? []).map((q) => {
      if (!q.source) return q.continuation ? previous : null;
      const text = doc.text.slice(q.source.start, q.source.end);
      let s = byName.get(text);
      if (!s) {
        s = { id: `s${speakers.length + 1}`, name: text, kind: 'person', roles: [], mentions: [] };
        speakers.push(s);
        byName.set(text, s);
      }
      s.mentions.push({ ...q.source, text });
      previous = { speakerId: s.id, mention: q.source, resolution: 'name' };
      return previous;
    });
    doc.speakers = speakers;
  },
});
