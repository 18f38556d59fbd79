/**
 * Amounts and rates for people, from the exact decimal strings the BFF passes on (docs/capa-api.md,
 * Amounts), in the agent's locale: Intl.NumberFormat formats the decimal string itself, every
 * digit exact, never through a float (78044.5 DOP → "78,044.50" in es-MX, "78.044,50" in es-ES).
 */
import type { Amount } from '../../contract/capa';
import { FIAT_CURRENCIES } from '../../contract/enums';
import { formatAmount, formatDecimal } from './format';
import { formatLocale } from './intl-cache';

/**
 * ISO 4217 minor units of the currencies Capa settles in, by hand: the table's first rows build
 * no currency formatter just to learn "2" (docs/performance.md, "Intl on the first rows").
 */
const KNOWN_MINOR_UNITS: Readonly<Record<string, number>> = { MXN: 2, DOP: 2, USD: 2, EUR: 2 };
const askedIntl = new Map<string, number | undefined>();

/** How many decimals a fiat currency is written with; undefined for a code Intl does not know. */
export function minorUnits(currency: string): number | undefined {
  const known = KNOWN_MINOR_UNITS[currency];
  if (known !== undefined) return known;
  // A currency Capa adds later: the browser's own ISO 4217 table (JPY 0, KWD 3, …), asked once.
  if (!askedIntl.has(currency)) {
    let digits: number | undefined;
    try {
      const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
      digits = options.maximumFractionDigits;
    } catch {
      digits = undefined; // not a well-formed currency code: shown with the digits sent
    }
    askedIntl.set(currency, digits);
  }
  return askedIntl.get(currency);
}

export function isFiatCurrency(code: string | null | undefined): boolean {
  return (FIAT_CURRENCIES as readonly string[]).includes(code ?? '');
}

const missing = (value: Amount | null | undefined): value is null | undefined | '' =>
  value === null || value === undefined || value === '';

/**
 * A fiat amount, grouped, with at least its currency's minor units: "24732.8" DOP → "24,732.80"
 * (en-US), "24.732,80" (es-ES). Never rounded: a digit beyond the minor units (which Capa should
 * not send) is kept, not hidden.
 */
export function formatFiat(
  value: Amount | null | undefined,
  currency: string | null | undefined,
  locale: string = formatLocale(),
): string {
  if (missing(value)) return '—';
  return formatDecimal(formatAmount(value), currency ? (minorUnits(currency) ?? 0) : 0, locale);
}

/** A token amount (or any exact decimal), grouped, with every digit Capa sent and no padding. */
export function formatExact(value: Amount | null | undefined, locale: string = formatLocale()): string {
  if (missing(value)) return '—';
  return formatDecimal(formatAmount(value), 0, locale);
}

/** Significant digits of a rate for reading; the exact rate stays a hover or a copy away. */
const RATE_DIGITS = 5;

/** whole.fraction rounded half up to at most `places` decimals, trailing zeros dropped. */
function roundDecimal(whole: string, fraction: string, places: number): string {
  const cut = Math.min(places, fraction.length);
  let units = BigInt(whole + fraction.slice(0, cut));
  if (fraction.length > cut && fraction.charCodeAt(cut) >= 53 /* '5' */) units += 1n;
  const digits = units.toString().padStart(cut + 1, '0');
  const roundedWhole = digits.slice(0, digits.length - cut);
  const roundedFraction = digits.slice(digits.length - cut).replace(/0+$/, '');
  return roundedFraction ? `${roundedWhole}.${roundedFraction}` : roundedWhole;
}

/**
 * A rate to read at a glance: five significant digits, never fewer whole digits than it has,
 * grouped in the locale ("61.72471667053231" → "61.725", "1923456.7" → "1,923,457" or
 * "1.923.457", "0.0000531234" → "0.000053123"); rounded half up here, exactly, then written by
 * Intl. Anything that is not a plain decimal is shown as given.
 */
export function formatRate(value: Amount | null | undefined, locale: string = formatLocale()): string {
  if (missing(value)) return '—';
  const text = formatAmount(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, rawWhole = '', fraction = ''] = match;
  const whole = rawWhole.replace(/^0+(?=\d)/, '');
  const places =
    whole === '0'
      ? (/^0*/.exec(fraction)?.[0].length ?? 0) + RATE_DIGITS
      : Math.max(0, RATE_DIGITS - whole.length);
  const rounded = roundDecimal(whole, fraction, places);
  return formatDecimal(/^0(\.0*)?$/.test(rounded) ? rounded : `${sign}${rounded}`, 0, locale);
}
