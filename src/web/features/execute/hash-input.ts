import { CHAINS, explorerTxUrl, isChainSymbol, isValidTxHash, txHashFormat } from '../../../contract/chains';

/** What the hash field says about its value, recomputed as the agent types. */
export interface HashCheck {
  /** The value as it would be sent: trimmed; null when empty (execute without a hash). */
  hash: string | null;
  valid: boolean;
  /** An error to show now; while the value may still become valid it waits for the field's blur. */
  error: string | null;
  /** The block explorer's page for a valid hash, to check it before sending. */
  explorerUrl: string | null;
}

// Values that are on their way to a valid hash: a prefix of one, so no error while typing.
const PREFIX = {
  evm: /^(0(x[0-9a-fA-F]{0,64})?)?$/,
  starknet: /^(0(x[0-9a-fA-F]{0,64})?)?$/,
  solana: /^[1-9A-HJ-NP-Za-km-z]{0,88}$/,
} as const;
const MAX_LENGTH = { evm: 66, starknet: 66, solana: 88 } as const;

export function hashFormatHint(chain: string): string {
  return isChainSymbol(chain) ? `On ${CHAINS[chain].name}: ${txHashFormat(chain)}.` : '';
}

export function checkHash(chain: string, raw: string, blurred: boolean): HashCheck {
  const hash = raw.trim() || null;
  if (!hash) return { hash, valid: true, error: null, explorerUrl: null };
  if (!isChainSymbol(chain)) {
    return {
      hash,
      valid: false,
      error: 'Leave it empty: this chain’s hash format is unknown.',
      explorerUrl: null,
    };
  }
  if (isValidTxHash(chain, hash))
    return { hash, valid: true, error: null, explorerUrl: explorerTxUrl(chain, hash) };
  const family = CHAINS[chain].family;
  const onItsWay = PREFIX[family].test(hash) && hash.length < MAX_LENGTH[family];
  const error =
    onItsWay && !blurred
      ? null
      : `Not a valid ${CHAINS[chain].name} transaction hash: expected ${txHashFormat(chain)}.`;
  return { hash, valid: false, error, explorerUrl: null };
}

/** "polygonscan.com", for a link's name. */
export function explorerName(chain: string): string {
  return isChainSymbol(chain) ? new URL(CHAINS[chain].explorer).hostname : 'the block explorer';
}
