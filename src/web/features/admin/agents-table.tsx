import { clsx } from 'clsx';
import { useState } from 'react';
import { AGENT_ROLES, type AgentRole, type PublicAgent } from '../../../contract/auth';
import { DateTime } from '../../components/date-time';
import { useT } from '../../i18n/use-t';
import { roleLabel } from '../../i18n/words';
import { AgentChangeDialog, type AgentChange } from './agent-change-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

const actionClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium whitespace-nowrap text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * Every agent, with role, access and password controls; each change is confirmed in a dialog
 * first. A disabled agent's password may be reset too: an admin who locked out a compromised
 * account replaces the password before enabling it again, so the old one never works in between.
 */
export function AgentsTable({
  agents,
  selfId,
  onPasswordReset,
}: {
  agents: readonly PublicAgent[];
  selfId: string;
  onPasswordReset: (agent: PublicAgent, oneTimePassword: string) => void;
}) {
  const t = useT();
  const selfNote = t('admin.table.selfNote');
  const [change, setChange] = useState<AgentChange | null>(null);
  const [resetting, setResetting] = useState<PublicAgent | null>(null);
  return (
    // relative: screen-reader-only text is positioned absolutely; this box must contain it, or a
    // wide table widens the whole page on a phone instead of scrolling inside itself.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{t('admin.title')}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              {t('admin.table.agent')}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t('admin.table.role')}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t('admin.table.access')}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t('admin.table.lastSignIn')}
            </th>
            <th scope="col" className="px-4 py-2.5">
              <span className="sr-only">{t('admin.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {agents.map((agent) => {
            const self = agent.id === selfId;
            return (
              <tr key={agent.id} className={clsx(agent.disabled && 'bg-slate-50 text-slate-500')}>
                <th scope="row" className="px-4 py-2.5 font-normal">
                  <div className="font-medium text-slate-900">
                    {/* A person's name: a browser's translator must leave it alone. */}
                    <span translate="no">{agent.displayName}</span>
                    {self ? (
                      <span className="ml-1.5 text-xs font-normal text-slate-500">
                        {t('admin.table.you')}
                      </span>
                    ) : null}
                  </div>
                  <div className="text-slate-600">{agent.email}</div>
                </th>
                <td className="px-4 py-2.5">
                  <select
                    aria-label={t('admin.table.roleOf', { email: agent.email })}
                    value={agent.role}
                    disabled={self}
                    title={self ? selfNote : undefined}
                    onChange={(e) => setChange({ agent, role: e.target.value as AgentRole })}
                    className="rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm disabled:bg-slate-100 disabled:text-slate-500"
                  >
                    {AGENT_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleLabel(role)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-4 py-2.5">
                  <span
                    className={clsx(
                      'inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
                      agent.disabled
                        ? 'bg-red-50 text-red-800 ring-red-200'
                        : 'bg-emerald-50 text-emerald-800 ring-emerald-200',
                    )}
                  >
                    {t(agent.disabled ? 'admin.table.disabled' : 'admin.table.active')}
                  </span>
                </td>
                <td className="px-4 py-2.5 text-slate-700">
                  {agent.lastSignInAt ? (
                    <DateTime iso={agent.lastSignInAt} />
                  ) : (
                    <span className="text-slate-500">{t('admin.table.never')}</span>
                  )}
                </td>
                <td className="px-4 py-2.5">
                  {/* Stacked below lg, so the table still fits a 768 px screen without scrolling sideways. */}
                  <div className="flex flex-col items-end gap-1.5 lg:flex-row lg:justify-end lg:gap-2">
                    <button
                      type="button"
                      disabled={self}
                      title={self ? selfNote : undefined}
                      aria-label={t('admin.table.resetPasswordOf', { email: agent.email })}
                      onClick={() => setResetting(agent)}
                      className={actionClass}
                    >
                      {t('admin.table.resetPassword')}
                    </button>
                    <button
                      type="button"
                      disabled={self}
                      title={self ? selfNote : undefined}
                      aria-label={t(agent.disabled ? 'admin.table.enableAgent' : 'admin.table.disableAgent', {
                        email: agent.email,
                      })}
                      onClick={() => setChange({ agent, disabled: !agent.disabled })}
                      className={actionClass}
                    >
                      {t(agent.disabled ? 'admin.table.enable' : 'admin.table.disable')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {change ? <AgentChangeDialog change={change} onClose={() => setChange(null)} /> : null}
      {resetting ? (
        <ResetPasswordDialog
          agent={resetting}
          onReset={(oneTimePassword) => onPasswordReset(resetting, oneTimePassword)}
          onClose={() => setResetting(null)}
        />
      ) : null}
    </div>
  );
}
