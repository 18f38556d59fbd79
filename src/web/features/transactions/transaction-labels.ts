import { CHAINS, isChainSymbol } from '../../../contract/chains';
import type { FiatCurrency, TransactionType } from '../../../contract/enums';
import { translate, type MessageKey } from '../../i18n/i18n';

/** Each type's message: Capa's codes are data, the agent reads the words. */
export const TYPE_KEYS: Record<TransactionType, MessageKey> = {
  ON_RAMP: 'transactions.type.onRamp',
  OFF_RAMP: 'transactions.type.offRamp',
  CROSS_RAMP: 'transactions.type.crossRamp',
};

/** "Off-ramp" for OFF_RAMP, in the active language; a type Capa adds later shows as itself. */
export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_KEYS, type) ? translate(TYPE_KEYS[type as TransactionType]) : type;
}

/** "Mexican peso" for MXN, in the active language. */
export function currencyName(code: FiatCurrency): string {
  return translate(`transactions.currency.${code}` as MessageKey);
}

/** "Optimism" for OP; an unknown chain shows as its symbol. */
export function chainName(symbol: string | null | undefined): string | undefined {
  if (!symbol) return undefined;
  return isChainSymbol(symbol) ? CHAINS[symbol].name : symbol;
}
