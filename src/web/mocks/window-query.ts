/** The date window as the mocks apply it: `from` inclusive, `to` exclusive, on createdAt. */
import type { Transaction } from '../../contract/capa';
import type { ViewQuery } from '../../contract/reconciliation-api';

export type FilterQuery = ViewQuery;
export type WindowQuery = Pick<ViewQuery, 'from' | 'to'>;

export function inWindow(tx: Transaction, window: WindowQuery): boolean {
  const at = Date.parse(tx.createdAt);
  return (!window.from || at >= Date.parse(window.from)) && (!window.to || at < Date.parse(window.to));
}
