/**
 * The working document that stages read and extend, layer by layer. Only the runner turns it into
 * the public {@link CitatDocument}; stages never import each other, they meet here.
 * @module
 */
import type { Range } from '../nlp/range.js';
import type { Token } from '../nlp/tokens.js';
import type { Language, Paragraph, Sentence, Speaker, QuoteKind, Resolution } from '../schema/index.js';

export type { Range } from '../nlp/range.js';

/** A pair of quotation marks (or an opening mark whose quote runs to the paragraph's end). */
export interface QuotedSpan {
  /** Offset of the opening mark (or of the speech dash); null when the quote runs from the paragraph's start (its opening mark is in an earlier paragraph or missing). */
  open: number | null;
  /** Offset of the closing mark, or null when the quote runs to the end of its paragraph. */
  close: number | null;
  /** Content start (after the mark and any white space). */
  start: number;
  /** Content end (before the closing mark). */
  end: number;
  /** Index of the paragraph. */
  paragraph: number;
  /** `dash` for a paragraph opening with a speech dash. */
  style: 'marks' | 'dash';
}

/** What a mention refers to, as far as the mentions stage can tell (`name`: a proper name that may be a person, a place or a body). */
export type MentionKind = 'person' | 'organization' | 'group' | 'role' | 'pronoun' | 'name';

/** A mention of a possible source. */
export interface Mention extends Range {
  text: string;
  kind: MentionKind;
  /** For persons: the name alone, without roles (`Erik Lund`). */
  name?: string;
  /** Roles and titles attached to the mention (`general`, `afdelingschef i …`). */
  roles?: string[];
  /** m, f or undefined where unknown (persons by first name, pronouns). */
  gender?: 'm' | 'f';
  /** For role mentions: the role noun in its base (indefinite) form, to match against held roles. */
  roleLemma?: string;
  /** For pronouns: singular or plural. */
  plural?: boolean;
}

/** The kind of a name, as CoNLL's PER, ORG, LOC, MISC. */
export type NameType = 'person' | 'organization' | 'place' | 'other';

/** A name the names stage found, as indices into the document's tokens: [first, last], inclusive. */
export interface FoundName {
  first: number;
  last: number;
  type: NameType;
  /**
   * When the name's last word is in the genitive (`Kjærgaards`, `USA's`), the length of its
   * ending (1 or 2): it ends in a genitive ending and is not, as written, a name the word lists
   * know (`Friis`, `Mads` end in s by themselves).
   */
  genitive?: number;
}

/** A quote as the quotes stage finds it, before speakers are resolved. */
export interface FoundQuote extends Range {
  kind: QuoteKind;
  cue: Range | null;
  /** The mention (subject of the cue, or `X:` before the quote) the attribution rests on. */
  source: Range | null;
  /** True for a quote with no cue that continues the previous quote's speaker. */
  continuation: boolean;
  /** Index of the quote whose speaker this one shares (an interrupted quote, a paragraph of a multi-paragraph quote). */
  sameSpeakerAs?: number;
  confidence: number;
}

/** A quote's resolved speaker. */
export interface ResolvedSpeaker {
  speakerId: string;
  mention: Range | null;
  resolution: Resolution;
}

/** Options every stage can read. */
export interface RunOptions {
  /** Run the Danish rules even when the text is not Danish. */
  force: boolean;
}

/**
 * Every layer a stage can require or provide, with its type: the one list of layers. A stage's
 * `requires` and `provides` name keys of this interface, so a layer that is not here cannot be
 * declared, and a stage's input and output types are derived from it.
 */
export interface Layers {
  /** The document's language and each paragraph's. */
  language: Language;
  /** Whether the Danish stages run (Danish or undetermined text, or `force`). */
  danish: boolean;
  paragraphs: Paragraph[];
  /** Paired quotation marks and speech-dash paragraphs. */
  quotedSpans: QuotedSpan[];
  tokens: Token[];
  sentences: Sentence[];
  /** People, bodies, places and other names, over the tokens. */
  names: FoundName[];
  mentions: Mention[];
  quotes: FoundQuote[];
  /** One entry per quote, same order, or null where no speaker was found. */
  attributions: (ResolvedSpeaker | null)[];
  speakers: Speaker[];
  /** One per quote, same order: the probability that the quote and its speaker are right. */
  confidences: number[];
}

/** The name of a layer. */
export type Layer = keyof Layers;

/** What every stage is handed besides its layers: the input as given, its id, the options, and the warnings list it may add to. */
export interface DocumentBase {
  readonly id: string;
  readonly text: string;
  readonly options: RunOptions;
  readonly warnings: string[];
}

/** What a stage that requires the layers `R` is handed: the base and exactly those layers. */
export type StageInput<R extends Layer> = DocumentBase & { readonly [K in R]: Layers[K] };

/** What a stage that provides the layers `P` returns: exactly those layers (any other layer is a type error). */
export type StageOutput<P extends Layer> = { [K in P]: Layers[K] } & { [K in Exclude<Layer, P>]?: never };

/** The document while it passes through the stages: the base and the layers set so far. */
export type WorkingDocument = DocumentBase & Partial<Layers>;

/**
 * Every layer's name, at run time (a record over {@link Layer}, so that a layer added to
 * {@link Layers} and not here does not compile).
 */
export const LAYER_NAMES: readonly Layer[] = Object.keys({
  language: true,
  danish: true,
  paragraphs: true,
  quotedSpans: true,
  tokens: true,
  sentences: true,
  names: true,
  mentions: true,
  quotes: true,
  attributions: true,
  speakers: true,
  confidences: true,
} satisfies Record<Layer, true>) as Layer[];
