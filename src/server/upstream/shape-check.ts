import type { z } from 'zod';

/** True when `value` is what the schema it was compiled from accepts. */
export type ShapeCheck<T> = (value: unknown) => value is T;

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; value?: unknown; inclusive?: boolean } } }[];
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function unsupported(what: string): never {
  throw new Error(`compileShapeCheck: ${what} is not supported; check with the zod schema instead`);
}

/** A JavaScript literal for a value of our own schema: only primitives JSON writes exactly. */
function literal(value: unknown): string {
  const ok =
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value === null ||
    (typeof value === 'number' && Number.isFinite(value));
  return ok ? JSON.stringify(value) : unsupported(`the literal ${String(value)}`);
}

/** Writes one function per object and array, and answers the expression that checks `v`. */
class Writer {
  readonly functions: string[] = [];
  private names = 0;
  private name = (prefix: string) => `${prefix}${this.names++}`;

  expression(schema: unknown, v: string): string {
    const def = defOf(schema);
    const noChecks = () => def.checks?.length && unsupported(`a ${def.type} with checks`);
    switch (def.type) {
      case 'string':
        noChecks();
        return `typeof ${v} === 'string'`;
      case 'boolean':
        noChecks();
        return `typeof ${v} === 'boolean'`;
      case 'number':
        return this.number(def, v);
      case 'literal':
        return `(${(def.values as unknown[]).map((value) => `${v} === ${literal(value)}`).join(' || ')})`;
      case 'optional':
        return `(${v} === undefined || ${this.expression(def.innerType, v)})`;
      case 'nullable':
        return `(${v} === null || ${this.expression(def.innerType, v)})`;
      case 'union':
        return `(${(def.options as unknown[]).map((option) => this.expression(option, v)).join(' || ')})`;
      case 'array': {
        noChecks();
        const fn = this.name('array');
        const item = this.name('item');
        this.functions.push(
          `function ${fn}(a) { if (!Array.isArray(a)) return false; ` +
            `for (let i = 0; i < a.length; i++) { const ${item} = a[i]; ` +
            `if (!(${this.expression(def.element, item)})) return false; } return true; }`,
        );
        return `${fn}(${v})`;
      }
      case 'object':
        return this.object(def, v);
      default:
        return unsupported(`zod's ${def.type}`);
    }
  }

  /** zod's number: finite (never NaN), then its checks as zod v4 defines them. */
  private number(def: Def, v: string): string {
    const parts = [`typeof ${v} === 'number'`, `Number.isFinite(${v})`];
    for (const { _zod } of def.checks ?? []) {
      const c = _zod.def;
      if (c.check === 'number_format' && c.format === 'safeint') parts.push(`Number.isSafeInteger(${v})`);
      else if (c.check === 'greater_than') parts.push(`${v} ${c.inclusive ? '>=' : '>'} ${literal(c.value)}`);
      else unsupported(`the number check ${c.check}`);
    }
    return `(${parts.join(' && ')})`;
  }

  /**
   * Only a loose object leaves its input as it is: zod's default object strips unknown keys and a
   * strict one refuses them, which a check that hands back its input cannot do.
   */
  private object(def: Def, v: string): string {
    if (def.catchall === undefined || defOf(def.catchall).type !== 'unknown') {
      unsupported('an object that is not loose');
    }
    if (def.checks?.length) unsupported('an object with checks');
    const fn = this.name('object');
    const lines = Object.entries(def.shape as Record<string, unknown>).map(([key, field]) => {
      // o["__proto__"] would read the prototype, not a key of that name.
      if (key === '__proto__') unsupported('a key named __proto__');
      const value = this.name('field');
      return `const ${value} = o[${JSON.stringify(key)}]; if (!(${this.expression(field, value)})) return false;`;
    });
    this.functions.push(
      `function ${fn}(o) { if (typeof o !== 'object' || o === null || Array.isArray(o)) return false; ` +
        `${lines.join(' ')} return true; }`,
    );
    return `${fn}(${v})`;
  }
}

/**
 * The same verdict as `schema.safeParse(value).success`, for the subset of zod that Capa's
 * answers are written in (loose objects, strings, finite numbers, safe integers with a lower
 * bound, booleans, literals, unions, arrays, optional, nullable); anything else is refused here,
 * once, when compiled. Written out as plain JavaScript from our own schema (as zod itself
 * compiles object parsers), and the value is not copied: zod's parse copies every row and field
 * of a list page and pays a call per field, ~40–70 µs a page against ~2 here (docs/performance.md).
 * A test holds the two to the same verdicts (shape-check.test.ts).
 */
export function compileShapeCheck<T>(schema: z.ZodType<T>): ShapeCheck<T> {
  const writer = new Writer();
  const top = writer.expression(schema, 'v');
  const source = `${writer.functions.join('\n')}\nreturn function check(v) { return ${top}; };`;
  // Made only from the schema's own definition (names as JSON strings, primitives as literals).
  return new Function(source)() as ShapeCheck<T>;
}
