import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiListQuerySchema } from '../contract/api';
import { rememberedValidatorCompiler, rememberParses } from './remembered-parse';

describe('rememberParses', () => {
  it('parses an input once and hands every later caller the same frozen answer', () => {
    const parse = vi.fn((input: unknown) => ({ ...z.object({ a: z.string() }).parse(input), list: [1] }));
    const remembered = rememberParses(parse);
    const first = remembered({ a: 'x' });
    expect(remembered({ a: 'x' })).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(first) && Object.isFrozen(first.list)).toBe(true);
    // A caller that tried to change it would fail loudly, not change the next request's answer.
    expect(() => (first.list as number[]).push(2)).toThrow(TypeError);
    expect(remembered({ a: 'y' })).toEqual({ a: 'y', list: [1] });
  });

  it('never remembers a refusal', () => {
    const parse = vi.fn((input: unknown) => z.object({ a: z.string() }).parse(input));
    const remembered = rememberParses(parse);
    expect(() => remembered({ a: 1 })).toThrow();
    expect(() => remembered({ a: 1 })).toThrow();
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe('rememberedValidatorCompiler', () => {
  const route = {
    schema: apiListQuerySchema,
    method: 'GET',
    url: '/api/transactions',
    httpPart: 'querystring',
  };
  const validate = rememberedValidatorCompiler(route);
  const unremembered = validatorCompiler(route);

  it('answers what the zod validator answers, for a query it has seen and one it refuses', () => {
    const query = Object.assign(Object.create(null) as object, { limit: '20', status: 'PENDING,FAILED' });
    const first = validate(query) as { value: { limit: number; status: string[] } };
    expect(first.value).toMatchObject({ limit: 20, skip: 0, status: ['FAILED', 'PENDING'].sort() });
    expect(validate({ ...query })).toBe(first);
    expect(validate({ limit: '20', status: 'PENDING,FAILED' })).toEqual(unremembered(query));
    for (let i = 0; i < 2; i++) {
      expect(validate({ limit: '0' })).toEqual(unremembered({ limit: '0' }));
      expect(validate({ limit: '0' })).toMatchObject({ error: expect.anything() });
    }
  });
});
