import type { BankAccount } from '../contract/capa';
import type { FiatCurrency } from '../contract/enums';
import {
  clabeCheckDigit,
  dniLetter,
  esControlDigits,
  frRibKey,
  ibanFor,
  luhnCheckDigit,
} from './check-digits';
import type { Rng } from './random';

/** Real bank names and codes, so the details look like what agents see in production. */
const MX_BANKS = [
  ['002', 'Citibanamex'],
  ['012', 'BBVA México'],
  ['014', 'Santander México'],
  ['021', 'HSBC México'],
  ['030', 'BanBajío'],
  ['036', 'Inbursa'],
  ['044', 'Scotiabank México'],
  ['072', 'Banorte'],
  ['127', 'Banco Azteca'],
  ['137', 'BanCoppel'],
  ['638', 'Nu México'],
] as const;
/** CLABE "plaza" codes: Mexico City, Guadalajara, Monterrey, Puebla, Tijuana. */
const MX_PLAZAS = ['180', '320', '580', '650', '027'];

const DO_BANKS = [
  ['Banco Popular Dominicano', 9],
  ['Banreservas', 10],
  ['Banco BHD', 11],
  ['Scotiabank República Dominicana', 10],
  ['Banco Santa Cruz', 11],
  ['Asociación Popular de Ahorros y Préstamos', 10],
] as const;

const US_BANKS = [
  ['JPMorgan Chase', '021000021'],
  ['Bank of America', '026009593'],
  ['Wells Fargo', '121000248'],
  ['Citibank', '021000089'],
  ['U.S. Bank', '091000022'],
  ['PNC Bank', '043000096'],
  ['Capital One', '051405515'],
  ['TD Bank', '031101266'],
] as const;

type EuroCountry = 'DE' | 'ES' | 'FR' | 'NL';
const EU_BANKS: Record<EuroCountry, readonly (readonly [string, string, string])[]> = {
  DE: [
    ['Deutsche Bank', 'DEUTDEFF', '50070010'],
    ['Commerzbank', 'COBADEFF', '37040044'],
    ['ING-DiBa', 'INGDDEFF', '50010517'],
    ['Sparkasse KölnBonn', 'COLSDE33', '37050198'],
  ],
  ES: [
    ['CaixaBank', 'CAIXESBB', '2100'],
    ['BBVA', 'BBVAESMM', '0182'],
    ['Banco Santander', 'BSCHESMM', '0049'],
    ['Banco Sabadell', 'BSABESBB', '0081'],
  ],
  FR: [
    ['BNP Paribas', 'BNPAFRPP', '30004'],
    ['Société Générale', 'SOGEFRPP', '30003'],
    ['Crédit Agricole', 'AGRIFRPP', '30006'],
    ['La Banque Postale', 'PSSTFRPP', '20041'],
  ],
  NL: [
    ['ING Bank', 'INGBNL2A', 'INGB'],
    ['ABN AMRO', 'ABNANL2A', 'ABNA'],
    ['Rabobank', 'RABONL2U', 'RABO'],
    ['bunq', 'BUNQNL2A', 'BUNQ'],
  ],
};

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
