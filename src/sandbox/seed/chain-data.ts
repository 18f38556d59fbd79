import { base58 } from '@scure/base';
import { CHAINS, CHAIN_SYMBOLS, type ChainSymbol } from '../../contract/chains';
import type { Rng } from './random';

/** How often each chain shows up: stablecoin rails dominate, niche chains are rare but present. */
export const CHAIN_WEIGHTS: readonly (readonly [ChainSymbol, number])[] = [
  ['POL', 22],
  ['BASE', 18],
  ['SOL', 16],
  ['ETH', 9],
  ['ARB', 8],
  ['OP', 6],
  ['BSC', 8],
  ['WLD', 4],
  ['STK', 3],
  ['MTN', 3],
  ['CORE', 3],
];

/** Every (chain, token) pair the contract knows, for coverage of the seeded data. */
export const CHAIN_TOKEN_PAIRS: readonly (readonly [ChainSymbol, string])[] = CHAIN_SYMBOLS.flatMap((chain) =>
  CHAINS[chain].tokens.map((token) => [chain, token] as const),
);

/** Rough USD prices, so fiat and crypto amounts relate the way they do in production. */
const TOKEN_USD: Record<string, number> = {
  ETH: 3200,
  wBTC: 95000,
  cbBTC: 95000,
  SOL: 180,
  BNB: 600,
  POL: 0.45,
  MATIC: 0.45,
  WLD: 2.1,
  STK: 0.5,
  MNT: 0.8,
  CORE: 1.1,
  MXNe: 1 / 18.5,
};

export function tokenUsd(token: string): number {
  return TOKEN_USD[token] ?? 1;
}

/** Decimals shown for a token's amount: volatile assets need more than dollar stablecoins. */
export function tokenDecimals(token: string): number {
  const usd = tokenUsd(token);
  return usd >= 100 ? 8 : 6;
}

/** Stablecoins are picked far more often than volatile tokens on the same chain. */
export function pickToken(rng: Rng, chain: ChainSymbol): string {
  const tokens = CHAINS[chain].tokens as readonly string[];
  const stable = tokens.filter((t) => tokenUsd(t) === 1);
  return stable.length > 0 && rng.chance(0.8) ? rng.pick(stable) : rng.pick(tokens);
}

export function walletAddress(rng: Rng, chain: ChainSymbol): string {
  switch (CHAINS[chain].family) {
    case 'evm':
      return '0x' + rng.hex(40);
    case 'solana':
      return base58.encode(nonZeroLead(rng.bytes(32)));
    case 'starknet':
      return '0x0' + rng.hex(63);
  }
}

/** A transaction hash valid for the chain under the contract's isValidTxHash rule. */
export function txHash(rng: Rng, chain: ChainSymbol): string {
  switch (CHAINS[chain].family) {
    case 'evm':
      return '0x' + rng.hex(64);
    case 'solana':
      // A leading non-zero byte keeps the base58 form at 87-88 characters.
      return base58.encode(nonZeroLead(rng.bytes(64)));
    case 'starknet':
      return '0x' + rng.range(1, 7).toString(16) + rng.hex(63);
  }
}

function nonZeroLead(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0) bytes[0] = 1;
  return bytes;
}
