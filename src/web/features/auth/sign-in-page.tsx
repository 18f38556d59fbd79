import { useQuery } from '@tanstack/react-query';
import { Info } from 'lucide-react';
import { useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { SignInBody } from '../../../contract/auth-api';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { authQueries, type SignInState } from '../../lib/auth-queries';
import { configQuery } from '../../lib/config-query';
import { safeNextPath } from '../../lib/safe-next';
import { DemoAgents } from './demo-agents';
import { signInErrorMessage } from './sign-in-error';
import { SignInForm } from './sign-in-form';
import { useSignIn } from './use-sign-in';

const NOTICES: Record<NonNullable<SignInState['ended']>, MessageKey> = {
  expired: 'auth.notice.expired',
  'signed-out': 'auth.notice.signedOut',
};

export function SignInPage() {
  const t = useT();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const ended = (useLocation().state as SignInState | null)?.ended;
  const session = useQuery(authQueries.me());
  const config = useQuery(configQuery);
  const signIn = useSignIn();
  const [values, setValues] = useState<SignInBody>({ email: '', password: '' });

  // Signed in (just now, or already in another tab): on to where the agent was going.
  if (session.data?.agent) return <Navigate to={next} replace />;

  const demoAgents = config.data?.environment === 'sandbox' ? (config.data.demoAgents ?? []) : [];
  return (
    <>
      <title>{t('auth.signIn.pageTitle')}</title>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">{t('auth.signIn.title')}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{t('auth.signIn.intro')}</p>
        {ended && !signIn.isError ? (
          <p
            role="status"
            className="mb-4 flex items-start gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700"
          >
            <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t(NOTICES[ended])}
          </p>
        ) : null}
        <SignInForm
          values={values}
          onChange={setValues}
          onSubmit={() => signIn.mutate(values)}
          pending={signIn.isPending}
          error={signIn.isError ? signInErrorMessage(signIn.error) : null}
        />
      </div>
      {demoAgents.length > 0 ? (
        <DemoAgents
          agents={demoAgents}
          pending={signIn.isPending}
          onSignIn={({ email, password }) => {
            setValues({ email, password });
            signIn.mutate({ email, password });
          }}
        />
      ) : null}
    </>
  );
}
