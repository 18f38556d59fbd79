import { describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../contract/api';
import { ApiHttpError } from '../errors';
import { classifyFailure } from './outcome';

const failure = (code: ApiErrorCode, kind: string, upstreamStatus?: number) =>
  new ApiHttpError(upstreamStatus ?? 502, code, 'words', {
    detail: { upstreamFailure: kind, upstreamStatus },
  });

describe('classifyFailure (SECURITY E4)', () => {
  it.each([
    ['nothing sent (connect)', failure('UPSTREAM_UNAVAILABLE', 'connect'), 'failed', 'unknown'],
    ['a timeout', failure('UPSTREAM_TIMEOUT', 'timeout'), 'unknown', 'unknown'],
    ['a broken connection', failure('UPSTREAM_UNAVAILABLE', 'reset'), 'unknown', 'unknown'],
    ['an unreadable answer', failure('UPSTREAM_BAD_RESPONSE', 'bad-response'), 'unknown', 'unknown'],
    ['a 503', failure('UPSTREAM_UNAVAILABLE', 'status', 503), 'unknown', 'unknown'],
    ['a 429', failure('UPSTREAM_RATE_LIMITED', 'status', 429), 'failed', 'unknown'],
    ['a refused partner key', failure('UPSTREAM_AUTH_FAILED', 'status', 401), 'failed', 'unknown'],
    ['an invalid hash', failure('INVALID_TRANSACTION_HASH', 'status', 400), 'failed', 'failed'],
    ['not found', failure('TRANSACTION_NOT_FOUND', 'status', 404), 'failed', 'failed'],
    ['no longer executable', failure('TRANSACTION_NOT_EXECUTABLE', 'status', 400), 'failed', 'unknown'],
    ['an error of ours', new Error('bug'), 'unknown', 'unknown'],
  ])(
    '%s: a first send failed or unknown; a re-send settles only on a refusal of the request itself',
    (_name, error, first, resend) => {
      expect(classifyFailure(error, false).state).toBe(first);
      expect(classifyFailure(error, true).state).toBe(resend);
    },
  );

  it('an unknown outcome is answered 504 EXECUTE_OUTCOME_UNKNOWN and recorded with Capa’s status', () => {
    const result = classifyFailure(failure('UPSTREAM_UNAVAILABLE', 'status', 500), false);
    expect([result.error.statusCode, result.error.code]).toEqual([504, 'EXECUTE_OUTCOME_UNKNOWN']);
    expect(result.answer).toMatchObject({
      outcome: 'unknown',
      upstreamStatus: 500,
      upstreamCode: 'EXECUTE_OUTCOME_UNKNOWN',
    });
  });
});
