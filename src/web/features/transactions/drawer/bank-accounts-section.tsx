import type { Transaction } from '../../../../contract/capa';
import { BankAccountCard } from './bank-account-card';
import { DrawerSection } from './drawer-section';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The user's bank account; a cross-ramp's source and target accounts. */
export function BankAccountsSection({ tx }: { tx: Transaction }) {
  const cross = tx.type === 'CROSS_RAMP' || Boolean(tx.sourceBankAccount || tx.targetBankAccount);
  // A cross-ramp's bankAccount is usually its source account again: show it only when it differs.
  const ownAccount = !cross || (tx.bankAccount && !same(tx.bankAccount, tx.sourceBankAccount));
  return (
    <DrawerSection title={cross ? 'Bank accounts' : 'Bank account'}>
      <div className="grid grid-cols-1 gap-3">
        {ownAccount ? <BankAccountCard title="Bank account" account={tx.bankAccount} /> : null}
        {cross ? <BankAccountCard title="Source bank account" account={tx.sourceBankAccount} /> : null}
        {cross ? <BankAccountCard title="Target bank account" account={tx.targetBankAccount} /> : null}
      </div>
    </DrawerSection>
  );
}
