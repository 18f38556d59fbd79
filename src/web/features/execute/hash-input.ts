import { CHAINS, explorerTxUrl, isChainSymbol, isValidTxHash } from '../../../contract/chains';
import { translate } from '../../i18n/i18n';

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

/**
 * The field's hint, in the active language: what a hash looks like on the chain (the words of
 * contract/chains.ts `txHashFormat`), or that the chain's format is unknown.
 */
export function hashHint(chain: string): string {
  return isChainSymbol(chain)
    ? translate('execute.hashHint', { chain: CHAINS[chain].name, family: CHAINS[chain].family })
    : translate('execute.hashUnknownChain', { chain: chain || translate('execute.thisChain') });
}

export function checkHash(chain: string, raw: string, blurred: boolean): HashCheck {
  const hash = raw.trim() || null;
  if (!hash) return { hash, valid: true, error: null, explorerUrl: null };
  if (!isChainSymbol(chain)) {
    return {
      hash,
      valid: false,
      error: translate('execute.hashFormatUnknown'),
      explorerUrl: null,
    };
  }
  if (isValidTxHash(chain, hash))
    return { hash, valid: true, error: null, explorerUrl: explorerTxUrl(chain, hash) };
  const family = CHAINS[chain].family;
  const onItsWay = PREFIX[family].test(hash) && hash.length < MAX_LENGTH[family];
  const error =
    onItsWay && !blurred ? null : translate('execute.hashInvalid', { chain: CHAINS[chain].name, family });
  return { hash, valid: false, error, explorerUrl: null };
}

/** "polygonscan.com", for a link's name. */
export function explorerName(chain: string): string {
  return isChainSymbol(chain) ? new URL(CHAINS[chain].explorer).hostname : translate('execute.theExplorer');
}
