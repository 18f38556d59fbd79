import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { CANCELLATION_REASONS } from '../../contract/cancellation-reasons';
import { transactionSchema, type BankAccount, type Transaction } from '../../contract/capa';
import { CHAINS, isValidTxHash, type ChainSymbol } from '../../contract/chains';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { canExecute } from '../../contract/execute';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { outcomeFor } from '../store/lifecycle';
import { SandboxStore } from '../store/store';
import { CHAIN_TOKEN_PAIRS } from './chain-data';
import { isValidAba, isValidClabe, isValidIban, luhnCheckDigit } from './check-digits';
import { DEFAULT_ANCHOR, SEED_SPAN_MS } from './seed-plan';

const store = new SandboxStore({ seed: 42, size: 5000, anchor: DEFAULT_ANCHOR, lifecycleStepMs: 4000 });
const all: Transaction[] = Array.from({ length: 5000 }, (_, r) => store.transaction(r, DEFAULT_ANCHOR));
const partnerOf = (r: number) => store.db.cols.partner[r]!;

const COUNTRY_OF: Record<string, readonly string[]> = {
  MXN: ['MX'],
  DOP: ['DO'],
  USD: ['US'],
  EUR: ['DE', 'ES', 'FR', 'NL'],
};

/** What is wrong with an account for a currency, or null. Returned, not asserted: 5000 rows × expect() is slow. */
function accountProblem(a: BankAccount | null | undefined, currency: string): string | null {
  if (!a) return 'no account';
  if (!COUNTRY_OF[currency]!.includes(a.country)) return `${a.country} account for ${currency}`;
  if (!a.bankName) return 'no bank name';
  const id = a.accountIdentifier ?? '';
  switch (a.country) {
    case 'MX':
      return isValidClabe(id) ? null : `bad CLABE ${id}`;
    case 'DO': {
      const doc = a.documentIdentifier ?? '';
      if (!['SAVINGS', 'CHECKING'].includes(a.accountType ?? '')) return `DO account type ${a.accountType}`;
      if (!/^\d{11}$/.test(doc) || luhnCheckDigit(doc.slice(0, 10)) !== Number(doc[10]))
        return `bad cédula ${doc}`;
      return /^\d{9,11}$/.test(id) ? null : `bad DO account ${id}`;
    }
    case 'US':
      if (!isValidAba(a.routingNumber ?? '')) return `bad ABA ${a.routingNumber}`;
      return /^\d{9,12}$/.test(id) ? null : `bad US account ${id}`;
    default:
      if (!isValidIban(a.iban ?? '') || a.iban!.slice(0, 2) !== a.country) return `bad IBAN ${a.iban}`;
      if (!new RegExp(`^[A-Z]{4}${a.country}[A-Z0-9]{2}$`).test(a.bic ?? '')) return `bad BIC ${a.bic}`;
      return id === a.iban ? null : 'accountIdentifier is not the IBAN';
  }
}

function validAddress(chain: ChainSymbol, address: string): boolean {
  switch (CHAINS[chain].family) {
    case 'evm':
      return /^0x[0-9a-f]{40}$/.test(address);
    case 'starknet':
      return /^0x[0-9a-f]{64}$/.test(address);
    case 'solana':
      return base58.decode(address).length === 32;
  }
}

describe('seeded data (seed 42, 5000 rows)', () => {
  it('parses as Capa transactions, with unique v4 ids that find their row', () => {
    expect(all.filter((tx) => !transactionSchema.safeParse(tx).success)).toEqual([]);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(
      all.filter((tx, r) => !v4.test(tx.id) || !v4.test(tx.userId) || store.db.rowOf(tx.id) !== r),
    ).toEqual([]);
    expect(store.db.rowOf(all[7]!.id.slice(0, -1) + (all[7]!.id.endsWith('0') ? '1' : '0'))).toBe(-1);
  });

  it('covers every status, type, currency and chain/token pair', () => {
    const seen = (f: (t: Transaction) => unknown) => new Set(all.map(f));
    expect(seen((t) => t.status)).toEqual(new Set(TRANSACTION_STATUSES));
    expect(seen((t) => t.type)).toEqual(new Set(TRANSACTION_TYPES));
    expect(seen((t) => t.fiatCurrency)).toEqual(new Set(FIAT_CURRENCIES));
    expect(seen((t) => `${t.blockchainSymbol}/${t.tokenSymbol}`)).toEqual(
      new Set(CHAIN_TOKEN_PAIRS.map(([c, k]) => `${c}/${k}`)),
    );
  });

  it('spreads over six months before the anchor, in row order, for a few hundred users', () => {
    const times = all.map((t) => Date.parse(t.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(DEFAULT_ANCHOR - SEED_SPAN_MS);
    expect(times.at(-1)).toBeLessThan(DEFAULT_ANCHOR);
    expect(times.filter((t) => t > DEFAULT_ANCHOR - 7 * 86_400_000).length).toBeGreaterThan(100);
    const users = new Set(all.map((t) => t.userId)).size;
    expect(users).toBeGreaterThan(200);
    expect(users).toBeLessThan(1000);
    const primary = all.filter((_, r) => partnerOf(r) === 0).length / all.length;
    expect(primary).toBeGreaterThan(0.78);
    expect(primary).toBeLessThan(0.92);
  });

  it('has hashes and wallet addresses valid for their chain, and https payment links on on-ramps', () => {
    const hashes = all.filter((t) => t.invoice?.transactionHash);
    expect(hashes.length).toBeGreaterThan(1000);
    const bad = all.filter((tx) => {
      const chain = tx.blockchainSymbol as ChainSymbol;
      const hash = tx.invoice?.transactionHash;
      const url = tx.invoice?.paymentUrl;
      return (
        (hash && !isValidTxHash(chain, hash)) ||
        !validAddress(chain, tx.destinationWalletAddress!) ||
        (tx.type === 'ON_RAMP' ? new URL(url!).protocol !== 'https:' : url !== null)
      );
    });
    expect(bad).toEqual([]);
  });

  it('has bank accounts with valid CLABE, ABA and IBAN check digits, matching the currency', () => {
    const problems = all.flatMap((tx) => {
      if (tx.type !== 'CROSS_RAMP') return [accountProblem(tx.bankAccount, tx.fiatCurrency!)];
      return [
        accountProblem(tx.sourceBankAccount, tx.sourceCurrency!),
        accountProblem(tx.targetBankAccount, tx.targetCurrency!),
        tx.sourceCurrency === tx.fiatCurrency && tx.targetCurrency !== tx.sourceCurrency
          ? null
          : 'currencies',
        tx.crossFiatCurrency === tx.targetCurrency && tx.crossFiatAmount === tx.targetAmount
          ? null
          : 'cross fiat',
      ];
    });
    expect(problems.filter(Boolean)).toEqual([]);
    expect(new Set(all.map((t) => t.bankAccount?.country))).toEqual(
      new Set(['MX', 'DO', 'US', 'DE', 'ES', 'FR', 'NL']),
    );
    const verified = new Set(all.map((t) => t.bankAccount?.isVerified));
    expect(verified).toEqual(new Set([true, false]));
  });

  it('has realistic amounts: decimal-string crypto, mixed rates, per-currency dollar prices', () => {
    // fiatAmount as the list page types it: a number (docs/capa-api.md).
    expect(new Set(all.map((t) => typeof t.fiatAmount))).toEqual(new Set(['number']));
    expect(new Set(all.map((t) => typeof t.exchangeRate))).toEqual(new Set(['string', 'number']));
    expect(new Set(all.map((t) => typeof t.premiumSpread))).toEqual(new Set(['string', 'number']));
    const ranges: Record<string, [number, number]> = {
      MXN: [17, 20],
      DOP: [58, 62.2],
      USD: [0.99, 1.01],
      EUR: [0.85, 0.95],
    };
    const bad = all.filter((tx) => {
      const [low, high] = ranges[tx.fiatCurrency!]!;
      const rate = Number(tx.exchangeRate);
      return (
        typeof tx.cryptoAmount !== 'string' ||
        !/^\d+(\.\d+)?$/.test(tx.cryptoAmount) ||
        (tx.tokenSymbol === 'USDC' && !(rate > low && rate < high))
      );
    });
    expect(bad).toEqual([]);
  });

  it('sets completedAt, cancellationReason and forwarding only where they belong', () => {
    const bad = all.filter(
      (tx) =>
        (tx.status === 'COMPLETED'
          ? !(Date.parse(tx.completedAt!) > Date.parse(tx.createdAt))
          : tx.completedAt !== null) ||
        (tx.cancellationReason !== undefined) !== (tx.status === 'CANCELLED') ||
        (tx.forwardingDays !== undefined &&
          (tx.fiatCurrency !== 'MXN' || !/^\d{4}-\d{2}-\d{2}$/.test(tx.forwardingSettlementDate!))),
    );
    expect(bad).toEqual([]);
    expect(all.filter((t) => t.forwardingDays !== undefined).length).toBeGreaterThan(50);
  });

  it('seeds only cancellation reasons Rampdesk has words for (every one of them)', () => {
    const seeded = new Set(all.map((t) => t.cancellationReason).filter((r) => r !== undefined));
    expect([...seeded].sort()).toEqual(Object.keys(CANCELLATION_REASONS).sort());
  });

  it('offers hundreds of executable off-ramps to the primary partner, some with magic amounts', () => {
    const executable = all.filter((t, r) => partnerOf(r) === 0 && canExecute(t));
    expect(executable.length).toBeGreaterThan(200);
    const magic = executable.filter((t) => outcomeFor(t.cryptoAmount) !== 'complete');
    expect(magic.length).toBeGreaterThan(5);
  });
});
