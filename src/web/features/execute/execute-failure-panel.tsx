import { clsx } from 'clsx';
import { CircleAlert, CircleHelp } from 'lucide-react';
import { MessageText } from '../../components/message-text';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../lib/api-client';
import type { ExecuteFailure } from './execute-errors';

/**
 * Why the execute failed and what to do, with the ids support needs. An outcome that may have
 * moved money is amber, not red: it is not a plain failure, and it must not read as "try again".
 */
export function ExecuteFailurePanel({ failure, error }: { failure: ExecuteFailure; error: unknown }) {
  const t = useT();
  const apiError = error instanceof ApiRequestError ? error : null;
  const Icon = failure.mayHaveExecuted ? CircleHelp : CircleAlert;
  return (
    <div
      role="alert"
      className={clsx(
        'rounded-md border p-3 text-sm',
        failure.mayHaveExecuted ? 'border-amber-400 bg-amber-50' : 'border-red-200 bg-red-50',
      )}
    >
      <div className="flex items-start gap-2">
        <Icon
          aria-hidden="true"
          className={clsx(
            'mt-0.5 size-4 shrink-0',
            failure.mayHaveExecuted ? 'text-amber-700' : 'text-red-700',
          )}
        />
        <div className="min-w-0">
          <p className="font-semibold text-slate-900">{failure.title}</p>
          <p className="mt-1 text-slate-800">
            <MessageText text={failure.message} />
          </p>
          {apiError ? (
            // For quoting to support, the one place codes are shown as sent (data-raw).
            <p data-raw="" className="mt-2 font-mono text-xs break-all text-slate-500">
              {apiError.code}
              {apiError.status ? ` · HTTP ${apiError.status}` : ''}
              {apiError.requestId ? ` · ${t('execute.requestRef', { id: apiError.requestId })}` : ''}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
