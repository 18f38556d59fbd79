import { Check, Copy, KeyRound } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { ROLE_LABELS, type PublicAgent } from '../../../contract/auth';

export interface OneTimePasswordProps {
  agent: PublicAgent;
  password: string;
  /** Why there is a password to hand over: a new agent, or an admin reset theirs. */
  reason: 'added' | 'reset';
  onDone: () => void;
}

function texts(agent: PublicAgent, reason: OneTimePasswordProps['reason']) {
  const who = `${agent.displayName} (${agent.email})`;
  const handOver = 'Hand this one-time password to the agent; it will not be shown again.';
  // docs/security.md A6: it opens one page only, where they choose a password nobody else knows.
  const once = 'Signing in with it, they must first choose their own password; then it stops working.';
  if (reason === 'added') {
    return {
      heading: `${who} was added as ${ROLE_LABELS[agent.role]}`,
      body: `${handOver} ${once}`,
    };
  }
  return {
    heading: `The password of ${who} was reset`,
    body: agent.disabled
      ? `${handOver} They can sign in with it once an admin enables them. ${once}`
      : `${handOver} Their old password no longer works. ${once}`,
  };
}

/**
 * An agent's new password, shown once: the BFF never stores or returns it again, and it lives
 * only in this component's props, so it is gone when the admin clicks Done or leaves the page.
 */
export function OneTimePassword({ agent, password, reason, onDone }: OneTimePasswordProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { heading, body } = texts(agent, reason);
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
          aria-label="One-time password"
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
          {copy === 'copied' ? 'Copied' : 'Copy password'}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="ml-auto rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-emerald-600"
        >
          Done
        </button>
      </div>
      <p role="status" className="mt-2 text-xs text-emerald-900">
        {copy === 'failed' ? 'Copying failed: select the password and copy it by hand.' : ''}
      </p>
    </section>
  );
}
