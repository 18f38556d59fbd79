/**
 * What a bank account's fields are called where the user banks. Capa sends one
 * `accountIdentifier` for all countries; agents and users know it by its local name.
 */
const ACCOUNT_IDENTIFIER_NAMES: Record<string, string> = {
  MX: 'CLABE',
};

const DOCUMENT_IDENTIFIER_NAMES: Record<string, string> = {
  MX: 'RFC',
  DO: 'Cédula',
  US: 'SSN',
};

/** The local name of the account identifier ("CLABE"), a proper name in every language; else null. */
export function localAccountIdentifierName(country: string): string | null {
  return ACCOUNT_IDENTIFIER_NAMES[country.toUpperCase()] ?? null;
}

/** The local name of the user's document ("RFC", "Cédula"); else null. */
export function localDocumentName(country: string): string | null {
  return DOCUMENT_IDENTIFIER_NAMES[country.toUpperCase()] ?? null;
}

export function accountIdentifierName(country: string): string {
  return localAccountIdentifierName(country) ?? 'Account number';
}

export function documentIdentifierName(country: string): string {
  const local = localDocumentName(country);
  return local ? `Document (${local})` : 'Document identifier';
}

/** Account types Capa sends in upper case: "SAVINGS" reads "Savings"; another type shows as itself. */
export function accountTypeLabel(type: string): string {
  return /^[A-Z_]+$/.test(type) ? type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ') : type;
}

const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** A euro account's identifier is often its IBAN again ("DE89 3704…" or without spaces): show it once. */
export function identifierIsIban(account: {
  accountIdentifier?: string | null;
  iban?: string | null;
}): boolean {
  return Boolean(
    account.iban && account.accountIdentifier && compact(account.iban) === compact(account.accountIdentifier),
  );
}

/** The fields of a transaction that hold a bank account, in the order the drawer shows them. */
export type AccountRole = 'bankAccount' | 'source' | 'target';

type AccountLike = Record<string, unknown>;
type AccountFields<A> = {
  type?: string | null;
  bankAccount?: A | null;
  sourceBankAccount?: A | null;
  targetBankAccount?: A | null;
};

/** Same account whatever the order of its keys; a missing field and a null one are alike. */
function sameAccount(a: AccountLike, b: AccountLike): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}

export interface AccountCard<A> {
  roles: AccountRole[];
  /** null: a role the transaction should fill but Capa sent nothing for (a cross-ramp's source). */
  account: A | null;
}

/**
 * Each distinct account once, with every role it plays: a cross-ramp's `bankAccount` is usually
 * its source or its target account again, and is compared with both. A cross-ramp always shows a
 * source and a target (said missing when absent); `bankAccount` only when Capa sent one.
 */
export function distinctAccounts<A extends AccountLike>(tx: AccountFields<A>): AccountCard<A>[] {
  const cross = tx.type === 'CROSS_RAMP' || Boolean(tx.sourceBankAccount || tx.targetBankAccount);
  if (!cross) return [{ roles: ['bankAccount'], account: tx.bankAccount ?? null }];
  const cards: AccountCard<A>[] = [];
  const place = (role: AccountRole, account: A | null | undefined, required: boolean) => {
    const same = account
      ? cards.find((card) => card.account && sameAccount(card.account, account))
      : undefined;
    if (same) same.roles.push(role);
    else if (account || required) cards.push({ roles: [role], account: account ?? null });
  };
  place('source', tx.sourceBankAccount, true);
  place('target', tx.targetBankAccount, true);
  place('bankAccount', tx.bankAccount, false);
  return cards;
}

/** "Source bank account", "Source and target bank account"; `bankAccount` alone is "Bank account". */
export function accountCardTitle(roles: readonly AccountRole[]): string {
  const sides = roles.filter((role) => role !== 'bankAccount');
  if (sides.length === 0) return 'Bank account';
  const words = sides.map((role) => (role === 'source' ? 'source' : 'target')).join(' and ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} bank account`;
}
