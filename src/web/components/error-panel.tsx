import { CircleAlert, RotateCw } from 'lucide-react';
import { apiErrorMessage } from '../i18n/error-words';
import { useT } from '../i18n/use-t';
import { ApiRequestError, isForbidden, isUnauthenticated } from '../lib/api-client';
import { forbiddenMessage } from '../lib/forbidden-message';
import { MessageText } from './message-text';

export interface ErrorPanelProps {
  /** What failed, e.g. "Transactions could not be loaded". */
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  retryLabel?: string;
}

/** Says what happened, gives the ids support needs to trace it, and offers the obvious next step. */
export function ErrorPanel({ title, error, onRetry, retrying = false, retryLabel }: ErrorPanelProps) {
  const t = useT();
  // Signed out mid-work: the route guard is already taking the agent to sign-in; no error to read.
  if (isUnauthenticated(error)) return null;
  const apiError = error instanceof ApiRequestError ? error : null;
  // A 403 names the role needed, in the same words everywhere (not the server's phrasing); other
  // API errors read in the agent's language from their code (i18n/error-words.ts).
  const message = isForbidden(error)
    ? forbiddenMessage(error.requiredRole)
    : apiError
      ? apiErrorMessage(apiError)
      : t('drawer.pageError');
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-5 shadow-sm">
      <div className="flex items-start gap-3">
        <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-600" />
        <div className="min-w-0 flex-1">
          <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
          <p className="mt-1 text-sm text-slate-700">
            <MessageText text={message} />
          </p>
          {apiError ? (
            // For quoting to support, the one place codes are shown as sent (data-raw).
            <dl data-raw="" className="mt-3 flex flex-wrap gap-x-6 gap-y-1 font-mono text-xs text-slate-500">
              <div className="flex gap-1.5">
                <dt>{t('drawer.errorCode')}</dt>
                <dd className="text-slate-700">{apiError.code}</dd>
              </div>
              {apiError.status ? (
                <div className="flex gap-1.5">
                  <dt>HTTP</dt>
                  <dd className="text-slate-700">{apiError.status}</dd>
                </div>
              ) : null}
              {apiError.requestId ? (
                <div className="flex gap-1.5">
                  <dt>{t('drawer.requestId')}</dt>
                  <dd className="break-all text-slate-700 select-all">{apiError.requestId}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {onRetry ? (
            <button
              type="button"
              onClick={onRetry}
              disabled={retrying}
              className="mt-4 inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-wait disabled:opacity-70"
            >
              <RotateCw
                aria-hidden="true"
                className={retrying ? 'size-4 motion-safe:animate-spin' : 'size-4'}
              />
              {retrying ? t('drawer.retrying') : (retryLabel ?? t('drawer.retry'))}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
