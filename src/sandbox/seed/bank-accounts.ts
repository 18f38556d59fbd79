import type { BankAccount } from '../../contract/capa';
import type { FiatCurrency } from '../../contract/enums';
import { DO_BANKS, EU_BANKS, MX_BANKS, MX_PLAZAS, US_BANKS, type EuroCountry } from './bank-data';
import {
  clabeCheckDigit,
  dniLetter,
  esControlDigits,
  frRibKey,
  ibanFor,
  luhnCheckDigit,
} from './check-digits';
import type { Rng } from './random';

const RFC_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function mexico(rng: Rng): BankAccount {
  const [code, bankName] = rng.pick(MX_BANKS);
  const first17 = code + rng.pick(MX_PLAZAS) + rng.digits(11);
  const letters = Array.from({ length: 4 }, () => rng.pick([...RFC_LETTERS])).join('');
  const birth = `${rng.range(60, 99)}${String(rng.range(1, 12)).padStart(2, '0')}${String(rng.range(1, 28)).padStart(2, '0')}`;
  return {
    country: 'MX',
    accountIdentifier: first17 + clabeCheckDigit(first17),
    bankName,
    accountType: rng.weighted([
      ['CHECKING', 5],
      ['SAVINGS', 2],
      [null, 3],
    ] as const),
    isVerified: rng.chance(0.75),
    documentIdentifier: letters + birth + rng.hex(3).toUpperCase(),
  };
}

function dominican(rng: Rng): BankAccount {
  const [bankName, length] = rng.pick(DO_BANKS);
  const cedula = rng.pick(['001', '402', '031', '223']) + rng.digits(7);
  return {
    country: 'DO',
    accountIdentifier: String(rng.range(1, 9)) + rng.digits(length - 1),
    bankName,
    accountType: rng.chance(0.6) ? 'SAVINGS' : 'CHECKING',
    isVerified: rng.chance(0.7),
    documentIdentifier: cedula + luhnCheckDigit(cedula),
  };
}

function unitedStates(rng: Rng): BankAccount {
  const [bankName, routingNumber] = rng.pick(US_BANKS);
  return {
    country: 'US',
    accountIdentifier: String(rng.range(1, 9)) + rng.digits(rng.range(8, 11)),
    bankName,
    accountType: rng.chance(0.7) ? 'CHECKING' : 'SAVINGS',
    isVerified: rng.chance(0.8),
    documentIdentifier: null,
    routingNumber,
  };
}

function bban(rng: Rng, country: EuroCountry, code: string): string {
  switch (country) {
    case 'DE':
      return code + rng.digits(10);
    case 'ES': {
      const branch = rng.digits(4);
      const account = rng.digits(10);
      return code + branch + esControlDigits(code, branch, account) + account;
    }
    case 'FR': {
      const branch = rng.digits(5);
      const account = rng.digits(11);
      return code + branch + account + frRibKey(code, branch, account);
    }
    case 'NL':
      return code + '0' + rng.digits(9);
  }
}

function euro(rng: Rng): BankAccount {
  const country = rng.weighted([
    ['DE', 4],
    ['ES', 3],
    ['FR', 2],
    ['NL', 2],
  ] as const);
  const [bankName, bic, code] = rng.pick(EU_BANKS[country]);
  const iban = ibanFor(country, bban(rng, country, code));
  const dni = rng.digits(8);
  return {
    country,
    accountIdentifier: iban,
    bankName,
    accountType: rng.chance(0.5) ? 'CHECKING' : null,
    isVerified: rng.chance(0.8),
    documentIdentifier: country === 'ES' ? dni + dniLetter(dni) : null,
    bic,
    iban,
  };
}

/** A realistic account for a currency; the caller seeds `rng` per (user, currency) so it is stable. */
export function bankAccountFor(rng: Rng, currency: FiatCurrency): BankAccount {
  switch (currency) {
    case 'MXN':
      return mexico(rng);
    case 'DOP':
      return dominican(rng);
    case 'USD':
      return unitedStates(rng);
    case 'EUR':
      return euro(rng);
  }
}

/** Exposed for tests: every routing number we hand out must pass the ABA checksum. */
export const US_ROUTING_NUMBERS = US_BANKS.map(([, r]) => r);
