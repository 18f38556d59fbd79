import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { CHAIN_SYMBOLS, explorerAddressUrl, explorerTxUrl, isValidTxHash } from './chains';
import { canExecute, executeBlocker } from './execute';
import { STATUS_FACTS, TRANSACTION_STATUSES, isFinalStatus, statusFacts } from './statuses';

const EVM = '0x' + 'ab'.repeat(32);
const SOL = base58.encode(new Uint8Array(64).fill(7));

describe('statuses', () => {
  it('knows all 19, each with a label, a tone, a meaning and what comes next', () => {
    expect(TRANSACTION_STATUSES).toHaveLength(19);
    for (const s of TRANSACTION_STATUSES) {
      expect(STATUS_FACTS[s].label.length).toBeGreaterThan(0);
      expect(STATUS_FACTS[s].meaning).toMatch(/\.$/);
      expect(STATUS_FACTS[s].next).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('treats COMPLETED, CANCELLED, FAILED and EXPIRED as final, and only them', () => {
    expect(TRANSACTION_STATUSES.filter(isFinalStatus).sort()).toEqual([
      'CANCELLED',
      'COMPLETED',
      'EXPIRED',
      'FAILED',
    ]);
  });

  it('describes a status it has never seen instead of failing', () => {
    expect(statusFacts('ON_THE_MOON')).toMatchObject({ label: 'ON_THE_MOON', final: false });
  });
});

describe('isValidTxHash', () => {
  it('accepts 0x + 64 hex on every EVM chain', () => {
    for (const chain of ['POL', 'BSC', 'BASE', 'OP', 'ARB', 'ETH', 'WLD', 'MTN', 'CORE']) {
      expect(isValidTxHash(chain, EVM)).toBe(true);
      expect(isValidTxHash(chain, EVM.toUpperCase().replace('0X', '0x'))).toBe(true);
      expect(isValidTxHash(chain, EVM.slice(0, -1))).toBe(false);
      expect(isValidTxHash(chain, EVM + 'a')).toBe(false);
      expect(isValidTxHash(chain, EVM.replace('0x', ''))).toBe(false);
      expect(isValidTxHash(chain, EVM.replace('ab', 'zz'))).toBe(false);
    }
  });

  it('accepts a base58 signature of 64 bytes on Solana', () => {
    expect(SOL.length).toBeGreaterThanOrEqual(87);
    expect(isValidTxHash('SOL', SOL)).toBe(true);
    expect(isValidTxHash('SOL', base58.encode(new Uint8Array(63).fill(7)))).toBe(false);
    expect(isValidTxHash('SOL', SOL.replace(/.$/, '0'))).toBe(false); // 0 is not base58
    expect(isValidTxHash('SOL', EVM)).toBe(false);
  });

  it('accepts a Starknet field element', () => {
    expect(isValidTxHash('STK', '0x1')).toBe(true);
    expect(isValidTxHash('STK', EVM)).toBe(true);
    expect(isValidTxHash('STK', '0x')).toBe(false);
    expect(isValidTxHash('STK', EVM + 'a')).toBe(false);
  });

  it('refuses any hash on an unknown chain', () => {
    expect(isValidTxHash('DOGE', EVM)).toBe(false);
  });
});

describe('explorer links', () => {
  it('gives a transaction page on every chain for a valid hash', () => {
    for (const chain of CHAIN_SYMBOLS) {
      const hash = chain === 'SOL' ? SOL : EVM;
      expect(explorerTxUrl(chain, hash)).toMatch(new RegExp(`^https://[^/]+/tx/${hash}$`));
    }
  });
  it('gives no link for an invalid hash or unknown chain', () => {
    expect(explorerTxUrl('ETH', 'javascript:alert(1)')).toBeNull();
    expect(explorerTxUrl('DOGE', EVM)).toBeNull();
  });
  it('links wallet addresses', () => {
    expect(explorerAddressUrl('POL', '0x' + '1'.repeat(40))).toBe(
      `https://polygonscan.com/address/0x${'1'.repeat(40)}`,
    );
    expect(explorerAddressUrl('POL', '0xabc123...')).toBeNull();
  });
});

describe('canExecute', () => {
  it('allows off-ramps in the executable statuses only', () => {
    expect(canExecute({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' })).toBe(true);
    expect(canExecute({ type: 'OFF_RAMP', status: 'PENDING' })).toBe(true);
    expect(canExecute({ type: 'OFF_RAMP', status: 'COMPLETED' })).toBe(false);
    expect(canExecute({ type: 'OFF_RAMP', status: 'IN_PROGRESS' })).toBe(false);
    expect(canExecute({ type: 'ON_RAMP', status: 'PENDING' })).toBe(false);
    expect(canExecute({ type: 'CROSS_RAMP', status: 'CRYPTO_RECEIVED' })).toBe(false);
  });
  it('says why not', () => {
    expect(executeBlocker({ type: 'ON_RAMP', status: 'PENDING' })).toMatch(/off-ramp/);
    expect(executeBlocker({ type: 'OFF_RAMP', status: 'READY_BANK_TRANSFER' })).toBe(
      'A transaction in status “Ready for bank transfer” cannot be executed.',
    );
    // Unknown but code-like: humanised; not code-like (an echo of the request): never repeated (K1).
    expect(executeBlocker({ type: 'OFF_RAMP', status: 'ON_THE_MOON' })).toMatch(/“On the moon”/);
    expect(executeBlocker({ type: 'OFF_RAMP', status: 'key abc:def' })).toMatch(/“Unrecognised status”/);
    expect(executeBlocker({ type: 'OFF_RAMP', status: 'PENDING' })).toBeNull();
  });
});
