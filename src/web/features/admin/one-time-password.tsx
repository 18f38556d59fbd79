import { Check, Copy, KeyRound } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { PublicAgent } from '../../../contract/auth';
import { useT } from '../../i18n/use-t';
import { roleLabel } from '../../i18n/words';

export interface OneTimePasswordProps {
  agent: PublicAgent;
  password: string;
  /** Why there is a password to hand over: a new agent, or an admin reset theirs. */
  reason: 'added' | 'reset';
  onDone: () => void;
}

// docs/security.md A6: the password opens one page only, where they choose one nobody else knows.
function texts(agent: PublicAgent, reason: OneTimePasswordProps['reason'], t: ReturnType<typeof useT>) {
  const who = { name: agent.displayName, email: agent.email };
  if (reason === 'added') {
    return {
      heading: t('admin.otp.addedHeading', { ...who, role: roleLabel(agent.role) }),
      body: t('admin.otp.addedBody'),
    };
  }
  return {
    heading: t('admin.otp.resetHeading', who),
    body: t(agent.disabled ? 'admin.otp.resetDisabledBody' : 'admin.otp.resetBody'),
  };
}

/**
 * An agent's new password, shown once: the BFF never stores or returns it again, and it lives
 * only in this component's props, so it is gone when the admin clicks Done or leaves the page.
 */
export function OneTimePassword({ agent, password, reason, onDone }: OneTimePasswordProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { heading, body } = texts(agent, reason, t);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  // Screen readers land on it at once: it is the one thing to do next.
  useEffect(() => headingRef.current?.focus(), []);

  const copyPassword = () => {
    // The clipboard is missing outside secure contexts and may be refused: say so, never throw.
    const write = navigator.clipboard?.writeText(password) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="flex items-center gap-2 text-sm font-semibold text-emerald-950 outline-none"
      >
        <KeyRound aria-hidden="true" className="size-4" />
        {heading}
      </h2>
      <p className="mt-1 text-sm text-emerald-950">{body}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          aria-label={t('admin.otp.password')}
          className="rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-sm break-all text-slate-900 select-all"
        >
          {password}
        </code>
        <button
          type="button"
          onClick={copyPassword}
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          {copy === 'copied' ? (
            <Check aria-hidden="true" className="size-4 text-emerald-600" />
          ) : (
            <Copy aria-hidden="true" className="size-4" />
          )}
          {t(copy === 'copied' ? 'admin.otp.copied' : 'admin.otp.copy')}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="ml-auto rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-emerald-600"
        >
          {t('admin.otp.done')}
        </button>
      </div>
      <p role="status" className="mt-2 text-xs text-emerald-900">
        {copy === 'failed' ? t('admin.otp.copyFailed') : ''}
      </p>
    </section>
  );
}
