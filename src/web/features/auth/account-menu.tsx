import { CircleUserRound, LogOut } from 'lucide-react';
import type { ApiSessionResponse } from '../../../contract/auth-api';
import { RoleBadge } from '../../components/role-badge';
import { useSignOut } from './use-sign-out';

/** Right end of the header: who is signed in (email on hover), their role, and sign-out. */
export function AccountMenu({ session }: { session: ApiSessionResponse }) {
  const { agent, method } = session;
  const signOut = useSignOut();
  return (
    <div className="flex min-w-0 items-center gap-3">
      <p className="flex min-w-0 items-center gap-2 text-sm" title={agent.email}>
        <CircleUserRound aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
        <span className="sr-only">Signed in as </span>
        <span className="hidden max-w-48 truncate font-medium text-slate-800 sm:inline">
          {agent.displayName}
        </span>
        <span className="sr-only"> ({agent.email}), role </span>
        <RoleBadge role={agent.role} />
      </p>
      {/* Behind single sign-on the proxy signs the agent straight back in: there is nothing to end here. */}
      {method === 'password' ? (
        <button
          type="button"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
          className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-wait disabled:opacity-60"
        >
          <LogOut aria-hidden="true" className="size-4" />
          {signOut.isPending ? 'Signing out…' : 'Sign out'}
        </button>
      ) : null}
    </div>
  );
}
