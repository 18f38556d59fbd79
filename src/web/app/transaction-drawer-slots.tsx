import { AuditTrail } from '../features/audit/audit-trail';
import { ExecuteAction } from '../features/execute/execute-action';
import { ExecutedStatusExplanation } from '../features/execute/executed-status-explanation';
import type { DrawerSlots } from '../features/transactions/drawer/drawer-slots';

/**
 * What other features put into the transaction drawer (features do not import each other: they
 * meet here): the execute action in its action bar, and the execute attempts (audit trail) as a
 * section, and a status explanation that knows about Rampdesk's own execute. After an execute the drawer re-reads the transaction and polls it as it moves on.
 */
export const transactionDrawerSlots: DrawerSlots = {
  actions: (tx, { refresh }) => <ExecuteAction tx={tx} onExecuted={() => void refresh()} />,
  statusExplanation: (tx) => <ExecutedStatusExplanation tx={tx} />,
  extraSections: (tx) => <AuditTrail transactionId={tx.id} chain={tx.blockchainSymbol} />,
};
