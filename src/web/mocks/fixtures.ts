/**
 * ~60 deterministic transactions of every type and status, shaped like Capa's (bank accounts per
 * country, hashes valid for their chain, string and number amounts), for the component tests.
 * fixtures.test.ts parses them all with the contract's schemas.
 */
import { base58 } from '@scure/base';
import type { Transaction } from '../../contract/capa';
import { CHAINS, CHAIN_SYMBOLS, type ChainSymbol } from '../../contract/chains';
import { FIAT_CURRENCIES, type FiatCurrency, type TransactionType } from '../../contract/enums';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../contract/statuses';
import { DOCUMENTED_EXAMPLE, NEWEST } from './documented-example';
import { bankAccountFor } from './fixture-bank-accounts';
import { createRandom, type Random } from './fixture-random';

export const MOCK_PARTNER_ID = '5b0f7f55-3f3c-4d2e-9a43-0d6f9b1c7e21';
export const FIXTURE_COUNT = 60;

const FIAT_PER_USD: Record<FiatCurrency, number> = { MXN: 18.31, DOP: 60.7, USD: 1, EUR: 0.92 };
const TOKEN_USD: Record<string, number> = {
  POL: 0.41,
  MATIC: 0.41,
  BNB: 612,
  ETH: 3120,
  cbBTC: 91500,
  wBTC: 91500,
  SOL: 148,
  WLD: 2.1,
  STK: 0.52,
  MNT: 0.83,
  CORE: 1.05,
  MXNe: 0.0546,
  USDY: 1.06,
};

const CROSS_ONLY: readonly string[] = ['PENDING_FUNDS', 'FUNDS_RECEIVED', 'AWAITING_FUND_TRANSFER'];
const ON_ONLY: readonly string[] = ['FIAT_PAYMENT_RECEIVED', 'FIAT_RECEIVED'];
const OFF_ONLY: readonly string[] = [
  'CRYPTO_RECEIVED',
  'CRYPTO_NOT_RECEIVED',
  'COMPLETED_CRYPTO_RECEIVAL',
  'AWAITING_MANUAL_CRYPTO_TRANSFER',
  'READY_BANK_TRANSFER',
  'BANK_TRANSFER_PENDING',
  'AWAITING_MANUAL_FIAT_TRANSFER',
];
const NO_CRYPTO_YET: readonly string[] = [
  'PENDING',
  'PENDING_PAYMENT',
  'CRYPTO_NOT_RECEIVED',
  'EXPIRED',
  'FAILED',
];

function typeFor(status: TransactionStatus, i: number): TransactionType {
  if (CROSS_ONLY.includes(status)) return 'CROSS_RAMP';
  if (ON_ONLY.includes(status)) return 'ON_RAMP';
  if (OFF_ONLY.includes(status)) return 'OFF_RAMP';
  // More off-ramps than anything else: they are the ones agents act on.
  return (['OFF_RAMP', 'ON_RAMP', 'OFF_RAMP', 'CROSS_RAMP'] as const)[i % 4]!;
}

function walletFor(rand: Random, chain: ChainSymbol): string {
  const family = CHAINS[chain].family;
  if (family === 'solana') return base58.encode(rand.bytes(32));
  return family === 'starknet' ? `0x${rand.hex(64)}` : `0x${rand.hex(40)}`;
}

function hashFor(rand: Random, chain: ChainSymbol): string {
  const family = CHAINS[chain].family;
  if (family === 'solana') return base58.encode(rand.bytes(64));
  return family === 'starknet' ? `0x${rand.hex(63)}` : `0x${rand.hex(64)}`;
}

function buildTransaction(rand: Random, i: number, createdAt: number, users: readonly User[]): Transaction {
  const status =
    i < 57
      ? TRANSACTION_STATUSES[i % TRANSACTION_STATUSES.length]!
      : rand.pick(['PENDING', 'COMPLETED'] as const);
  const type = typeFor(status, i);
  const user = rand.pick(users);
  const chain = type === 'CROSS_RAMP' ? rand.pick(['POL', 'BASE'] as const) : rand.pick(CHAIN_SYMBOLS);
  const tokens: readonly string[] = CHAINS[chain].tokens;
  const token = tokens.includes('USDC') && rand.next() < 0.7 ? 'USDC' : rand.pick(tokens);
  const currency = user.currency;
  const rate = FIAT_PER_USD[currency] * (TOKEN_USD[token] ?? 1) * (1 + (rand.next() - 0.5) / 50);
  const crypto = token.endsWith('BTC')
    ? rand.int(10_000, 900_000) / 1e8
    : rand.int(5_000_000, 4_000_000_000) / 1e6;
  const fiat = (crypto * rate).toFixed(2);
  const id = rand.uuid();
  const cancelledForName = status === 'CANCELLED' && type === 'OFF_RAMP';
  const tx: Transaction = {
    id,
    userId: user.id,
    status,
    type,
    tokenSymbol: token,
    blockchainSymbol: chain,
    fiatCurrency: currency,
    // Capa sends some amounts as numbers and some as strings: the fixtures do both.
    fiatAmount: i % 3 === 0 ? Number(fiat) : fiat,
    cryptoAmount: i % 5 === 0 ? crypto : crypto.toFixed(token.endsWith('BTC') ? 8 : 6),
    exchangeRate: String(rate),
    premiumSpread: i % 2 === 0 ? '0.02' : 0.015,
    createdAt: new Date(createdAt).toISOString(),
    completedAt: status === 'COMPLETED' ? new Date(createdAt + rand.int(3, 40) * 60_000).toISOString() : null,
    destinationWalletAddress: walletFor(rand, chain),
    bankAccount: bankAccountFor(rand, currency, !cancelledForName),
    invoice: {
      transactionHash: NO_CRYPTO_YET.includes(status) ? null : hashFor(rand, chain),
      paymentUrl: type === 'ON_RAMP' ? `https://pay.example.com/capa/invoices/${id}` : null,
    },
    cancellationReason:
      status === 'CANCELLED'
        ? cancelledForName
          ? 'NAME_VERIFICATION_FAILED'
          : 'Transaction cancelled by user'
        : null,
  };
  if (type === 'CROSS_RAMP') {
    const target = rand.pick(FIAT_CURRENCIES.filter((c) => c !== currency));
    const targetAmount = ((Number(fiat) / FIAT_PER_USD[currency]) * FIAT_PER_USD[target]).toFixed(2);
    Object.assign(tx, {
      sourceCurrency: currency,
      targetCurrency: target,
      sourceAmount: fiat,
      targetAmount,
      crossFiatCurrency: target,
      crossFiatAmount: targetAmount,
      sourceBankAccount: tx.bankAccount,
      targetBankAccount: bankAccountFor(rand, target),
    });
  }
  if (currency === 'MXN' && i % 4 === 0) {
    // MXN OTC forwarding (docs/capa-api.md): settled one business day later.
    const settle = new Date(createdAt + 86_400_000).toISOString().slice(0, 10);
    Object.assign(tx, { forwardingDays: 1, effectiveForwardingDays: 1, forwardingSettlementDate: settle });
  }
  return tx;
}

interface User {
  id: string;
  currency: FiatCurrency;
}

export function buildFixtureTransactions(seed = 20251120): Transaction[] {
  const rand = createRandom(seed);
  const users: User[] = Array.from({ length: 14 }, (_, i) => ({
    id: rand.uuid(),
    currency: FIAT_CURRENCIES[i % FIAT_CURRENCIES.length]!,
  }));
  const items: Transaction[] = [DOCUMENTED_EXAMPLE];
  let at = NEWEST;
  for (let i = 0; i < FIXTURE_COUNT - 1; i++) {
    at -= rand.int(4, 900) * 60_000;
    items.push(buildTransaction(rand, i, at, users));
  }
  return items;
}

/** Newest first, like the BFF's default order. */
export const FIXTURE_TRANSACTIONS: readonly Transaction[] = buildFixtureTransactions();
