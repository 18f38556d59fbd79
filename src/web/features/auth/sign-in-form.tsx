import { CircleAlert, LogIn } from 'lucide-react';
import { useId } from 'react';
import type { SignInBody } from '../../../contract/auth-api';
import { useT } from '../../i18n/use-t';

export interface SignInFormProps {
  values: SignInBody;
  onChange: (values: SignInBody) => void;
  onSubmit: () => void;
  pending: boolean;
  /** Why the last attempt failed, already worded for the agent. */
  error: string | null;
}

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-500';

/**
 * Email and password with the names and autocomplete tokens password managers look for
 * ("username", "current-password"), so saved credentials fill in and new ones are offered for saving.
 */
export function SignInForm({ values, onChange, onSubmit, pending, error }: SignInFormProps) {
  const t = useT();
  const errorId = useId();
  return (
    <form
      method="post"
      aria-label={t('auth.signIn.title')}
      aria-describedby={error ? errorId : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onSubmit();
      }}
      className="space-y-4"
    >
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium text-slate-800">
          {t('auth.field.email')}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          autoFocus
          required
          spellCheck={false}
          value={values.email}
          onChange={(e) => onChange({ ...values, email: e.target.value })}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="block text-sm font-medium text-slate-800">
          {t('auth.field.password')}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(e) => onChange({ ...values, password: e.target.value })}
          className={inputClass}
        />
      </div>
      {error ? (
        <p
          id={errorId}
          role="alert"
          className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex w-full items-center justify-center gap-2 rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
      >
        <LogIn aria-hidden="true" className="size-4" />
        {t(pending ? 'auth.signIn.pending' : 'auth.signIn.submit')}
      </button>
    </form>
  );
}
