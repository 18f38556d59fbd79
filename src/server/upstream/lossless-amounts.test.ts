import { describe, expect, it } from 'vitest';
import { parseLosslessAmounts, quoteAmountNumbers } from './lossless-amounts';

/** The list envelope, as far as these tests read it. */
type ListBody = { data: { count: number; data: Record<string, unknown>[] } };

describe('amounts read losslessly from Capa’s JSON', () => {
  it('keeps the digits Capa sent for every amount field, where a double would round them', () => {
    const text =
      '{"success":true,"data":{"count":2,"data":[{"id":"a","fiatAmount":12345678901234567.89,' +
      '"cryptoAmount":1.000000000000000001,"exchangeRate":17.123456789012345678,"premiumSpread":0.1,' +
      '"sourceAmount":100.10,"targetAmount":0,"crossFiatAmount":-3.5,"forwardingDays":2}]}}';
    const tx = (parseLosslessAmounts(text) as ListBody).data.data[0]!;
    expect(tx).toMatchObject({
      fiatAmount: '12345678901234567.89',
      cryptoAmount: '1.000000000000000001',
      exchangeRate: '17.123456789012345678',
      premiumSpread: '0.1',
      sourceAmount: '100.10',
      targetAmount: '0',
      crossFiatAmount: '-3.5',
      forwardingDays: 2,
    });
    expect((parseLosslessAmounts(text) as ListBody).data.count).toBe(2);
  });

  it('writes an exponent out in plain digits, exactly', () => {
    expect(quoteAmountNumbers('{"fiatAmount":1e-7,"cryptoAmount":2.5E+21}')).toBe(
      '{"fiatAmount":"0.0000001","cryptoAmount":"2500000000000000000000"}',
    );
  });

  it('leaves strings, nulls, other keys and look-alikes inside strings alone, with any spacing', () => {
    const text =
      '{ "fiatAmount" : "10.50", "cryptoAmount":null, "xfiatAmount":1.5, "note":"{\\"fiatAmount\\":5}",' +
      ' "a\\"fiatAmount":7, "list":[ "fiatAmount", 3 ],\n "exchangeRate"\t:\n17.2 }';
    expect(JSON.parse(quoteAmountNumbers(text))).toEqual({
      fiatAmount: '10.50',
      cryptoAmount: null,
      xfiatAmount: 1.5,
      note: '{"fiatAmount":5}',
      'a"fiatAmount': 7,
      list: ['fiatAmount', 3],
      exchangeRate: '17.2',
    });
  });

  it('costs little next to JSON.parse on a 100-row page (figures in docs/performance.md)', () => {
    const row = {
      id: '8374f327-38bd-4b0b-b8a7-2524599eb903',
      fiatAmount: 1234.56,
      cryptoAmount: '70.123456',
      exchangeRate: 17.60912345,
      premiumSpread: 0.02,
      createdAt: '2026-11-01T00:00:00.000Z',
      bankAccount: { country: 'MX', accountIdentifier: '012345678901234567', bankName: 'BBVA México' },
    };
    const text = JSON.stringify({ success: true, data: { count: 100, data: Array(100).fill(row) } });
    const time = (f: () => unknown) => {
      const started = performance.now();
      for (let i = 0; i < 200; i++) f();
      return performance.now() - started;
    };
    time(() => parseLosslessAmounts(text));
    const plain = time(() => JSON.parse(text));
    const lossless = time(() => parseLosslessAmounts(text));
    console.log(
      `100-row page, 200 parses: JSON.parse ${plain.toFixed(1)} ms, lossless ${lossless.toFixed(1)} ms`,
    );
    // Generous: a shared, loaded machine; the point is "same order of magnitude", not a timing.
    expect(lossless).toBeLessThan(plain * 10 + 50);
  });
});
