import { describe, expect, it } from 'vitest';
import {
  capaExecuteBodySchema,
  capaListQuerySchema,
  capaListResponseSchema,
  transactionSchema,
  PARTNER_KEY_FORMAT,
} from './capa';
import { UNRECOGNISED_CODE, readCapaError, sanitizeUpstreamCode } from './capa-error';
import examples from './fixtures/capa-list-examples.json';

const UUID = '8374f327-38bd-4b0b-b8a7-2524599eb903';

describe('Capa list response', () => {
  it.each(examples.examples.map((e, i) => [i, e] as const))(
    'parses the reference page example %i',
    (_i, ex) => {
      const parsed = capaListResponseSchema.parse(ex);
      expect(parsed.data.data.length).toBeGreaterThan(0);
    },
  );

  it('keeps string amounts as strings and number amounts as numbers', () => {
    const [, second] = examples.examples;
    const tx = capaListResponseSchema.parse(second).data.data[0]!;
    expect(tx.cryptoAmount).toBe('0.197576');
    expect(tx.exchangeRate).toBe('60.73613361949396');
    expect(tx.fiatAmount).toBe(12);
  });

  it('accepts fiatAmount as a string too: the page types it a number, but Capa sometimes sends one (docs/capa-api.md)', () => {
    const tx = transactionSchema.parse({
      id: UUID,
      userId: UUID,
      status: 'PENDING',
      type: 'OFF_RAMP',
      createdAt: '2025-06-10T05:54:28.572Z',
      fiatAmount: '5000.10',
    });
    expect(tx.fiatAmount).toBe('5000.10');
  });

  it('tolerates unknown extra fields and keeps them', () => {
    const tx = transactionSchema.parse({
      id: UUID,
      userId: UUID,
      status: 'PENDING',
      type: 'OFF_RAMP',
      createdAt: '2025-06-10T05:54:28.572Z',
      somethingNew: { nested: true },
    });
    expect(tx).toMatchObject({ somethingNew: { nested: true } });
  });

  it('accepts null for every nullable field', () => {
    const tx = transactionSchema.parse({
      id: UUID,
      userId: UUID,
      status: 'PENDING',
      type: 'OFF_RAMP',
      createdAt: '2025-06-10T05:54:28.572Z',
      completedAt: null,
      bankAccount: null,
      invoice: null,
      cancellationReason: null,
      sourceBankAccount: null,
      forwardingDays: null,
    });
    expect(tx.bankAccount).toBeNull();
  });

  it('rejects a transaction without an id', () => {
    expect(transactionSchema.safeParse({ userId: UUID, status: 'PENDING', type: 'ON_RAMP' }).success).toBe(
      false,
    );
  });
});

describe('Capa list query', () => {
  it('accepts every documented parameter, partnerId included', () => {
    const q = capaListQuerySchema.parse({
      id: UUID,
      status: 'PENDING',
      type: 'CROSS_RAMP',
      fiatCurrency: 'MXN',
      userId: UUID,
      partnerId: UUID,
      skip: '5',
      limit: '5',
      sortBy: 'createdAt',
      sortOrder: 'desc',
    });
    expect(q).toMatchObject({ skip: 5, limit: 5, sortOrder: 'DESC' });
  });

  it.each(['0', '101', '-1', '', '1.5', 'abc', '1e2'])('refuses limit=%j', (limit) => {
    expect(capaListQuerySchema.safeParse({ limit }).success).toBe(false);
  });

  it.each(['1', '100'])('accepts limit=%s', (limit) => {
    expect(capaListQuerySchema.safeParse({ limit }).success).toBe(true);
  });

  it('refuses unknown enum values and unknown parameters', () => {
    expect(capaListQuerySchema.safeParse({ status: 'BOGUS' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ type: 'on_ramp' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ fiatCurrency: 'GBP' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ sortBy: 'amount' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ sortOrder: 'sideways' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ color: 'red' }).success).toBe(false);
  });

  it('refuses ids that are not UUIDs', () => {
    expect(capaListQuerySchema.safeParse({ id: 'tx-1' }).success).toBe(false);
    expect(capaListQuerySchema.safeParse({ userId: '../../etc' }).success).toBe(false);
  });
});

describe('Capa execute body', () => {
  it('needs a UUID transaction id and takes an optional hash', () => {
    expect(capaExecuteBodySchema.safeParse({ transactionId: UUID }).success).toBe(true);
    expect(capaExecuteBodySchema.safeParse({ transactionId: UUID, transactionHash: '0xab' }).success).toBe(
      true,
    );
    expect(capaExecuteBodySchema.safeParse({ transactionId: 'nope' }).success).toBe(false);
    expect(capaExecuteBodySchema.safeParse({}).success).toBe(false);
  });
});

describe('partner key format', () => {
  it('partner keys are two UUIDs joined by a colon', () => {
    expect(PARTNER_KEY_FORMAT.test(`${UUID}:${UUID}`)).toBe(true);
    expect(PARTNER_KEY_FORMAT.test(UUID)).toBe(false);
    expect(PARTNER_KEY_FORMAT.test(`${UUID}:${UUID}x`)).toBe(false);
  });
});

describe('readCapaError', () => {
  it.each([
    [{ success: false, error: { code: 'TRANSACTION_NOT_FOUND', message: 'Transaction not found' } }],
    [{ code: 'TRANSACTION_NOT_FOUND', message: 'Transaction not found' }],
    [{ errorCode: 'TRANSACTION_NOT_FOUND', message: 'Transaction not found' }],
  ])('reads code and message from %j', (body) => {
    expect(readCapaError(JSON.stringify(body))).toEqual({
      code: 'TRANSACTION_NOT_FOUND',
      message: 'Transaction not found',
      json: true,
    });
  });

  it('reads a NestJS body: its message, or its list of validation messages; it has no code', () => {
    const nest = { statusCode: 404, message: 'Transaction not found', error: 'Not Found' };
    expect(readCapaError(JSON.stringify(nest))).toEqual({
      code: null,
      message: 'Transaction not found',
      json: true,
    });
    const validation = {
      statusCode: 400,
      message: ['limit must be ≤ 100', 'skip must be ≥ 0'],
      error: 'Bad Request',
    };
    expect(readCapaError(validation).message).toBe('limit must be ≤ 100; skip must be ≥ 0');
  });

  it('reads an error given as a plain string', () => {
    expect(readCapaError({ error: 'Bad thing' })).toMatchObject({ code: null, message: 'Bad thing' });
  });

  it('copes with JSON that has neither', () => {
    expect(readCapaError('{"ok":1}')).toEqual({ code: null, message: null, json: true });
    expect(readCapaError('null')).toEqual({ code: null, message: null, json: true });
    expect(readCapaError('[1,2]')).toEqual({ code: null, message: null, json: true });
  });

  it('copes with a body that is not JSON', () => {
    expect(readCapaError('<html>502 Bad Gateway</html>')).toEqual({ code: null, message: null, json: false });
    expect(readCapaError('')).toEqual({ code: null, message: null, json: false });
  });

  it('ignores non-string codes and bounds long messages', () => {
    const info = readCapaError({ code: 42, message: 'x'.repeat(10_000) });
    expect(info.code).toBeNull();
    expect(info.message?.length).toBe(300);
  });
});

describe('sanitizeUpstreamCode (SECURITY K1)', () => {
  const KEY = `${UUID}:${UUID.replace('8374', '9999')}`;

  it.each(['TRANSACTION_NOT_FOUND', 'UNAUTHORIZED', 'HTTP_418', 'E', `A${'B'.repeat(63)}`])(
    'keeps %s, which looks like a code',
    (code) => expect(sanitizeUpstreamCode(code)).toBe(code),
  );

  it.each([
    KEY,
    UUID,
    'unauthorized',
    'Bad key given',
    'TRANSACTION NOT FOUND',
    '_LEADING',
    '9LIVES',
    `A${'B'.repeat(64)}`,
    'CODE\n',
    '',
  ])('replaces %j with the fixed marker', (value) => {
    expect(sanitizeUpstreamCode(value)).toBe(UNRECOGNISED_CODE);
  });

  it('takes another marker for statuses', () => {
    expect(sanitizeUpstreamCode(KEY, 'UNRECOGNISED_STATUS')).toBe('UNRECOGNISED_STATUS');
  });

  it('readCapaError keeps no code that echoes the key, wherever the code was found', () => {
    for (const body of [{ error: { code: KEY } }, { code: `code ${KEY}` }, { errorCode: UUID }]) {
      expect(readCapaError(body).code).toBe(UNRECOGNISED_CODE);
    }
    expect(readCapaError({ error: { code: 'INVALID_USER_INPUT_ERROR' } }).code).toBe(
      'INVALID_USER_INPUT_ERROR',
    );
  });
});
