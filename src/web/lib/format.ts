import type { Amount } from '../../contract/capa';

/**
 * Whole counts for people: 4237 → "4,237". Never used for money (see formatAmount). By hand, not
 * Intl.NumberFormat: a page's first Intl call loads the browser's locale data (~50 ms of main
 * thread), and the transactions page would pay it before its first rows (README, Performance).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
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

/**
 * "2025-11-20 14:03" (with `seconds`, "2025-11-20 14:03:09") in the agent's time zone: unambiguous
 * across locales and easy to compare.
 */
export function formatLocalDateTime(iso: string, { seconds = false } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}${seconds ? `:${pad(date.getSeconds())}` : ''}`
  );
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
 * An exact decimal string for people, never rounded: "1234567.5" → "1,234,567.5", with
 * `minFractionDigits` 2 → "1,234,567.50". Digits beyond that are kept ("0.125" stays "0.125").
 * Anything that is not a plain decimal is shown as given.
 */
export function formatDecimal(value: string, minFractionDigits = 0): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole = '', fraction = ''] = match;
  const digits = fraction.padEnd(minFractionDigits, '0');
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${digits ? `.${digits}` : ''}`;
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
