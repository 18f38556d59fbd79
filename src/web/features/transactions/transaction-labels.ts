import { CHAINS, isChainSymbol } from '../../../contract/chains';

/** "Optimism" for OP; an unknown chain shows as its symbol. */
export function chainName(symbol: string | null | undefined): string | undefined {
  if (!symbol) return undefined;
  return isChainSymbol(symbol) ? CHAINS[symbol].name : symbol;
}
