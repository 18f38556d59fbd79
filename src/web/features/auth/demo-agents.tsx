import { FlaskConical } from 'lucide-react';
import type { DemoAgent } from '../../../contract/api';
import { RoleBadge } from '../../components/role-badge';
import { useT } from '../../i18n/use-t';
import { roleLabel } from '../../i18n/words';

export interface DemoAgentsProps {
  agents: readonly DemoAgent[];
  onSignIn: (agent: DemoAgent) => void;
  pending: boolean;
}

/**
 * The sandbox's seeded agents, one per role, so anyone trying Rampdesk can sign in as each. Only
 * ever rendered in the sandbox: the BFF lists them nowhere else, and the page checks too.
 */
export function DemoAgents({ agents, onSignIn, pending }: DemoAgentsProps) {
  const t = useT();
  return (
    <section
      aria-labelledby="demo-agents-title"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="demo-agents-title" className="flex items-center gap-2 text-sm font-semibold text-amber-950">
        <FlaskConical aria-hidden="true" className="size-4" />
        {t('auth.demo.title')}
      </h2>
      <p className="mt-1 text-sm text-amber-950">{t('auth.demo.intro')}</p>
      <ul className="mt-3 divide-y divide-amber-200 rounded-md border border-amber-200 bg-white">
        {agents.map((agent) => (
          <li key={agent.email} className="px-3 py-2.5">
            <div className="flex items-center justify-between gap-3">
              <RoleBadge role={agent.role} />
              <button
                type="button"
                disabled={pending}
                onClick={() => onSignIn(agent)}
                aria-label={t('auth.demo.signInAsLabel', {
                  role: roleLabel(agent.role),
                  email: agent.email,
                })}
                className="shrink-0 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-60"
              >
                {t('auth.demo.signInAs', { role: roleLabel(agent.role) })}
              </button>
            </div>
            {/* Credentials to copy: a browser translator must leave them as they are. */}
            <dl className="mt-1.5 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
              <dt className="text-slate-600">{t('auth.demo.email')}</dt>
              <dd translate="no" className="font-mono break-all text-slate-800 select-all">
                {agent.email}
              </dd>
              <dt className="text-slate-600">{t('auth.field.password')}</dt>
              <dd translate="no" className="font-mono break-all text-slate-800 select-all">
                {agent.password}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
