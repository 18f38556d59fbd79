import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatAmount,
  formatCount,
  formatDecimal,
  formatLocalDateTime,
  formatUtcOffset,
  formatUtcDateTime,
  shortId,
  timeZoneLabel,
} from './format';

describe('formatAmount', () => {
  it('keeps strings character for character', () => {
    for (const s of ['0.197576', '60.73613361949396', '1000.50', '250.000000000000000001', '-3'])
      expect(formatAmount(s)).toBe(s);
  });

  it('shows numbers as JSON gave them, spelling out exponent forms', () => {
    expect(formatAmount(12)).toBe('12');
    expect(formatAmount(251.2)).toBe('251.2');
    expect(formatAmount(1e-7)).toBe('0.0000001');
    expect(formatAmount(1e21)).toBe('1000000000000000000000');
  });

  it('shows a dash for a missing amount', () => {
    for (const v of [null, undefined, '']) expect(formatAmount(v)).toBe('—');
  });
});

describe('other formats', () => {
  it('groups counts, shortens ids, and writes dates unambiguously', () => {
    expect(formatCount(4237)).toBe('4,237');
    for (const [n, text] of [
      [0, '0'],
      [999, '999'],
      [1000, '1,000'],
      [100000, '100,000'],
      [1234567, '1,234,567'],
      [-1234, '-1,234'],
    ] as const)
      expect(formatCount(n)).toBe(text);
    // Not a whole count: shown as it is rather than grouped wrongly.
    expect(formatCount(1234.5)).toBe('1234.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(shortId('af6e3ab7-b982-4ce7-adf6-f54d4d8de10a')).toBe('af6e3ab7');
    expect(formatUtcDateTime('2025-06-10T05:54:28.572Z')).toBe('2025-06-10 05:54:28 UTC');
    // The active locale's numerals (en-US here), date and time split by the one plain space.
    expect(formatLocalDateTime('2025-06-10T05:54:28.572Z')).toMatch(
      /^\d{2}\/\d{2}\/2025 \d{2}:54\u00a0[AP]M$/,
    );
    expect(formatLocalDateTime('2025-06-10T05:54:28.572Z', { seconds: true })).toMatch(
      /^\d{2}\/\d{2}\/2025 \d{2}:54:28\u00a0[AP]M$/,
    );
    expect(formatLocalDateTime('not a date')).toBe('not a date');
  });
});

describe('formatDecimal: exact sums for people', () => {
  it('groups the whole part and never rounds the fraction', () => {
    expect(formatDecimal('1234567.5')).toBe('1,234,567.5');
    expect(formatDecimal('10.000000000000000001')).toBe('10.000000000000000001');
    expect(formatDecimal('-98765432109876543210.25')).toBe('-98,765,432,109,876,543,210.25');
    expect(formatDecimal('999')).toBe('999');
    expect(formatDecimal('not a number')).toBe('not a number');
  });
});

describe('formatUtcOffset and timeZoneLabel: the table says its time zone once', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the browser’s offset with a typographic minus, minutes included', () => {
    const at = new Date('2025-06-10T05:54:28.572Z');
    for (const [offset, text] of [
      [300, 'UTC\u221205:00'],
      [-330, 'UTC+05:30'],
      [0, 'UTC'],
      [-840, 'UTC+14:00'],
    ] as const) {
      vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(offset);
      expect(formatUtcOffset(at)).toBe(text);
    }
  });

  it('names each offset on the page once, or now’s on an empty page', () => {
    // A zone with daylight-saving time: +01:00 in winter, +02:00 in summer.
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return this.getUTCMonth() >= 3 && this.getUTCMonth() <= 9 ? -120 : -60;
    });
    const summer = ['2025-06-10T05:54:28Z', '2025-07-01T00:00:00Z'];
    expect(timeZoneLabel(summer, 0)).toBe('UTC+02:00');
    expect(timeZoneLabel([...summer, '2025-12-01T00:00:00Z'], 0)).toBe('UTC+02:00 / UTC+01:00');
    expect(timeZoneLabel([], Date.parse('2025-01-15T00:00:00Z'))).toBe('UTC+01:00');
  });
});
