/**
 * A fast first check of records made only of numbers and strings, derived from their zod schema:
 * for the arrays of the output that grow with the text (paragraphs, sentences, paragraph
 * languages), where a zod parse per element was most of the time the output took on a document of
 * a million short lines.
 *
 * The check is compiled from the JSON Schema zod writes for the record (the same one the published
 * schema holds), so the zod schema stays the one definition. It answers only "this record is
 * exactly what a parse would give back": the schema's keys in its order, and values of the right
 * type within its bounds. Anything else, including a keyword the compiler does not know, is left
 * to zod (see {@link flatCheck}), which then says what is wrong.
 * @module
 */
import { z } from 'zod';

/** A field of a flat record, as its JSON Schema bounds it. */
interface Field {
  key: string;
  type: 'integer' | 'number' | 'string';
  min: number;
  max: number;
}

/** The keywords of a field the compiler understands (a description changes nothing). */
const FIELD_KEYWORDS: ReadonlySet<string> = new Set(['type', 'minimum', 'maximum', 'minLength', 'maxLength', 'description']);

/**
 * A check compiled from a zod schema of a flat record, or undefined when the schema is not one
 * the compiler knows (then every record goes to zod).
 * @param schema a zod object schema whose fields are numbers, integers or strings with bounds
 * @returns a function that is true only of a record a parse would give back unchanged
 */
export function flatCheck(schema: z.ZodType): ((value: unknown) => boolean) | undefined {
  const json = z.toJSONSchema(schema, { io: 'output' }) as {
    type?: unknown;
    properties?: Record<string, Record<string, unknown>>;
    required?: unknown;
    additionalProperties?: unknown;
  };
  if (json.type !== 'object' || json.additionalProperties !== false || !json.properties || !Array.isArray(json.required)) return undefined;
  const keys = Object.keys(json.properties);
  if (json.required.length !== keys.length || !keys.every((k) => (json.required as unknown[]).includes(k))) return undefined;
  const fields: Field[] = [];
  for (const key of keys) {
    const p = json.properties[key]!;
    if (Object.keys(p).some((k) => !FIELD_KEYWORDS.has(k))) return undefined;
    if (p.type !== 'integer' && p.type !== 'number' && p.type !== 'string') return undefined;
    const bound = (n: unknown, fallback: number) => (typeof n === 'number' ? n : fallback);
    fields.push({
      key,
      type: p.type,
      min: bound(p.type === 'string' ? p.minLength : p.minimum, Number.NEGATIVE_INFINITY),
      max: bound(p.type === 'string' ? p.maxLength : p.maximum, Number.POSITIVE_INFINITY),
    });
  }
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const record = value as Record<string, unknown>;
    // the schema's keys, in its order, and no other (a parse gives them back so)
    let i = 0;
    for (const k in record) if (k !== keys[i++]) return false;
    if (i !== keys.length) return false;
    for (const f of fields) {
      const v = record[f.key];
      if (f.type === 'string') {
        if (typeof v !== 'string' || v.length < f.min || v.length > f.max) return false;
      } else if (typeof v !== 'number' || !(f.type === 'integer' ? Number.isInteger(v) : Number.isFinite(v)) || v < f.min || v > f.max) return false;
    }
    return true;
  };
}
