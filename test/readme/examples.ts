/**
 * The README's examples, taken out of README.md so that a test can run them:
 *
 * - a ```ts block runs (types stripped by esbuild, its imports of `citat…` bound to the package's
 *   modules); a statement
 *   followed by `// → VALUE` (on its line, or on the comment lines after it, `//` continuing)
 *   must give VALUE;
 * - a ```jsonc block whose first line is `// citat COMMAND …` is that command's JSON output;
 * - a ```console block runs each `$ citat …` (and `$ cd DIR`) and shows what it prints.
 *
 * In the expected values `…` stands for what is left out: a bare `…` is any value, `…` as the
 * last element of an array or object allows more elements or keys (an array's elements then
 * match in order, with others between), and `…` inside a string any text.
 * @module
 */

import { transformSync } from 'esbuild';

/** A fenced block of the README. */
export interface Block {
  lang: string;
  code: string;
  /** Line of the README where the block's code starts (1-based). */
  line: number;
}

/** Every fenced block of a Markdown text, with its info string. */
export function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    blocks.push({ lang: open[1]!, code: lines.slice(start, end).join('\n'), line: start + 1 });
    i = end;
  }
  return blocks;
}

/** A check of a ts block: the statement's value must match the pattern. */
export interface Expectation {
  line: number;
  expression: string;
  pattern: string;
}

/**
 * Turns a ts block into the body of an async function (JavaScript) that records each checked
 * statement's value: `__check(index, value)`. Imports become look-ups in `__modules`.
 * @returns the body and the expectations, in order
 */
export function compileTs(block: Block): { body: string; expectations: Expectation[] } {
  const lines = block.code.split('\n');
  const out: string[] = [];
  const expectations: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imp = /^import\s+(?:(\w+)\s*,\s*)?\{([^}]*)\}\s+from\s+'([^']+)';?(.*)$/.exec(line);
    if (imp) {
      out.push(`const { ${imp[2]} } = __modules[${JSON.stringify(imp[3])}];${imp[4] ?? ''}`);
      continue;
    }
    const inline = /^(.*?);\s*\/\/ → (.*)$/.exec(line);
    let statement: string | undefined;
    let pattern: string | undefined;
    if (inline && inline[1]!.trim() !== '') {
      statement = inline[1]!;
      pattern = inline[2]!;
    } else if (/^\s*\/\/ → /.test(lines[i + 1] ?? '') && line.trim() !== '' && !line.trim().startsWith('//')) {
      statement = line.replace(/;\s*$/, '');
      const parts = [lines[i + 1]!.replace(/^\s*\/\/ → /, '')];
      let j = i + 2;
      while (j < lines.length && /^\s*\/\/ /.test(lines[j]!) && !/^\s*\/\/ → /.test(lines[j]!)) parts.push(lines[j++]!.replace(/^\s*\/\//, ''));
      pattern = parts.join('\n');
      i = j - 1;
    }
    if (statement !== undefined && pattern !== undefined) {
      out.push(`__check(${expectations.length}, (${statement}));`);
      expectations.push({ line: block.line + i, expression: statement.trim(), pattern });
    } else out.push(line);
  }
  return { body: transformSync(out.join('\n'), { loader: 'ts' }).code, expectations };
}

/** `…` as a value: anything. */
const ANY = Symbol('any');
/** `…` as the last element or key: more may follow. */
const REST = Symbol('rest');

/**
 * Reads an expected value written as a JavaScript literal with `…` elisions.
 * @param source e.g. `{ code: 'da', confidence: …, scores: { da: …, … } }`
 */
export function parsePattern(source: string): unknown {
  // Outside strings: `…` as a value is ANY; as an element of an array, or in place of keys of an
  // object, REST.
  let js = '';
  let quote: string | null = null;
  const open: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      js += c;
      if (c === '\\') js += source[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
      js += c;
    } else if (c === '…') {
      const prev = js.trimEnd().at(-1);
      if (prev === ':' || open.length === 0) js += '__ANY';
      else if (open.at(-1) === '{') js += '[__REST]: true';
      else if (open.at(-1) === '[') js += '__REST';
      else js += '__ANY';
    } else {
      if (c === '{' || c === '[' || c === '(') open.push(c);
      else if (c === '}' || c === ']' || c === ')') open.pop();
      js += c;
    }
  }
  return new Function('__ANY', '__REST', `return (${js});`)(ANY, REST) as unknown;
}

function show(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 200) ?? String(value);
}

/**
 * Where `actual` differs from `pattern` (see the module's description), or null when it matches.
 * @param path where in the value, for the message
 */
export function mismatch(actual: unknown, pattern: unknown, path = '$'): string | null {
  if (pattern === ANY) return null;
  if (typeof pattern === 'string' && pattern.includes('…')) {
    if (typeof actual !== 'string') return `${path}: expected a string like ${show(pattern)}, got ${show(actual)}`;
    const re = new RegExp(
      `^${pattern
        .split('…')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^]*')}$`,
    );
    return re.test(actual) ? null : `${path}: expected ${show(pattern)}, got ${show(actual)}`;
  }
  if (Array.isArray(pattern)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    const items = pattern.filter((p) => p !== REST);
    if (items.length === pattern.length) {
      if (actual.length !== pattern.length) return `${path}: expected ${pattern.length} elements, got ${actual.length}: ${show(actual)}`;
      for (let i = 0; i < items.length; i++) {
        const m = mismatch(actual[i], items[i], `${path}[${i}]`);
        if (m) return m;
      }
      return null;
    }
    // with an elision: the elements shown appear in this order, others may come between
    let at = 0;
    for (const item of items) {
      let first: string | null = null;
      let found = false;
      while (at < actual.length && !found) {
        const m = mismatch(actual[at], item, `${path}[${at}]`);
        at++;
        if (m) first ??= m;
        else found = true;
      }
      if (!found) return `${path}: no element matches ${show(item)} (the first one tried: ${first ?? 'none left'})`;
    }
    return null;
  }
  if (pattern !== null && typeof pattern === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: expected an object, got ${show(actual)}`;
    const open = REST in pattern;
    for (const key of Object.keys(pattern)) {
      const m = mismatch((actual as Record<string, unknown>)[key], (pattern as Record<string, unknown>)[key], `${path}.${key}`);
      if (m) return m;
    }
    if (!open) {
      const extra = Object.keys(actual).filter((k) => !(k in pattern));
      if (extra.length > 0) return `${path}: has ${extra.join(', ')}, which the example does not show (end it with …)`;
    }
    return null;
  }
  return Object.is(actual, pattern) ? null : `${path}: expected ${show(pattern)}, got ${show(actual)}`;
}

/** One `$ …` command of a console block and the lines shown after it. */
export interface ConsoleStep {
  line: number;
  command: string;
  output: string;
}

/** The commands of a console block and what each prints. */
export function consoleSteps(block: Block): ConsoleStep[] {
  const steps: ConsoleStep[] = [];
  block.code.split('\n').forEach((line, i) => {
    if (line.startsWith('$ ')) steps.push({ line: block.line + i, command: line.slice(2), output: '' });
    else if (steps.length > 0) steps.at(-1)!.output += `${line}\n`;
  });
  return steps;
}

/**
 * Figures that change from run to run: the summary line's seconds and rates.
 * @param text what a command printed, or what the README shows it printing
 */
export function normaliseTimings(text: string): string {
  return text.replace(/ in [\d.]+ s \([\d.]+ MB\/s, [\d,]+ docs\/s\)/g, ' in # s (# MB/s, # docs/s)');
}
