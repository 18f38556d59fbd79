import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { useT } from '../i18n/use-t';

/**
 * Catches what a screen throws while rendering or loading its code. A failed dynamic import
 * almost always means a new version was deployed while this tab was open: a reload fixes it.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  const title = chunkFailed
    ? t('shell.routeError.updated')
    : isRouteErrorResponse(error)
      ? t('shell.routeError.status', { status: error.status })
      : t('shell.routeError.title');
  return (
    <div className="mx-auto max-w-2xl p-6">
      <ErrorPanel
        title={title}
        error={error}
        retryLabel={t('shell.routeError.reload')}
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
