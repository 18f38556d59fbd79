/**
 * The safe execute as the SPA meets it (docs/security.md E1–E6, P3 for bodies): each refusal, in
 * the BFF's order, and the trail an execute leaves, as viewers and as operators read it.
 */
import { z } from 'zod';
import { apiExecuteResponseSchema } from './api';
import { get, idIs, invalid, MISSING_ID, post, type ApiScenario, type ScenarioRequest } from './api-scenario';
import { auditEntrySchema, transactionAuditResponseSchema } from './audit-api';

const execute = (id: string, body = '{}', extra: Partial<ScenarioRequest> = {}): ScenarioRequest => ({
  ...post(`/api/transactions/${id}/execute`, body, 'operator'),
  ...extra,
});

/** A trail whose entries all lack the Idempotency-Key field (viewers), with at least one entry. */
const keylessTrail = transactionAuditResponseSchema.extend({
  items: z.array(z.strictObject(auditEntrySchema.omit({ idempotencyKey: true }).shape)).min(1),
});

export const EXECUTE_SCENARIOS: ApiScenario[] = [
  {
    name: 'E1: an executable off-ramp is executed, the key sent back',
    request: execute('{executableOffRamp}'),
    expect: {
      status: 200,
      schema: apiExecuteResponseSchema,
      headers: ['idempotency-key'],
      check: idIs('executableOffRamp'),
    },
  },
  {
    name: 'E6: an executed transaction is not executed again',
    given: [execute('{executableOffRamp}')],
    request: execute('{executableOffRamp}'),
    expect: { status: 409, code: 'ALREADY_EXECUTED' },
  },
  {
    name: 'E3: the same Idempotency-Key again replays the success',
    given: [
      execute('{executableOffRamp}', '{}', { headers: { 'idempotency-key': 'scenario-key-0001-replay' } }),
    ],
    request: execute('{executableOffRamp}', '{}', {
      headers: { 'idempotency-key': 'scenario-key-0001-replay' },
    }),
    expect: { status: 200, schema: apiExecuteResponseSchema, check: idIs('executableOffRamp') },
  },
  {
    name: 'E5: a viewer reads the trail of an execute without its Idempotency-Key',
    given: [execute('{executableOffRamp}')],
    request: get('/api/transactions/{executableOffRamp}/audit'),
    expect: {
      status: 200,
      schema: keylessTrail,
      check: (b) => (b.executed ? null : 'not shown as executed'),
    },
  },
  {
    name: 'E5: an operator reads the trail of an execute with its Idempotency-Key',
    given: [execute('{executableOffRamp}')],
    request: get('/api/transactions/{executableOffRamp}/audit', 'operator'),
    expect: {
      status: 200,
      schema: transactionAuditResponseSchema.extend({ items: z.array(auditEntrySchema).min(1) }),
    },
  },
  {
    name: 'E1: a transaction that does not exist',
    request: execute(MISSING_ID),
    expect: { status: 404, code: 'TRANSACTION_NOT_FOUND' },
  },
  {
    name: 'E1: a transaction in a state that cannot be executed',
    request: execute('{notExecutable}'),
    expect: { status: 400, code: 'TRANSACTION_NOT_EXECUTABLE' },
  },
  {
    name: "E1: a hash that does not fit the transaction's chain",
    request: execute('{executableOffRamp}', '{"transactionHash":"not-a-hash"}'),
    expect: { status: 400, code: 'INVALID_TRANSACTION_HASH', fields: ['transactionHash'] },
  },
  {
    name: 'E1: an empty hash',
    request: execute('{executableOffRamp}', '{"transactionHash":"  "}'),
    expect: invalid('transactionHash'),
  },
  {
    name: 'E1: a body field the route does not take',
    request: execute('{executableOffRamp}', '{"amount":1}'),
    expect: invalid('amount'),
  },
  {
    name: 'E1: a body that is not an object',
    request: execute('{executableOffRamp}', '[]'),
    expect: invalid('body'),
  },
  {
    name: 'E1: an id that is no UUID, checked before the body',
    request: execute('nope', '{"amount":1}'),
    expect: invalid('id'),
  },
  {
    name: 'E3: an Idempotency-Key too short',
    request: execute('{executableOffRamp}', '{}', { headers: { 'idempotency-key': 'short' } }),
    expect: invalid('Idempotency-Key'),
  },
  {
    name: 'P3: a body that is not JSON',
    request: execute('{executableOffRamp}', '{"transactionHash":'),
    expect: { status: 400, code: 'BAD_REQUEST' },
  },
  {
    name: 'P3: an empty JSON body',
    request: execute('{executableOffRamp}', ''),
    expect: { status: 400, code: 'BAD_REQUEST' },
  },
  {
    name: 'P3: a prototype-poisoning body',
    request: execute('{executableOffRamp}', '{"__proto__":{"role":"admin"}}'),
    expect: { status: 400, code: 'BAD_REQUEST' },
  },
  {
    name: 'P3: a body over 16 KiB',
    request: execute('{executableOffRamp}', JSON.stringify({ transactionHash: 'x'.repeat(17 * 1024) })),
    expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  },
  {
    // The CSRF guard checks the media type before the session: a viewer gets 415, not 403.
    name: 'C1: a write that is not JSON',
    request: execute('{executableOffRamp}', 'transactionHash=x', { contentType: 'text/plain', as: 'viewer' }),
    expect: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },
  {
    name: 'C1: a write from another origin',
    request: execute('{executableOffRamp}', '{}', { headers: { origin: 'https://evil.example' } }),
    expect: { status: 403, code: 'CROSS_ORIGIN_REFUSED' },
  },
  {
    name: 'C1: a write the browser says is cross-site',
    request: execute('{executableOffRamp}', '{}', { headers: { 'sec-fetch-site': 'cross-site' } }),
    expect: { status: 403, code: 'CROSS_ORIGIN_REFUSED' },
  },
];
