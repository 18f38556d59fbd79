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

export function accountIdentifierName(country: string): string {
  return ACCOUNT_IDENTIFIER_NAMES[country.toUpperCase()] ?? 'Account number';
}

export function documentIdentifierName(country: string): string {
  const local = DOCUMENT_IDENTIFIER_NAMES[country.toUpperCase()];
  return local ? `Document (${local})` : 'Document identifier';
}

/** Account types Capa sends in upper case: "SAVINGS" reads "Savings"; another type shows as itself. */
export function accountTypeLabel(type: string): string {
  return /^[A-Z_]+$/.test(type) ? type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ') : type;
}
