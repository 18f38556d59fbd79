import * as Dialog from '@radix-ui/react-dialog';
import { Banknote, X } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { Transaction } from '../../../contract/capa';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { formatFiat } from '../../lib/amount-format';
import { ExecuteDetailsStep } from './execute-details-step';
import { describeExecuteError } from './execute-errors';
import { ExecuteReviewStep } from './execute-review-step';
import { bankAccountLabel } from './execute-summary';
import { checkHash } from './hash-input';
import { TakenWarning } from './taken-warning';
import { useExecute } from './use-execute';

export interface ExecuteDialogProps {
  tx: Transaction;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /**
   * The button that opens it; focus returns to it when the dialog closes. Null once the trail
   * says the transaction was executed (or is being): the open dialog stays to show its answer.
   */
  trigger: ReactNode;
  /** Where focus goes on close when the trigger is gone. */
  fallbackFocus: () => void;
  /** After Capa accepted the execute; the toast is shown and the caches are updated already. */
  onExecuted?: () => void;
}

/**
 * The money-moving action in two steps: check what will happen (and give the hash), then confirm
 * by typing the end of the transaction id. Radix gives focus trap, Escape and focus return.
 */
export function ExecuteDialog({
  tx,
  open,
  onOpenChange,
  trigger,
  fallbackFocus,
  onExecuted,
}: ExecuteDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
        {/* Mounted per opening: a new dialog is a new intent with a new Idempotency-Key. */}
        <ExecuteDialogContent
          tx={tx}
          onClose={() => onOpenChange(false)}
          onExecuted={() => {
            onOpenChange(false);
            onExecuted?.();
          }}
          onCloseAutoFocus={(event) => {
            if (trigger) return;
            event.preventDefault();
            fallbackFocus();
          }}
        />
      </Dialog.Portal>
    </Dialog.Root>
  );
}

type Step = 'details' | 'review';

function ExecuteDialogContent({
  tx,
  onClose,
  onExecuted,
  onCloseAutoFocus,
}: {
  tx: Transaction;
  onClose: () => void;
  onExecuted: () => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const t = useT();
  const execute = useExecute(tx.id);
  const [step, setStep] = useState<Step>('details');
  const [hash, setHash] = useState('');
  const [hashTouched, setHashTouched] = useState(false);
  const [hashServerError, setHashServerError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const hashInput = useRef<HTMLInputElement>(null);
  const chain = tx.blockchainSymbol ?? '';
  const check = checkHash(chain, hash, true);
  const failure = execute.error ? describeExecuteError(execute.error) : null;

  const review = () => {
    setHashTouched(true);
    if (!check.valid || hashServerError) {
      hashInput.current?.focus();
      return;
    }
    setStep('review');
  };

  const submit = () =>
    execute.submit(check.hash ? { transactionHash: check.hash } : {}, {
      onSuccess: () => {
        const payout = `${formatFiat(tx.fiatAmount, tx.fiatCurrency)} ${tx.fiatCurrency ?? ''}`.trim();
        const account = bankAccountLabel(tx.bankAccount);
        toast.success(translate('execute.executedToast'), {
          // Not the answer's status: a replayed key answers PENDING though Capa may have moved on.
          description: account
            ? translate('execute.payingOutTo', { payout, account })
            : translate('execute.payingOut', { payout }),
        });
        onExecuted();
      },
      onError: (error) => {
        const described = describeExecuteError(error);
        if (described.remedy !== 'fix-hash') return;
        setHashServerError(described.message);
        setStep('details');
      },
    });

  return (
    <Dialog.Content
      // Escape or a click outside while the request is in flight would hide the answer the agent
      // must read; a stray click outside must not throw away what was typed either.
      onEscapeKeyDown={(event) => execute.pending && event.preventDefault()}
      onInteractOutside={(event) => event.preventDefault()}
      onCloseAutoFocus={onCloseAutoFocus}
      // React sends a portal's events up its component tree: keys typed here must not reach the
      // drawer around it (j / k move to another transaction). Radix listens for Escape on the document.
      onKeyDown={(event) => event.stopPropagation()}
      className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white text-slate-900 shadow-xl focus:outline-none"
    >
      <header className="border-b border-slate-200 px-5 pt-4 pb-3">
        <p className="text-xs font-medium text-slate-500">
          {t(step === 'details' ? 'execute.stepDetails' : 'execute.stepConfirm')}
        </p>
        <Dialog.Title className="mt-0.5 flex items-center gap-2 text-base font-semibold">
          <Banknote aria-hidden="true" className="size-5 text-slate-500" />
          {t('execute.button')}
        </Dialog.Title>
        <Dialog.Description className="mt-1 text-sm text-slate-600">
          {t('execute.description')}
        </Dialog.Description>
        <TakenWarning transactionId={tx.id} />
      </header>
      {step === 'details' ? (
        <ExecuteDetailsStep
          tx={tx}
          hash={hash}
          onHashChange={(value) => {
            setHash(value);
            setHashServerError(null);
          }}
          hashTouched={hashTouched}
          onHashTouched={() => setHashTouched(true)}
          hashServerError={hashServerError}
          hashInput={hashInput}
          onCancel={onClose}
          onReview={review}
        />
      ) : (
        <ExecuteReviewStep
          tx={tx}
          hash={check.hash}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
          pending={execute.pending}
          failure={failure}
          error={execute.error}
          onConfirm={submit}
          onBack={() => setStep('details')}
          onCancel={onClose}
        />
      )}
      {execute.pending ? null : (
        <Dialog.Close
          aria-label={t('execute.closeDialog')}
          className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          <X aria-hidden="true" className="size-4" />
        </Dialog.Close>
      )}
    </Dialog.Content>
  );
}
