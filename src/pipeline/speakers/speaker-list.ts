/**
 * The stage's output: the speakers (entities that are the source of some quote, in order of first
 * quote, each with every mention) and each quote's attribution.
 * @module
 */
import type { Speaker } from '../../schema/index.js';
import type { ResolvedSpeaker } from '../layers.js';
import type { Resolution } from './context.js';
import type { Entity } from './entities.js';

/**
 * Numbers the speakers and lists their mentions.
 * @param text the document's text
 * @param resolved one resolution per quote (null: no speaker)
 * @returns the speakers and one attribution per quote
 */
export function listSpeakers(text: string, resolved: readonly (Resolution | null)[]): { speakers: Speaker[]; attributions: (ResolvedSpeaker | null)[] } {
  const speakers: Speaker[] = [];
  const idOf = new Map<Entity, string>();
  // each speaker's entity, in the speakers' order; and each entity's mentions as `start,end` keys,
  // made on the entity's first attribution (a pass over an entity's growing mention list for every
  // quote, and over all speakers for each, made a long document quadratic)
  const entityOf: Entity[] = [];
  const mentionKeys = new Map<Entity, Set<string>>();
  const attributions = resolved.map((r): ResolvedSpeaker | null => {
    if (!r) return null;
    let id = idOf.get(r.entity);
    if (!id) {
      id = `s${speakers.length + 1}`;
      idOf.set(r.entity, id);
      speakers.push({ id, name: r.entity.name, kind: r.entity.kind, roles: [], mentions: [] });
      entityOf.push(r.entity);
    }
    if (r.mention) {
      let keys = mentionKeys.get(r.entity);
      if (!keys) mentionKeys.set(r.entity, (keys = new Set(r.entity.mentions.map((m) => `${m.start},${m.end}`))));
      const key = `${r.mention.start},${r.mention.end}`;
      if (!keys.has(key)) {
        keys.add(key);
        r.entity.mentions.push(r.mention);
      }
    }
    return { speakerId: id, mention: r.mention, resolution: r.how };
  });
  for (const [k, s] of speakers.entries()) {
    const e = entityOf[k]!;
    s.roles = [...e.roles];
    s.mentions = e.mentions
      .slice()
      .sort((a, b) => a.start - b.start)
      .filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start)
      .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  }
  return { speakers, attributions };
}
