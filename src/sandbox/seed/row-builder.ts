import type { Transaction } from '../../contract/capa';
import type { TransactionType } from '../../contract/enums';
import { isExecutableStatus } from '../../contract/execute';
import type { TransactionStatus } from '../../contract/statuses';
import { amountsFor, MAGIC_AMOUNTS } from './amounts';
import { CHAIN_WEIGHTS, pickToken, tokenUsd, txHash, walletAddress } from './chain-data';
import type { Rng } from './random';
import { crossRampFields, forwardingFields } from './row-extras';
import type { RowSpec } from './row-spec';
import { userAccount, userWallet, type RowWorld } from './user-assets';

/** Statuses after which the crypto leg has happened on chain, so the invoice carries its hash. */
const HASHED: Record<TransactionType, readonly TransactionStatus[]> = {
  ON_RAMP: ['COMPLETED'],
  OFF_RAMP: [
    'CRYPTO_RECEIVED',
    'COMPLETED_CRYPTO_RECEIVAL',
    'IN_PROGRESS',
    'READY_BANK_TRANSFER',
    'BANK_TRANSFER_PENDING',
    'AWAITING_MANUAL_FIAT_TRANSFER',
    'COMPLETED',
  ],
  CROSS_RAMP: ['FUNDS_RECEIVED', 'AWAITING_FUND_TRANSFER', 'IN_PROGRESS', 'COMPLETED'],
};

const CANCEL_REASONS = [
  'NAME_VERIFICATION_FAILED',
  'Transaction cancelled by user',
  'QUOTE_EXPIRED',
  'COMPLIANCE_REJECTED',
  'BANK_ACCOUNT_INVALID',
];

export function buildTransaction(world: RowWorld, spec: RowSpec, rng: Rng): Transaction {
  const chain = spec.chain ?? rng.weighted(CHAIN_WEIGHTS);
  const token = spec.token ?? pickToken(rng, chain);
  const magic =
    spec.allowMagic &&
    spec.type === 'OFF_RAMP' &&
    isExecutableStatus(spec.status) &&
    tokenUsd(token) === 1 &&
    rng.chance(0.1)
      ? rng.pick(MAGIC_AMOUNTS)
      : undefined;
  const amounts = amountsFor(rng, spec.currency, token, spec.createdAt, magic);
  const hashed =
    HASHED[spec.type].includes(spec.status) ||
    ((spec.status === 'FAILED' || spec.status === 'AWAITING_MANUAL_CRYPTO_TRANSFER') && rng.chance(0.5));
  const cross = spec.type === 'CROSS_RAMP' ? crossRampFields(world, spec, amounts, rng) : undefined;
  return {
    id: spec.id,
    userId: world.userId(spec.user),
    status: spec.status,
    type: spec.type,
    tokenSymbol: token,
    blockchainSymbol: chain,
    fiatCurrency: spec.currency,
    fiatAmount: amounts.fiatValue,
    cryptoAmount: amounts.cryptoAmount,
    exchangeRate: amounts.exchangeRate,
    premiumSpread: amounts.premiumSpread,
    createdAt: new Date(spec.createdAt).toISOString(),
    completedAt:
      spec.status === 'COMPLETED'
        ? new Date(spec.createdAt + rng.range(2, 180) * 60_000).toISOString()
        : null,
    // On-ramps pay out to the user's wallet; off- and cross-ramps show Capa's deposit address.
    destinationWalletAddress:
      spec.type === 'ON_RAMP' ? userWallet(world, spec.user, chain) : walletAddress(rng, chain),
    bankAccount: cross ? cross.targetBankAccount : userAccount(world, spec.user, spec.currency),
    invoice: {
      transactionHash: hashed ? txHash(rng, chain) : null,
      paymentUrl: spec.type === 'ON_RAMP' ? `https://pay.sandbox.capa.test/invoices/${spec.id}` : null,
    },
    ...(spec.status === 'CANCELLED' ? { cancellationReason: rng.pick(CANCEL_REASONS) } : {}),
    ...cross,
    ...(spec.currency === 'MXN' && rng.chance(0.25) ? forwardingFields(spec.createdAt, rng) : {}),
  };
}
