import type { BankAccount } from '../../contract/capa';
import { CHAIN_SYMBOLS, type ChainSymbol } from '../../contract/chains';
import { FIAT_CURRENCIES, type FiatCurrency } from '../../contract/enums';
import { bankAccountFor } from './bank-accounts';
import { walletAddress } from './chain-data';
import { hash, Rng } from './random';

/** What the row builder needs to know about the seeded world. */
export interface RowWorld {
  seed: number;
  userCount: number;
  userId(user: number): string;
}

const SALT_BANK = 0x62616e6b;
const SALT_WALLET = 0x77616c6c;

/** A user keeps the same account per currency across transactions, as real users do. */
export function userAccount(world: RowWorld, user: number, currency: FiatCurrency): BankAccount {
  const rng = new Rng(hash(world.seed, SALT_BANK, user, FIAT_CURRENCIES.indexOf(currency)));
  return bankAccountFor(rng, currency);
}

/** …and the same wallet per chain. */
export function userWallet(world: RowWorld, user: number, chain: ChainSymbol): string {
  return walletAddress(new Rng(hash(world.seed, SALT_WALLET, user, CHAIN_SYMBOLS.indexOf(chain))), chain);
}
