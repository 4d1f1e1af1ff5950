/**
 * The working document that stages read and extend, layer by layer. Only the runner turns it into
 * the public {@link CitatDocument}; stages never import each other, they meet here.
 * @module
 */
import type { Token } from '../nlp/tokens.js';
import type { Language, Paragraph, Sentence, Speaker, QuoteKind, Resolution } from '../schema/index.js';

/** Names of the layers a stage can require or provide. */
export type Layer = 'text' | 'language' | 'paragraphs' | 'quoteMarks' | 'tokens' | 'sentences' | 'mentions' | 'quotes' | 'speakers';

/** A half-open range of the input. */
export interface Range {
  start: number;
  end: number;
}

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
  /** For persons: the name alone, without roles (`John Nicholson`). */
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

/** The document while it passes through the stages. */
export interface WorkingDocument {
  readonly id: string;
  readonly text: string;
  readonly options: RunOptions;
  warnings: string[];
  language?: Language;
  paragraphs?: Paragraph[];
  quotedSpans?: QuotedSpan[];
  tokens?: Token[];
  sentences?: Sentence[];
  mentions?: Mention[];
  quotes?: FoundQuote[];
  speakers?: Speaker[];
  /** One entry per quote, same order, or null where no speaker was found. */
  attributions?: (ResolvedSpeaker | null)[];
}
