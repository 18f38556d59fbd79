import { CHAINS, isChainSymbol } from '../../../contract/chains';
import { TYPE_LABELS, type TransactionType } from '../../../contract/enums';

/** "Off-ramp" for OFF_RAMP; a type Capa adds later shows as itself. */
export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type as TransactionType] : type;
}

/** "Optimism" for OP; an unknown chain shows as its symbol. */
export function chainName(symbol: string | null | undefined): string | undefined {
  if (!symbol) return undefined;
  return isChainSymbol(symbol) ? CHAINS[symbol].name : symbol;
}
