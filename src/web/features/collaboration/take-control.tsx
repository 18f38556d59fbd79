import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Hand, LoaderCircle, UserCheck } from 'lucide-react';
import { toast } from 'sonner';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../lib/api-client';
import {
  afterCollaborationChange,
  collaborationQueries,
  onItWords,
  releaseTransaction,
  takeTransaction,
} from '../../lib/collaboration-queries';
import { useAgent } from '../../lib/use-agent';

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70';

/**
 * The drawer's "Take it" / "Release" and who is on it, for everyone (viewers read it, without the
 * buttons). The activity query polls, so another agent's take shows within seconds.
 */
export function TakeControl({ transactionId }: { transactionId: string }) {
  const t = useT();
  const { agent, can } = useAgent();
  const queryClient = useQueryClient();
  const activity = useQuery(collaborationQueries.activity(transactionId));
  const take = activity.data?.take ?? null;
  const mine = take !== null && take.agentId === agent?.id;
  const change = useMutation({
    mutationFn: (action: 'take' | 'release') =>
      action === 'take' ? takeTransaction(transactionId) : releaseTransaction(transactionId),
    onError: (error) =>
      toast.error(translate('collaboration.notDone'), {
        description:
          error instanceof ApiRequestError ? error.message : translate('collaboration.unreachable'),
      }),
    onSettled: () => afterCollaborationChange(queryClient),
  });
  const canRelease = mine || (take !== null && can('admin'));

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="take-control">
      <p aria-live="polite" className="flex items-center gap-1.5 text-sm text-slate-700">
        {take ? (
          <>
            <UserCheck aria-hidden="true" className="size-4 text-emerald-600" />
            <span title={take.agentEmail}>{onItWords(take, agent?.id)}</span>
          </>
        ) : activity.data ? (
          <span className="text-slate-500">{t('collaboration.nobody')}</span>
        ) : null}
      </p>
      {can('operator') && !take ? (
        <button
          type="button"
          className={BUTTON}
          disabled={change.isPending}
          onClick={() => change.mutate('take')}
        >
          {change.isPending ? (
            <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
          ) : (
            <Hand aria-hidden="true" className="size-4" />
          )}
          {t('collaboration.take')}
        </button>
      ) : null}
      {can('operator') && canRelease ? (
        <button
          type="button"
          className={BUTTON}
          disabled={change.isPending}
          onClick={() => change.mutate('release')}
        >
          {t('collaboration.release')}
        </button>
      ) : null}
    </div>
  );
}
