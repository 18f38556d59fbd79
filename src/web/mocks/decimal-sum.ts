import type { Amount } from '../../contract/capa';
import { formatAmount } from '../lib/format';

/**
 * Exact sums of decimal amounts, as the BFF adds them (with a decimal library; here with BigInt at
 * the widest scale seen): many rows of "0.1" add up to exactly "N/10", 18-decimal token amounts
 * keep every digit. Number amounts are taken in their shortest decimal form, as JSON gave them.
 */
export function sumDecimals(values: readonly Amount[]): string {
  const parts = values.map((value) => {
    const text = typeof value === 'number' ? formatAmount(value) : value.trim();
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) throw new Error(`not a decimal amount: ${text}`);
    return { negative: match[1] === '-', whole: match[2]!, fraction: match[3] ?? '' };
  });
  const scale = Math.max(0, ...parts.map((p) => p.fraction.length));
  let total = 0n;
  for (const { negative, whole, fraction } of parts) {
    const units = BigInt(whole + fraction.padEnd(scale, '0'));
    total += negative ? -units : units;
  }
  const sign = total < 0n ? '-' : '';
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
