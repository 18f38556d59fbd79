import { toast } from 'sonner';
import type { AgentRole, PublicAgent } from '../../../contract/auth';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useT } from '../../i18n/use-t';
import { roleLabel } from '../../i18n/words';
import { agentErrorMessage } from './agent-problems';
import { useUpdateAgent } from './agent-queries';
import { ROLE_CHANGE_BODY_KEYS } from './role-change-words';

export type AgentChange = { agent: PublicAgent } & ({ role: AgentRole } | { disabled: boolean });

/** The dialog's words, in the language active when it is shown. */
function describe(change: AgentChange, t: ReturnType<typeof useT>) {
  const { agent } = change;
  const v = { name: agent.displayName, email: agent.email, previous: roleLabel(agent.role) };
  if ('role' in change) {
    const role = roleLabel(change.role);
    return {
      title: t('admin.change.roleTitle', v),
      body: t(ROLE_CHANGE_BODY_KEYS[change.role], v),
      confirm: t('admin.change.roleConfirm', { role }),
      done: t('admin.change.roleDone', { ...v, role }),
    };
  }
  return change.disabled
    ? {
        title: t('admin.change.disableTitle', v),
        body: t('admin.change.disableBody', v),
        confirm: t('admin.change.disableConfirm'),
        done: t('admin.change.disableDone', v),
      }
    : {
        title: t('admin.change.enableTitle', v),
        body: t('admin.change.enableBody', { ...v, role: v.previous }),
        confirm: t('admin.change.enableConfirm'),
        done: t('admin.change.enableDone', v),
      };
}

/** Asks before a role or access change is made, and shows the BFF's refusal in place if any. */
export function AgentChangeDialog({ change, onClose }: { change: AgentChange; onClose: () => void }) {
  const t = useT();
  const update = useUpdateAgent();
  const text = describe(change, t);
  const { agent, ...patch } = change;
  const error = update.error;
  return (
    <ConfirmDialog
      title={text.title}
      confirmLabel={text.confirm}
      destructive={'disabled' in change && change.disabled}
      pending={update.isPending}
      error={error && agentErrorMessage(error)}
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
