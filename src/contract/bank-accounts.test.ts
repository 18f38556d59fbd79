import { describe, expect, it } from 'vitest';
import { accountIdentifierName, accountTypeLabel, documentIdentifierName } from './bank-accounts';

describe('bank account names', () => {
  it('calls a Mexican account identifier a CLABE, any other an account number', () => {
    expect(accountIdentifierName('MX')).toBe('CLABE');
    expect(accountIdentifierName('mx')).toBe('CLABE');
    expect(accountIdentifierName('DO')).toBe('Account number');
    expect(accountIdentifierName('ZZ')).toBe('Account number');
  });

  it('names the document by its local name where known', () => {
    expect(documentIdentifierName('MX')).toBe('Document (RFC)');
    expect(documentIdentifierName('DO')).toBe('Document (Cédula)');
    expect(documentIdentifierName('DE')).toBe('Document identifier');
  });

  it('reads upper-case account types as words and leaves others alone', () => {
    expect(accountTypeLabel('SAVINGS')).toBe('Savings');
    expect(accountTypeLabel('MONEY_MARKET')).toBe('Money market');
    expect(accountTypeLabel('Cuenta vista')).toBe('Cuenta vista');
  });
});
