import { distinctAccounts, type AccountRole } from '../../../../contract/bank-accounts';
import type { Transaction } from '../../../../contract/capa';
import { useT } from '../../../i18n/use-t';
import { BankAccountCard } from './bank-account-card';
import { DrawerSection } from './drawer-section';

/** Which of the card titles ("Source and target bank account") a card's roles call for. */
function cardRole(roles: readonly AccountRole[]): 'source' | 'target' | 'both' | 'bankAccount' {
  const source = roles.includes('source');
  const target = roles.includes('target');
  if (source && target) return 'both';
  return source ? 'source' : target ? 'target' : 'bankAccount';
}

/**
 * The user's bank account; a cross-ramp's source and target accounts. Each distinct account once,
 * titled by its role: a cross-ramp's `bankAccount` that repeats its source or target account is
 * said on that card instead of shown again.
 */
export function BankAccountsSection({ tx }: { tx: Transaction }) {
  const t = useT();
  const cards = distinctAccounts(tx);
  const cross = cards.some((card) => card.roles.some((role) => role !== 'bankAccount'));
  return (
    <DrawerSection title={t('drawer.bankAccounts', { count: cards.length })}>
      <div className="grid grid-cols-1 gap-3">
        {cards.map(({ roles, account }) => (
          <BankAccountCard
            key={roles.join()}
            title={t('drawer.accountCard', { role: cardRole(roles) })}
            note={
              cross && roles.length > 1 && roles.includes('bankAccount')
                ? t('drawer.alsoBankAccount')
                : undefined
            }
            account={account}
          />
        ))}
      </div>
    </DrawerSection>
  );
}
