import { Trans } from '@lingui/react';
import { clsx } from 'clsx';
import { CircleCheck, CircleHelp, LoaderCircle, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import type { TransactionAuditResponse } from '../../../contract/audit-api';
import { isExecutableStatus } from '../../../contract/execute';
import { DateTime } from '../../components/date-time';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  if (trail.executed) {
    return (
      <Note tone="success" icon={CircleCheck}>
        <p className="font-medium">
          <Trans
            id="execute.executedBy"
            values={{ email: trail.executed.agentEmail, when: <When iso={trail.executed.at} /> }}
          />
        </p>
        <p className="mt-0.5">
          {t(isExecutableStatus(status) ? 'execute.notAgainPending' : 'execute.notAgain')}
        </p>
      </Note>
    );
  }
  const blocking = trail.blockingIntent;
  if (!blocking) return null;
  return blocking.state === 'pending' ? (
    <Note tone="attention" icon={LoaderCircle}>
      <p className="font-medium">
        <Trans
          id="execute.inProgress"
          values={{ email: blocking.agentEmail, when: <When iso={blocking.since} /> }}
        />
      </p>
      <p className="mt-0.5">{t('execute.inProgressWait')}</p>
    </Note>
  ) : (
    <Note tone="attention" icon={CircleHelp}>
      <p className="font-medium">
        <Trans
          id="execute.unknownBy"
          values={{ email: blocking.agentEmail, when: <When iso={blocking.since} /> }}
        />
      </p>
      <p className="mt-0.5">{t('execute.unknownWait')}</p>
    </Note>
  );
}
