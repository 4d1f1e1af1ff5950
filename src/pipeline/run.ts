/**
 * The runner: checks a stage order once, when the pipeline is built, then runs documents through
 * it. It keeps the stage contract: each stage is handed exactly the layers it requires (reading
 * any other throws) and must return exactly the layers it provides. It owns failure: whatever a
 * stage throws comes out as a {@link CitatError} naming the stage and the document.
 * @module
 */
import type { CitatDocument } from '../schema/index.js';
import { CitatError, ErrorCode, isCitatError } from '../errors.js';
import { checkText, type InputLimits } from '../input.js';
import { assemble, OUTPUT_LAYERS } from './assemble.js';
import { LAYER_NAMES, type Layer, type WorkingDocument } from './layers.js';
import type { AnyStage } from './stage.js';

/** Options of {@link Pipeline.run}. */
export interface ExtractOptions extends InputLimits {
  /** Document id (default `doc`). */
  id?: string;
  /** Run the Danish rules even when the text is not Danish. */
  force?: boolean;
}

/** The option names {@link Pipeline.run} knows (anything else is refused, so a misspelt option is not silently ignored). */
const OPTION_NAMES: ReadonlySet<string> = new Set(['id', 'force', 'maxBytes']);

/** Time spent per stage, in milliseconds, summed over the documents run. */
export type StageTimings = Record<string, number>;

/** A checked sequence of stages. */
export class Pipeline {
  /** The stages, in order. */
  readonly stages: readonly AnyStage[];
  /** Time per stage, accumulated when `timings` was asked for at construction. */
  readonly timings: StageTimings | undefined;
  /** Per stage, the prototype of what it is handed: a getter that throws for every layer it did not declare. */
  readonly #views: readonly object[];

  /**
   * @param stages stages in the order they run
   * @param options `timings: true` to accumulate time per stage (for benchmarks)
   * @throws {CitatError} PIPELINE_ORDER when a stage requires a layer no earlier stage provides, or the stages together do not provide what the output needs
   */
  constructor(stages: readonly AnyStage[], options: { timings?: boolean } = {}) {
    checkOrder(stages);
    this.stages = stages;
    this.#views = stages.map(viewPrototype);
    this.timings = options.timings ? Object.fromEntries(stages.map((s) => [s.name, 0])) : undefined;
  }

  /**
   * Runs one text through every stage and returns the validated document.
   * @param text the input, exactly as given
   * @param options id, force and size limit
   * @throws {CitatError} for bad input (EMPTY_INPUT, NUL_BYTE, TOO_LARGE, NOT_TEXT), bad options (BAD_OPTION), STAGE_FAILED, INVALID_OUTPUT
   */
  run(text: string, options: ExtractOptions = {}): CitatDocument {
    checkOptions(options);
    const id = options.id ?? 'doc';
    checkText(text, id === 'doc' ? 'input' : id, options);
    const doc: WorkingDocument = { id, text, options: { force: options.force ?? false }, warnings: [] };
    for (let i = 0; i < this.stages.length; i++) {
      const stage = this.stages[i]!;
      const t0 = this.timings ? performance.now() : 0;
      const input = handOver(doc, stage, this.#views[i]!);
      let output: unknown;
      try {
        output = stage.run(input);
      } catch (error) {
        if (isCitatError(error)) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new CitatError(ErrorCode.STAGE_FAILED, `stage "${stage.name}" failed on document "${id}": ${reason}`, {
          documentId: id,
          stage: stage.name,
          cause: error,
        });
      }
      take(doc, stage, output);
      if (this.timings) this.timings[stage.name]! += performance.now() - t0;
    }
    return assemble(doc);
  }
}

/**
 * Refuses a stage order in which some stage requires a layer that no earlier stage provides, names
 * a layer that does not exist, or that leaves out a layer the output needs.
 * @param stages stages in order
 * @throws {CitatError} PIPELINE_ORDER naming the stage and the layer
 */
export function checkOrder(stages: readonly AnyStage[]): void {
  const have = new Set<Layer>();
  const names = new Set<string>();
  const known = new Set<string>(LAYER_NAMES);
  const refuse = (stage: string | undefined, message: string): never => {
    throw new CitatError(ErrorCode.PIPELINE_ORDER, message, stage === undefined ? {} : { stage });
  };
  for (const stage of stages) {
    if (names.has(stage.name)) refuse(stage.name, `pipeline has stage "${stage.name}" twice`);
    names.add(stage.name);
    for (const layer of [...stage.requires, ...stage.provides]) {
      if (!known.has(layer))
        refuse(stage.name, `stage "${stage.name}" names layer "${layer}", which does not exist (the layers are ${LAYER_NAMES.join(', ')})`);
    }
    for (const layer of stage.requires) {
      if (!have.has(layer)) refuse(stage.name, `stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`);
    }
    for (const layer of stage.provides) have.add(layer);
  }
  for (const layer of OUTPUT_LAYERS) {
    if (!have.has(layer)) refuse(undefined, `the output needs layer "${layer}", which no stage of the pipeline provides`);
  }
}

/** Refuses options that are not an object, unknown names and values of the wrong type, naming the option. */
function checkOptions(options: unknown): asserts options is ExtractOptions {
  const bad = (message: string): never => {
    throw new CitatError(ErrorCode.BAD_OPTION, message);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    bad(`expected options to be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  const o = options as Record<string, unknown>;
  for (const key in o) if (!OPTION_NAMES.has(key)) bad(`unknown option "${key}" (the options are ${[...OPTION_NAMES].join(', ')})`);
  // A non-string id would only fail output validation, reported as a bug in citat.
  if (o.id !== undefined && typeof o.id !== 'string') bad(`expected the document id to be a string, got ${typeof o.id}`);
  if (o.force !== undefined && typeof o.force !== 'boolean')
    bad(`expected force to be true or false, got ${typeof o.force === 'string' ? `"${o.force}"` : String(o.force)}`);
}

/**
 * The prototype of what a stage is handed: for every layer it does not require, a getter that
 * throws, so that a stage reading an undeclared layer fails at once instead of reading what some
 * earlier stage happened to leave (the types already refuse it; this catches JavaScript stages).
 */
function viewPrototype(stage: AnyStage): object {
  const proto: PropertyDescriptorMap = {};
  const required = new Set<string>(stage.requires);
  for (const layer of LAYER_NAMES) {
    if (required.has(layer)) continue;
    proto[layer] = {
      get() {
        throw new CitatError(
          ErrorCode.PIPELINE_ORDER,
          `stage "${stage.name}" read layer "${layer}", which it does not require (add it to the stage's requires)`,
          { stage: stage.name },
        );
      },
    };
  }
  return Object.create(null, proto) as object;
}

/** What a stage is handed: the document's base and exactly the layers it requires. */
function handOver(doc: WorkingDocument, stage: AnyStage, proto: object): never {
  const view = Object.create(proto) as Record<string, unknown>;
  view.id = doc.id;
  view.text = doc.text;
  view.options = doc.options;
  view.warnings = doc.warnings;
  for (const layer of stage.requires as readonly Layer[]) {
    const value = doc[layer];
    if (value === undefined) {
      throw new CitatError(ErrorCode.STAGE_FAILED, `stage "${stage.name}" requires layer "${layer}", which is missing on document "${doc.id}"`, {
        documentId: doc.id,
        stage: stage.name,
      });
    }
    view[layer] = value;
  }
  return view as never;
}

/** Sets the layers a stage returned, after checking that it returned exactly the ones it provides. */
function take(doc: WorkingDocument, stage: AnyStage, output: unknown): void {
  const fail = (what: string): never => {
    throw new CitatError(ErrorCode.STAGE_FAILED, `stage "${stage.name}" ${what} on document "${doc.id}"`, { documentId: doc.id, stage: stage.name });
  };
  if (typeof output !== 'object' || output === null) fail('returned no layers');
  const out = output as Record<string, unknown>;
  const provides = stage.provides as readonly Layer[];
  for (const key in out) if (!provides.includes(key as Layer)) fail(`returned layer "${key}", which it does not provide`);
  for (const layer of provides) {
    const value = out[layer];
    if (value === undefined) fail(`did not return layer "${layer}", which it provides`);
    (doc as unknown as Record<string, unknown>)[layer] = value;
  }
}
