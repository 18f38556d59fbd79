/**
 * A date window on createdAt as the agent sees it: days and times in the browser's time zone,
 * instants (`from` inclusive, `to` exclusive) on the wire and in the URL. An accountant thinks in
 * whole days ("1 to 30 November"), so a bound without a time is a day: From starts at its
 * midnight, To runs through its end (the exclusive instant is the next midnight). A time narrows
 * a bound for a cut-off ("until 17:00"). The inputs and the URL are ISO, whatever the language;
 * the window in words is in the agent's locale (Intl, lib/intl-cache.ts).
 */
import { translate, type MessageKey } from '../i18n/i18n';
import { dateTimeFormat, formatLocale } from './intl-cache';

export interface DateWindow {
  from?: string | undefined;
  to?: string | undefined;
}

/** What the inputs hold: a day (YYYY-MM-DD) and an optional time (HH:mm or HH:mm:ss, or ''). */
export interface LocalBound {
  date: string;
  time: string;
}

/** Each preset's name, by id (the ids are the URL's and the tests'), in the order shown. */
const PRESET_KEYS = {
  today: 'format.presetToday',
  yesterday: 'format.presetYesterday',
  'last-7-days': 'format.presetLast7Days',
  'this-month': 'format.presetThisMonth',
  'last-month': 'format.presetLastMonth',
} as const satisfies Record<string, MessageKey>;
export type WindowPreset = keyof typeof PRESET_KEYS;
export const WINDOW_PRESETS = Object.keys(PRESET_KEYS) as WindowPreset[];

/** "Last 7 days": read when shown, so it is in the language active then. */
export function presetLabel(preset: WindowPreset): string {
  return translate(PRESET_KEYS[preset]);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first instant of the local day (usually midnight; 01:00 where a DST change skips it). */
function startOfDay(at: Date, addDays = 0): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + addDays);
}

function startOfMonth(at: Date, addMonths = 0): Date {
  return new Date(at.getFullYear(), at.getMonth() + addMonths, 1);
}

function isStartOfDay(at: Date): boolean {
  return startOfDay(at).getTime() === at.getTime();
}

/** The window of a preset around `now`, each end the start of a local day or month. */
export function presetWindow(preset: WindowPreset, now: Date = new Date()): Required<DateWindow> {
  const range = (from: Date, to: Date) => ({ from: from.toISOString(), to: to.toISOString() });
  switch (preset) {
    case 'today':
      return range(startOfDay(now), startOfDay(now, 1));
    case 'yesterday':
      return range(startOfDay(now, -1), startOfDay(now));
    case 'last-7-days':
      return range(startOfDay(now, -6), startOfDay(now, 1));
    case 'this-month':
      return range(startOfMonth(now), startOfMonth(now, 1));
    case 'last-month':
      return range(startOfMonth(now, -1), startOfMonth(now));
  }
}

/** The preset this window is, if it is one now (to mark its button pressed). */
export function matchingPreset(window: DateWindow, now: Date = new Date()): WindowPreset | undefined {
  return WINDOW_PRESETS.find((id) => {
    const preset = presetWindow(id, now);
    return preset.from === window.from && preset.to === window.to;
  });
}

function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function localTime(at: Date): string {
  const seconds = at.getSeconds() ? `:${pad(at.getSeconds())}` : '';
  return `${pad(at.getHours())}:${pad(at.getMinutes())}${seconds}`;
}

/** A whole day or a day and time from the inputs, as a Date; null when incomplete or implausible. */
function parseBound({ date, time }: LocalBound, addDays: number): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time);
  if (!day || (time && !clock)) return null;
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
  // A date input reports each keystroke of the year (0002, 0020, 0202, 2026): wait for a real one.
  if (y < 1970 || y > 9999) return null;
  const at = clock
    ? new Date(y, m - 1, d, Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0))
    : new Date(y, m - 1, d + addDays);
  const check = new Date(y, m - 1, d);
  // new Date(2026, 1, 31) rolls over to March: such a day does not exist.
  if (check.getMonth() !== m - 1 || check.getDate() !== d) return null;
  return at;
}

/** From: the day's start, or the given time. */
export function fromBoundToInstant(bound: LocalBound): string | null {
  return parseBound(bound, 0)?.toISOString() ?? null;
}

/** To: through the whole day (the next day's start, excluded), or before the given time. */
export function toBoundToInstant(bound: LocalBound): string | null {
  return parseBound(bound, 1)?.toISOString() ?? null;
}

export function instantToFromBound(iso: string | undefined): LocalBound {
  if (!iso) return { date: '', time: '' };
  const at = new Date(iso);
  return { date: localDate(at), time: isStartOfDay(at) ? '' : localTime(at) };
}

/** A `to` at a day's start shows as the day before, included: 2026-12-01T00:00 is "to 30 Nov". */
export function instantToToBound(iso: string | undefined): LocalBound {
  if (!iso) return { date: '', time: '' };
  const at = new Date(iso);
  if (isStartOfDay(at)) return { date: localDate(startOfDay(at, -1)), time: '' };
  return { date: localDate(at), time: localTime(at) };
}

/** "2026-11-01 06:00 UTC" (seconds only when there are some). */
export function formatUtcMinutes(iso: string): string {
  const text = new Date(iso).toISOString();
  const seconds = text.slice(17, 19) === '00' ? '' : text.slice(16, 19);
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${seconds} UTC`;
}

/** The agent's offset from UTC at `at`, e.g. "UTC−06:00" (it changes with daylight saving). */
export function utcOffsetLabel(at: Date = new Date()): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A local day or instant in words: "Nov 20, 2026", "Nov 20, 2026, 09:00 AM", "20 nov 2026, 9:00". */
function instantFormat(at: Date, locale: string): Intl.DateTimeFormat {
  if (isStartOfDay(at)) return dateTimeFormat(locale, 'day');
  return dateTimeFormat(locale, at.getSeconds() ? 'dayTimeSeconds' : 'dayTime');
}

/** formatRange, which shares what the ends share ("1–30 Nov 2026"); an inverted pair as it is. */
function range(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  return start <= end ? format.formatRange(start, end) : `${format.format(start)} – ${format.format(end)}`;
}

/**
 * The window in words, in the locale's own patterns, e.g. (en-US) "Nov 1 – 30, 2026",
 * "Nov 20, 2026", "from Nov 1, 2026", "through Nov 30, 2026", "Nov 1, 2026, 09:00 AM – Nov 30,
 * 2026, 05:00 PM"; (es-MX) "1–30 nov 2026", "desde el 1 nov 2026"; '' without a window.
 */
export function describeWindow({ from, to }: DateWindow, locale: string = formatLocale()): string {
  const start = from ? new Date(from) : null;
  const end = to ? new Date(to) : null;
  const endDay = end && isStartOfDay(end) ? startOfDay(end, -1) : null;
  if (start && end) {
    if (isStartOfDay(start) && endDay) {
      return range(dateTimeFormat(locale, 'day'), start, endDay);
    }
    const seconds = start.getSeconds() || end.getSeconds();
    return range(dateTimeFormat(locale, seconds ? 'dayTimeSeconds' : 'dayTime'), start, end);
  }
  if (start) return translate('format.windowFrom', { date: instantFormat(start, locale).format(start) });
  if (endDay)
    return translate('format.windowThrough', { date: dateTimeFormat(locale, 'day').format(endDay) });
  if (end) return translate('format.windowBefore', { date: instantFormat(end, locale).format(end) });
  return '';
}
