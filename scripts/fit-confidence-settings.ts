/**
 * The settings of the confidence fit, shared by scripts/fit-confidence.ts and
 * scripts/eval-quotes.ts so that the evaluation cross-validates exactly what is shipped.
 * @module
 */

/** The L2 penalty on the weights (not the bias). */
export const L2 = 1;
/** Folds of the cross-validation (by document). */
export const FOLDS = 5;
