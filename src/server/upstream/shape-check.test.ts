import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { capaExecuteResponseSchema, capaListResponseSchema } from '../../contract/capa';
import examples from '../../contract/fixtures/capa-list-examples.json';
import { compileShapeCheck } from './shape-check';

type Json = Record<string, unknown> | unknown[];

const bank = (country: string) => ({ ...examples.examples[0]!.data.data[0]!.bankAccount, country });
/** A page whose row carries every field the contract names, so that every field gets mutated. */
const FULL_PAGE = {
  success: true,
  data: {
    count: 2,
    data: [
      {
        ...examples.examples[0]!.data.data[0]!,
        cancellationReason: null,
        crossFiatCurrency: 'USD',
        crossFiatAmount: '12.50',
        sourceCurrency: 'MXN',
        targetCurrency: 'USD',
        sourceAmount: 100,
        targetAmount: '5.1',
        sourceBankAccount: bank('MX'),
        targetBankAccount: bank('US'),
        forwardingDays: 2,
        effectiveForwardingDays: 1,
        forwardingSettlementDate: '2025-05-10',
        somethingNew: { capa: 'added it' },
      },
      examples.examples[1]!.data.data[0]!,
    ],
  },
};

/** Every kind of value JSON can hold, and a few a schema cares about (negative, fractional, unsafe). */
// JSON.parse reads 1e400 as Infinity.
const VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, Infinity, '', 'x', {}, [], [1], [{}]];
const ABSENT = Symbol('absent');

/** Every path to a key or array item in `value`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...at, key],
    ...paths((value as Record<string, unknown>)[key], [...at, key]),
  ]);
}

function withValue(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Json;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === ABSENT) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Each mutation of `root` (every path × every value, and the path left out), with zod's verdict. */
function verdicts(schema: z.ZodType, root: unknown) {
  return paths(root).flatMap((path) =>
    [...VALUES, ABSENT].map((value) => {
      const mutated = withValue(root, path, value);
      return { path: path.join('.'), value, mutated, zod: schema.safeParse(mutated).success };
    }),
  );
}

describe('compileShapeCheck', () => {
  it.each([
    ['the list page', capaListResponseSchema, FULL_PAGE],
    [
      'the execute answer',
      capaExecuteResponseSchema,
      { success: true, data: { id: 'a', status: 'PENDING' } },
    ],
  ] as const)('gives zod’s verdict on %s and on every mutation of every field', (_name, schema, root) => {
    const check = compileShapeCheck(schema as z.ZodType);
    const cases = verdicts(schema as z.ZodType, root);
    expect(check(root)).toBe(true);
    // Both verdicts occur, or the comparison would prove little.
    expect(cases.some((c) => c.zod)).toBe(true);
    expect(cases.some((c) => !c.zod)).toBe(true);
    const disagreements = cases.filter((c) => check(c.mutated) !== c.zod);
    expect(disagreements.map(({ path, value }) => ({ path, value }))).toEqual([]);
    for (const root of [null, [], 'x', 1, {}]) {
      expect(check(root)).toBe((schema as z.ZodType).safeParse(root).success);
    }
  });

  it('hands back the value itself: no copy, unknown keys kept', () => {
    const page = structuredClone(FULL_PAGE);
    expect(compileShapeCheck(capaListResponseSchema)(page) && page.data.data[0]!.somethingNew).toEqual({
      capa: 'added it',
    });
  });

  it('gives zod’s verdict on what its JSON Schema says the same way', () => {
    const schema = z.looseObject({
      n: z.number().int(),
      g: z.number().gt(1).lte(3),
      e: z.enum(['A', 'B']).optional(),
      l: z.union([z.literal('x'), z.literal(2)]).nullable(),
      s: z.strictObject({ a: z.boolean() }).optional(),
    });
    const check = compileShapeCheck(schema);
    const cases = verdicts(schema, { n: 1, g: 2, e: 'A', l: 'x', s: { a: true } });
    expect(
      cases.filter((c) => check(c.mutated) !== c.zod).map(({ path, value }) => ({ path, value })),
    ).toEqual([]);
    expect(check({ n: 1, g: 2, l: null, s: { a: true, b: 1 } })).toBe(false);
  });

  it('refuses, when compiled, what ajv would not check the way zod parses it', () => {
    for (const schema of [
      z.object({ a: z.string() }), // strips unknown keys
      z.looseObject({ a: z.string().min(1) }), // ajv counts code points, zod UTF-16 units
      z.looseObject({ a: z.string().regex(/x/) }),
      z.looseObject({ a: z.string().refine((s) => s !== 'x') }), // JSON Schema would leave it out
      z.looseObject({ a: z.string().catch('x') }),
      z.looseObject({ a: z.string().transform((s) => s.length) }),
      z.looseObject({ a: z.record(z.string(), z.string()) }),
      z.looseObject({ a: z.string().default('x') }),
    ]) {
      expect(() => compileShapeCheck(schema as z.ZodType)).toThrow(/not supported|cannot be represented/);
    }
  });
});
