/**
 * Hand-made documents for the view tests: offsets are computed from the text here, so the
 * documents are valid whatever the extractor currently finds.
 */
import { CitatDocument, SCHEMA_VERSION, type Quote, type Speaker } from 'citat/schema';

/** A span of `text` found by searching for `needle` (from `from` on). */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** Paragraphs of a text separated by blank lines. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

interface QuoteSpec {
  kind: Quote['kind'];
  quote: string;
  cue?: string;
  speaker?: { id: string; name: string; mention?: string; resolution: NonNullable<Quote['speaker']>['resolution'] };
}

/**
 * Builds a valid document over `text`.
 * @param text the article
 * @param speakers the speakers (mentions are looked up in the text by their strings)
 * @param quotes quotes, looked up in order (each search starts where the previous quote began)
 * @param extra language and warnings
 */
export function makeDoc(
  text: string,
  speakers: { id: string; name: string; kind?: Speaker['kind']; roles?: string[]; mentions?: string[] }[],
  quotes: QuoteSpec[],
  extra: { id?: string; language?: string; warnings?: string[] } = {},
): CitatDocument {
  let cursor = 0;
  const qs: Quote[] = quotes.map((spec, i) => {
    const span = spanOf(text, spec.quote, cursor);
    cursor = span.start;
    const cue = spec.cue === undefined ? null : spanOf(text, spec.cue, Math.max(0, span.start - 60));
    const sp = spec.speaker;
    return {
      id: `q${i + 1}`,
      kind: spec.kind,
      ...span,
      cue,
      speaker: sp
        ? {
            id: sp.id,
            name: sp.name,
            mention: sp.mention === undefined ? null : spanOf(text, sp.mention, Math.max(0, span.start - 80)),
            resolution: sp.resolution,
          }
        : null,
      sentences: [],
      confidence: 0.8,
    };
  });
  const code = extra.language ?? 'da';
  return CitatDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id: extra.id ?? 'test',
    language: { code, confidence: 0.9, scores: { [code]: 1 } },
    paragraphs: paragraphsOf(text),
    sentences: [],
    speakers: speakers.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind ?? 'person',
      roles: s.roles ?? [],
      mentions: (s.mentions ?? []).map((m) => spanOf(text, m)),
    })),
    quotes: qs,
    warnings: extra.warnings ?? [],
  });
}

/** Two speakers, a direct, an indirect and a mixed quote (invented Danish text). */
export const TWO_SPEAKERS_TEXT =
  '"Vi bygger broen færdig i år," siger borgmester Lise Holm.\n\n' +
  'Oppositionens leder, Karsten Brun, mener, at planen er urealistisk.\n\n' +
  'Ifølge Lise Holm er broen "det vigtigste projekt i kommunen" lige nu.';

/** The document of {@link TWO_SPEAKERS_TEXT}. */
export function twoSpeakersDoc(): CitatDocument {
  const t = TWO_SPEAKERS_TEXT;
  return makeDoc(
    t,
    [
      { id: 's1', name: 'Lise Holm', roles: ['borgmester'], mentions: ['Lise Holm'] },
      { id: 's2', name: 'Karsten Brun', roles: ['oppositionens leder'], mentions: ['Karsten Brun'] },
    ],
    [
      {
        kind: 'direct',
        quote: 'Vi bygger broen færdig i år,',
        cue: 'siger',
        speaker: { id: 's1', name: 'Lise Holm', mention: 'Lise Holm', resolution: 'name' },
      },
      {
        kind: 'indirect',
        quote: 'planen er urealistisk',
        cue: 'mener',
        speaker: { id: 's2', name: 'Karsten Brun', mention: 'Karsten Brun', resolution: 'name' },
      },
      {
        kind: 'mixed',
        quote: 'broen "det vigtigste projekt i kommunen" lige nu',
        cue: 'Ifølge',
        speaker: { id: 's1', name: 'Lise Holm', mention: 'Lise Holm', resolution: 'alias' },
      },
    ],
    { id: 'bro' },
  );
}

/** Article text written to try to break out of the page. */
export const HOSTILE_TEXT =
  'Redaktionen skrev <script>window.__pwned = 1</script> i artiklen.\n\n' +
  '"Vi lukker "><img src=x onerror="window.__pwned=2"> ned," siger direktør Ole <b>Fed</b> Hansen.\n\n' +
  "Hun siger, at &amp; og ' og </p></article><script>window.__pwned=3</script> er tegn.";

/** A document over {@link HOSTILE_TEXT} whose own fields are hostile too. */
export function hostileDoc(): CitatDocument {
  const t = HOSTILE_TEXT;
  const name = 'Ole <b>Fed</b> Hansen';
  return makeDoc(
    t,
    [{ id: 's"><img src=x onerror="window.__pwned=4">', name, roles: ['<script>window.__pwned=5</script>'], mentions: [name] }],
    [
      {
        kind: 'direct',
        quote: 'Vi lukker "><img src=x onerror="window.__pwned=2"> ned,',
        cue: 'siger',
        speaker: { id: 's"><img src=x onerror="window.__pwned=4">', name, mention: name, resolution: 'name' },
      },
      {
        kind: 'indirect',
        quote: "&amp; og ' og </p></article><script>window.__pwned=3</script> er tegn",
        cue: 'siger',
        speaker: { id: 's"><img src=x onerror="window.__pwned=4">', name, resolution: 'pronoun', mention: 'Hun' },
      },
    ],
    { id: '</title><script>window.__pwned=6</script>', warnings: ['<img src=x onerror="window.__pwned=7">'] },
  );
}
