import { clsx } from 'clsx';
import { CircleUserRound, KeyRound, LogOut } from 'lucide-react';
import { NavLink } from 'react-router';
import type { ApiSessionResponse } from '../../../contract/auth-api';
import { RoleBadge } from '../../components/role-badge';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';
import { useSignOut } from './use-sign-out';

/**
 * The agent's own password page: in the header on wide screens (its word from 1536 px, an icon
 * with the word on hover below: longer languages need the room), in the menu on narrow ones.
 */
export function ChangePasswordLink({ inMenu = false }: { inMenu?: boolean }) {
  const t = useT();
  return (
    <NavLink
      to={paths.changePassword()}
      title={inMenu ? undefined : t('shell.changePassword')}
      className={clsx(
        'items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700',
        inMenu ? 'flex px-3' : 'hidden lg:inline-flex',
      )}
    >
      <KeyRound aria-hidden="true" className="size-4 shrink-0" />
      <span className={inMenu ? undefined : 'sr-only 2xl:not-sr-only'}>{t('shell.changePassword')}</span>
    </NavLink>
  );
}

/** Whether the agent has a password of their own here to change (not through SSO, not before choosing one). */
export const canChangePassword = (session: ApiSessionResponse) =>
  session.method === 'password' && !session.mustChangePassword;

/**
 * Right end of the header: who is signed in (email on hover), their role, changing their password
 * and sign-out. Through SSO there is neither: the password and the session are the proxy's.
 */
export function AccountMenu({ session }: { session: ApiSessionResponse }) {
  const { agent, method } = session;
  const t = useT();
  const signOut = useSignOut();
  return (
    <div className="flex min-w-0 items-center gap-3">
      <p className="flex min-w-0 items-center gap-2 text-sm" title={agent.email}>
        <CircleUserRound aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
        {/* One sentence for screen readers, whatever the language's word order; the name is its visible part. */}
        <span className="sr-only">
          {t('shell.signedInAs', { name: agent.displayName, email: agent.email })}
        </span>
        <span
          aria-hidden="true"
          translate="no"
          className="hidden max-w-48 truncate font-medium text-slate-800 sm:inline"
        >
          {agent.displayName}
        </span>
        <RoleBadge role={agent.role} className="shrink-0" />
      </p>
      {/* Hidden while they must choose one: the page they are on is already that. */}
      {canChangePassword(session) ? <ChangePasswordLink /> : null}
      {/* Behind single sign-on the proxy signs the agent straight back in: there is nothing to end here. */}
      {method === 'password' ? (
        <button
          type="button"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
          className="inline-flex shrink-0 items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-wait disabled:opacity-60"
        >
          <LogOut aria-hidden="true" className="size-4 shrink-0" />
          {signOut.isPending ? t('shell.signingOut') : t('shell.signOut')}
        </button>
      ) : null}
    </div>
  );
}
