import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../lib/api-client';
import { describeWait, signInErrorMessage } from './sign-in-error';

const at = new Date(2025, 5, 10, 14, 2, 0);

describe('sign-in error wording', () => {
  it('says how long to wait, with the clock time for minutes', () => {
    expect(describeWait(1, at)).toBe('a second');
    expect(describeWait(45, at)).toBe('45 seconds');
    expect(describeWait(60, at)).toBe('1 minute (at 14:03)');
    expect(describeWait(899, at)).toBe('15 minutes (at 14:16)');
  });

  it('keeps the BFF generic message for a 401 and explains a 429 without Retry-After', () => {
    const wrong = new ApiRequestError({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Email or password is incorrect.',
    });
    expect(signInErrorMessage(wrong)).toBe('Email or password is incorrect.');
    const limited = new ApiRequestError({ status: 429, code: 'RATE_LIMITED', message: 'x' });
    expect(signInErrorMessage(limited)).toBe(
      'Too many sign-in attempts. Wait a few minutes, then try again.',
    );
    const down = new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', message: 'Not reachable.' });
    expect(signInErrorMessage(down)).toBe('Not reachable.');
  });
});
