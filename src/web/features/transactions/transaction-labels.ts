import { CHAINS, isChainSymbol } from '../../../contract/chains';

/** "Off-ramp" for OFF_RAMP, in the agent's language; a type Capa adds later shows as itself. */
export { typeLabel } from '../../i18n/words';

/** "Optimism" for OP; an unknown chain shows as its symbol. */
export function chainName(symbol: string | null | undefined): string | undefined {
  if (!symbol) return undefined;
  return isChainSymbol(symbol) ? CHAINS[symbol].name : symbol;
}
