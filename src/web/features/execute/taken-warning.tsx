import { useQuery } from '@tanstack/react-query';
import { TriangleAlert } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { collaborationQueries, onItWords } from '../../lib/collaboration-queries';
import { useAgent } from '../../lib/use-agent';

/**
 * Warns, without blocking, an agent about to execute a transaction someone else has taken
 * (docs/security.md W1): they may be on the phone with the user about it right now.
 */
export function TakenWarning({ transactionId }: { transactionId: string }) {
  const t = useT();
  const { agent } = useAgent();
  const { data } = useQuery(collaborationQueries.activity(transactionId));
  const take = data?.take;
  if (!take || take.agentId === agent?.id) return null;
  return (
    <p
      role="alert"
      className="mt-3 flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{t('execute.takenWarning', { onIt: onItWords(take, agent?.id), email: take.agentEmail })}</span>
    </p>
  );
}
