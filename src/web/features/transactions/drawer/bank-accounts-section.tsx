import { accountCardTitle, distinctAccounts } from '../../../../contract/bank-accounts';
import type { Transaction } from '../../../../contract/capa';
import { BankAccountCard } from './bank-account-card';
import { DrawerSection } from './drawer-section';

/**
 * The user's bank account; a cross-ramp's source and target accounts. Each distinct account once,
 * titled by its role: a cross-ramp's `bankAccount` that repeats its source or target account is
 * said on that card instead of shown again.
 */
export function BankAccountsSection({ tx }: { tx: Transaction }) {
  const cards = distinctAccounts(tx);
  const cross = cards.some((card) => card.roles.some((role) => role !== 'bankAccount'));
  return (
    <DrawerSection title={cards.length > 1 ? 'Bank accounts' : 'Bank account'}>
      <div className="grid grid-cols-1 gap-3">
        {cards.map(({ roles, account }) => (
          <BankAccountCard
            key={roles.join()}
            title={accountCardTitle(roles)}
            note={
              cross && roles.length > 1 && roles.includes('bankAccount')
                ? 'Also the transaction’s bank account'
                : undefined
            }
            account={account}
          />
        ))}
      </div>
    </DrawerSection>
  );
}
