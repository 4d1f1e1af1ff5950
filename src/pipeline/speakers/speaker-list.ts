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
  const attributions = resolved.map((r) => {
    if (!r) return null;
    let id = idOf.get(r.entity);
    if (!id) {
      id = `s${speakers.length + 1}`;
      idOf.set(r.entity, id);
      speakers.push({ id, name: r.entity.name, kind: r.entity.kind, roles: [], mentions: [] });
    }
    if (r.mention && !r.entity.mentions.some((m) => m.start === r.mention!.start && m.end === r.mention!.end)) r.entity.mentions.push(r.mention);
    return { speakerId: id, mention: r.mention, resolution: r.how };
  });
  for (const s of speakers) {
    const e = [...idOf].find(([, id]) => id === s.id)![0];
    s.roles = [...e.roles];
    s.mentions = e.mentions
      .slice()
      .sort((a, b) => a.start - b.start)
      .filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start)
      .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  }
  return { speakers, attributions };
}
