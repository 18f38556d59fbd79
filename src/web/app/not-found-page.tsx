import { Trans } from '@lingui/react';
import { MapPinOff } from 'lucide-react';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { useT } from '../i18n/use-t';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <>
      <title>{t('shell.notFound.documentTitle')}</title>
      <EmptyState
        icon={MapPinOff}
        title={t('shell.notFound.title')}
        action={
          <Link
            to={paths.transactions()}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
          >
            {t('shell.notFound.action')}
          </Link>
        }
      >
        <Trans
          id="shell.notFound.body"
          values={{ path: pathname }}
          components={{ 0: <code translate="no" className="font-mono text-slate-800" /> }}
        />
      </EmptyState>
    </>
  );
}
