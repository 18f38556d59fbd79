import { Trans } from '@lingui/react';
import { clsx } from 'clsx';
import { ArrowLeft, LoaderCircle } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import type { Transaction } from '../../../contract/capa';
import { AmountText } from '../../components/amount-text';
import { useT } from '../../i18n/use-t';
import type { ExecuteFailure } from './execute-errors';
import { ExecuteFailurePanel } from './execute-failure-panel';
import { bankAccountLabel, chainLabel } from './execute-summary';

export interface ExecuteReviewStepProps {
  tx: Transaction;
  /** The hash that will be sent, or null for none. */
  hash: string | null;
  confirmation: string;
  onConfirmationChange: (value: string) => void;
  pending: boolean;
  failure: ExecuteFailure | null;
  error: unknown;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** The characters the agent types to confirm: the end of the id they can read in the drawer. */
export function confirmationCode(transactionId: string): string {
  return transactionId.slice(-4).toLowerCase();
}

/**
 * Step 2: one sentence of what will happen, and a confirm button that stays disabled until the
 * agent types the last four characters of the id. It sits in the body, not where step 1's button
 * was (that spot now holds Cancel), so a double click on "Review" cannot execute.
 */
export function ExecuteReviewStep({
  tx,
  hash,
  confirmation,
  onConfirmationChange,
  pending,
  failure,
  error,
  onConfirm,
  onBack,
  onCancel,
}: ExecuteReviewStepProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const code = confirmationCode(tx.id);
  const confirmed = confirmation.trim().toLowerCase() === code;
  const finished = failure?.remedy === 'close';
  // Once Capa may have the request, only the very same request may follow: no going back to
  // change the hash (the BFF would refuse the intent's key with another hash anyway).
  const locked = failure?.mayHaveExecuted === true;
  const account = bankAccountLabel(tx.bankAccount);

  useEffect(() => input.current?.focus(), []);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed && !pending && !finished) onConfirm();
      }}
    >
      {/* A disabled fieldset disables every control in it at once while the request is out. */}
      <fieldset disabled={pending} className="space-y-4 px-5 py-4">
        <legend className="sr-only">{t('execute.confirmLegend')}</legend>
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
          <p className="text-base font-semibold text-slate-900">
            <Trans
              id={account ? 'execute.willPayOutTo' : 'execute.willPayOut'}
              values={{ amount: <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} />, account }}
            />
          </p>
          <p className="mt-1">
            <Trans
              id="execute.forCrypto"
              values={{
                amount: <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} />,
                chain: chainLabel(tx.blockchainSymbol),
              }}
            />
          </p>
          <p className="mt-2 text-slate-700">
            {hash ? (
              <Trans
                id="execute.withHash"
                values={{ hash: <span className="font-mono text-xs break-all">{hash}</span> }}
              />
            ) : (
              t('execute.withoutHash')
            )}
          </p>
        </div>
        {finished ? null : (
          <div>
            <label htmlFor={id} className="block text-sm font-medium text-slate-900">
              {t('execute.typeToConfirm')}
            </label>
            <p id={`${id}-hint`} className="mt-0.5 font-mono text-xs break-all text-slate-600">
              {tx.id.slice(0, -4)}
              <span className="rounded bg-slate-200 px-0.5 font-semibold text-slate-900">
                {tx.id.slice(-4)}
              </span>
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <input
                ref={input}
                id={id}
                value={confirmation}
                onChange={(event) => onConfirmationChange(event.target.value)}
                aria-describedby={`${id}-hint`}
                autoComplete="off"
                spellCheck={false}
                maxLength={8}
                className="w-24 rounded-md border border-slate-300 px-3 py-1.5 font-mono text-sm shadow-xs focus:outline-2 focus:outline-indigo-600 disabled:bg-slate-100"
              />
              <button
                type="submit"
                disabled={!confirmed}
                className={clsx(
                  'inline-flex items-center gap-1.5 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm',
                  'hover:bg-red-600 disabled:cursor-not-allowed disabled:bg-red-300',
                  pending && 'disabled:cursor-wait disabled:bg-red-700/80',
                )}
              >
                {pending ? (
                  <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
                ) : null}
                {pending ? t('execute.executing') : failure ? t('execute.tryAgain') : t('execute.button')}
              </button>
            </div>
          </div>
        )}
        {failure ? <ExecuteFailurePanel failure={failure} error={error} /> : null}
        <p role="status" className="sr-only">
          {pending ? t('execute.executingStatus') : ''}
        </p>
      </fieldset>
      <footer className="flex justify-between gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3">
        {finished || locked ? (
          <span />
        ) : (
          <button
            type="button"
            onClick={onBack}
            disabled={pending}
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t('execute.back')}
          </button>
        )}
        <button
          type="button"
          onClick={onCancel}
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-50"
        >
          {finished ? t('execute.close') : t('execute.cancel')}
        </button>
      </footer>
    </form>
  );
}
