import { clsx } from 'clsx';
import { useState } from 'react';
import { AGENT_ROLES, ROLE_LABELS, type AgentRole, type PublicAgent } from '../../../contract/auth';
import { DateTime } from '../../components/date-time';
import { AgentChangeDialog, type AgentChange } from './agent-change-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

const SELF_NOTE =
  'You cannot change your own role, disable yourself or reset your own password here; ask another admin.';

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
  const [change, setChange] = useState<AgentChange | null>(null);
  const [resetting, setResetting] = useState<PublicAgent | null>(null);
  return (
    // relative: screen-reader-only text is positioned absolutely; this box must contain it, or a
    // wide table widens the whole page on a phone instead of scrolling inside itself.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Agents</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              Agent
            </th>
            <th scope="col" className="px-4 py-2.5">
              Role
            </th>
            <th scope="col" className="px-4 py-2.5">
              Access
            </th>
            <th scope="col" className="px-4 py-2.5">
              Last sign-in
            </th>
            <th scope="col" className="px-4 py-2.5">
              <span className="sr-only">Actions</span>
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
                    {agent.displayName}
                    {self ? <span className="ml-1.5 text-xs font-normal text-slate-500">(you)</span> : null}
                  </div>
                  <div className="text-slate-600">{agent.email}</div>
                </th>
                <td className="px-4 py-2.5">
                  <select
                    aria-label={`Role of ${agent.email}`}
                    value={agent.role}
                    disabled={self}
                    title={self ? SELF_NOTE : undefined}
                    onChange={(e) => setChange({ agent, role: e.target.value as AgentRole })}
                    className="rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm disabled:bg-slate-100 disabled:text-slate-500"
                  >
                    {AGENT_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
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
                    {agent.disabled ? 'Disabled' : 'Active'}
                  </span>
                </td>
                <td className="px-4 py-2.5 text-slate-700">
                  {agent.lastSignInAt ? (
                    <DateTime iso={agent.lastSignInAt} />
                  ) : (
                    <span className="text-slate-500">Never</span>
                  )}
                </td>
                <td className="px-4 py-2.5">
                  {/* Stacked below lg, so the table still fits a 768 px screen without scrolling sideways. */}
                  <div className="flex flex-col items-end gap-1.5 lg:flex-row lg:justify-end lg:gap-2">
                    <button
                      type="button"
                      disabled={self}
                      title={self ? SELF_NOTE : undefined}
                      aria-label={`Reset password of ${agent.email}`}
                      onClick={() => setResetting(agent)}
                      className={actionClass}
                    >
                      Reset password
                    </button>
                    <button
                      type="button"
                      disabled={self}
                      title={self ? SELF_NOTE : undefined}
                      aria-label={`${agent.disabled ? 'Enable' : 'Disable'} ${agent.email}`}
                      onClick={() => setChange({ agent, disabled: !agent.disabled })}
                      className={actionClass}
                    >
                      {agent.disabled ? 'Enable' : 'Disable'}
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
