import { MapPinOff } from 'lucide-react';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · Rampdesk</title>
      <EmptyState
        icon={MapPinOff}
        title="Page not found"
        action={
          <Link
            to={paths.transactions()}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
          >
            Go to transactions
          </Link>
        }
      >
        Rampdesk has no page at <code className="font-mono text-slate-800">{pathname}</code>. Check the link,
        or start again from the transactions list.
      </EmptyState>
    </>
  );
}
