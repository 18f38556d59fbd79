import type { ReactNode } from 'react';
import type { Transaction } from '../../../../contract/capa';

/**
 * What a slot may do besides reading the transaction. Slots are filled from src/web/app/ so
 * features never import each other (docs/architecture.md): the execute action and the audit trail only see
 * this object, not the transactions feature.
 */
export interface DrawerSlotContext {
  /**
   * Re-reads the transaction now, writes it into the table's rows, and restarts live polling at
   * its fastest pace (call it after an execute: the status is about to change).
   */
  refresh: () => Promise<void>;
}

/**
 * The drawer's composition points. Both render only once the transaction is loaded (never for
 * "not found" or an error), and re-render with each fresh copy while the drawer polls.
 */
export interface DrawerSlots {
  /** Buttons in the action bar under the drawer's header, e.g. "Execute off-ramp". */
  actions?: (tx: Transaction, context: DrawerSlotContext) => ReactNode;
  /**
   * Replaces the header's plain status explanation (meaning and next step), e.g. with one that
   * knows Rampdesk already executed the transaction.
   */
  statusExplanation?: (tx: Transaction) => ReactNode;
  /** Whole sections after the transaction's own ones (before the raw JSON), e.g. the audit trail. */
  extraSections?: (tx: Transaction, context: DrawerSlotContext) => ReactNode;
}
