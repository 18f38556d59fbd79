import { describe, expect, it } from 'vitest';
import { apiListQuerySchema, transactionIdParamsSchema } from './api';
import { auditListQuerySchema } from './audit-api';
import { agentIdParamsSchema } from './auth-api';
import { capaExecuteBodySchema, capaListQuerySchema } from './capa';
import { uuid } from './query-fields';

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
