/**
 * The one name for offsets without text. A `Range` is a half-open stretch of the input,
 * `[start, end)` in UTF-16 code units; a `Span` (src/schema) is the output's range with its text.
 * @module
 */

/** A half-open range of the input, `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}
