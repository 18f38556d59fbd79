import { clsx } from 'clsx';
import { CircleCheck, CircleHelp, LoaderCircle, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import type { TransactionAuditResponse } from '../../../contract/audit-api';
import { isExecutableStatus } from '../../../contract/execute';
import { DateTime } from '../../components/date-time';
import { formatUtcDateTime } from '../../lib/format';

export function Note({
  tone,
  icon: Icon,
  children,
}: {
  tone: 'info' | 'success' | 'attention';
  icon: LucideIcon;
  children: ReactNode;
}) {
  return (
    <div
      className={clsx(
        'flex items-start gap-2 rounded-md border px-3 py-2 text-sm',
        tone === 'info' && 'border-slate-200 bg-slate-50 text-slate-700',
        tone === 'success' && 'border-emerald-200 bg-emerald-50 text-emerald-900',
        tone === 'attention' && 'border-amber-300 bg-amber-50 text-amber-950',
      )}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div>{children}</div>
    </div>
  );
}

function When({ iso }: { iso: string }) {
  return (
    <>
      <DateTime iso={iso} /> <span className="text-xs opacity-80">({formatUtcDateTime(iso)})</span>
    </>
  );
}

/** What the execute trail says about this transaction, before anything else is offered. */
export function TrailState({ trail, status }: { trail: TransactionAuditResponse; status: string }) {
  if (trail.executed) {
    return (
      <Note tone="success" icon={CircleCheck}>
        <p className="font-medium">
          Executed by {trail.executed.agentEmail} at <When iso={trail.executed.at} />
        </p>
        <p className="mt-0.5">
          Rampdesk does not execute it again.
          {isExecutableStatus(status) ? ' Capa may still show it as pending while it pays out.' : ''}
        </p>
      </Note>
    );
  }
  const blocking = trail.blockingIntent;
  if (!blocking) return null;
  return blocking.state === 'pending' ? (
    <Note tone="attention" icon={LoaderCircle}>
      <p className="font-medium">
        Execute in progress: started by {blocking.agentEmail} at <When iso={blocking.since} />
      </p>
      <p className="mt-0.5">Wait for its outcome here; no other execute is accepted meanwhile.</p>
    </Note>
  ) : (
    <Note tone="attention" icon={CircleHelp}>
      <p className="font-medium">
        Outcome unknown: the execute by {blocking.agentEmail} at <When iso={blocking.since} /> got no clear
        answer from Capa
      </p>
      <p className="mt-0.5">
        Do not execute it again or ask Capa to pay out by other means. Rampdesk checks the transaction and
        records the outcome below; no other execute is accepted until then.
      </p>
    </Note>
  );
}
