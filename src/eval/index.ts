/**
 * Scoring quotes against gold annotations (ANNOTATION.md): loading, span resolution, the scorer,
 * the naive-regex anchor, the text report and the style rewriting used for robustness runs.
 * @module
 */
export * from './gold.js';
export * from './score.js';
export * from './baseline.js';
export * from './load.js';
export * from './format.js';
export * from './run.js';
export * from './restyle.js';
export * from './calibration.js';
