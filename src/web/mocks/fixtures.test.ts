import { describe, expect, it } from 'vitest';
import { apiListQuerySchema, apiListResponseSchema } from '../../contract/api';
import { transactionSchema } from '../../contract/capa';
import { explorerAddressUrl, isValidTxHash } from '../../contract/chains';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { buildFixtureTransactions, FIXTURE_COUNT, FIXTURE_TRANSACTIONS, MOCK_PARTNER_ID } from './fixtures';
import { listTransactions } from './transaction-store';

describe('fixture transactions', () => {
  it('all parse with the contract schema, unchanged', () => {
    expect(FIXTURE_TRANSACTIONS).toHaveLength(FIXTURE_COUNT);
    for (const tx of FIXTURE_TRANSACTIONS) expect(transactionSchema.parse(tx)).toEqual(tx);
  });

  it('cover every status, type and fiat currency, with unique ids', () => {
    const seen = (key: 'status' | 'type' | 'fiatCurrency') =>
      new Set(FIXTURE_TRANSACTIONS.map((tx) => tx[key]));
    expect([...seen('status')].sort()).toEqual([...TRANSACTION_STATUSES].sort());
    expect([...seen('type')].sort()).toEqual([...TRANSACTION_TYPES].sort());
    expect([...seen('fiatCurrency')].sort()).toEqual([...FIAT_CURRENCIES].sort());
    expect(new Set(FIXTURE_TRANSACTIONS.map((tx) => tx.id)).size).toBe(FIXTURE_COUNT);
  });

  it('carry string and number amounts, and cross-ramp fields on cross-ramps', () => {
    const kinds = new Set(
      FIXTURE_TRANSACTIONS.flatMap((tx) => [typeof tx.fiatAmount, typeof tx.cryptoAmount]),
    );
    expect(kinds).toEqual(new Set(['string', 'number']));
    for (const tx of FIXTURE_TRANSACTIONS.filter((t) => t.type === 'CROSS_RAMP')) {
      expect(tx.sourceCurrency).not.toBe(tx.targetCurrency);
      expect(tx.targetBankAccount?.country).toBeTruthy();
    }
  });

  it('have hashes and wallet addresses valid for their chain', () => {
    const generated = FIXTURE_TRANSACTIONS.slice(1); // [0] is Capa's documented example, kept verbatim
    for (const tx of generated) {
      const chain = tx.blockchainSymbol ?? '';
      const hash = tx.invoice?.transactionHash;
      if (hash) expect(isValidTxHash(chain, hash), `${chain} ${hash}`).toBe(true);
      expect(explorerAddressUrl(chain, tx.destinationWalletAddress ?? ''), chain).not.toBeNull();
    }
  });

  it('are the same on every run', () => {
    expect(buildFixtureTransactions()).toEqual(FIXTURE_TRANSACTIONS);
    expect(buildFixtureTransactions(1)).not.toEqual(FIXTURE_TRANSACTIONS);
  });
});

describe('listTransactions over the fixtures', () => {
  const list = (input: Record<string, string>) =>
    apiListResponseSchema
      .omit({ annotations: true })
      .parse(listTransactions(apiListQuerySchema.parse(input)));

  it('pages newest first by default and counts all matches', () => {
    const page = list({});
    expect(page).toMatchObject({ total: FIXTURE_COUNT, skip: 0, limit: 20 });
    expect(page.items).toHaveLength(20);
    const times = page.items.map((tx) => tx.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(list({ skip: '40', limit: '50' }).items).toHaveLength(FIXTURE_COUNT - 40);
  });

  it('sorts oldest first on request and combines filters', () => {
    const asc = list({ sortOrder: 'asc', limit: '100' }).items.map((tx) => tx.createdAt);
    expect(asc).toEqual([...asc].sort());
    const filtered = list({ type: 'OFF_RAMP', fiatCurrency: 'MXN', limit: '100' });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.items.every((tx) => tx.type === 'OFF_RAMP' && tx.fiatCurrency === 'MXN')).toBe(true);
    expect(list({ partnerId: MOCK_PARTNER_ID }).total).toBe(FIXTURE_COUNT);
    expect(list({ partnerId: '00000000-0000-4000-8000-000000000000' }).total).toBe(0);
  });
});
