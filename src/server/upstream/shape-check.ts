import { Ajv } from 'ajv';
import { z } from 'zod';

/** True when `value` is what the schema it was compiled from accepts. */
export type ShapeCheck<T> = (value: unknown) => value is T;

/**
 * Checks only: ajv must never change the value it is given, which the caller then uses as is.
 * Compiled when client.ts loads (every BFF test file pays it): not meta-validating zod's own
 * output and not optimizing the code cut that from ~130 to ~45 ms; checks stay ~1 µs a page.
 */
const ajv = new Ajv({
  strict: true, // an unknown keyword or format throws, never passes unchecked
  allowUnionTypes: true, // zod writes `string | number | null` as one `type` list
  allErrors: false,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  validateSchema: false,
  code: { optimize: false },
});

/**
 * JSON Schema keywords that mean in ajv what zod meant. Not here, so refused: string lengths
 * (ajv counts code points, zod UTF-16 units), patterns and formats (ajv's `u` flag and format
 * list), defaults (the value would not get them). Integers come out as `type: integer` with zod's
 * own ±(2^53−1) bounds, which is Number.isSafeInteger; ajv's numbers are finite, as zod's are.
 */
const SAME_MEANING = new Set([
  ...['type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'const', 'enum'],
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
]);

function refuse(what: string): never {
  throw new Error(`compileShapeCheck: ${what} is not supported; check with the zod schema instead`);
}

/** The schema as JSON Schema for what it accepts (`io`), refusing what would not say the same. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'draft-7', // Ajv's default draft
    unrepresentable: 'throw', // transforms, dates, bigints…
    override({ zodSchema, jsonSchema }) {
      const def = zodSchema._zod.def as { type: string; checks?: { _zod: { def: { check: string } } }[] };
      // JSON Schema has no word for these, and zod would leave them out rather than refuse.
      if (def.type === 'catch' || def.checks?.some((c) => c._zod.def.check === 'custom')) {
        refuse(`zod's ${def.type === 'catch' ? 'catch' : 'refine'}`);
      }
      const other = Object.keys(jsonSchema).find((key) => !SAME_MEANING.has(key));
      if (other) refuse(`the JSON Schema keyword ${other}`);
    },
  });
  return json;
}

/**
 * The same verdict as `schema.safeParse(value).success`, and the value is not copied: the check
 * hands back its input, so it is only right where zod's output is its input (loose objects, no
 * defaults, no transforms; input and output schemas compared). Compiled once by ajv (Fastify's
 * own validator): zod's parse copies every row and field of Capa's list page and pays a call
 * per field, ~40–70 µs a page against a few here (docs/performance.md). A test holds the two to
 * the same verdicts (shape-check.test.ts).
 */
export function compileShapeCheck<T>(schema: z.ZodType<T>): ShapeCheck<T> {
  const input = jsonSchema(schema, 'input');
  if (JSON.stringify(input) !== JSON.stringify(jsonSchema(schema, 'output'))) {
    refuse('a schema whose output differs from its input (z.object strips, defaults)');
  }
  return ajv.compile<T>(input);
}
