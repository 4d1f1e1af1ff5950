/**
 * The Danish words the page uses for kinds, resolutions and languages, in one place so the page,
 * its legend and its tests agree.
 * @module
 */
import type { QuoteKind, Resolution, SpeakerKind } from '../schema/index.js';

/** Name of each quote kind, as a heading ("Direkte citat"). */
export const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'Direkte citat',
  indirect: 'Indirekte citat',
  mixed: 'Blandet citat',
};

/** What the style of each quote kind looks like, for the legend. */
export const KIND_HINT: Record<QuoteKind, string> = {
  direct: 'farvet baggrund',
  indirect: 'stiplet understregning',
  mixed: 'prikket ramme',
};

/** Plural adjective for the header counts ("3 direkte"). */
export const KIND_COUNT: Record<QuoteKind, string> = {
  direct: 'direkte',
  indirect: 'indirekte',
  mixed: 'blandede',
};

/** Kind of quote in one word, for the quote list. */
export const KIND_SHORT: Record<QuoteKind, string> = {
  direct: 'direkte',
  indirect: 'indirekte',
  mixed: 'blandet',
};

/** How a quote's speaker was found, in a word or two, for the quote list. */
export const RESOLUTION_SHORT: Record<Resolution, string> = {
  name: 'navn',
  alias: 'kort navn',
  role: 'rolle',
  pronoun: 'stedord',
  description: 'beskrivelse',
  continuation: 'fortsættelse',
};

/** How a quote's speaker was found, explained for a reader checking the attribution. */
export const RESOLUTION_LABEL: Record<Resolution, string> = {
  name: 'navn: kilden er nævnt ved navn',
  alias: 'kort navn: efternavn eller kort form ført tilbage til det fulde navn',
  role: 'rolle: titel eller rolle ført tilbage til personen',
  pronoun: 'stedord: han/hun/de ført tilbage til seneste passende kilde',
  description: 'beskrivelse: unavngiven kilde beskrevet i teksten',
  continuation: 'fortsættelse: ingen omtale, samme kilde som forrige citat',
};

/** Kinds of source. */
export const SPEAKER_KIND_LABEL: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organisation',
  group: 'gruppe',
  unknown: 'ukendt type',
};

/** Languages citat scores (ISO 639-1), in Danish. */
export const LANGUAGE_NAME: Record<string, string> = {
  da: 'dansk',
  nb: 'norsk (bokmål)',
  nn: 'norsk (nynorsk)',
  no: 'norsk',
  sv: 'svensk',
  en: 'engelsk',
  de: 'tysk',
  und: 'ukendt sprog',
};

/**
 * The Danish name of a language code, or the code itself when unknown.
 * @param code ISO 639-1 code or `und`
 */
export function languageName(code: string): string {
  return LANGUAGE_NAME[code] ?? code;
}
