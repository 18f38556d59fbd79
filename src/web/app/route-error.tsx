import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel';

/**
 * Catches what a screen throws while rendering or loading its code. A failed dynamic import
 * almost always means a new version was deployed while this tab was open: a reload fixes it.
 */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  const title = chunkFailed
    ? 'Rampdesk was updated while this page was open'
    : isRouteErrorResponse(error)
      ? `This page could not be shown (${error.status})`
      : 'This page could not be shown';
  return (
    <div className="mx-auto max-w-2xl p-6">
      <ErrorPanel
        title={title}
        error={error}
        retryLabel="Reload page"
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
