import type { Amount } from '../../contract/capa';
import { dateTimeFormat, decimalFormat, formatLocale } from './intl-cache';

/**
 * Whole counts for people in the locale: 4237 → "4,237" (en), "4237" (es-ES writes four digits
 * ungrouped). Never used for money (see formatFiat). Anything but a whole count as it is.
 */
export function formatCount(n: number, locale: string = formatLocale()): string {
  if (!Number.isSafeInteger(n)) return String(n);
  return decimalFormat(locale, 0).format(n);
}

/**
 * Amounts exactly as Capa sent them: strings carry precision a float would lose, so they are
 * shown character for character. Numbers were already parsed by JSON; only the exponent form
 * ("1e-7") is spelled out so an agent never reads scientific notation.
 */
export function formatAmount(value: Amount | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  const text = String(value);
  if (!/e/i.test(text) || !Number.isFinite(value)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Inside a date or a time, spaces never break ("09:00 AM", "2 dic 2026"), so one can split on ' '. */
const noBreak = (text: string) => text.replace(/\s/g, '\u00a0');

/**
 * The local day and time of an instant in the locale's numerals, each line-up friendly: en-US
 * { date: "11/20/2025", time: "02:03 PM" }, es-ES { date: "20/11/2025", time: "14:03" }; null
 * for what is not a date.
 */
export function localDateTimeParts(
  iso: string,
  { seconds = false, locale = formatLocale() }: { seconds?: boolean; locale?: string } = {},
): { date: string; time: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return {
    date: noBreak(dateTimeFormat(locale, 'date').format(date)),
    time: noBreak(dateTimeFormat(locale, seconds ? 'timeSeconds' : 'time').format(date)),
  };
}

/**
 * "11/20/2025 02:03 PM" (en-US), "20/11/2025 14:03" (es-ES), with `seconds` "…14:03:09": the
 * agent's time zone, date and time split by one plain space. The UTC form is for quoting to Capa.
 */
export function formatLocalDateTime(
  iso: string,
  options: { seconds?: boolean; locale?: string } = {},
): string {
  const parts = localDateTimeParts(iso, options);
  return parts ? `${parts.date} ${parts.time}` : iso;
}

/** The same instant in UTC with seconds, for hover text and for quoting to Capa. */
export function formatUtcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** First block of a UUID: enough to tell rows apart at a glance; the full id stays in the title. */
export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

/**
 * An exact decimal string for people, never rounded, in the locale: "1234567.5" → "1,234,567.5"
 * (en), "1.234.567,5" (es-ES); with `minFractionDigits` 2 → "1,234,567.50". Digits beyond that
 * are kept ("0.125" stays "0.125"). Intl formats the decimal string itself, exactly (no float);
 * anything that is not a plain decimal is shown as given.
 */
export function formatDecimal(value: string, minFractionDigits = 0, locale: string = formatLocale()): string {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(value);
  const digits = Math.max(match?.[1]?.length ?? 0, minFractionDigits);
  // Intl takes at most 100 decimals; no amount has them, but one would be shown rather than cut.
  if (!match || digits > 100) return value;
  return decimalFormat(locale, digits).format(value as Intl.StringNumericLiteral);
}

/** "UTC−05:00", "UTC+05:30", "UTC": the browser's offset from UTC at that instant (typographic minus). */
export function formatUtcOffset(at: Date): string {
  const minutes = -at.getTimezoneOffset();
  if (!Number.isFinite(minutes) || minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '\u2212' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The zone the table's local times are in, said once in its header: the offset of every time on
 * the page ("UTC+01:00 / UTC+02:00" when the page spans a daylight-saving change), or of now.
 */
export function timeZoneLabel(isos: readonly string[], now: number): string {
  const instants = isos.map((iso) => new Date(iso)).filter((d) => !Number.isNaN(d.getTime()));
  const offsets = new Set((instants.length ? instants : [new Date(now)]).map(formatUtcOffset));
  return [...offsets].join(' / ');
}
