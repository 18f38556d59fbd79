/** Exact decimal arithmetic for test oracles: BigInt scaled to 18 decimals, no library, no float. */
const SCALE = 18;

/** "12.5" → 12500000000000000000n. */
function scaled(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^-/, '').split('.');
  const value = BigInt(whole!) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0') || '0');
  return negative ? -value : value;
}

/** Back to the shortest decimal text, as the BFF writes it. */
function decimal(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(SCALE + 1, '0');
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${sign}${digits.slice(0, -SCALE)}${fraction ? `.${fraction}` : ''}`;
}

/** Exact sums of `amount` per `key`, keys sorted, as decimal strings. */
export function sumsBy<T>(rows: T[], key: (row: T) => string, amount: (row: T) => string | null) {
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    const value = amount(row);
    if (value !== null && value !== '') sums.set(key(row), (sums.get(key(row)) ?? 0n) + scaled(value));
  }
  return Object.fromEntries(
    [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, decimal(v)]),
  );
}
