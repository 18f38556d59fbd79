import { toast } from 'sonner';
import type { PublicAgent } from '../../../contract/auth';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../lib/api-client';
import { agentErrorMessage } from './agent-problems';
import { useResetPassword } from './agent-queries';

function errorMessage(error: Error, agent: PublicAgent) {
  if (error instanceof ApiRequestError && error.status === 404) {
    return translate('admin.reset.gone', { name: agent.displayName });
  }
  return agentErrorMessage(error, { ownAccount: 'admin.error.ownPassword' });
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
  const t = useT();
  const reset = useResetPassword();
  const who = { name: agent.displayName, email: agent.email };
  return (
    <ConfirmDialog
      title={t('admin.reset.title', who)}
      confirmLabel={t('admin.reset.confirm')}
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
            toast.success(t('admin.reset.done', who));
            onClose();
          },
        })
      }
    >
      <p>{t('admin.reset.body', who)}</p>
      {agent.disabled ? <p className="mt-2">{t('admin.reset.staysDisabled')}</p> : null}
    </ConfirmDialog>
  );
}
