import type { BankAccount } from '../../contract/capa';
import type { FiatCurrency } from '../../contract/enums';
import { fiatPerUsd, type Amounts } from './amounts';
import type { Rng } from './random';
import type { RowSpec } from './row-spec';
import { DAY_MS } from './seed-plan';
import { userAccount, type RowWorld } from './user-assets';

/** Usual remittance corridors from each source currency. */
const CORRIDORS: Record<FiatCurrency, readonly FiatCurrency[]> = {
  USD: ['MXN', 'DOP', 'MXN'],
  EUR: ['DOP', 'MXN'],
  MXN: ['USD'],
  DOP: ['USD', 'EUR'],
};

export interface CrossRampFields {
  sourceCurrency: string;
  targetCurrency: string;
  sourceAmount: number;
  targetAmount: number;
  sourceBankAccount: BankAccount;
  targetBankAccount: BankAccount;
  crossFiatCurrency: string;
  crossFiatAmount: number;
}

/** A cross-ramp sends fiat from the user's account to a relative's account in another currency. */
export function crossRampFields(world: RowWorld, spec: RowSpec, amounts: Amounts, rng: Rng): CrossRampFields {
  const target = rng.pick(CORRIDORS[spec.currency]);
  const targetAmount = Math.round(amounts.usd * fiatPerUsd(target, spec.createdAt, rng) * 100) / 100;
  const recipient = (spec.user + 1 + rng.int(7)) % world.userCount;
  return {
    sourceCurrency: spec.currency,
    targetCurrency: target,
    sourceAmount: amounts.fiatValue,
    targetAmount,
    sourceBankAccount: userAccount(world, spec.user, spec.currency),
    targetBankAccount: userAccount(world, recipient, target),
    crossFiatCurrency: target,
    crossFiatAmount: targetAmount,
  };
}

/** MXN OTC trades may settle a few days later (docs/capa-api.md). */
export function forwardingFields(createdAt: number, rng: Rng) {
  const forwardingDays = rng.range(1, 3);
  const effectiveForwardingDays = rng.chance(0.8) ? forwardingDays : forwardingDays + 1;
  return {
    forwardingDays,
    effectiveForwardingDays,
    forwardingSettlementDate: new Date(createdAt + effectiveForwardingDays * DAY_MS)
      .toISOString()
      .slice(0, 10),
  };
}
