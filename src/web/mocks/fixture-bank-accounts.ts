import type { BankAccount } from '../../contract/capa';
import type { FiatCurrency } from '../../contract/enums';
import type { Random } from './fixture-random';

/** A Mexican CLABE: 3-digit bank, 3-digit branch, 11-digit account, then the weighted check digit. */
function clabe(rand: Random, bankCode: string): string {
  const body = bankCode + rand.digits(14);
  const weights = [3, 7, 1];
  const sum = [...body].reduce((acc, d, i) => acc + ((Number(d) * weights[i % 3]!) % 10), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** An IBAN with correct mod-97 check digits. */
function iban(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`]
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

const MX_BANKS = [
  ['012', 'BBVA México'],
  ['014', 'Santander México'],
  ['072', 'Banorte'],
  ['646', 'STP'],
] as const;
const DO_BANKS = ['Banco Popular Dominicano', 'Banreservas', 'Banco BHD', 'Scotiabank República Dominicana'];
// Real, published ABA routing numbers (they pass the ABA checksum).
const US_BANKS = [
  ['021000021', 'JPMorgan Chase'],
  ['026009593', 'Bank of America'],
  ['121000248', 'Wells Fargo'],
] as const;
const EU_BANKS = [
  ['DE', 'Commerzbank', 'COBADEFFXXX', 18],
  ['ES', 'CaixaBank', 'CAIXESBBXXX', 20],
  ['FR', 'BNP Paribas', 'BNPAFRPPXXX', 23],
] as const;

function rfc(rand: Random): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const l = () => rand.pick([...letters]);
  return `${l()}${l()}${l()}${l()}${rand.digits(6)}${l()}${rand.digits(1)}${l()}`;
}

/** A realistic account for a user who banks in the country of the currency. */
export function bankAccountFor(rand: Random, currency: FiatCurrency, verified = true): BankAccount {
  const accountType = rand.pick(['CHECKING', 'SAVINGS']);
  switch (currency) {
    case 'MXN': {
      const [code, bankName] = rand.pick(MX_BANKS);
      const id = clabe(rand, code);
      return {
        country: 'MX',
        bankName,
        accountType,
        accountIdentifier: id,
        documentIdentifier: rfc(rand),
        isVerified: verified,
      };
    }
    case 'DOP':
      return {
        country: 'DO',
        bankName: rand.pick(DO_BANKS),
        accountType,
        accountIdentifier: rand.digits(rand.int(9, 11)),
        // Cédula: 001-1234567-8
        documentIdentifier: `${rand.digits(3)}-${rand.digits(7)}-${rand.digits(1)}`,
        isVerified: verified,
      };
    case 'USD': {
      const [routingNumber, bankName] = rand.pick(US_BANKS);
      return {
        country: 'US',
        bankName,
        accountType,
        accountIdentifier: rand.digits(rand.int(10, 12)),
        routingNumber,
        documentIdentifier: `***-**-${rand.digits(4)}`,
        isVerified: verified,
      };
    }
    case 'EUR': {
      const [country, bankName, bic, bbanLength] = rand.pick(EU_BANKS);
      return {
        country,
        bankName,
        accountType,
        iban: iban(country, rand.digits(bbanLength)),
        bic,
        isVerified: verified,
      };
    }
  }
}
