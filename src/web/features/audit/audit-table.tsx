import { Trans } from '@lingui/react';
import { clsx } from 'clsx';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../contract/audit-api';
import { CopyButton } from '../../components/copy-button';
import { DateTime } from '../../components/date-time';
import { useT } from '../../i18n/use-t';
import { shortId } from '../../lib/format';
import { paths } from '../../lib/paths';
import { AnswerText, HashText, OutcomeBadge, Resolution } from './audit-entry-parts';

export interface AuditTableProps {
  items: readonly AuditEntry[];
  /** Admins see everyone's attempts, so whose it was matters; operators see only their own. */
  showAgent: boolean;
  /** A newer page is on its way while this one stays on screen. */
  updating: boolean;
  caption: string;
}

const th =
  'px-3 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase first:pl-4';

/** One execute attempt per row, newest first; the transaction id opens its drawer. */
export function AuditTable({ items, showAgent, updating, caption }: AuditTableProps) {
  const t = useT();
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table aria-busy={updating} className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t('audit.col.when')}
            </th>
            {showAgent ? (
              <th scope="col" className={th}>
                {t('audit.col.agent')}
              </th>
            ) : null}
            <th scope="col" className={th}>
              {t('audit.col.transaction')}
            </th>
            <th scope="col" className={th}>
              {t('audit.col.hash')}
            </th>
            <th scope="col" className={th}>
              {t('audit.col.outcome')}
            </th>
            <th scope="col" className={th}>
              {t('audit.col.answer')}
            </th>
          </tr>
        </thead>
        <tbody className={clsx('divide-y divide-slate-100 transition-opacity', updating && 'opacity-60')}>
          {items.map((entry) => (
            <tr key={entry.id} className="align-top hover:bg-slate-50">
              <td className="px-3 py-2 pl-4 whitespace-nowrap tabular-nums">
                <DateTime iso={entry.createdAt} />
              </td>
              {showAgent ? <td className="px-3 py-2 whitespace-nowrap">{entry.agentEmail}</td> : null}
              <td className="px-3 py-2 whitespace-nowrap">
                <span className="inline-flex items-center gap-1">
                  <Link
                    to={paths.transaction(entry.transactionId)}
                    // Named like the transactions table's links; the full id is in the name and title.
                    aria-label={t('audit.attempts.transactionLink', { id: entry.transactionId })}
                    title={entry.transactionId}
                    className="rounded font-mono text-xs font-medium text-indigo-700 hover:underline"
                  >
                    {shortId(entry.transactionId)}
                  </Link>
                  <CopyButton value={entry.transactionId} label={t('audit.attempts.copyTransactionId')} />
                </span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <HashText hash={entry.transactionHash} />
              </td>
              <td className="px-3 py-2">
                <OutcomeBadge outcome={entry.outcome} />
              </td>
              <td className="max-w-md min-w-64 px-3 py-2 text-xs text-slate-700">
                <p className="break-words">
                  <AnswerText entry={entry} />
                </p>
                {entry.resolvedAt ? (
                  <p className="mt-0.5 break-words text-slate-500">
                    <Trans id="audit.attempts.resolved" components={{ 0: <Resolution entry={entry} /> }} />
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
