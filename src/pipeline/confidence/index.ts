/**
 * Confidence stage: each quote's confidence becomes the probability that the quote and its
 * speaker are both right, as the fitted model ({@link CONFIDENCE_MODEL}) gives it from what the
 * earlier stages found. The quotes stage's own figure (how sure the finder is of the quote) is
 * one of its inputs.
 * @module
 */
import { defineStage } from '../stage.js';
import { confidenceFeatures } from './features.js';
import { CONFIDENCE_MODEL, probability } from './model.js';

export { confidenceFeatures, FEATURE_NAMES, type ConfidenceInput, type FeatureVector } from './features.js';
export { CONFIDENCE_MODEL, probability, checkModel, type ConfidenceModel } from './model.js';

/** The pipeline stage. */
export const confidenceStage = defineStage({
  name: 'confidence',
  requires: ['quotes', 'sentences', 'speakers', 'attributions'],
  provides: ['confidences'],
  run(doc) {
    return { confidences: confidenceFeatures(doc).map((x) => probability(CONFIDENCE_MODEL, x)) };
  },
});
