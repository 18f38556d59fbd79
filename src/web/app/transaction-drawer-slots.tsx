import { AuditTrail } from '../features/audit/audit-trail';
import { CollaborationSection } from '../features/collaboration/collaboration-section';
import { TakeControl } from '../features/collaboration/take-control';
import { ExecuteAction } from '../features/execute/execute-action';
import { ExecutedStatusExplanation } from '../features/execute/executed-status-explanation';
import type { DrawerSlots } from '../features/transactions/drawer/drawer-slots';

/**
 * What other features put into the transaction drawer (features do not import each other: they
 * meet here): who is on it and the execute action in its action bar; a status explanation that
 * knows about Rampdesk's own execute; time in status and notes, then the execute attempts (audit
 * trail), as sections. After an execute the drawer re-reads the transaction and polls it as it
 * moves on.
 */
export const transactionDrawerSlots: DrawerSlots = {
  actions: (tx, { refresh }) => (
    <>
      <TakeControl transactionId={tx.id} />
      <ExecuteAction tx={tx} onExecuted={() => void refresh()} />
    </>
  ),
  statusExplanation: (tx) => <ExecutedStatusExplanation tx={tx} />,
  extraSections: (tx) => (
    <>
      <CollaborationSection transactionId={tx.id} status={tx.status} />
      <AuditTrail transactionId={tx.id} chain={tx.blockchainSymbol} />
    </>
  ),
};
