import { afterEach, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from '../../contract/locales';
import { activateLocale } from '../i18n/i18n';
import { formatExact, formatFiat, formatRate } from './amount-format';
import { formatCount } from './format';

// Each locale an agent can choose, and how it writes one thousand and a half: en and Latin-American
// Spanish 1,000.5; Spain 1.000,5 — but four digits stay ungrouped there (CLDR's minimum grouping).
const US_STYLE = ['en-US', 'en-GB', 'es-MX', 'es-DO', 'es-419'] as const;

describe('fiat in the agent’s locale, with the currency’s minor units', () => {
  it.each(US_STYLE)('%s groups with commas and a decimal point', (locale) => {
    expect(formatFiat('78044.5', 'DOP', locale)).toBe('78,044.50');
    expect(formatFiat('1234.5', 'MXN', locale)).toBe('1,234.50');
    expect(formatFiat('1234567', 'JPY', locale)).toBe('1,234,567');
    expect(formatFiat('1234.5', 'KWD', locale)).toBe('1,234.500');
    expect(formatFiat('-1234.5', 'USD', locale)).toBe('-1,234.50');
    expect(formatFiat('0', 'EUR', locale)).toBe('0.00');
    expect(formatFiat(0, 'USD', locale)).toBe('0.00');
  });

  it('es-ES groups with points and a decimal comma, four-digit values ungrouped', () => {
    expect(formatFiat('78044.5', 'DOP', 'es-ES')).toBe('78.044,50');
    expect(formatFiat('1234.5', 'MXN', 'es-ES')).toBe('1234,50');
    expect(formatFiat('1234567', 'JPY', 'es-ES')).toBe('1.234.567');
    expect(formatFiat('12345.5', 'KWD', 'es-ES')).toBe('12.345,500');
    expect(formatFiat('-12345.5', 'USD', 'es-ES')).toBe('-12.345,50');
    expect(formatFiat('0', 'EUR', 'es-ES')).toBe('0,00');
  });

  it('never rounds and keeps huge values exact (Intl formats the string, not a float)', () => {
    // 2^53 + 1 and 30 whole digits: a float would give …992 and …000 at the end.
    expect(formatFiat('9007199254740993.01', 'USD', 'en-US')).toBe('9,007,199,254,740,993.01');
    expect(formatFiat('123456789012345678901234567890.25', 'DOP', 'es-MX')).toBe(
      '123,456,789,012,345,678,901,234,567,890.25',
    );
    expect(formatFiat('123456789012345678901234567890.25', 'DOP', 'es-ES')).toBe(
      '123.456.789.012.345.678.901.234.567.890,25',
    );
    expect(formatFiat('0.125', 'USD', 'es-ES')).toBe('0,125');
    expect(formatFiat('0.125', 'USD', 'en-GB')).toBe('0.125');
  });

  it('shows a dash for a missing amount and what is not a decimal as given, in any locale', () => {
    expect(formatFiat(null, 'MXN', 'es-ES')).toBe('—');
    expect(formatFiat('12,5', 'MXN', 'es-ES')).toBe('12,5');
  });
});

describe('crypto in the agent’s locale, with every digit Capa sent', () => {
  it.each([
    ['en-US', '1,234.500000000000000001', '0.197576', '250.000000000000000000', '-0.5'],
    ['es-MX', '1,234.500000000000000001', '0.197576', '250.000000000000000000', '-0.5'],
    ['es-DO', '1,234.500000000000000001', '0.197576', '250.000000000000000000', '-0.5'],
    ['es-ES', '1234,500000000000000001', '0,197576', '250,000000000000000000', '-0,5'],
    ['en-GB', '1,234.500000000000000001', '0.197576', '250.000000000000000000', '-0.5'],
  ])('%s keeps 18 decimals, trailing zeros and the sign', (locale, wei, usdc, padded, negative) => {
    expect(formatExact('1234.500000000000000001', locale)).toBe(wei);
    expect(formatExact('0.197576', locale)).toBe(usdc);
    expect(formatExact('250.000000000000000000', locale)).toBe(padded);
    expect(formatExact('-0.5', locale)).toBe(negative);
    expect(formatExact('0', locale)).toBe('0');
  });

  it('keeps 30 whole digits and 18 decimals exact', () => {
    const value = '123456789012345678901234567890.123456789012345678';
    expect(formatExact(value, 'es-DO')).toBe('123,456,789,012,345,678,901,234,567,890.123456789012345678');
    expect(formatExact(value, 'es-ES')).toBe('123.456.789.012.345.678.901.234.567.890,123456789012345678');
    expect(formatExact(1e-7, 'es-ES')).toBe('0,0000001');
  });
});

describe('rates and counts in the agent’s locale', () => {
  it('rounds a rate to five significant digits, then writes it in the locale', () => {
    expect(formatRate('61.72471667053231', 'es-MX')).toBe('61.725');
    expect(formatRate('61.72471667053231', 'es-ES')).toBe('61,725');
    expect(formatRate('1923456.78', 'es-ES')).toBe('1.923.457');
    expect(formatRate('1923456.78', 'en-GB')).toBe('1,923,457');
    expect(formatRate('0.0000531234', 'es-ES')).toBe('0,000053123');
    expect(formatRate('-61.72471667', 'es-ES')).toBe('-61,725');
    expect(formatRate('0.000', 'es-ES')).toBe('0');
    expect(formatRate('123456789012345678901234.5', 'es-ES')).toBe('123.456.789.012.345.678.901.235');
  });

  it('groups whole counts as the locale does', () => {
    expect(formatCount(4237, 'es-MX')).toBe('4,237');
    expect(formatCount(4237, 'es-ES')).toBe('4237');
    expect(formatCount(1234567, 'es-ES')).toBe('1.234.567');
    expect(formatCount(-12345, 'en-GB')).toBe('-12,345');
    expect(formatCount(1234.5, 'es-ES')).toBe('1234.5');
  });
});

describe('without a locale given, the active one', () => {
  afterEach(() => activateLocale('en-US'));

  it('follows activateLocale; the pseudo-locale writes US English numbers', async () => {
    expect(formatFiat('78044.5', 'DOP')).toBe('78,044.50');
    await activateLocale('es-ES');
    expect(formatFiat('78044.5', 'DOP')).toBe('78.044,50');
    expect(formatCount(12345)).toBe('12.345');
    await activateLocale(PSEUDO_LOCALE);
    expect(formatFiat('78044.5', 'DOP')).toBe('78,044.50');
  });
});
