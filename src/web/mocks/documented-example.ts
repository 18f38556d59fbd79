import type { Transaction } from '../../contract/capa';

/** The newest fixture's time; the rest of the fixtures go back from here. */
export const NEWEST = Date.parse('2025-11-20T15:42:00.000Z');

/**
 * Capa's own documented example (list-transactions.txt), verbatim but for its date, which makes it
 * the newest row: string amounts such as "0.197576" and "60.73613361949396", a number fiat amount.
 */
export const DOCUMENTED_EXAMPLE: Transaction = {
  id: 'af6e3ab7-b982-4ce7-adf6-f54d4d8de10a',
  userId: 'd3127f5f-ff64-47f9-a9cc-ff603862eca6',
  status: 'PENDING',
  type: 'ON_RAMP',
  tokenSymbol: 'USDC',
  blockchainSymbol: 'OP',
  fiatCurrency: 'DOP',
  fiatAmount: 12,
  cryptoAmount: '0.197576',
  exchangeRate: '60.73613361949396',
  premiumSpread: '0.02',
  createdAt: new Date(NEWEST).toISOString(),
  completedAt: null,
  destinationWalletAddress: '0xc003f42ae20560eb57949038df3542071c6e759b',
  bankAccount: {
    country: 'DO',
    accountIdentifier: '00112548542',
    isVerified: false,
    bankName: 'Sample',
    accountType: 'SAVINGS',
    documentIdentifier: '123456789013',
  },
  invoice: { transactionHash: null, paymentUrl: null },
};
