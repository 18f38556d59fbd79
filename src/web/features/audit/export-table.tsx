import { clsx } from 'clsx';
import type { ExportAuditEntry } from '../../../contract/reconciliation-api';
import { DateTime } from '../../components/date-time';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { formatUtcMinutes } from '../../lib/date-window';
import { formatCount } from '../../lib/format';
import { EXPORT_OUTCOME_KEYS, exportFiltersText, exportWindowText } from './export-words';

const OUTCOME_CLASSES: Record<ExportAuditEntry['outcome'], string> = {
  completed: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-300',
  running: 'bg-blue-50 text-blue-800 ring-blue-200',
};

const th =
  'px-3 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase first:pl-4';
const td = 'px-3 py-2 first:pl-4';

function windowTitle({ from, to }: ExportAuditEntry): string | undefined {
  if (!from && !to) return undefined;
  const start = from ? formatUtcMinutes(from) : '…';
  return to
    ? translate('audit.exports.windowUntil', { from: start, to: formatUtcMinutes(to) })
    : translate('audit.exports.windowToExport', { from: start });
}

export interface ExportTableProps {
  items: readonly ExportAuditEntry[];
  /** Admins see everyone's exports, so whose it was matters. */
  showAgent: boolean;
  updating: boolean;
  caption: string;
}

/** One CSV export per row, newest first: who, when, which view, how many rows, how it ended. */
export function ExportTable({ items, showAgent, updating, caption }: ExportTableProps) {
  const t = useT();
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table aria-busy={updating} className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {[
              t('audit.col.started'),
              ...(showAgent ? [t('audit.col.agent')] : []),
              t('audit.col.filters'),
              t('audit.col.created'),
              t('audit.col.rows'),
              t('audit.col.outcome'),
              t('audit.col.finished'),
            ].map((name) => (
              <th key={name} scope="col" className={th}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={clsx('divide-y divide-slate-100 transition-opacity', updating && 'opacity-60')}>
          {items.map((entry) => (
            <tr key={entry.id} className="align-top hover:bg-slate-50">
              <td className={clsx(td, 'whitespace-nowrap tabular-nums')}>
                <DateTime iso={entry.startedAt} />
              </td>
              {showAgent ? <td className={clsx(td, 'whitespace-nowrap')}>{entry.agentEmail}</td> : null}
              <td className={clsx(td, 'min-w-48 text-slate-700')}>{exportFiltersText(entry)}</td>
              <td className={clsx(td, 'whitespace-nowrap text-slate-700')} title={windowTitle(entry)}>
                {exportWindowText(entry)}
              </td>
              <td className={clsx(td, 'text-right tabular-nums')}>{formatCount(entry.rows)}</td>
              <td className={td}>
                <span
                  className={clsx(
                    'inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
                    OUTCOME_CLASSES[entry.outcome],
                  )}
                >
                  {t(EXPORT_OUTCOME_KEYS[entry.outcome])}
                </span>
              </td>
              <td className={clsx(td, 'whitespace-nowrap tabular-nums')}>
                {entry.finishedAt ? <DateTime iso={entry.finishedAt} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
