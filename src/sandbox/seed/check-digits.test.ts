import { describe, expect, it } from 'vitest';
import { US_ROUTING_NUMBERS } from './bank-accounts';
import {
  esControlDigits,
  frRibKey,
  ibanFor,
  isValidAba,
  isValidClabe,
  isValidIban,
  luhnCheckDigit,
} from './check-digits';

describe('check digits, against published examples', () => {
  it('CLABE', () => {
    expect(isValidClabe('002010077777777771')).toBe(true);
    expect(isValidClabe('032180000118359719')).toBe(true);
    expect(isValidClabe('032180000118359718')).toBe(false);
    expect(isValidClabe('03218000011835971')).toBe(false);
  });

  it('ABA routing numbers, including every one the seed hands out', () => {
    expect(isValidAba('021000021')).toBe(true);
    expect(isValidAba('021000022')).toBe(false);
    for (const r of US_ROUTING_NUMBERS) expect(isValidAba(r), r).toBe(true);
  });

  it('IBAN mod 97', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(ibanFor('DE', '370400440532013000')).toBe('DE89370400440532013000');
  });

  it('Spanish DC digits, French RIB key and Luhn', () => {
    // ES91 2100 0418 4502 0005 1332 is the standard Spanish IBAN example.
    expect(esControlDigits('2100', '0418', '0200051332')).toBe('45');
    // FR76 3000 6000 0112 3456 7890 189 is the standard French IBAN example (RIB key 89).
    expect(frRibKey('30006', '00001', '12345678901')).toBe('89');
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });
});
