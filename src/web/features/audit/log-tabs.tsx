import { clsx } from 'clsx';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

const tabClass =
  'rounded-t-md border-b-2 px-3 py-2 text-sm font-medium aria-[current=page]:border-indigo-600 aria-[current=page]:text-indigo-700';

export type AuditLogName = 'attempts' | 'exports' | 'activity';

/** Three logs on one page: a link per log (`?log=exports`, `?log=activity`), so each can be linked to. */
export function LogTabs({ current }: { current: AuditLogName }) {
  const t = useT();
  const tab = (to: string, current: boolean, label: string) => (
    <Link
      to={to}
      aria-current={current ? 'page' : undefined}
      className={clsx(tabClass, !current && 'border-transparent text-slate-600 hover:text-slate-900')}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t('audit.tabs.label')} className="mt-3 mb-3 flex gap-1 border-b border-slate-200">
      {tab(paths.audit(), current === 'attempts', t('audit.tabs.attempts'))}
      {tab(
        paths.audit(new URLSearchParams({ log: 'exports' })),
        current === 'exports',
        t('audit.tabs.exports'),
      )}
      {tab(
        paths.audit(new URLSearchParams({ log: 'activity' })),
        current === 'activity',
        t('audit.tabs.activity'),
      )}
    </nav>
  );
}
