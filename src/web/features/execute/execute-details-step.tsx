import { ArrowRight } from 'lucide-react';
import type { Ref } from 'react';
import type { Transaction } from '../../../contract/capa';
import { useT } from '../../i18n/use-t';
import { ExecuteSummary } from './execute-summary';
import { HashField } from './hash-field';

export interface ExecuteDetailsStepProps {
  tx: Transaction;
  hash: string;
  onHashChange: (value: string) => void;
  hashTouched: boolean;
  onHashTouched: () => void;
  hashServerError: string | null;
  hashInput: Ref<HTMLInputElement>;
  onCancel: () => void;
  onReview: () => void;
}

/** Step 1: what will happen, and the optional hash. Nothing is sent from this step. */
export function ExecuteDetailsStep({
  tx,
  hash,
  onHashChange,
  hashTouched,
  onHashTouched,
  hashServerError,
  hashInput,
  onCancel,
  onReview,
}: ExecuteDetailsStepProps) {
  const t = useT();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
    >
      <div className="space-y-4 px-5 py-4">
        <ExecuteSummary tx={tx} />
        <HashField
          chain={tx.blockchainSymbol ?? ''}
          value={hash}
          onChange={onHashChange}
          serverError={hashServerError}
          invoiceHash={tx.invoice?.transactionHash}
          touched={hashTouched}
          onTouched={onHashTouched}
          inputRef={hashInput}
        />
      </div>
      <footer className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3">
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          {t('execute.cancel')}
        </button>
        <button
          type="submit"
          className="inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
        >
          {t('execute.review')}
          <ArrowRight aria-hidden="true" className="size-4" />
        </button>
      </footer>
    </form>
  );
}
