import { describe, expect, it } from 'vitest';
import { CAPA_MESSAGES } from '../../contract/capa';
import { readCapaError } from '../../contract/capa-error';
import { UpstreamFailure, classifyTransportError, isRetryableFailure, parseRetryAfter } from './errors';
import { AUTH_FAILED_MESSAGE, boundedRetryAfterSeconds, toApiError } from './messages';

const capa = (code: string, message: string) => readCapaError({ success: false, error: { code, message } });
const status = (s: number, info = readCapaError(''), retryAfterMs?: number) =>
  new UpstreamFailure('status', `status ${s}`, { status: s, capa: info, retryAfterMs });

describe('classifyTransportError', () => {
  it.each([
    ['ECONNREFUSED', 'connect'],
    ['ENOTFOUND', 'connect'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connect'],
    ['ECONNRESET', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['UND_ERR_ABORTED', 'timeout'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'bad-response'],
  ])('%s is a %s failure', (code, kind) => {
    expect(classifyTransportError(Object.assign(new Error('x'), { code })).kind).toBe(kind);
  });

  it('reads the code inside an AggregateError and treats a budget abort as a timeout', () => {
    const aggregate = new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]);
    expect(classifyTransportError(aggregate).kind).toBe('connect');
    expect(classifyTransportError(new DOMException('late', 'TimeoutError')).kind).toBe('timeout');
  });
});

describe('isRetryableFailure (SECURITY U2)', () => {
  it('retries connection trouble, 5xx and 429 only', () => {
    expect(isRetryableFailure(new UpstreamFailure('connect', ''))).toBe(true);
    expect(isRetryableFailure(new UpstreamFailure('reset', ''))).toBe(true);
    expect(isRetryableFailure(status(500))).toBe(true);
    expect(isRetryableFailure(status(503))).toBe(true);
    expect(isRetryableFailure(status(429))).toBe(true);
    for (const s of [400, 401, 403, 404, 302]) expect(isRetryableFailure(status(s))).toBe(false);
    for (const kind of ['timeout', 'tls', 'bad-response', 'too-large'] as const) {
      expect(isRetryableFailure(new UpstreamFailure(kind, ''))).toBe(false);
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2025-06-10T05:54:28Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Tue, 10 Jun 2025 05:54:38 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 10 Jun 2025 05:54:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('is passed on bounded to 1..120 seconds, 5 when absent', () => {
    expect(boundedRetryAfterSeconds(undefined)).toBe(5);
    expect(boundedRetryAfterSeconds(0)).toBe(1);
    expect(boundedRetryAfterSeconds(2_100)).toBe(3);
    expect(boundedRetryAfterSeconds(86_400_000)).toBe(120);
  });
});

describe('toApiError', () => {
  it.each([
    [new UpstreamFailure('connect', ''), 'list', 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('reset', ''), 'list', 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('tls', ''), 'list', 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('timeout', ''), 'list', 504, 'UPSTREAM_TIMEOUT'],
    [new UpstreamFailure('timeout', ''), 'execute', 504, 'UPSTREAM_TIMEOUT'],
    [new UpstreamFailure('bad-response', ''), 'list', 502, 'UPSTREAM_BAD_RESPONSE'],
    [new UpstreamFailure('too-large', ''), 'list', 502, 'UPSTREAM_BAD_RESPONSE'],
    [status(500), 'list', 502, 'UPSTREAM_UNAVAILABLE'],
    [status(503), 'execute', 502, 'UPSTREAM_UNAVAILABLE'],
    [status(302), 'list', 502, 'UPSTREAM_BAD_RESPONSE'],
    [status(429), 'list', 503, 'UPSTREAM_RATE_LIMITED'],
    [status(401, capa('UNAUTHORIZED', CAPA_MESSAGES.keyInvalid)), 'list', 502, 'UPSTREAM_AUTH_FAILED'],
    [status(403), 'execute', 502, 'UPSTREAM_AUTH_FAILED'],
    [
      status(403, capa('TRANSACTION_ACCESS_DENIED', CAPA_MESSAGES.accessDenied)),
      'execute',
      403,
      'TRANSACTION_ACCESS_DENIED',
    ],
    [
      status(404, capa('TRANSACTION_NOT_FOUND', CAPA_MESSAGES.notFound)),
      'execute',
      404,
      'TRANSACTION_NOT_FOUND',
    ],
    [status(404), 'execute', 502, 'UPSTREAM_BAD_RESPONSE'],
    [
      status(400, capa('INVALID_USER_INPUT_ERROR', CAPA_MESSAGES.invalidTransition)),
      'execute',
      400,
      'TRANSACTION_NOT_EXECUTABLE',
    ],
    [
      status(400, capa('INVALID_USER_INPUT_ERROR', 'Invalid transaction hash for chain POL')),
      'execute',
      400,
      'INVALID_TRANSACTION_HASH',
    ],
    [
      status(400, capa('INVALID_USER_INPUT_ERROR', CAPA_MESSAGES.invalidInput)),
      'execute',
      400,
      'UPSTREAM_REJECTED_INPUT',
    ],
    [status(400, capa('INVALID_USER_INPUT_ERROR', 'bad limit')), 'list', 400, 'UPSTREAM_REJECTED_INPUT'],
    [status(409), 'execute', 502, 'UPSTREAM_BAD_RESPONSE'],
    // On a list these cannot be about one transaction: a wrong key or a wrong base URL.
    [
      status(403, capa('TRANSACTION_ACCESS_DENIED', CAPA_MESSAGES.accessDenied)),
      'list',
      502,
      'UPSTREAM_AUTH_FAILED',
    ],
    [
      status(404, capa('TRANSACTION_NOT_FOUND', CAPA_MESSAGES.notFound)),
      'list',
      502,
      'UPSTREAM_BAD_RESPONSE',
    ],
  ] as const)('maps %o during %s to %i %s', (failure, op, httpStatus, code) => {
    const error = toApiError(failure, op);
    expect(error.statusCode).toBe(httpStatus);
    expect(error.code).toBe(code);
  });

  it('words key trouble as a service problem, not the agent’s session (SECURITY U3)', () => {
    expect(toApiError(status(401), 'list').message).toBe(AUTH_FAILED_MESSAGE);
    expect(AUTH_FAILED_MESSAGE).toMatch(
      /^Capa rejected the partner API key: a service configuration problem, not your session/,
    );
  });

  it('tells the agent when an execute outcome is unknown, and when nothing was sent', () => {
    for (const failure of [
      new UpstreamFailure('timeout', ''),
      new UpstreamFailure('reset', ''),
      status(500),
    ]) {
      expect(toApiError(failure, 'execute').message).toMatch(
        /outcome of this execute is unknown: check the transaction/,
      );
    }
    expect(toApiError(new UpstreamFailure('connect', ''), 'execute').message).toMatch(/nothing was executed/);
  });

  it('passes a bounded Retry-After on with a rate limit', () => {
    expect(toApiError(status(429, readCapaError(''), 7_000), 'list').headers).toEqual({ 'retry-after': '7' });
  });

  it('never repeats Capa’s own message to the client', () => {
    const leaky = capa('INVALID_USER_INPUT_ERROR', 'boom https://internal.capa/secret?partner-api-key=abc');
    for (const s of [400, 401, 403, 404, 409, 500]) {
      expect(toApiError(status(s, leaky), 'execute').message).not.toMatch(/internal|secret|abc/);
    }
  });
});

describe('every upstream failure says what to do (SECURITY U1–U3)', () => {
  const failures: [string, UpstreamFailure][] = [
    ...(['connect', 'tls', 'reset', 'timeout', 'bad-response', 'too-large'] as const).map(
      (kind): [string, UpstreamFailure] => [kind, new UpstreamFailure(kind, kind)],
    ),
    ...[301, 401, 403, 404, 418, 429, 500, 502, 503].map((s): [string, UpstreamFailure] => [
      `status ${s}`,
      status(s),
    ]),
  ];
  const REMEDY = /try again|Tell whoever runs Rampdesk|check the transaction’s status|Reload it|check that/;

  it.each(failures)('%s: a message with a remedy, for both calls', (_name, failure) => {
    for (const op of ['list', 'execute'] as const) {
      const error = toApiError(failure, op);
      expect(error.message).toMatch(REMEDY);
      expect(error.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});
