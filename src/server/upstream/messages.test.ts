import { describe, expect, it } from 'vitest';
import { CAPA_MESSAGES } from '../../contract/capa';
import { UpstreamFailure, classifyTransportError, isRetryableFailure } from './errors';
import { AUTH_FAILED_MESSAGE, boundedRetryAfterSeconds, readFailureError } from './messages';
import { failureFromStatus } from './status-failure';

const capa = (code: string, message: string) => ({ success: false, error: { code, message } });
const status = (s: number, body: unknown = '', headers: Record<string, string> = {}) =>
  failureFromStatus({ status: s, headers, text: typeof body === 'string' ? body : JSON.stringify(body) }, []);

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
    for (const kind of ['timeout', 'tls', 'bad-response', 'too-large', 'redirect', 'refused'] as const) {
      expect(isRetryableFailure(new UpstreamFailure(kind, ''))).toBe(false);
    }
  });
});

describe('Retry-After', () => {
  it('is passed on bounded to 1..120 seconds, 5 when absent', () => {
    expect(boundedRetryAfterSeconds(undefined)).toBe(5);
    expect(boundedRetryAfterSeconds(0)).toBe(1);
    expect(boundedRetryAfterSeconds(2_100)).toBe(3);
    expect(boundedRetryAfterSeconds(86_400_000)).toBe(120);
  });
});

describe('readFailureError', () => {
  it.each([
    [new UpstreamFailure('connect', ''), 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('reset', ''), 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('tls', ''), 502, 'UPSTREAM_UNAVAILABLE'],
    [new UpstreamFailure('timeout', ''), 504, 'UPSTREAM_TIMEOUT'],
    [new UpstreamFailure('bad-response', ''), 502, 'UPSTREAM_BAD_RESPONSE'],
    [new UpstreamFailure('too-large', ''), 502, 'UPSTREAM_BAD_RESPONSE'],
    [status(500), 502, 'UPSTREAM_UNAVAILABLE'],
    [status(302), 502, 'UPSTREAM_REFUSED'],
    [status(429), 503, 'UPSTREAM_RATE_LIMITED'],
    [status(401, capa('UNAUTHORIZED', CAPA_MESSAGES.keyInvalid)), 502, 'UPSTREAM_AUTH_FAILED'],
    [
      status(403, capa('TRANSACTION_ACCESS_DENIED', CAPA_MESSAGES.accessDenied)),
      403,
      'TRANSACTION_ACCESS_DENIED',
    ],
    [status(403), 502, 'UPSTREAM_REFUSED'],
    [status(404, capa('TRANSACTION_NOT_FOUND', CAPA_MESSAGES.notFound)), 404, 'TRANSACTION_NOT_FOUND'],
    [status(404), 502, 'UPSTREAM_REFUSED'],
    [status(400, capa('INVALID_USER_INPUT_ERROR', 'bad limit')), 400, 'UPSTREAM_REJECTED_INPUT'],
    [status(409), 502, 'UPSTREAM_REFUSED'],
  ] as const)('maps %o to %i %s', (failure, httpStatus, code) => {
    const error = readFailureError(failure, 'list');
    expect([error.statusCode, error.code]).toEqual([httpStatus, code]);
  });

  it('words key trouble as a service problem, not the agent’s session (SECURITY U3)', () => {
    expect(readFailureError(status(401), 'list').message).toBe(AUTH_FAILED_MESSAGE);
    expect(AUTH_FAILED_MESSAGE).toMatch(
      /^Capa rejected the partner API key: a service configuration problem, not your session/,
    );
  });

  it('after the check before an execute, says that nothing was executed', () => {
    for (const failure of [new UpstreamFailure('timeout', ''), status(500), status(404)]) {
      expect(readFailureError(failure, 'check').message).toMatch(/Nothing was executed\.$/);
    }
    expect(readFailureError(status(429), 'check').message).toMatch(/so nothing was executed/);
  });

  it('passes a bounded Retry-After on with a rate limit', () => {
    expect(readFailureError(status(429, '', { 'retry-after': '7' }), 'list').headers).toEqual({
      'retry-after': '7',
    });
  });

  it('never repeats Capa’s own message to the client', () => {
    const leaky = capa('INVALID_USER_INPUT_ERROR', 'boom https://internal.capa/secret?partner-api-key=abc');
    for (const s of [400, 401, 403, 404, 409, 500]) {
      expect(readFailureError(status(s, leaky), 'list').message).not.toMatch(/internal|secret|abc|boom/);
    }
  });
});

describe('every upstream failure says what to do (SECURITY U1–U3)', () => {
  const failures: [string, UpstreamFailure][] = [
    ...(['connect', 'tls', 'reset', 'timeout', 'bad-response', 'too-large'] as const).map(
      (kind): [string, UpstreamFailure] => [kind, new UpstreamFailure(kind, kind)],
    ),
    ...[301, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503].map((s): [string, UpstreamFailure] => [
      `status ${s}`,
      status(s),
    ]),
  ];
  const REMEDY = /try again|Tell whoever runs Rampdesk|tell whoever runs Rampdesk|Change the filters/;

  it.each(failures)('%s: a message with a remedy, for every read', (_name, failure) => {
    for (const purpose of ['list', 'read', 'check'] as const) {
      const error = readFailureError(failure, purpose);
      expect(error.message).toMatch(REMEDY);
      expect(error.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});
