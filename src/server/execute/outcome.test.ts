import { describe, expect, it } from 'vitest';
import { CAPA_MESSAGES } from '../../contract/capa';
import { UpstreamFailure } from '../upstream/errors';
import { failureFromStatus } from '../upstream/status-failure';
import { classifyFailure } from './outcome';

const answered = (status: number, code = '', message = '') =>
  failureFromStatus(
    { status, headers: {}, text: code ? JSON.stringify({ success: false, error: { code, message } }) : '' },
    ['transactionId', 'Idempotency-Key'],
  );

describe('classifyFailure (SECURITY E4)', () => {
  it.each([
    ['nothing sent (connect)', new UpstreamFailure('connect', ''), 'failed', 'unknown'],
    ['a timeout', new UpstreamFailure('timeout', ''), 'unknown', 'unknown'],
    ['a broken connection', new UpstreamFailure('reset', ''), 'unknown', 'unknown'],
    ['an unreadable answer', new UpstreamFailure('bad-response', ''), 'unknown', 'unknown'],
    ['a 503', answered(503), 'unknown', 'unknown'],
    ['a 303 See Other', answered(303), 'unknown', 'unknown'],
    ['a 307 redirect', answered(307), 'failed', 'unknown'],
    ['a 429', answered(429), 'failed', 'unknown'],
    ['a refused partner key', answered(401, 'UNAUTHORIZED', CAPA_MESSAGES.keyInvalid), 'failed', 'unknown'],
    [
      'an invalid hash',
      answered(400, 'INVALID_USER_INPUT_ERROR', 'Invalid transaction hash'),
      'failed',
      'failed',
    ],
    [
      'invalid input',
      answered(400, 'INVALID_USER_INPUT_ERROR', CAPA_MESSAGES.invalidInput),
      'failed',
      'failed',
    ],
    ['not found', answered(404, 'TRANSACTION_NOT_FOUND', CAPA_MESSAGES.notFound), 'failed', 'failed'],
    ['not ours', answered(403, 'TRANSACTION_ACCESS_DENIED', CAPA_MESSAGES.accessDenied), 'failed', 'failed'],
    ['a 404 about the address', answered(404), 'failed', 'unknown'],
    ['another 403', answered(403, 'FORBIDDEN', 'nope'), 'failed', 'unknown'],
    ['a 409', answered(409), 'failed', 'unknown'],
    [
      'no longer executable',
      answered(400, 'INVALID_USER_INPUT_ERROR', CAPA_MESSAGES.invalidTransition),
      'failed',
      'unknown',
    ],
    ['an error of ours', new Error('bug'), 'unknown', 'unknown'],
  ])(
    '%s: a first send failed or unknown; a re-send settles only on a refusal of the request itself',
    (_name, error, first, resend) => {
      expect(classifyFailure(error, false).state).toBe(first);
      expect(classifyFailure(error, true).state).toBe(resend);
    },
  );

  it('an unknown outcome is answered 504 EXECUTE_OUTCOME_UNKNOWN and recorded with Capa’s status', () => {
    const result = classifyFailure(answered(500), false);
    expect([result.error.statusCode, result.error.code]).toEqual([504, 'EXECUTE_OUTCOME_UNKNOWN']);
    expect(result.answer).toMatchObject({
      outcome: 'unknown',
      upstreamStatus: 500,
      upstreamCode: 'EXECUTE_OUTCOME_UNKNOWN',
    });
  });

  it('the audit records the very words the agent is given, and Capa’s code', () => {
    const result = classifyFailure(
      answered(403, 'TRANSACTION_ACCESS_DENIED', CAPA_MESSAGES.accessDenied),
      false,
    );
    expect(result.answer).toEqual({
      outcome: 'failed',
      upstreamStatus: 403,
      upstreamCode: 'TRANSACTION_ACCESS_DENIED',
      upstreamMessage: result.error.message,
    });
  });
});
