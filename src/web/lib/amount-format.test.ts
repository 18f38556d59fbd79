import { describe, expect, it } from 'vitest';
import { formatExact, formatFiat, formatRate, minorUnits } from './amount-format';

describe('formatFiat: grouped, with the currency’s minor units', () => {
  it('groups the whole part and pads to two decimals for Capa’s currencies', () => {
    expect(formatFiat('78044.50', 'DOP')).toBe('78,044.50');
    expect(formatFiat('2450', 'MXN')).toBe('2,450.00');
    expect(formatFiat('3200.00', 'MXN')).toBe('3,200.00');
    expect(formatFiat('24732.8', 'DOP')).toBe('24,732.80');
    expect(formatFiat(12, 'USD')).toBe('12.00');
    expect(formatFiat('999.5', 'EUR')).toBe('999.50');
  });

  it('asks the browser for a currency Capa may add later', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
    expect(formatFiat('1234567', 'JPY')).toBe('1,234,567');
    expect(formatFiat('1234.5', 'KWD')).toBe('1,234.500');
    // Not a currency code at all: the digits as sent, grouped.
    expect(minorUnits('not-a-code')).toBeUndefined();
    expect(formatFiat('1234.5', 'not-a-code')).toBe('1,234.5');
    expect(formatFiat('1234.5', null)).toBe('1,234.5');
  });

  it('never rounds: a digit beyond the minor units is kept', () => {
    expect(formatFiat('0.125', 'USD')).toBe('0.125');
  });

  it('keeps huge values exact and shows negatives and zero', () => {
    expect(formatFiat('98765432109876543210.25', 'DOP')).toBe('98,765,432,109,876,543,210.25');
    expect(formatFiat(1e21, 'MXN')).toBe('1,000,000,000,000,000,000,000.00');
    expect(formatFiat('-1234.5', 'MXN')).toBe('-1,234.50');
    expect(formatFiat('0', 'MXN')).toBe('0.00');
    expect(formatFiat(0, 'USD')).toBe('0.00');
  });

  it('shows a dash for a missing amount and anything else as given', () => {
    for (const v of [null, undefined, '']) expect(formatFiat(v, 'MXN')).toBe('—');
    expect(formatFiat('12,5', 'MXN')).toBe('12,5');
  });
});

describe('formatExact: crypto with every digit Capa sent', () => {
  it('groups without padding or rounding', () => {
    expect(formatExact('0.197576')).toBe('0.197576');
    expect(formatExact('1234.500000000000000001')).toBe('1,234.500000000000000001');
    expect(formatExact('250.000000000000000000')).toBe('250.000000000000000000');
    expect(formatExact('12345678901234567890.123456789012345678')).toBe(
      '12,345,678,901,234,567,890.123456789012345678',
    );
    expect(formatExact(1e-7)).toBe('0.0000001');
    expect(formatExact('-0.5')).toBe('-0.5');
    expect(formatExact('0')).toBe('0');
    expect(formatExact(null)).toBe('—');
  });
});

describe('formatRate: a few significant digits to read', () => {
  it('rounds to five significant digits half up, grouped, trailing zeros dropped', () => {
    expect(formatRate('61.72471667053231')).toBe('61.725');
    expect(formatRate('60.73613361949396')).toBe('60.736');
    expect(formatRate(19.9)).toBe('19.9');
    expect(formatRate('17.000049')).toBe('17');
    expect(formatRate('1923456.78')).toBe('1,923,457');
    expect(formatRate('99.9996')).toBe('100');
    expect(formatRate('0.0000531234')).toBe('0.000053123');
    expect(formatRate('0.000000100')).toBe('0.0000001');
  });

  it('handles zero, negatives, huge values and anything that is not a decimal', () => {
    expect(formatRate('0')).toBe('0');
    expect(formatRate('0.000')).toBe('0');
    expect(formatRate('-61.72471667')).toBe('-61.725');
    expect(formatRate('123456789012345678901234.5')).toBe('123,456,789,012,345,678,901,235');
    expect(formatRate('n/a')).toBe('n/a');
    expect(formatRate(undefined)).toBe('—');
  });
});
