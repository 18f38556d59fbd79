/**
 * The platform's Intl formatters, built on first use and kept per locale and options. Building one
 * is what costs (the page's first loads the browser's locale data, docs/performance.md "Intl on
 * the first rows"); formatting with a built one is cheap. Nothing is built at module load, so the
 * first rows build only the few formatters they show and the sign-in page none.
 */
import { DEFAULT_LOCALE, PSEUDO_LOCALE } from '../../contract/locales';
import { currentLocale } from '../i18n/i18n';

const built = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  build: () => T,
): T {
  let formatter = built.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    built.set(key, formatter);
  }
  return formatter;
}

/**
 * The locale numbers and dates are written in: the active one (`activateLocale`), English before
 * any is active, and the pseudo-locale's English (its text is long; its numbers are US English).
 */
export function formatLocale(): string {
  const locale = currentLocale();
  return !locale || locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale;
}

/** Grouped decimals with exactly `fractionDigits` decimals (Intl rounds only beyond them). */
export function decimalFormat(locale: string, fractionDigits: number): Intl.NumberFormat {
  return cached(
    `n|${locale}|${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  );
}

export type DateTimeStyle = 'date' | 'time' | 'timeSeconds' | 'day' | 'dayTime' | 'dayTimeSeconds';

/**
 * The few ways Rampdesk writes a date: `date` and `time` two-digit numerals that line up in a
 * table (12/02/2026, 09:00 AM; 02/12/2026, 09:00), `day` and `dayTime` with the month's short
 * name for prose ("Dec 2, 2026, 9:00 AM", "2 dic 2026, 9:00"). The locale chooses the order and
 * the 12- or 24-hour clock.
 */
const DATE_STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
  timeSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  dayTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  dayTimeSeconds: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  },
};

/**
 * The browser's time zone, cheaply: its offsets in January and July. A DateTimeFormat keeps the
 * zone it was built in, while Date (and the table's "UTC−06:00") follows a laptop that travels or
 * a test that pins TZ; keying by this builds a new one then instead of writing the old zone's time.
 */
function zoneKey(): string {
  const year = new Date().getFullYear();
  return `${new Date(year, 0, 1).getTimezoneOffset()}/${new Date(year, 6, 1).getTimezoneOffset()}`;
}

/** In the browser's time zone, as every local time in Rampdesk (the table names its offset). */
export function dateTimeFormat(locale: string, style: DateTimeStyle): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${style}|${zoneKey()}`,
    () => new Intl.DateTimeFormat(locale, DATE_STYLES[style]),
  );
}

/** "12s ago", "hace 4 min" (`always`), and "now", "ahora" for no time at all (`auto`). */
export function relativeTimeFormat(locale: string, numeric: 'always' | 'auto'): Intl.RelativeTimeFormat {
  return cached(
    `r|${locale}|${numeric}`,
    () => new Intl.RelativeTimeFormat(locale, { style: 'narrow', numeric }),
  );
}

/**
 * Builds, one per idle moment, the formatters a page of rows shows (fiat, counts, dates, ages),
 * so the page's first Intl object, which loads the locale data (~50 ms of main thread on an idle
 * VM, several times that on a loaded one), is built while the rows are still on the network
 * instead of inside their first render. Called by the transactions loader once the list request
 * is out; nothing is built at module load.
 */
export function warmFormatters(): void {
  // The locale when each is built: the agent's catalog may become active in between.
  const steps = [
    () => decimalFormat(formatLocale(), 2),
    () => dateTimeFormat(formatLocale(), 'date'),
    () => dateTimeFormat(formatLocale(), 'time'),
    () => relativeTimeFormat(formatLocale(), 'always'),
    () => decimalFormat(formatLocale(), 0),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length) whenIdle(next);
  };
  whenIdle(next);
}

function whenIdle(work: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 0);
}
