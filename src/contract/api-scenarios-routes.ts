/**
 * Each read and account route's own answers, as the SPA meets them (api-scenarios.ts has them all).
 * Status, code, field names and shapes are compared, not messages: those are the BFF's words,
 * which the mocks may shorten.
 */
import { z } from 'zod';
import { apiConfigSchema, apiListResponseSchema } from './api';
import { get, idIs, invalid, MISSING_ID, post, put, type ApiScenario } from './api-scenario';
import { auditListResponseSchema, transactionAuditResponseSchema } from './audit-api';
import { apiAgentListResponseSchema, apiSessionResponseSchema } from './auth-api';
import { transactionSchema } from './capa';

/** As the sandbox BFF seeds it (GET /api/config lists it), and as the mocks do. */
const DEMO_VIEWER = { email: 'viewer@sandbox.rampdesk.test', password: 'sandbox-viewer-password' };

export const READ_SCENARIOS: ApiScenario[] = [
  {
    name: 'the public configuration',
    request: get('/api/config', null),
    expect: { status: 200, schema: apiConfigSchema },
  },
  {
    name: 'A1: who is signed in',
    request: get('/api/auth/me'),
    expect: {
      status: 200,
      schema: apiSessionResponseSchema,
      check: (b) => (b.agent.role === 'viewer' ? null : `role ${b.agent.role}`),
    },
  },
  {
    name: 'a page of transactions',
    request: get('/api/transactions?limit=5&sortOrder=asc&status=CRYPTO_RECEIVED'),
    expect: {
      status: 200,
      schema: apiListResponseSchema.extend({ limit: z.literal(5), skip: z.literal(0) }),
    },
  },
  {
    name: 'P3: the list refuses a parameter given twice',
    request: get('/api/transactions?status=PENDING&status=PENDING'),
    expect: invalid('status'),
  },
  {
    name: 'P3: the list refuses constructor by name',
    request: get('/api/transactions?constructor=x'),
    expect: invalid('constructor'),
  },
  {
    name: 'the list refuses a limit over 100',
    request: get('/api/transactions?limit=101'),
    expect: invalid('limit'),
  },
  {
    name: 'the list refuses an unknown status',
    request: get('/api/transactions?status=SHIPPED'),
    expect: invalid('status'),
  },
  {
    name: 'one transaction',
    request: get('/api/transactions/{existingTransaction}'),
    expect: { status: 200, schema: transactionSchema, check: idIs('existingTransaction') },
  },
  {
    name: 'one transaction by its id in upper case',
    request: get('/api/transactions/{existingTransaction:upper}'),
    expect: { status: 200, schema: transactionSchema, check: idIs('existingTransaction') },
  },
  {
    name: 'a transaction that does not exist',
    request: get(`/api/transactions/${MISSING_ID}`),
    expect: { status: 404, code: 'TRANSACTION_NOT_FOUND' },
  },
  {
    name: 'a transaction id that is no UUID',
    request: get('/api/transactions/not-a-uuid'),
    expect: invalid('id'),
  },
  {
    name: "a transaction's empty trail",
    request: get('/api/transactions/{existingTransaction}/audit'),
    expect: { status: 200, schema: transactionAuditResponseSchema },
  },
  { name: "a trail's id that is no UUID", request: get('/api/transactions/42/audit'), expect: invalid('id') },
  {
    name: "an operator's audit log",
    request: get('/api/audit?limit=10', 'operator'),
    expect: { status: 200, schema: auditListResponseSchema },
  },
  {
    name: 'P3: the audit log refuses a parameter given twice',
    request: get('/api/audit?outcome=failed&outcome=failed', 'operator'),
    expect: invalid('outcome'),
  },
  {
    name: 'the audit log refuses an unknown outcome',
    request: get('/api/audit?outcome=maybe', 'operator'),
    expect: invalid('outcome'),
  },
  {
    name: 'the audit log refuses from after to',
    request: get('/api/audit?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z', 'admin'),
    expect: invalid('to'),
  },
];

export const ACCOUNT_SCENARIOS: ApiScenario[] = [
  {
    name: 'A4: sign-in with a demo agent',
    request: post('/api/auth/sign-in', JSON.stringify(DEMO_VIEWER), null),
    expect: {
      status: 200,
      schema: apiSessionResponseSchema,
      check: (b) => (b.agent.email === DEMO_VIEWER.email ? null : b.agent.email),
    },
  },
  {
    name: 'A4: sign-in with a wrong password',
    request: post(
      '/api/auth/sign-in',
      JSON.stringify({ ...DEMO_VIEWER, password: 'not-the-password' }),
      null,
    ),
    expect: { status: 401, code: 'INVALID_CREDENTIALS' },
  },
  {
    name: 'A4: sign-in with an email nobody has',
    request: post('/api/auth/sign-in', '{"email":"nobody@rampdesk.test","password":"whatever-it-is"}', null),
    expect: { status: 401, code: 'INVALID_CREDENTIALS' },
  },
  {
    name: 'sign-in without a password',
    request: post('/api/auth/sign-in', '{"email":"a@b.test"}', null),
    expect: invalid('password'),
  },
  {
    name: 'an agent stores their language, and the session answer carries it',
    request: put('/api/auth/locale', '{"locale":"es-MX"}', 'viewer'),
    expect: {
      status: 200,
      schema: apiSessionResponseSchema,
      check: (b) => (b.locale === 'es-MX' ? null : `locale ${b.locale}`),
    },
  },
  {
    name: 'a language Rampdesk does not offer',
    request: put('/api/auth/locale', '{"locale":"fr-FR"}', 'viewer'),
    expect: invalid('locale'),
  },
  {
    name: 'the pseudo-locale is never stored (one browser only)',
    request: put('/api/auth/locale', '{"locale":"en-XA"}', 'operator'),
    expect: invalid('locale'),
  },
  {
    name: 'A1: a language without a session',
    request: put('/api/auth/locale', '{"locale":"es-MX"}', null),
    expect: { status: 401, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'an admin lists the agents',
    request: get('/api/agents', 'admin'),
    expect: { status: 200, schema: apiAgentListResponseSchema },
  },
  {
    name: 'an agent with a taken email',
    request: post('/api/agents', '{"email":"{takenEmail}","displayName":"Twin","role":"viewer"}', 'admin'),
    expect: { status: 409, code: 'AGENT_EXISTS', fields: ['email'] },
  },
  {
    name: 'an agent with an unknown role',
    request: post('/api/agents', '{"email":"x@rampdesk.test","displayName":"X","role":"root"}', 'admin'),
    expect: invalid('role'),
  },
  {
    name: 'an admin may not disable themselves',
    request: { method: 'PATCH', path: '/api/agents/{ownAgentId}', body: '{"disabled":true}', as: 'admin' },
    expect: { status: 409, code: 'OWN_ACCOUNT_LOCKED' },
  },
  {
    name: 'an admin may not reset their own password here',
    request: post('/api/agents/{ownAgentId}/reset-password', '{}', 'admin'),
    expect: { status: 409, code: 'OWN_ACCOUNT_LOCKED' },
  },
  {
    name: 'a change to an agent that does not exist',
    request: { method: 'PATCH', path: `/api/agents/${MISSING_ID}`, body: '{"role":"viewer"}', as: 'admin' },
    expect: { status: 404, code: 'AGENT_NOT_FOUND' },
  },
  {
    name: 'a change that changes nothing',
    request: { method: 'PATCH', path: `/api/agents/${MISSING_ID}`, body: '{}', as: 'admin' },
    expect: invalid('body'),
  },
  {
    name: 'a password reset of an agent id that is no UUID',
    request: post('/api/agents/7/reset-password', '{}', 'admin'),
    expect: invalid('id'),
  },
];
