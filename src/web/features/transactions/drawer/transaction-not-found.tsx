import { Trans } from '@lingui/react';
import { Close, Title } from '@radix-ui/react-dialog';
import { SearchX } from 'lucide-react';
import { useT } from '../../../i18n/use-t';
import { ApiRequestError } from '../../../lib/api-client';

/** Capa answers "not yours" for another partner's id: to an agent both mean "not here". */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiRequestError && (error.status === 404 || error.code === 'TRANSACTION_ACCESS_DENIED')
  );
}

export function TransactionNotFound({ id, malformed }: { id: string; malformed: boolean }) {
  const t = useT();
  const code = <code className="font-mono break-all text-slate-800" />;
  return (
    <div className="flex flex-col items-center px-6 py-16 text-center">
      <SearchX aria-hidden="true" className="size-8 text-slate-400" />
      <Title className="mt-3 text-base font-semibold text-slate-900">{t('drawer.notFound')}</Title>
      <p className="mt-1 max-w-md text-sm text-slate-600">
        <Trans
          id={malformed ? 'drawer.notAnId' : 'drawer.noSuchId'}
          values={{ id }}
          components={{ 0: code }}
        />
      </p>
      <Close asChild>
        <button
          type="button"
          className="mt-5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          {t('drawer.backToTransactions')}
        </button>
      </Close>
    </div>
  );
}
