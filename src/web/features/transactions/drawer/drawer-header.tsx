import { Title } from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import type { Transaction } from '../../../../contract/capa';
import { statusFacts } from '../../../../contract/statuses';
import { DateTime } from '../../../components/date-time';
import { MonoValue } from '../../../components/mono-value';
import { StatusBadge } from '../../../components/status-badge';
import { StatusExplanation } from '../../../components/status-explanation';
import { useT } from '../../../i18n/use-t';
import { typeLabel } from '../../../i18n/words';
import { formatUtcDateTime } from '../../../lib/format';
import { CancellationReason } from './cancellation-reason';
import { Field, Fields, Missing } from './drawer-section';
import { LiveNote } from './live-note';

function When({ iso }: { iso: string }) {
  return (
    <span className="flex flex-col">
      <DateTime iso={iso} className="tabular-nums" />
      <span className="text-xs text-slate-500 tabular-nums">{formatUtcDateTime(iso)}</span>
    </span>
  );
}

/** What an agent reads first: what kind, where it stands and what that means, which one, when. */
export function DrawerHeader({
  tx,
  updatedAt,
  refreshError,
  statusExplanation,
}: {
  tx: Transaction;
  updatedAt: number;
  refreshError: boolean;
  /** In place of the status's plain meaning and next step (the drawer's statusExplanation slot). */
  statusExplanation?: ReactNode;
}) {
  const t = useT();
  const facts = statusFacts(tx.status);
  return (
    <div className="px-5 pt-4 pb-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Title className="text-lg font-semibold tracking-tight text-slate-900">{typeLabel(tx.type)}</Title>
        <StatusBadge status={tx.status} className="text-sm" />
        <LiveNote final={facts.final} updatedAt={updatedAt} failed={refreshError} />
      </div>
      {statusExplanation ?? <StatusExplanation status={tx.status} />}
      {tx.status === 'CANCELLED' || tx.cancellationReason ? (
        <CancellationReason reason={tx.cancellationReason} />
      ) : null}
      <Fields className="mt-4">
        <Field label={t('drawer.transactionId')}>
          <MonoValue value={tx.id} copyLabel={t('drawer.copyTransactionId')} />
        </Field>
        <Field label={t('drawer.userId')}>
          <MonoValue value={tx.userId} copyLabel={t('drawer.copyUserId')} />
        </Field>
        <Field label={t('drawer.created')}>
          <When iso={tx.createdAt} />
        </Field>
        <Field label={t('drawer.completed')}>
          {tx.completedAt ? <When iso={tx.completedAt} /> : <Missing>{t('drawer.notYet')}</Missing>}
        </Field>
      </Fields>
    </div>
  );
}
