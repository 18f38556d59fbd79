import { Title } from '@radix-ui/react-dialog';
import { CircleSlash } from 'lucide-react';
import type { Transaction } from '../../../../contract/capa';
import { statusFacts } from '../../../../contract/statuses';
import { DateTime } from '../../../components/date-time';
import { MonoValue } from '../../../components/mono-value';
import { StatusBadge } from '../../../components/status-badge';
import { formatUtcDateTime } from '../../../lib/format';
import { typeLabel } from '../transaction-labels';
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
}: {
  tx: Transaction;
  updatedAt: number;
  refreshError: boolean;
}) {
  const facts = statusFacts(tx.status);
  return (
    <div className="px-5 pt-4 pb-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Title className="text-lg font-semibold tracking-tight text-slate-900">{typeLabel(tx.type)}</Title>
        <StatusBadge status={tx.status} className="text-sm" />
        <LiveNote final={facts.final} updatedAt={updatedAt} failed={refreshError} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{facts.meaning}</p>
      {facts.next ? (
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-medium text-slate-700">Next: </span>
          {facts.next}
        </p>
      ) : null}
      {tx.status === 'CANCELLED' || tx.cancellationReason ? (
        <p className="mt-3 flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200 ring-inset">
          <CircleSlash aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            <span className="font-medium">Cancellation reason: </span>
            {tx.cancellationReason ? (
              <span className="font-mono text-[0.8125rem]">{tx.cancellationReason}</span>
            ) : (
              'Capa gave none.'
            )}
          </span>
        </p>
      ) : null}
      <Fields className="mt-4">
        <Field label="Transaction id">
          <MonoValue value={tx.id} copyLabel="Copy transaction id" />
        </Field>
        <Field label="User id">
          <MonoValue value={tx.userId} copyLabel="Copy user id" />
        </Field>
        <Field label="Created">
          <When iso={tx.createdAt} />
        </Field>
        <Field label="Completed">
          {tx.completedAt ? <When iso={tx.completedAt} /> : <Missing>Not yet</Missing>}
        </Field>
      </Fields>
    </div>
  );
}
