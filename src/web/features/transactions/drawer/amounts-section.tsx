import { ArrowRight } from 'lucide-react';
import type { Amount, Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { CopyButton } from '../../../components/copy-button';
import { RateText } from '../../../components/rate-text';
import { formatAmount } from '../../../lib/format';
import { chainName } from '../transaction-labels';
import { DrawerSection, Field, Fields } from './drawer-section';
import { PremiumSpread } from './premium-spread';

const given = (value: Amount | null | undefined): value is Amount =>
  value !== null && value !== undefined && value !== '';

/** Source → target of a cross-ramp, the line an agent compares with what the user says. */
function CrossRamp({ tx }: { tx: Transaction }) {
  return (
    <p
      aria-label="Source to target"
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-50 px-3 py-2 text-base font-medium ring-1 ring-slate-200 ring-inset"
    >
      <AmountText value={tx.sourceAmount} unit={tx.sourceCurrency} fiat />
      <ArrowRight aria-label="to" className="size-4 text-slate-400" />
      <AmountText value={tx.targetAmount} unit={tx.targetCurrency} fiat />
    </p>
  );
}

/**
 * The exact rate Capa sent, to copy (e.g. to quote it to Capa); the field above shows it rounded.
 */
function ExactRate({ value }: { value: Amount }) {
  const exact = formatAmount(value);
  return (
    <span className="mt-0.5 flex items-center gap-1 text-xs text-slate-500">
      <span className="min-w-0 font-mono break-all">Exact: {exact}</span>
      <CopyButton value={exact} label="Copy exact exchange rate" />
    </span>
  );
}

/** Amounts grouped for reading, from the exact strings Capa sent (no float round trip). */
export function AmountsSection({ tx }: { tx: Transaction }) {
  const cross =
    given(tx.sourceAmount) || given(tx.targetAmount) || Boolean(tx.sourceCurrency || tx.targetCurrency);
  return (
    <DrawerSection title="Amounts">
      {cross ? <CrossRamp tx={tx} /> : null}
      <Fields>
        <Field label="Fiat">
          <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} fiat className="text-base font-medium" />
        </Field>
        <Field label="Crypto">
          <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} className="text-base font-medium" />
          {tx.blockchainSymbol ? (
            <span className="block text-xs text-slate-500">
              on {chainName(tx.blockchainSymbol)} ({tx.blockchainSymbol})
            </span>
          ) : null}
        </Field>
        <Field label="Exchange rate">
          <RateText value={tx.exchangeRate} fiat={tx.fiatCurrency} token={tx.tokenSymbol} />
          {given(tx.exchangeRate) ? <ExactRate value={tx.exchangeRate} /> : null}
        </Field>
        <Field label="Premium spread">
          <PremiumSpread tx={tx} />
        </Field>
        {given(tx.crossFiatAmount) || tx.crossFiatCurrency ? (
          <Field label="Cross fiat">
            <AmountText value={tx.crossFiatAmount} unit={tx.crossFiatCurrency} fiat />
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
