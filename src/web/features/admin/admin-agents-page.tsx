import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PublicAgent } from '../../../contract/auth';
import { ErrorPanel } from '../../components/error-panel';
import { ForbiddenPanel } from '../../components/forbidden-panel';
import { PageSkeleton } from '../../components/page-skeleton';
import { useT } from '../../i18n/use-t';
import { useAgent } from '../../lib/use-agent';
import { AddAgentForm } from './add-agent-form';
import { agentQueries } from './agent-queries';
import { AgentsTable } from './agents-table';
import { OneTimePassword } from './one-time-password';

/** /admin/agents: who may use Rampdesk and with which role. Admins only (the BFF enforces it). */
export function AdminAgentsPage() {
  const t = useT();
  const { agent, can } = useAgent();
  return (
    <div className="mx-auto max-w-5xl">
      <title>{t('admin.pageTitle')}</title>
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('admin.eyebrow')}</p>
      <h1 className="text-xl font-semibold text-slate-900">{t('admin.title')}</h1>
      {agent && can('admin') ? (
        <AgentsAdmin self={agent} />
      ) : (
        <div className="mt-6">
          <ForbiddenPanel required="admin" action={t('admin.forbiddenAction')} />
        </div>
      )}
    </div>
  );
}

function AgentsAdmin({ self }: { self: PublicAgent }) {
  const t = useT();
  const agents = useQuery(agentQueries.list());
  // A reset's one-time password, right above the table the admin just used; state only, never cached.
  const [handover, setHandover] = useState<{ agent: PublicAgent; password: string } | null>(null);
  return (
    <>
      <p className="mt-1 text-sm text-slate-600">{t('admin.intro')}</p>
      <div className="mt-5 space-y-5">
        <AddAgentForm />
        {agents.isPending ? (
          <PageSkeleton label={t('admin.loading')} rows={3} />
        ) : agents.isError ? (
          <ErrorPanel
            title={t('admin.loadFailed')}
            error={agents.error}
            onRetry={() => void agents.refetch()}
            retrying={agents.isFetching}
          />
        ) : (
          <>
            {handover ? (
              <OneTimePassword
                // A second reset before Done is a new handover: focus moves to it again.
                key={handover.agent.id + handover.password}
                agent={handover.agent}
                password={handover.password}
                reason="reset"
                onDone={() => setHandover(null)}
              />
            ) : null}
            <AgentsTable
              agents={agents.data}
              selfId={self.id}
              onPasswordReset={(agent, password) => setHandover({ agent, password })}
            />
          </>
        )}
      </div>
    </>
  );
}
