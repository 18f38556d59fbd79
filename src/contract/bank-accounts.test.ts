import { describe, expect, it } from 'vitest';
import {
  accountCardTitle,
  accountIdentifierName,
  accountTypeLabel,
  distinctAccounts,
  documentIdentifierName,
  identifierIsIban,
} from './bank-accounts';

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

describe('distinct bank accounts of a transaction', () => {
  type Account = Record<string, string>;
  const mx: Account = { country: 'MX', accountIdentifier: '012180001234567897', bankName: 'BBVA México' };
  const us: Account = { country: 'US', accountIdentifier: '000123456789', routingNumber: '021000021' };

  it('compares a cross-ramp’s bankAccount with its source and its target, whatever the key order', () => {
    const target = { bankName: 'BBVA México', accountIdentifier: '012180001234567897', country: 'MX' };
    expect(
      distinctAccounts({
        type: 'CROSS_RAMP',
        sourceBankAccount: us,
        targetBankAccount: mx,
        bankAccount: target,
      }),
    ).toEqual([
      { roles: ['source'], account: us },
      { roles: ['target', 'bankAccount'], account: mx },
    ]);
    expect(
      distinctAccounts({ type: 'CROSS_RAMP', sourceBankAccount: us, targetBankAccount: mx, bankAccount: us }),
    ).toEqual([
      { roles: ['source', 'bankAccount'], account: us },
      { roles: ['target'], account: mx },
    ]);
  });

  it('keeps a bankAccount that is neither, says a missing side, and leaves an on-ramp alone', () => {
    const other = { ...mx, accountIdentifier: '012180009999999999' };
    expect(
      distinctAccounts({
        type: 'CROSS_RAMP',
        sourceBankAccount: null,
        targetBankAccount: mx,
        bankAccount: other,
      }),
    ).toEqual([
      { roles: ['source'], account: null },
      { roles: ['target'], account: mx },
      { roles: ['bankAccount'], account: other },
    ]);
    expect(distinctAccounts({ type: 'CROSS_RAMP', sourceBankAccount: mx, targetBankAccount: mx })).toEqual([
      { roles: ['source', 'target'], account: mx },
    ]);
    expect(distinctAccounts({ type: 'ON_RAMP', bankAccount: mx })).toEqual([
      { roles: ['bankAccount'], account: mx },
    ]);
    expect(distinctAccounts({ type: 'OFF_RAMP' })).toEqual([{ roles: ['bankAccount'], account: null }]);
  });

  it('titles each card by its roles', () => {
    expect(accountCardTitle(['bankAccount'])).toBe('Bank account');
    expect(accountCardTitle(['source', 'bankAccount'])).toBe('Source bank account');
    expect(accountCardTitle(['target'])).toBe('Target bank account');
    expect(accountCardTitle(['source', 'target'])).toBe('Source and target bank account');
  });

  it('knows a euro account identifier that is its IBAN, spaced or not', () => {
    const iban = 'DE89370400440532013000';
    expect(identifierIsIban({ iban, accountIdentifier: iban })).toBe(true);
    expect(identifierIsIban({ iban, accountIdentifier: 'de89 3704 0044 0532 0130 00' })).toBe(true);
    expect(identifierIsIban({ iban, accountIdentifier: '0532013000' })).toBe(false);
    expect(identifierIsIban({ iban: null, accountIdentifier: iban })).toBe(false);
  });
});
