import { clsx } from 'clsx';
import { ExternalLink } from 'lucide-react';
import { useId, type Ref } from 'react';
import { isChainSymbol, isValidTxHash } from '../../../contract/chains';
import { useT } from '../../i18n/use-t';
import { checkHash, explorerName, hashHint } from './hash-input';

export interface HashFieldProps {
  chain: string;
  value: string;
  onChange: (value: string) => void;
  /** The BFF's or Capa's word on the last hash sent, shown until the agent edits it. */
  serverError: string | null;
  /** The invoice's hash of the user's transfer, offered when it is valid for the chain. */
  invoiceHash: string | null | undefined;
  /** Once the agent has left the field (or tried to go on), a hash still incomplete is an error. */
  touched: boolean;
  onTouched: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The optional transaction hash, checked for the chain as the agent types (contract/chains.ts). */
export function HashField({
  chain,
  value,
  onChange,
  serverError,
  invoiceHash,
  touched,
  onTouched,
  inputRef,
}: HashFieldProps) {
  const t = useT();
  const id = useId();
  const check = checkHash(chain, value, touched);
  const error = check.error ?? serverError;
  const known = isChainSymbol(chain);
  const offerInvoice = invoiceHash && isValidTxHash(chain, invoiceHash) && invoiceHash !== check.hash;

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {t('execute.hashLabel')} <span className="font-normal text-slate-500">{t('execute.optional')}</span>
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
        {hashHint(chain)}
      </p>
      <input
        ref={inputRef}
        id={id}
        name="transactionHash"
        type="text"
        value={value}
        disabled={!known}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onTouched}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={clsx(`${id}-hint`, error && `${id}-error`)}
        placeholder={
          chain && known ? (chain === 'SOL' ? '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnb…' : '0x…') : ''
        }
        className={clsx(
          'mt-1.5 block w-full rounded-md border bg-white px-3 py-1.5 font-mono text-xs text-slate-900 shadow-xs',
          'focus:outline-2 focus:outline-offset-0 disabled:bg-slate-100',
          error ? 'border-red-400 focus:outline-red-500' : 'border-slate-300 focus:outline-indigo-600',
        )}
      />
      <div className="mt-1 min-h-5 text-xs">
        {error ? (
          <p id={`${id}-error`} className="text-red-700">
            {error}
          </p>
        ) : check.explorerUrl ? (
          <a
            href={check.explorerUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 font-medium text-indigo-700 hover:underline"
          >
            {t('execute.checkOnExplorer', { explorer: explorerName(chain) })}
            <ExternalLink aria-hidden="true" className="size-3" />
            <span className="sr-only">{t('execute.opensInNewTab')}</span>
          </a>
        ) : null}
        {offerInvoice ? (
          <button
            type="button"
            onClick={() => onChange(invoiceHash)}
            className="mt-1 block font-medium text-indigo-700 hover:underline"
          >
            {t('execute.useInvoiceHash', { start: invoiceHash.slice(0, 10), end: invoiceHash.slice(-6) })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
