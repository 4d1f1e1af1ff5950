/**
 * The one place that decides whether the Danish rules run: text detected as another language gets
 * a warning and no mentions, quotes or speakers (unless `force`). The runner knows nothing of
 * languages; the default pipeline puts {@link danishGate} after the language stage and wraps the
 * Danish stages in {@link danishOnly}.
 * @module
 */
import type { Layer, Layers, StageOutput } from './layers.js';
import { defineStage, type Stage } from './stage.js';

/**
 * The gate: reads the document's language and the `force` option, provides `danish`, and warns
 * when the Danish stages will not run. Undetermined text (`und`: too short to tell) runs them.
 */
export const danishGate = defineStage({
  name: 'danish',
  requires: ['language'],
  provides: ['danish'],
  run(doc) {
    const { code, confidence } = doc.language;
    if (doc.options.force || code === 'da' || code === 'und') return { danish: true };
    doc.warnings.push(
      `not Danish: language detected as "${code}" (confidence ${confidence.toFixed(2)}); no quotes extracted (use --force / { force: true } to run the Danish rules anyway)`,
    );
    return { danish: false };
  },
});

/** The layers whose value is a list, which a skipped stage provides empty. */
type ListLayer = { [K in Layer]: Layers[K] extends unknown[] ? K : never }[Layer];

/**
 * A Danish stage that runs only when the gate says so, and otherwise provides its layers empty.
 * @param stage a stage that applies Danish rules and provides only list layers
 * @returns a stage of the same name that also requires `danish`
 */
export function danishOnly<R extends Layer, P extends ListLayer>(stage: Stage<R, P>): Stage<R | 'danish', P> {
  const skipped = (): StageOutput<P> => Object.fromEntries(stage.provides.map((layer) => [layer, []])) as unknown as StageOutput<P>;
  return {
    name: stage.name,
    requires: [...stage.requires, 'danish'],
    provides: stage.provides,
    run: (doc) => (doc.danish ? stage.run(doc) : skipped()),
  };
}
