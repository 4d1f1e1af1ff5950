/**
 * The confidence model: logistic regression over {@link FEATURE_NAMES}, its weights fitted by
 * `scripts/fit-confidence.ts` on the two quotes dev sets and shipped as data (model.json).
 * @module
 */
import fitted from './model.json' with { type: 'json' };
import { FEATURE_NAMES, type FeatureVector } from './features.js';

/** A fitted model: one weight per feature name, and what the fit measured. */
export interface ConfidenceModel {
  /** Feature names, in the order of `weights`; must equal {@link FEATURE_NAMES}. */
  features: readonly string[];
  weights: readonly number[];
  /** What the fitting script reports about the fit (data, folds, errors); not read here. */
  fit?: unknown;
}

/**
 * Checks that a model's features are the ones this version computes.
 * @param model a model read from data
 * @throws {Error} when the features differ (the model needs refitting)
 */
export function checkModel(model: ConfidenceModel): ConfidenceModel {
  if (
    model.features.length !== FEATURE_NAMES.length ||
    model.features.some((f, i) => f !== FEATURE_NAMES[i]) ||
    model.weights.length !== FEATURE_NAMES.length
  ) {
    throw new Error('the confidence model does not match the features (run scripts/fit-confidence.ts)');
  }
  return model;
}

/** The shipped model. */
export const CONFIDENCE_MODEL: ConfidenceModel = checkModel(fitted as ConfidenceModel);

/**
 * The probability the model gives a feature vector.
 * @param model weights
 * @param x a feature vector
 */
export function probability(model: Pick<ConfidenceModel, 'weights'>, x: FeatureVector): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
