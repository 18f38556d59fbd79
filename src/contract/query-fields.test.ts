import { describe, expect, it } from 'vitest';
import { apiListQuerySchema, transactionIdParamsSchema } from './api';
import { AUDIT_LIST_PARAMETERS, auditListQuerySchema } from './audit-api';
import { agentIdParamsSchema } from './auth-api';
import { CAPA_LIST_PARAMETERS, capaExecuteBodySchema, capaListQuerySchema } from './capa';
import { uuid, withListDefaults } from './query-fields';

const LOWER = '8374f327-38bd-4b0b-b8a7-2524599eb903';
const UPPER = LOWER.toUpperCase();

describe('ids: one canonical form wherever one is parsed', () => {
  it('reads a UUID in either case and gives it lower-case', () => {
    expect(uuid.parse(UPPER)).toBe(LOWER);
    expect(uuid.parse(LOWER)).toBe(LOWER);
    expect(uuid.safeParse('not-a-uuid').success).toBe(false);
  });

  it('every schema that takes an id gives it canonical', () => {
    expect(transactionIdParamsSchema.parse({ id: UPPER }).id).toBe(LOWER);
    expect(agentIdParamsSchema.parse({ id: UPPER }).id).toBe(LOWER);
    expect(auditListQuerySchema.parse({ transactionId: UPPER }).transactionId).toBe(LOWER);
    expect(capaExecuteBodySchema.parse({ transactionId: UPPER }).transactionId).toBe(LOWER);
    const list = { id: UPPER, userId: UPPER, partnerId: UPPER };
    expect(apiListQuerySchema.parse(list)).toMatchObject({ id: LOWER, userId: LOWER, partnerId: LOWER });
    expect(capaListQuerySchema.parse(list)).toMatchObject({ id: LOWER, userId: LOWER, partnerId: LOWER });
  });
});

describe('lists: one set of defaults, one list of parameters', () => {
  it('a query that leaves paging and order out gets the first 20, newest first', () => {
    const defaults = { skip: 0, limit: 20, sortBy: 'createdAt', sortOrder: 'DESC' };
    expect(apiListQuerySchema.parse({})).toEqual(defaults);
    expect(withListDefaults(capaListQuerySchema.parse({}))).toEqual(defaults);
    expect(auditListQuerySchema.parse({})).toEqual({ skip: 0, limit: 20 });
  });

  it('what a query gives is kept', () => {
    const given = { skip: '40', limit: '5', sortOrder: 'asc' };
    expect(apiListQuerySchema.parse(given)).toEqual({
      skip: 40,
      limit: 5,
      sortBy: 'createdAt',
      sortOrder: 'ASC',
    });
    expect(auditListQuerySchema.parse({ skip: '40', limit: '5' })).toEqual({ skip: 40, limit: 5 });
  });

  it("the allowed parameters are exactly the schemas' fields", () => {
    expect([...CAPA_LIST_PARAMETERS].sort()).toEqual([
      'fiatCurrency',
      'id',
      'limit',
      'partnerId',
      'skip',
      'sortBy',
      'sortOrder',
      'status',
      'type',
      'userId',
    ]);
    expect([...AUDIT_LIST_PARAMETERS].sort()).toEqual([
      'agent',
      'from',
      'limit',
      'outcome',
      'skip',
      'to',
      'transactionId',
    ]);
  });
});
