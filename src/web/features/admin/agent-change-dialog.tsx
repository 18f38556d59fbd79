import { toast } from 'sonner';
import { ROLE_LABELS, type AgentRole, type PublicAgent } from '../../../contract/auth';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { isForbidden } from '../../lib/api-client';
import { forbiddenMessage } from '../../lib/forbidden-message';
import { useUpdateAgent } from './agent-queries';

export type AgentChange = { agent: PublicAgent } & ({ role: AgentRole } | { disabled: boolean });

const MAY: Record<AgentRole, string> = {
  viewer: 'read transactions',
  operator: 'read transactions and execute off-ramps',
  admin: 'execute off-ramps, read the audit log and manage agents',
};

function describe(change: AgentChange) {
  const { agent } = change;
  const who = `${agent.displayName} (${agent.email})`;
  if ('role' in change) {
    return {
      title: `Change ${agent.displayName}'s role?`,
      body: `${who} becomes ${ROLE_LABELS[change.role]} instead of ${ROLE_LABELS[agent.role]}, and may ${MAY[change.role]}.`,
      confirm: `Make ${ROLE_LABELS[change.role]}`,
      done: `${agent.displayName} is now ${ROLE_LABELS[change.role]}.`,
    };
  }
  return change.disabled
    ? {
        title: `Disable ${agent.displayName}?`,
        body: `${who} is signed out everywhere at once and cannot sign in until an admin enables them again.`,
        confirm: 'Disable agent',
        done: `${agent.displayName} is disabled and signed out.`,
      }
    : {
        title: `Enable ${agent.displayName}?`,
        body: `${who} can sign in again with their password, as ${ROLE_LABELS[agent.role]}.`,
        confirm: 'Enable agent',
        done: `${agent.displayName} can sign in again.`,
      };
}

/** Asks before a role or access change is made, and shows the BFF's refusal in place if any. */
export function AgentChangeDialog({ change, onClose }: { change: AgentChange; onClose: () => void }) {
  const update = useUpdateAgent();
  const text = describe(change);
  const { agent, ...patch } = change;
  const error = update.error;
  return (
    <ConfirmDialog
      title={text.title}
      confirmLabel={text.confirm}
      destructive={'disabled' in change && change.disabled}
      pending={update.isPending}
      error={
        error && (isForbidden(error) ? forbiddenMessage(error.requiredRole, 'manage agents') : error.message)
      }
      onCancel={onClose}
      onConfirm={() =>
        update.mutate(
          { id: agent.id, patch },
          {
            onSuccess: () => {
              toast.success(text.done);
              onClose();
            },
          },
        )
      }
    >
      {text.body}
    </ConfirmDialog>
  );
}
