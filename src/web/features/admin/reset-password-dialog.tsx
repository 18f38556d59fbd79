import { toast } from 'sonner';
import type { PublicAgent } from '../../../contract/auth';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ApiRequestError, isForbidden } from '../../lib/api-client';
import { forbiddenMessage } from '../../lib/forbidden-message';
import { useResetPassword } from './agent-queries';

function errorMessage(error: Error, agent: PublicAgent) {
  if (isForbidden(error)) return forbiddenMessage(error.requiredRole, 'manage agents');
  if (error instanceof ApiRequestError && error.status === 404) {
    return `${agent.displayName} no longer exists, so nothing was reset. Cancel to see the current list.`;
  }
  return error.message;
}

/**
 * Asks before an agent's password is replaced, and hands the new one-time password to `onReset`
 * (the page shows it once). A refusal or a failed request stays in the dialog, to retry or cancel.
 */
export function ResetPasswordDialog({
  agent,
  onReset,
  onClose,
}: {
  agent: PublicAgent;
  onReset: (oneTimePassword: string) => void;
  onClose: () => void;
}) {
  const reset = useResetPassword();
  const who = `${agent.displayName} (${agent.email})`;
  return (
    <ConfirmDialog
      title={`Reset ${agent.displayName}'s password?`}
      confirmLabel="Reset password"
      destructive
      pending={reset.isPending}
      error={reset.error && errorMessage(reset.error, agent)}
      onCancel={onClose}
      onConfirm={() =>
        reset.mutate(agent.id, {
          onSuccess: ({ oneTimePassword }) => {
            // The password goes to the page's handover panel, not into the mutation's state.
            reset.reset();
            onReset(oneTimePassword);
            toast.success(`${agent.displayName}'s password was reset and their sessions ended.`);
            onClose();
          },
        })
      }
    >
      <p>
        The current password of {who} stops working at once, and they are signed out everywhere. You get a
        one-time password to hand over to them; it is shown only once.
      </p>
      {agent.disabled ? (
        <p className="mt-2">They stay disabled: enable them when they should sign in again.</p>
      ) : null}
    </ConfirmDialog>
  );
}
