import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { ApiSessionResponse } from '../../contract/auth-api';
import { AppLayout } from '../components/app-layout';
import { ErrorPanel } from '../components/error-panel';
import { PageSkeleton } from '../components/page-skeleton';
import { AccountMenu, canChangePassword, ChangePasswordLink } from '../features/auth/account-menu';
import { LanguageMenu } from '../features/auth/language-menu';
import { activateLocale } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { signedInLocale } from '../lib/agent-locale';
import { authQueries, type SignInState } from '../lib/auth-queries';
import { paths } from '../lib/paths';
import { locationPath } from '../lib/safe-next';
import { useAgent } from '../lib/use-agent';
import { ConfigBanner } from './config-banner';
import { navItemsFor } from './nav';

/**
 * The route guard: every screen under it needs a session. Without one the agent goes to sign-in,
 * and comes back here after (`next`), unless they signed out on purpose.
 */
export function RootLayout() {
  const t = useT();
  const session = useQuery(authQueries.me());
  const location = useLocation();

  const data = session.data;
  if (data?.agent === null) {
    const here = locationPath(location);
    const next = data.ended === 'signed-out' || here === paths.home() ? undefined : here;
    return <Navigate to={paths.signIn(next)} replace state={{ ended: data.ended } satisfies SignInState} />;
  }
  // docs/security.md A6: signed in with a one-time password, the agent chooses their own first;
  // every other page sends them there (the BFF refuses everything else anyway).
  if (data?.mustChangePassword && location.pathname !== paths.choosePassword()) {
    return <Navigate to={paths.choosePassword()} replace />;
  }
  if (data) return <SignedInShell session={data} />;
  if (session.isError) {
    return (
      <div className="mx-auto max-w-2xl p-6">
        <ErrorPanel
          title={t('shell.sessionCheckFailed')}
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-screen-2xl p-6">
      <PageSkeleton label={t('shell.loadingRampdesk')} />
    </div>
  );
}

function SignedInShell({ session }: { session: ApiSessionResponse }) {
  const { can } = useAgent();
  const t = useT();
  // The agent's own language, once the session says it (sign-in, a reload, another browser); this
  // browser's own choice first (lib/agent-locale.ts). Until then the browser's languages speak.
  useEffect(() => void activateLocale(signedInLocale(session.locale)), [session.locale]);
  // No links while the only page open is choosing a password.
  const nav = session.mustChangePassword ? [] : navItemsFor(can, t);
  return (
    <AppLayout
      banner={<ConfigBanner />}
      nav={nav}
      account={
        <>
          <LanguageMenu />
          <AccountMenu session={session} />
        </>
      }
      menuLinks={
        <>
          {canChangePassword(session) ? <ChangePasswordLink inMenu /> : null}
          <LanguageMenu inMenu />
        </>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
