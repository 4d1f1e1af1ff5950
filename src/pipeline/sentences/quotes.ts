/**
 * Quotation state for the splitter: whether the text at the current point is inside a quotation.
 * Danish news uses `"…"`, `»…«`, `„…“` and `”…”`; straight and typographic double quotes close
 * what they opened, so they toggle. The state decides two things: a lone `"` between spaces after
 * final punctuation closes the quotation (`… slut. " Næste …`, a tokenised export's habit), and
 * an ellipsis inside a quotation marks a pause, not the end of a sentence.
 * @module
 */

/**
 * The quotation state after the mark `c`, given the state before it.
 * @param c a character code
 * @param inQuote whether a quotation was open before it
 */
export function quoteStateAfter(c: number, inQuote: boolean): boolean {
  switch (c) {
    case 34: // "
    case 0x201d: // ”
    case 0x201c: // “
      return !inQuote;
    case 0xbb: // »
    case 0x201e: // „
      return true;
    case 0xab: // «
      return false;
    default:
      return inQuote;
  }
}

/** Whether `c` is a quotation mark the state machine above looks at. */
export function isQuoteMark(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x201c || c === 0xbb || c === 0x201e || c === 0xab;
}

/** Whether `c` is a mark that closes as well as opens (`"`, `”`), so its role depends on the state. */
export function isSymmetricQuote(c: number): boolean {
  return c === 34 || c === 0x201d;
}
