import { base58 } from '@scure/base';

/** Blockchains Capa names, with the tokens seen on each in its docs. */
export const CHAINS = {
  POL: {
    name: 'Polygon',
    family: 'evm',
    tokens: ['USDC', 'USDT', 'POL', 'MATIC'],
    explorer: 'https://polygonscan.com',
  },
  BSC: { name: 'BNB Smart Chain', family: 'evm', tokens: ['BNB', 'USDT'], explorer: 'https://bscscan.com' },
  BASE: {
    name: 'Base',
    family: 'evm',
    tokens: ['USDC', 'USDC.e', 'USDbC', 'ETH', 'MXNe', 'cbBTC', 'wUSDL'],
    explorer: 'https://basescan.org',
  },
  OP: {
    name: 'Optimism',
    family: 'evm',
    tokens: ['USDC', 'ETH'],
    explorer: 'https://optimistic.etherscan.io',
  },
  ARB: { name: 'Arbitrum', family: 'evm', tokens: ['USDC', 'ETH'], explorer: 'https://arbiscan.io' },
  SOL: {
    name: 'Solana',
    family: 'solana',
    tokens: ['USDC', 'SOL', 'USDY', 'PYSUD'],
    explorer: 'https://solscan.io',
  },
  WLD: { name: 'World Chain', family: 'evm', tokens: ['WLD'], explorer: 'https://worldscan.org' },
  STK: { name: 'Starknet', family: 'starknet', tokens: ['USDC', 'STK'], explorer: 'https://starkscan.co' },
  ETH: { name: 'Ethereum', family: 'evm', tokens: ['USDC', 'ETH', 'wBTC'], explorer: 'https://etherscan.io' },
  MTN: { name: 'Mantle', family: 'evm', tokens: ['USDC', 'MNT'], explorer: 'https://mantlescan.xyz' },
  CORE: { name: 'Core', family: 'evm', tokens: ['USDC', 'CORE'], explorer: 'https://scan.coredao.org' },
} as const satisfies Record<string, ChainFacts>;

export interface ChainFacts {
  name: string;
  family: 'evm' | 'solana' | 'starknet';
  tokens: readonly string[];
  explorer: string;
}

export type ChainSymbol = keyof typeof CHAINS;
export const CHAIN_SYMBOLS = Object.keys(CHAINS) as ChainSymbol[];

export function isChainSymbol(value: string): value is ChainSymbol {
  return Object.hasOwn(CHAINS, value);
}

const EVM_HASH = /^0x[0-9a-fA-F]{64}$/;
const STARKNET_HASH = /^0x[0-9a-fA-F]{1,64}$/;
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{87,88}$/;

/** What a valid transaction hash looks like on a chain, for form hints and error messages. */
export function txHashFormat(chain: string): string {
  if (!isChainSymbol(chain)) return 'a transaction hash';
  switch (CHAINS[chain].family) {
    case 'evm':
      return '0x followed by 64 hexadecimal digits';
    case 'solana':
      return 'a base58 signature of 87 or 88 characters';
    case 'starknet':
      return '0x followed by 1 to 64 hexadecimal digits';
  }
}

/** Our one rule for "a valid blockchain hash" (docs/capa-api.md): sandbox, BFF and form all call this. */
export function isValidTxHash(chain: string, hash: string): boolean {
  if (!isChainSymbol(chain)) return false;
  switch (CHAINS[chain].family) {
    case 'evm':
      return EVM_HASH.test(hash);
    case 'starknet':
      return STARKNET_HASH.test(hash);
    case 'solana':
      if (!BASE58.test(hash)) return false;
      try {
        return base58.decode(hash).length === 64;
      } catch {
        return false;
      }
  }
}

/** Block-explorer page of a transaction, or null when the chain is unknown or the hash invalid. */
export function explorerTxUrl(chain: string, hash: string): string | null {
  if (!isChainSymbol(chain) || !isValidTxHash(chain, hash)) return null;
  return `${CHAINS[chain].explorer}/tx/${hash}`;
}

const ADDRESS_FORMAT: Record<ChainFacts['family'], RegExp> = {
  evm: /^0x[0-9a-fA-F]{40}$/,
  solana: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/,
  starknet: /^0x[0-9a-fA-F]{1,64}$/,
};

/** Block-explorer page of a wallet address, or null when it does not look like one of the chain's. */
export function explorerAddressUrl(chain: string, address: string): string | null {
  if (!isChainSymbol(chain)) return null;
  const facts = CHAINS[chain];
  if (!ADDRESS_FORMAT[facts.family].test(address)) return null;
  const path = facts.family === 'solana' ? 'account' : facts.family === 'starknet' ? 'contract' : 'address';
  return `${facts.explorer}/${path}/${address}`;
}
