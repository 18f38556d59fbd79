import { describe, expect, it } from 'vitest';
import { BASE_ENV, problemsOf } from '../test-support/config-env';
import { COLLABORATION_DEFAULTS, parseDuration } from './collaboration';
import { loadConfig } from './config';

const HOUR = 3_600_000;

describe('STUCK_THRESHOLDS and TAKE_EXPIRES_AFTER', () => {
  it('defaults: an hour in crypto received, four awaiting a manual transfer, a day pending payment; takes lapse after 2h', () => {
    const { collaboration } = loadConfig(BASE_ENV);
    expect(collaboration).toEqual(COLLABORATION_DEFAULTS);
    expect(collaboration!.stuckThresholds).toMatchObject({
      CRYPTO_RECEIVED: HOUR,
      COMPLETED_CRYPTO_RECEIVAL: HOUR,
      AWAITING_MANUAL_FIAT_TRANSFER: 4 * HOUR,
      PENDING_PAYMENT: 24 * HOUR,
    });
    // A final status is never stuck.
    expect(collaboration!.stuckThresholds!.COMPLETED).toBeUndefined();
    expect(collaboration!.takeExpiresAfterMs).toBe(2 * HOUR);
  });

  it('each listed status replaces its default, off turns one off, the rest keep theirs', () => {
    const { collaboration } = loadConfig({
      ...BASE_ENV,
      STUCK_THRESHOLDS: 'CRYPTO_RECEIVED=30m, PENDING=off,COMPLETED=7d',
      TAKE_EXPIRES_AFTER: '45m',
    });
    expect(collaboration!.stuckThresholds).toMatchObject({
      CRYPTO_RECEIVED: 30 * 60_000,
      COMPLETED: 7 * 24 * HOUR,
      PENDING_PAYMENT: 24 * HOUR,
    });
    expect(collaboration!.stuckThresholds!.PENDING).toBeUndefined();
    expect(collaboration!.takeExpiresAfterMs).toBe(45 * 60_000);
  });

  it('refuses what it cannot read, saying what it wants, all problems at once', () => {
    expect(
      problemsOf({
        ...BASE_ENV,
        STUCK_THRESHOLDS: 'CRYPTO_RECEIVED=1 hour,SHIPPED=1h,PENDING,PENDING_FUNDS=1h,PENDING_FUNDS=2h',
        TAKE_EXPIRES_AFTER: '0s',
      }),
    ).toEqual([
      'STUCK_THRESHOLDS: CRYPTO_RECEIVED must be a duration such as 90s, 30m, 1h or 2d (at least 1s, at most 30d), or off',
      'STUCK_THRESHOLDS: SHIPPED is not a transaction status (e.g. CRYPTO_RECEIVED)',
      'STUCK_THRESHOLDS: "PENDING" must be STATUS=duration, e.g. CRYPTO_RECEIVED=1h',
      'STUCK_THRESHOLDS: PENDING_FUNDS is given twice',
      'TAKE_EXPIRES_AFTER must be a duration such as 90s, 30m, 1h or 2d (at least 1s, at most 30d)',
    ]);
  });

  it('reads durations in seconds, minutes, hours and days, within 1s and 30d', () => {
    expect([parseDuration('90s'), parseDuration('2h'), parseDuration('30d')]).toEqual([
      90_000,
      2 * HOUR,
      30 * 24 * HOUR,
    ]);
    for (const bad of ['', '1', '1h30m', '-1h', '1.5h', '31d', '0m', '1H'])
      expect(parseDuration(bad)).toBeNull();
  });
});
