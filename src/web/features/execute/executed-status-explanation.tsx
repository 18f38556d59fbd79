import { useQuery } from '@tanstack/react-query';
import type { Transaction } from '../../../contract/capa';
import { StatusExplanation } from '../../components/status-explanation';
import { auditQueries } from '../../lib/audit-queries';

/**
 * The drawer's status explanation, agreeing with what Rampdesk knows (issue: "waits here until it
 * is executed" under "Executed by …"): once the audit log has this transaction's successful
 * execute, a status an execute starts from is explained as "executed, Capa has not moved it yet".
 * It shares its query with the execute action and the trail, so it asks nothing more of the BFF.
 */
export function ExecutedStatusExplanation({ tx }: { tx: Transaction }) {
  const trail = useQuery(auditQueries.transaction(tx.id));
  return <StatusExplanation status={tx.status} executed={Boolean(trail.data?.executed)} />;
}
