/**
 * Every documented Capa error status × every error-body shape seen in the wild (docs/capa-api.md: the
 * shape is undocumented), for reads and for an execute: what the agent is told (code, words),
 * what the audit records (outcome, status, code, the same words), and the facts logged (which
 * 401, what Capa refused). Capa's own free text never reaches the agent.
 */
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../contract/api';
import { CAPA_MESSAGES } from '../../contract/capa';
import type { KeyProblem } from '../../contract/readiness-api';
import { classifyFailure } from '../execute/outcome';
import { CANARY_KEY, fakeUpstream, json, type FakeUpstream } from '../test-support/harness';
import { createCapaClient } from './client';
import { failureDetail } from './errors';
import { readFailureError } from './messages';
import { failureFromStatus } from './status-failure';

const SHAPES = ['sandbox', 'flat', 'errorCode', 'nest', 'nest-array', 'text', 'empty'] as const;
type Shape = (typeof SHAPES)[number];
/** Which of Capa's code and message a shape carries. */
const CARRIES: Record<Shape, 'code+message' | 'message' | 'nothing'> = {
  sandbox: 'code+message',
  flat: 'code+message',
  errorCode: 'code+message',
  nest: 'message',
  'nest-array': 'message',
  text: 'nothing',
  empty: 'nothing',
};
const REASON: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden' };

function bodyOf(shape: Shape, status: number, code: string, message: string): string {
  const error = REASON[status] ?? 'Error';
  switch (shape) {
    case 'sandbox':
      return JSON.stringify({ success: false, error: { code, message } });
    case 'flat':
      return JSON.stringify({ code, message });
    case 'errorCode':
      return JSON.stringify({ errorCode: code, message });
    case 'nest':
      return JSON.stringify({ statusCode: status, message, error });
    case 'nest-array':
      return JSON.stringify({ statusCode: status, message: [message], error });
    case 'text':
      return `${status} ${message}`;
    case 'empty':
      return '';
  }
}

/** What we expect, given what the shape let through. */
interface Expect {
  read: ApiErrorCode;
  execute: ApiErrorCode;
  outcome: 'failed' | 'unknown';
  logged: Record<string, unknown>;
}
type Row = [name: string, status: number, code: string, message: string, expect: (c: Shape) => Expect];

const failed = (read: ApiErrorCode, execute: ApiErrorCode, logged: Record<string, unknown>): Expect => ({
  read,
  execute,
  outcome: 'failed',
  logged,
});
const coded = (s: Shape) => CARRIES[s] === 'code+message';
const worded = (s: Shape) => CARRIES[s] !== 'nothing';
const key = (problem: KeyProblem) => (s: Shape) =>
  failed('UPSTREAM_AUTH_FAILED', 'UPSTREAM_AUTH_FAILED', {
    upstreamFailure: 'unauthorized',
    keyProblem: worded(s) ? problem : 'KEY_REFUSED',
  });
const input = (refusal: string, execute: ApiErrorCode) => (s: Shape) =>
  failed('UPSTREAM_REJECTED_INPUT', worded(s) ? execute : 'UPSTREAM_REJECTED_INPUT', {
    upstreamFailure: 'refused',
    refusal: worded(s) ? refusal : 'invalid-input',
  });
const refusedAs = (refusal: string) => failed('UPSTREAM_REFUSED', 'UPSTREAM_REFUSED', { refusal });

const ROWS: Row[] = [
  [
    'documented invalid input',
    400,
    'INVALID_USER_INPUT_ERROR',
    CAPA_MESSAGES.invalidInput,
    input('invalid-input', 'UPSTREAM_REJECTED_INPUT'),
  ],
  [
    'not executable',
    400,
    'INVALID_USER_INPUT_ERROR',
    CAPA_MESSAGES.invalidTransition,
    input('invalid-transition', 'TRANSACTION_NOT_EXECUTABLE'),
  ],
  [
    'a bad hash',
    400,
    'INVALID_USER_INPUT_ERROR',
    'Invalid User Input: transactionHash is not a valid POL hash',
    input('invalid-hash', 'INVALID_TRANSACTION_HASH'),
  ],
  [
    'an unrecognised 400',
    400,
    'BAD_REQUEST',
    'limit must not be greater than 100',
    input('invalid-input', 'UPSTREAM_REJECTED_INPUT'),
  ],
  [
    'a 422',
    422,
    'INVALID_USER_INPUT_ERROR',
    CAPA_MESSAGES.invalidInput,
    input('invalid-input', 'UPSTREAM_REJECTED_INPUT'),
  ],
  ['no key', 401, 'UNAUTHORIZED', CAPA_MESSAGES.keyMissing, key('KEY_MISSING')],
  ['a malformed key', 401, 'UNAUTHORIZED', CAPA_MESSAGES.keyFormat, key('KEY_FORMAT_INVALID')],
  ['an unknown key', 401, 'UNAUTHORIZED', CAPA_MESSAGES.keyInvalid, key('KEY_INVALID')],
  [
    'not ours',
    403,
    'TRANSACTION_ACCESS_DENIED',
    CAPA_MESSAGES.accessDenied,
    (s) =>
      worded(s)
        ? failed('TRANSACTION_ACCESS_DENIED', 'TRANSACTION_ACCESS_DENIED', { refusal: 'access-denied' })
        : refusedAs('forbidden'),
  ],
  ['another 403', 403, 'FORBIDDEN', 'Forbidden resource', () => refusedAs('forbidden')],
  [
    'not found',
    404,
    'TRANSACTION_NOT_FOUND',
    CAPA_MESSAGES.notFound,
    (s) =>
      worded(s)
        ? failed('TRANSACTION_NOT_FOUND', 'TRANSACTION_NOT_FOUND', { refusal: 'not-found' })
        : refusedAs('no-such-route'),
  ],
  [
    'a wrong address',
    404,
    'NOT_FOUND',
    'Cannot POST /api/partner/v2/off-ramp/execute',
    () => refusedAs('no-such-route'),
  ],
  ['a conflict', 409, 'CONFLICT', 'Conflict', () => refusedAs('conflict')],
  [
    'a rate limit',
    429,
    'TOO_MANY_REQUESTS',
    'Too many requests',
    () => failed('UPSTREAM_RATE_LIMITED', 'UPSTREAM_RATE_LIMITED', { upstreamFailure: 'rate-limited' }),
  ],
  ...[500, 502, 503].map((status): Row => [
    `HTTP ${status}`,
    status,
    'INTERNAL_SERVER_ERROR',
    'Internal server error',
    () => ({
      read: 'UPSTREAM_UNAVAILABLE',
      execute: 'EXECUTE_OUTCOME_UNKNOWN',
      outcome: 'unknown',
      logged: { upstreamFailure: 'server-error' },
    }),
  ]),
];

const CELLS = ROWS.flatMap(([name, status, code, message, expected]) =>
  SHAPES.map((shape) => ({ name, status, code, message, shape, expected: expected(shape) })),
);
const LIST_SENT = ['limit', 'status'];
const EXECUTE_SENT = ['transactionId', 'transactionHash', 'Idempotency-Key'];

describe.each(CELLS)('$status $name as a $shape body', ({ status, code, message, shape, expected }) => {
  const answer = { status, headers: {}, text: bodyOf(shape, status, code, message) };
  const ourWords = (text: string) => {
    expect(text).not.toContain(message);
    expect(text).not.toMatch(/undefined|null|\[object/);
  };

  it('a read: the agent gets our code and our words; the log gets the facts', () => {
    const failure = failureFromStatus(answer, LIST_SENT);
    expect(failureDetail(failure)).toMatchObject({ upstreamStatus: status, ...expected.logged });
    for (const purpose of ['list', 'read', 'check'] as const) {
      const error = readFailureError(failure, purpose);
      expect(error.code).toBe(expected.read);
      ourWords(error.message);
    }
  });

  it('an execute: the audit records what the agent is told, and unknown only as EXECUTE_OUTCOME_UNKNOWN', () => {
    const result = classifyFailure(failureFromStatus(answer, EXECUTE_SENT), false, true);
    expect([result.state, result.error.code]).toEqual([expected.outcome, expected.execute]);
    expect(result.answer).toEqual({
      outcome: expected.outcome,
      upstreamStatus: status,
      upstreamCode: coded(shape) ? code : result.error.code,
      upstreamMessage: result.error.message,
    });
    ourWords(result.error.message);
  });
});

describe('an unrecognised 400 says what was refused, in our words', () => {
  it('naming only our own fields that Capa’s message mentions', () => {
    const answer = {
      status: 400,
      headers: {},
      text: bodyOf('nest-array', 400, '', 'limit must not be greater than 100'),
    };
    const list = readFailureError(failureFromStatus(answer, LIST_SENT), 'list');
    expect(list.message).toBe(
      'Capa refused these filters as invalid input. It named: limit. Change the filters; tell whoever runs Rampdesk if they look right.',
    );
    const bare = readFailureError(failureFromStatus({ ...answer, text: '' }, LIST_SENT), 'list');
    expect(bare.message).toMatch(/It did not say which part\./);
    const execute = classifyFailure(
      failureFromStatus(
        { ...answer, text: bodyOf('flat', 400, 'X', 'transactionId must be a UUID') },
        EXECUTE_SENT,
      ),
      false,
    );
    expect(execute.error.message).toMatch(/^Capa did not accept the transaction id as input\./);
  });
});

describe('which 401, through the client, in its log line', () => {
  const upstreams: FakeUpstream[] = [];
  afterAll(async () => {
    for (const u of upstreams) await u.close();
  });

  it.each([
    [CAPA_MESSAGES.keyMissing, 'KEY_MISSING'],
    [CAPA_MESSAGES.keyFormat, 'KEY_FORMAT_INVALID'],
    [CAPA_MESSAGES.keyInvalid, 'KEY_INVALID'],
    ['Unauthorized', 'KEY_REFUSED'],
  ])('“%s” is logged as %s, the key nowhere', async (capaMessage, keyProblem) => {
    const up = await fakeUpstream((_req, res) =>
      json(res, 401, { success: false, error: { code: 'UNAUTHORIZED', message: capaMessage } }),
    );
    upstreams.push(up);
    const lines: Record<string, unknown>[] = [];
    const log = {
      info: () => {},
      warn: (fields: Record<string, unknown>) => lines.push(fields),
    } as unknown as FastifyBaseLogger;
    const client = createCapaClient({ baseUrl: up.url, apiKey: CANARY_KEY }, log);
    await expect(client.listTransactions({ limit: 1 })).rejects.toMatchObject({ kind: 'unauthorized' });
    await client.close();
    expect(lines).toEqual([
      expect.objectContaining({
        upstream: 'list',
        upstreamFailure: 'unauthorized',
        upstreamStatus: 401,
        keyProblem,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(CANARY_KEY);
    expect(JSON.stringify(lines)).not.toContain(capaMessage);
  });
});
