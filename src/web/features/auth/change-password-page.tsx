import { useQuery } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, KeyRound } from 'lucide-react';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { CHOSEN_PASSWORD_MIN_LENGTH, passwordLength } from '../../../contract/auth';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { authQueries } from '../../lib/auth-queries';
import { paths } from '../../lib/paths';
import { checkBeforeSending, errorsFromResponse, type PasswordFormErrors } from './password-errors';
import { PasswordField } from './password-field';
import { useChangePassword } from './use-change-password';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Where the route guard sends an agent who signed in with a one-time password (docs/security.md A6). */
export function ChoosePasswordPage() {
  return <PasswordPage forced />;
}

/** Any agent who signs in with a password, from the account area of the header. */
export function ChangePasswordPage() {
  return <PasswordPage forced={false} />;
}

function PasswordPage({ forced }: { forced: boolean }) {
  const t = useT();
  const { data } = useQuery(authQueries.me());
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<PasswordFormErrors>({});
  const [changed, setChanged] = useState(false);
  const session = data?.agent ? data : null;
  // Chosen just now, or never asked: on to the transactions.
  if (forced && session && !session.mustChangePassword) return <Navigate to={paths.queues()} replace />;

  const title = t(forced ? 'auth.password.chooseTitle' : 'auth.password.changeTitle');
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = () => {
    const problems = checkBeforeSending(values);
    setErrors(problems);
    setChanged(false);
    if (Object.keys(problems).length > 0 || change.isPending) return;
    const { currentPassword, newPassword } = values;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setChanged(true);
          // The page goes (the guard lets the agent on): say so where they land. Sonner loads on demand.
          if (forced)
            void import('sonner').then(({ toast }) => toast.success(translate('auth.password.set')));
        },
        onError: (error) => setErrors(errorsFromResponse(error)),
      },
    );
  };
  const length = passwordLength(values.newPassword);

  return (
    <div className="mx-auto max-w-md">
      <title>{t('auth.password.pageTitle', { title })}</title>
      <h1 className="flex items-center gap-2 text-xl font-semibold text-slate-900">
        <KeyRound aria-hidden="true" className="size-5 text-slate-500" />
        {title}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {t(forced ? 'auth.password.chooseIntro' : 'auth.password.changeIntro')}
      </p>
      {session?.method === 'sso' ? (
        <p className="mt-5 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {t('auth.password.sso')}
        </p>
      ) : (
        <form
          method="post"
          aria-label={title}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          className="mt-5 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        >
          {/* For password managers: whose password this is (they save the new one under it). */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={session?.agent.email ?? ''}
            readOnly
            hidden
          />
          <PasswordField
            id="current-password"
            label={t('auth.password.current')}
            autoComplete="current-password"
            autoFocus
            value={values.currentPassword}
            onChange={set('currentPassword')}
            hint={forced ? t('auth.password.currentHint') : undefined}
            error={errors.currentPassword}
          />
          <PasswordField
            id="new-password"
            label={t('auth.password.new')}
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
            hint={t('auth.password.newHint', { min: CHOSEN_PASSWORD_MIN_LENGTH, length })}
            error={errors.newPassword}
          />
          <PasswordField
            id="confirm-password"
            label={t('auth.password.confirm')}
            autoComplete="new-password"
            value={values.confirmPassword}
            onChange={set('confirmPassword')}
            error={errors.confirmPassword}
          />
          {errors.form ? (
            <p
              role="alert"
              className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {errors.form}
            </p>
          ) : null}
          {changed ? (
            <p
              role="status"
              className="flex items-start gap-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            >
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {t('auth.password.changed')}
            </p>
          ) : null}
          <button
            type="submit"
            disabled={change.isPending}
            className="inline-flex w-full items-center justify-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
          >
            {t(
              change.isPending
                ? 'auth.password.saving'
                : forced
                  ? 'auth.password.chooseSubmit'
                  : 'auth.password.changeSubmit',
            )}
          </button>
        </form>
      )}
    </div>
  );
}
