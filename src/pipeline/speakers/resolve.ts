/**
 * Resolves a cued quote's source phrase to an entity: names (several together as a group),
 * pronouns, role nouns, and descriptions of sources.
 * @module
 */
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/clause-words.js';
import { roleLemma } from '../../lexicon/roles.js';
import type { FoundQuote, Mention, Range } from '../layers.js';
import { antecedent, groupsOf } from './antecedent.js';
import type { Resolution, SourceContext } from './context.js';
import { findByName, type Entity, type Placed } from './entities.js';
import { roleMatches } from './roles.js';
import { firstPlacedFrom } from './search.js';

/**
 * The speaker of a quote with a source phrase: a name in the phrase, else a pronoun's
 * antecedent, else the holder of a role, else the description itself as a new source.
 * @param sc the document's sources
 * @param q a quote with a source
 */
export function resolveSource(sc: SourceContext, q: FoundQuote): Resolution | null {
  const { text } = sc;
  const src = q.source!;
  const srcText = text.slice(src.start, src.end);
  const lower = srcText.toLowerCase();
  // names joined by `&` are one firm's name (`Holm & Søn`), not several sources
  if (/^\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s+&\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(srcText)) return byDescription(sc, src, undefined, undefined);
  const named = namesInPhrase(sc, src);
  const group = groupOfNames(sc, src, named);
  if (group) return group;
  const lastNamed = named[named.length - 1];
  if (lastNamed) return byName(sc, lastNamed, src);
  // a subject pronoun, or one in the object form after a preposition (`ifølge ham`)
  const pron = SUBJECT_PRONOUNS.get(lower) ?? OBJECT_PRONOUNS.get(lower);
  if (pron) return byPronoun(sc, q, lower, pron);
  // a role noun: the most recent entity holding that role, else a described source
  const words = lower.split(/\s+/);
  const roleWord = [...words].reverse().find((w) => roleLemma(w) !== undefined);
  const lemma = roleWord ? roleLemma(roleWord) : undefined;
  const definite = words.length === 1 || /^(?:den|det|de)$/.test(words[0]!) === false;
  if (lemma && definite && words.length <= 2) {
    const holder = byRole(sc, src, lemma);
    if (holder) return holder;
  }
  return byDescription(sc, src, lemma, roleWord);
}

/**
 * The names inside a source phrase that speak: a name that only qualifies a described source —
 * inside a prepositional phrase (`en svensk forsker i Genève`) or as a genitive
 * (`Skattestyrelsens eksperter`) — does not.
 */
function namesInPhrase(sc: SourceContext, src: Range): Placed[] {
  const { text, placed } = sc;
  const named: Placed[] = [];
  for (let i = firstPlacedFrom(placed, src.start); i < placed.length && placed[i]!.mention.start < src.end; i++) {
    const p = placed[i]!;
    // (a name that begins in the phrase and runs on past it is the whole name: `Ursula von der Leyen`)
    if (!qualifiesOnly(text, src, p.mention)) named.push(p);
  }
  return named;
}

/** Whether a name in a source phrase only qualifies its head: after a preposition, or a genitive before a noun. */
function qualifiesOnly(text: string, src: Range, m: Mention): boolean {
  const before = text.slice(src.start, m.start).toLowerCase();
  // (an apposition after a comma names the source itself: `formanden for X, Ida Berg`)
  // a person's full name after a role and its body is the role's holder, in apposition
  // (`formand for 3F Vejle Henning Bak`, `direktør i Region Nord Ida Holm`); a name right after
  // the preposition is whom the role serves (`talsmand for Ida Holm`)
  const apposition =
    m.kind === 'person' &&
    /\s/.test(m.name ?? m.text) &&
    /(?:^|\s)(?:i|fra|på|hos|ved|for|af|under|med)\s+[\p{Lu}\d]\S*\s+(?:\S+\s+){0,2}$/u.test(text.slice(src.start, m.start));
  if (!apposition && /(?:^|\s)(?:i|fra|på|hos|ved|for|af|under|med)\s+(?:[^\s,]+\s+){0,3}$/.test(before)) return true;
  const after = text.slice(m.end, src.end);
  return /s$/.test(m.text) && /^\s+\p{Ll}/u.test(after);
}

/**
 * The group entity of this name: the one made first, else a new one (added to the entities and
 * their index) whose mentions start as given.
 */
function groupNamed(sc: SourceContext, name: string, mentions: Range[]): Entity {
  const existing = groupsOf(sc.entities, sc.plural).byName.get(name);
  if (existing) return existing;
  const e: Entity = {
    key: sc.entities.length,
    kind: 'group',
    name,
    names: new Set([name.toLowerCase()]),
    roles: [],
    roleLemmas: new Set(),
    gender: undefined,
    mentions,
    named: true,
  };
  sc.entities.push(e);
  sc.index.add(e);
  return e;
}

/** Several sources named together (`A. Holm, B. Krog og C. Dahl`) speak as a group. */
function groupOfNames(sc: SourceContext, src: Range, named: readonly Placed[]): Resolution | null {
  const { text } = sc;
  const firstNamed = named[0];
  const lastNamed = named[named.length - 1];
  if (!firstNamed || !lastNamed || new Set(named.map((n) => n.entity)).size <= 1) return null;
  if (!/^(?:\s*,\s*|\s+og\s+)/.test(text.slice(named[named.length - 2]!.mention.end, lastNamed.mention.start))) return null;
  const name = text.slice(firstNamed.mention.start, lastNamed.mention.end);
  const e = groupNamed(sc, name, [src]);
  return { entity: e, mention: src, how: 'name' };
}

/**
 * The last name in the phrase speaks (roles said in the phrase itself: `kontorchef Eva Lund`).
 * A name in the genitive closing its sentence (`Ordene er Eva Holms.`) is the name without its
 * `-s`: the person named so elsewhere, or this entity renamed.
 */
function byName(sc: SourceContext, lastNamed: Placed, src: Range): Resolution {
  const m = lastNamed.mention;
  const name = m.name ?? m.text;
  const gen = /(?:'s|’s|s)$/.exec(name);
  // (only after a copula: a name that ends in -s is a name, `siger Eva Harris.`)
  const predicative = /(?:^|\s)(?:er|var)\s+$/.test(sc.text.slice(Math.max(0, src.start - 5), src.start));
  if (gen && predicative && m.end === src.end && /^[.!?]/.test(sc.text.slice(src.end, src.end + 1)) && /\s/.test(name)) {
    const base = name.slice(0, -gen[0].length);
    const other = findByName(sc.index, base, 'person');
    if (other && other !== lastNamed.entity) return { entity: other, mention: src, how: 'name' };
    if (lastNamed.entity.name === name) {
      lastNamed.entity.name = base;
      sc.index.addName(lastNamed.entity, base.toLowerCase());
    }
  }
  const e = lastNamed.entity;
  if (e.kind === 'unknown') e.kind = 'person'; // a bare name that speaks is a person (or a body)
  const how = e.name.toLowerCase() === (lastNamed.mention.name ?? '').toLowerCase() ? 'name' : 'alias';
  return { entity: e, mention: src, how };
}

/** A subject pronoun: its antecedent (third person only; `man` and `det` speak for no one). */
function byPronoun(sc: SourceContext, q: FoundQuote, lower: string, pron: { person: number; plural: boolean; gender?: 'm' | 'f' }): Resolution | null {
  const { placed } = sc;
  const src = q.source!;
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
  // `A og B …. De mener, at …`: two people named together just before speak as one group
  const pair = pron.plural ? coordinatedPair(sc, src.start) : undefined;
  if (pair) return { entity: pair, mention: src, how: 'pronoun' };
  // the quote's own words do not name its speaker
  const e = antecedent(sc, src.start, q, pron.plural, pron.gender);
  return e ? { entity: e, mention: src, how: 'pronoun' } : null;
}

/**
 * Named people joined by `og` (`A og B`, `A, B og C`; a role may stand before the last: `A og
 * formand for X B`) in the
 * pronoun's sentence or the two before it, outside quotes: the group a `de` refers to, made
 * once per pair. The nearest such pair counts.
 */
function coordinatedPair(sc: SourceContext, pos: number): Entity | undefined {
  const { text, placed, cands } = sc;
  const here = sc.sentenceOf(pos);
  const outside = new Set(cands.map((c) => c.pos));
  for (let i = firstPlacedFrom(placed, pos) - 1; i >= 1; i--) {
    const b = placed[i]!;
    const a = placed[i - 1]!;
    const sentence = sc.sentenceOf(b.mention.start);
    if (here - sentence > 2) break;
    if (sc.sentenceOf(a.mention.start) !== sentence || a.entity === b.entity) continue;
    if (!a.entity.named || !b.entity.named || a.entity.kind !== 'person' || b.entity.kind !== 'person') continue;
    if (!outside.has(a.mention.start) || !outside.has(b.mention.start)) continue;
    if (!/^\s+og\s+[^.,;:!?"»«”]{0,40}$/u.test(text.slice(a.mention.end, b.mention.start))) continue;
    // a list before the pair belongs to the group (`A, B og C`)
    const members = [a.entity, b.entity];
    for (let k = i - 2; k >= 0; k--) {
      const c = placed[k]!;
      const next = placed[k + 1]!;
      if (!c.entity.named || c.entity.kind !== 'person' || !outside.has(c.mention.start) || !/^\s*,\s*$/.test(text.slice(c.mention.end, next.mention.start)))
        break;
      members.unshift(c.entity);
    }
    const name = `${members
      .slice(0, -1)
      .map((m) => m.name)
      .join(', ')} og ${b.entity.name}`;
    return groupNamed(sc, name, []);
  }
  return undefined;
}

/**
 * A role noun (`ministeren`): the most recent entity holding that role; with no holder yet, one
 * named just after (`Trafikchefen erkender … siger trafikchef Hans Holm`).
 */
function byRole(sc: SourceContext, src: Range, lemma: string): Resolution | null {
  const { placed } = sc;
  const holder = sc.holders.lastBefore(lemma, firstPlacedFrom(placed, src.start));
  if (holder >= 0) return { entity: placed[holder]!.entity, mention: src, how: 'role' };
  const here = sc.sentenceOf(src.start);
  for (let i = firstPlacedFrom(placed, src.end + 1); i < placed.length; i++) {
    const p = placed[i]!;
    if (sc.sentenceOf(p.mention.start) - here > 3) break;
    if (roleMatches(p.entity.roleLemmas, lemma)) return { entity: p.entity, mention: src, how: 'role' };
  }
  return null;
}

/**
 * An organisation noun (`politiet`, `selskabet`) or a description (`en højtstående diplomat`):
 * the entity already described so, else a new one.
 */
function byDescription(sc: SourceContext, src: Range, lemma: string | undefined, roleWord: string | undefined): Resolution {
  const { text, mentions, entities, index } = sc;
  const srcText = text.slice(src.start, src.end);
  const lower = srcText.toLowerCase();
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
