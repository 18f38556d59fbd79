import { useQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { Link } from 'react-router';
import type { TrailEntry } from '../../../contract/audit-api';
import { DateTime } from '../../components/date-time';
import { ErrorPanel } from '../../components/error-panel';
import { useT } from '../../i18n/use-t';
import { auditQueries } from '../../lib/audit-queries';
import { paths } from '../../lib/paths';
import { useAgent } from '../../lib/use-agent';
import { AnswerText, HashText, OutcomeBadge, Resolution } from './audit-entry-parts';

function Attempt({ entry, chain }: { entry: TrailEntry; chain: string | null | undefined }) {
  const t = useT();
  return (
    <li className="py-2.5">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <OutcomeBadge outcome={entry.outcome} />
        <span className="font-medium text-slate-900">{entry.agentEmail}</span>
        <span className="text-slate-500">
          <DateTime iso={entry.createdAt} />
        </span>
      </div>
      <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-700">
        <dt className="text-slate-500">{t('audit.col.hash')}</dt>
        <dd>
          <HashText hash={entry.transactionHash} chain={chain} />
        </dd>
        <dt className="text-slate-500">{t('audit.col.answer')}</dt>
        <dd className="break-words">
          <AnswerText entry={entry} />
        </dd>
        {entry.resolvedAt ? (
          <>
            <dt className="text-slate-500">{t('audit.trail.resolved')}</dt>
            <dd className="break-words">
              <Resolution entry={entry} />
            </dd>
          </>
        ) : null}
        {/* Sent to operators and admins only: viewers have no use for it. */}
        {entry.idempotencyKey ? (
          <>
            <dt className="text-slate-500">{t('audit.trail.idempotencyKey')}</dt>
            <dd className="font-mono break-all text-slate-500">{entry.idempotencyKey}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/**
 * The drawer's audit slot: every execute attempt on this transaction through Rampdesk, newest
 * first, for every role (the trail explains the status). It shares its query with the execute
 * action, so both change together after an attempt.
 */
export function AuditTrail({ transactionId, chain }: { transactionId: string; chain?: string | null }) {
  const t = useT();
  const { can } = useAgent();
  const trail = useQuery(auditQueries.transaction(transactionId));
  const headingId = `audit-trail-${transactionId}`;

  let body;
  if (trail.isPending) {
    body = <p className="text-sm text-slate-500">{t('audit.trail.loading')}</p>;
  } else if (trail.isError) {
    body = (
      <ErrorPanel
        title={t('audit.trail.loadFailed')}
        error={trail.error}
        onRetry={() => void trail.refetch()}
        retrying={trail.isFetching}
      />
    );
  } else if (trail.data.items.length === 0) {
    body = (
      <p className="flex items-center gap-2 text-sm text-slate-600">
        <History aria-hidden="true" className="size-4 text-slate-400" />
        {t('audit.trail.empty')}
      </p>
    );
  } else {
    body = (
      <ol aria-labelledby={headingId} className="divide-y divide-slate-100">
        {trail.data.items.map((entry) => (
          <Attempt key={entry.id} entry={entry} chain={chain} />
        ))}
      </ol>
    );
  }

  const count = trail.data?.items.length;
  return (
    // Styled like the drawer's own sections, after which it is shown.
    <section aria-labelledby={headingId} className="border-t border-slate-200 px-5 py-4">
      <div className="flex items-center justify-between gap-3">
        <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t('audit.trail.heading', { count: count ?? 0 })}
        </h3>
        {can('operator') ? (
          <Link
            to={paths.audit(new URLSearchParams({ tx: transactionId }))}
            className="text-xs font-medium text-indigo-700 hover:underline"
          >
            {t('audit.trail.openInLog')}
          </Link>
        ) : null}
      </div>
      <div className="mt-2">{body}</div>
    </section>
  );
}
