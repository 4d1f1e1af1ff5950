/**
 * Speakers stage: resolves the phrase each quote's attribution rests on to one entity per source
 * (names by surname, role nouns to their holder, pronouns to the most recent fitting source,
 * continuation quotes to the speaker before them), and lists the speakers with every mention.
 * @module
 */
import type { Speaker } from '../../schema/index.js';
import { roleLemma } from '../../lexicon/roles.js';
import { FIRST_PERSON_SINGULAR, SUBJECT_PRONOUNS } from '../../lexicon/clause-words.js';
import { wordPattern } from '../../nlp/letters.js';
import type { FoundQuote, Mention, Range, ResolvedSpeaker, StageInput, StageOutput } from '../layers.js';
import { defineStage } from '../stage.js';
import { RangeGrid } from '../../nlp/range-grid.js';
import { buildEntities, findByName, type Entity, type NameIndex, type Placed } from './entities.js';

const SINGULAR_SPEECH = wordPattern(FIRST_PERSON_SINGULAR);

/** The lemma of a role string: its first role noun (`afdelingschef i Ruslands …` → `afdelingschef`). */
function lemmaOfRole(role: string): string | undefined {
  for (const w of role.toLowerCase().split(/\s+/)) {
    const l = roleLemma(w);
    if (l) return l;
  }
  return undefined;
}

/** Head lemma for loose matching of compound roles (`afdelingschef` holds `chef`). */
function roleMatches(held: Set<string>, lemma: string): boolean {
  if (held.has(lemma)) return true;
  for (const h of held) if (h.endsWith(lemma) || lemma.endsWith(h)) return true;
  return false;
}

interface Resolution {
  entity: Entity;
  mention: Range | null;
  how: ResolvedSpeaker['resolution'];
}

/** The layers the speakers stage reads. */
type SpeakersInput = StageInput<'paragraphs' | 'quotedSpans' | 'sentences' | 'mentions' | 'quotes'>;

/**
 * Resolves the quotes' speakers of a working document.
 * @param doc a document with paragraphs, quoted spans, sentences, mentions and quotes
 * @returns the speakers, and each quote's attribution
 */
export function attributeSpeakers(doc: SpeakersInput): StageOutput<'speakers' | 'attributions'> {
  const text = doc.text;
  const mentions = doc.mentions;
  const quotes = doc.quotes;
  const { entities, placed, index } = buildEntities(mentions, lemmaOfRole);
  const resolved: (Resolution | null)[] = [];
  const sentences = doc.sentences;
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const spans = doc.quotedSpans.filter((q) => q.end - q.start > 60 || q.style === 'dash');
  const quotedSpans = new RangeGrid(spans);
  const quoted = (pos: number) => quotedSpans.overlaps(pos, pos + 1);
  const quoteRanges = new RangeGrid(quotes);
  const cands: Candidate[] = [];
  for (const p of placed) if (!quoted(p.mention.start)) cands.push({ pos: p.mention.start, sentence: sentenceOf(p.mention.start), entity: () => p.entity });
  for (const m of mentions) {
    if (m.kind !== 'role' || quoted(m.start)) continue;
    let cached: Entity | undefined | null = null;
    cands.push({ pos: m.start, sentence: sentenceOf(m.start), entity: () => (cached === null ? (cached = roleEntity(m, placed, entities, index)) : cached) });
  }
  cands.sort((x, y) => x.pos - y.pos);
  const ctx: SourceContext = { text, mentions, entities, index, placed, resolved, cands, sentenceOf };
  quotes.forEach((q) => {
    resolved.push(q.source ? resolveSource(ctx, q) : null);
  });
  // continuation quotes: the linked quote, else the previous quote nearby, else the next one
  // each quote's paragraph, found once (the loops below look it up for every pair of quotes)
  const paragraphs = doc.paragraphs;
  let pIndex = 0;
  const quoteParagraph = quotes.map((q) => {
    while (pIndex + 1 < paragraphs.length && paragraphs[pIndex]!.end < q.start) pIndex++;
    return paragraphs[pIndex] && paragraphs[pIndex]!.start <= q.start ? pIndex : -1;
  });
  for (let pass = 0; pass < 2; pass++) {
    quotes.forEach((q, i) => {
      // only quotes with no cue of their own continue a speaker; a cue without a source stays unattributed
      if (resolved[i] || q.source || !q.continuation) return;
      const linked = q.sameSpeakerAs !== undefined ? resolved[q.sameSpeakerAs] : null;
      if (linked) {
        resolved[i] = { entity: linked.entity, mention: null, how: 'continuation' };
        return;
      }
      const pi = quoteParagraph[i]!;
      // the sentence just before, when it is narration, introduces the speaker
      // (`X blev slidt op. "Jeg var …"`)
      const si = sentenceOf(q.start);
      const prev = sentences[si - 1];
      if (prev && !quoteRanges.overlaps(prev.start, prev.end)) {
        // a named person (a role noun there is as often a generic `patienten` as a source)
        // (candidates are in text order, so in sentence order too)
        let person: Candidate | undefined;
        for (let k = firstFrom(cands, si - 1, (c) => c.sentence); k < cands.length && cands[k]!.sentence === si - 1; k++) {
          const c = cands[k]!;
          if (c.entity()?.kind === 'person' && c.entity()?.named === true) {
            person = c;
            break;
          }
        }
        const e = person?.entity();
        if (e) {
          resolved[i] = { entity: e, mention: null, how: 'continuation' };
          return;
        }
      }
      // words in the first person singular are a person's, not a body's
      const singular = SINGULAR_SPEECH.test(text.slice(q.start, q.end));
      for (let j = i - 1; j >= 0; j--) {
        const pj = quoteParagraph[j]!;
        if (pj < pi - 2) break;
        let r = resolved[j];
        if (!r) continue;
        // an indirect quote inside a direct quote's paragraph (its attribution sentence reports
        // someone else) does not interrupt that direct speech
        if (quotes[j]!.kind !== 'direct') {
          for (let k = j - 1; k >= 0 && quoteParagraph[k] === pj; k--) {
            if (quotes[k]!.kind === 'direct' && resolved[k]) {
              r = resolved[k]!;
              break;
            }
          }
        }
        if (singular && (r.entity.kind === 'organization' || r.entity.kind === 'group')) break;
        resolved[i] = { entity: r.entity, mention: null, how: 'continuation' };
        return;
      }
      if (pass === 1) {
        for (let j = i + 1; j < quotes.length; j++) {
          if (quoteParagraph[j]! > pi + 2) break;
          const r = resolved[j];
          if (r) {
            resolved[i] = { entity: r.entity, mention: null, how: 'continuation' };
            return;
          }
        }
      }
    });
  }
  // the speakers: entities that are the source of some quote, in order of first quote
  const speakers: Speaker[] = [];
  const idOf = new Map<Entity, string>();
  const attributions = resolved.map((r): ResolvedSpeaker | null => {
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

interface SourceContext {
  text: string;
  mentions: readonly Mention[];
  entities: Entity[];
  index: NameIndex;
  placed: readonly Placed[];
  resolved: readonly (Resolution | null)[];
  cands: readonly Candidate[];
  sentenceOf: (pos: number) => number;
}

/** The entity a role mention stands for: the most recent holder of the role, else a described source. */
function roleEntity(m: Mention, placed: readonly Placed[], entities: Entity[], index: NameIndex): Entity {
  const lemma = m.roleLemma!;
  for (let i = firstPlacedFrom(placed, m.start) - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (roleMatches(p.entity.roleLemmas, lemma)) return p.entity;
  }
  const key = m.text.toLowerCase().replace(/^(?:en|et|den|det|de)\s+/, '');
  // the first-made unnamed entity with this name
  const existing = index
    .holding(key)
    .filter((e) => !e.named)
    .pop();
  if (existing) return existing;
  const e: Entity = { key: entities.length, kind: 'person', name: m.text, names: new Set([m.text.toLowerCase(), key]), roles: [], roleLemmas: new Set([lemma]), gender: undefined, mentions: [{ start: m.start, end: m.end }], named: false };
  entities.push(e);
  index.add(e);
  return e;
}

/** Whether a name in a source phrase only qualifies its head: after a preposition, or a genitive before a noun. */
function qualifiesOnly(text: string, src: Range, m: Mention): boolean {
  const before = text.slice(src.start, m.start).toLowerCase();
  // a person's full name after a role and its body is the role's holder, in apposition
  // (`formand for 3F Vejle Henning Bak`, `direktør i Region Nord Ida Holm`); a name right after
  // the preposition is whom the role serves (`talsmand for Ida Holm`)
  const apposition = m.kind === 'person' && /\s/.test(m.name ?? m.text) && /(?:^|\s)(?:i|fra|på|hos|ved|for|af|under|med)\s+[\p{Lu}\d]\S*\s+(?:\S+\s+){0,2}$/u.test(text.slice(src.start, m.start));
  if (!apposition && /(?:^|\s)(?:i|fra|på|hos|ved|for|af|under|med)\s+(?:\S+\s+){0,3}$/.test(before)) return true;
  const after = text.slice(m.end, src.end);
  return /s$/.test(m.text) && /^\s+\p{Ll}/u.test(after);
}

function resolveSource(sc: SourceContext, q: FoundQuote): Resolution | null {
  const { text, mentions, entities, index, placed, resolved } = sc;
  const src = q.source!;
  const srcText = text.slice(src.start, src.end);
  const lower = srcText.toLowerCase();
  // a name inside the phrase
  // a name inside the phrase speaks, unless it only qualifies a described source: inside a
  // prepositional phrase (`en dansk diplomat i Bruxelles`) or as a genitive (`Udenrigsministeriets eksperter`)
  const named: Placed[] = [];
  for (let i = firstPlacedFrom(placed, src.start); i < placed.length && placed[i]!.mention.start < src.end; i++) {
    const p = placed[i]!;
    // (a name that begins in the phrase and runs on past it is the whole name: `Ursula von der Leyen`)
    if (!qualifiesOnly(text, src, p.mention)) named.push(p);
  }
  const lastNamed = named[named.length - 1];
  // several sources named together (`B. Lau, H. Sumiyoshi og R. Lin`) speak as a group
  const firstNamed = named[0];
  if (firstNamed && lastNamed && new Set(named.map((n) => n.entity)).size > 1 && /^(?:\s*,\s*|\s+og\s+)/.test(text.slice(named[named.length - 2]!.mention.end, lastNamed.mention.start))) {
    const name = text.slice(firstNamed.mention.start, lastNamed.mention.end);
    const existing = entities.find((e) => e.kind === 'group' && e.name === name);
    const e: Entity = existing ?? { key: entities.length, kind: 'group', name, names: new Set([name.toLowerCase()]), roles: [], roleLemmas: new Set(), gender: undefined, mentions: [src], named: true };
    if (!existing) {
      entities.push(e);
      index.add(e);
    }
    return { entity: e, mention: src, how: 'name' };
  }
  if (lastNamed) {
    const e = lastNamed.entity;
    if (e.kind === 'unknown') e.kind = 'person'; // a bare name that speaks is a person (or a body)
    const how = e.name.toLowerCase() === (lastNamed.mention.name ?? '').toLowerCase() ? 'name' : 'alias';
    // roles said in the phrase itself (`kontorchef Steen Rytlig`)
    return { entity: e, mention: src, how };
  }
  const pron = SUBJECT_PRONOUNS.get(lower);
  if (pron) {
    if (pron.person !== 3 || lower === 'man' || lower === 'det') return null;
    if (lower === 'den') {
      // `den` as a subject stands for a body named just before (`Kommissionen … Den konstaterer, at`)
      const here = sc.sentenceOf(src.start);
      for (let i = firstPlacedFrom(placed, src.start) - 1; i >= 0; i--) {
        const p = placed[i]!;
        if (here - sc.sentenceOf(p.mention.start) > 2) break;
        if (p.entity.kind === 'organization') return { entity: p.entity, mention: src, how: 'pronoun' };
      }
      return null;
    }
    // the quote's own words do not name its speaker
    const e = antecedent(src.start, q, pron.plural, pron.gender, sc.cands, entities, resolved, sc.sentenceOf);
    return e ? { entity: e, mention: src, how: 'pronoun' } : null;
  }
  // a role noun: the most recent entity holding that role, else a described source
  const words = lower.split(/\s+/);
  const roleWord = [...words].reverse().find((w) => roleLemma(w) !== undefined);
  const lemma = roleWord ? roleLemma(roleWord) : undefined;
  const definite = words.length === 1 || /^(?:den|det|de)$/.test(words[0]!) === false;
  if (lemma && definite && words.length <= 2) {
    for (let i = firstPlacedFrom(placed, src.start) - 1; i >= 0; i--) {
      const p = placed[i]!;
      if (roleMatches(p.entity.roleLemmas, lemma)) return { entity: p.entity, mention: src, how: 'role' };
    }
    // no holder yet: the article may name the holder just after (`Trafikchefen erkender … siger
    // trafikchef Hans Holm`)
    const here = sc.sentenceOf(src.start);
    for (let i = firstPlacedFrom(placed, src.end + 1); i < placed.length; i++) {
      const p = placed[i]!;
      if (sc.sentenceOf(p.mention.start) - here > 3) break;
      if (roleMatches(p.entity.roleLemmas, lemma)) return { entity: p.entity, mention: src, how: 'role' };
    }
  }
  // an organisation noun (`politiet`, `selskabet`) or a description (`en højtstående diplomat`)
  const existing = findByName(index, srcText.replace(/^(?:en|et|den|det|de)\s+/i, ''), 'description');
  if (existing) return { entity: existing, mention: src, how: 'description' };
  const mention = mentions.find((m) => m.start >= src.start && m.end <= src.end && m.kind === 'organization');
  const e: Entity = {
    key: entities.length,
    kind: mention ? 'organization' : lemma ? 'person' : /(?:erne|ene)$/.test(lower) ? 'group' : 'unknown',
    name: srcText,
    names: new Set([lower, lower.replace(/^(?:en|et|den|det|de)\s+/, '')]),
    roles: lemma && roleWord ? [roleWord] : [],
    roleLemmas: new Set(lemma ? [lemma] : []),
    gender: undefined,
    mentions: [src],
    named: false,
  };
  entities.push(e);
  index.add(e);
  return { entity: e, mention: src, how: 'description' };
}

/**
 * The entity a singular pronoun refers to: in the pronoun's sentence and then sentence by sentence
 * backwards, the first fitting person (a name or a role) outside quotation marks — the subject
 * usually comes first in a Danish clause; with none before, the first person after it (an
 * article excerpt that names its speaker later).
 */
function antecedent(pos: number, skip: Range, plural: boolean, gender: 'm' | 'f' | undefined, cands: readonly Candidate[], entities: readonly Entity[], resolved: readonly (Resolution | null)[], sentenceOf: (pos: number) => number): Entity | undefined {
  if (plural) {
    for (let i = resolved.length - 1; i >= 0; i--) {
      const r = resolved[i];
      if (r && (r.entity.kind === 'group' || (r.entity.kind === 'organization' && !r.entity.named))) return r.entity;
    }
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.kind === 'group' && e.mentions.some((m) => m.start < pos)) return e;
    }
    return undefined;
  }
  const fits = (e: Entity | undefined): e is Entity => e !== undefined && e.kind === 'person' && !(gender && e.gender && e.gender !== gender);
  const ps = sentenceOf(pos);
  let best: Entity | undefined;
  let bestSentence = -1;
  for (let i = firstFrom(cands, pos, (c) => c.pos) - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.pos >= skip.start && c.pos < skip.end) continue;
    if (ps - c.sentence > 8) break;
    if (bestSentence >= 0 && c.sentence < bestSentence) break;
    const e = c.entity();
    if (!fits(e)) continue;
    best = e;
    bestSentence = c.sentence;
  }
  if (best) return best;
  // nobody before: the article may name its speaker later (an excerpt starting mid-story)
  for (const c of cands) {
    if (c.pos <= pos || c.sentence - ps > 6) continue;
    const e = c.entity();
    if (fits(e) && e.named) return e;
  }
  return undefined;
}

/** A mention a pronoun may refer to. */
interface Candidate {
  pos: number;
  sentence: number;
  entity: () => Entity | undefined;
}

/** The pipeline stage. */
export const speakersStage = defineStage({
  name: 'speakers',
  requires: ['paragraphs', 'quotedSpans', 'sentences', 'mentions', 'quotes'],
  provides: ['speakers', 'attributions'],
  run: attributeSpeakers,
});

/**
 * Index of the first item whose key is at least `pos`, in items sorted by that key (a binary
 * search: the loops over a document's mentions start there instead of at either end, which made
 * the stage's time grow with the square of a long document's length).
 */
function firstFrom<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** {@link firstFrom} over name mentions, which are in text order. */
function firstPlacedFrom(placed: readonly Placed[], pos: number): number {
  return firstFrom(placed, pos, (p) => p.mention.start);
}
