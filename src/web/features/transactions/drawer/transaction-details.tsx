import type { Transaction } from '../../../../contract/capa';
import { useT } from '../../../i18n/use-t';
import { AmountsSection } from './amounts-section';
import { BankAccountsSection } from './bank-accounts-section';
import { CryptoSection } from './crypto-section';
import { DrawerHeader } from './drawer-header';
import type { DrawerSlotContext, DrawerSlots } from './drawer-slots';
import { ForwardingSection } from './forwarding-section';
import { RawJsonSection } from './raw-json-section';

export interface TransactionDetailsProps {
  tx: Transaction;
  updatedAt: number;
  refreshError: boolean;
  slots: DrawerSlots;
  slotContext: DrawerSlotContext;
}

/** Everything about one transaction, in the order an agent checks it. */
export function TransactionDetails({
  tx,
  updatedAt,
  refreshError,
  slots,
  slotContext,
}: TransactionDetailsProps) {
  const t = useT();
  const actions = slots.actions?.(tx, slotContext);
  return (
    <>
      <DrawerHeader
        tx={tx}
        updatedAt={updatedAt}
        refreshError={refreshError}
        statusExplanation={slots.statusExplanation?.(tx)}
      />
      {actions ? (
        <div
          role="group"
          aria-label={t('drawer.actions')}
          className="flex flex-wrap items-center gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3"
        >
          {actions}
        </div>
      ) : null}
      <AmountsSection tx={tx} />
      <BankAccountsSection tx={tx} />
      <CryptoSection tx={tx} />
      <ForwardingSection tx={tx} />
      {slots.extraSections?.(tx, slotContext)}
      <RawJsonSection tx={tx} />
    </>
  );
}
