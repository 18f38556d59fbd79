import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTimeFormat, warmFormatters } from './intl-cache';

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Intl formatters: built once per locale, options and zone, warmed when idle', () => {
  it('reuses a formatter, and builds another when the browser’s time zone changes', () => {
    process.env.TZ = 'America/Santo_Domingo';
    const first = dateTimeFormat('es-DO', 'time');
    expect(dateTimeFormat('es-DO', 'time')).toBe(first);
    expect(first.format(new Date('2026-12-02T15:07:00Z')).replace(/\s/g, ' ')).toBe('11:07 a. m.');
    process.env.TZ = 'Europe/Madrid';
    const madrid = dateTimeFormat('es-DO', 'time');
    expect(madrid).not.toBe(first);
    expect(madrid.format(new Date('2026-12-02T15:07:00Z')).replace(/\s/g, ' ')).toBe('04:07 p. m.');
  });

  it('warms the rows’ formatters in later tasks, never in the caller’s', () => {
    // A zone no other test uses, so none of these formatters exists yet.
    process.env.TZ = 'Pacific/Chatham';
    vi.useFakeTimers();
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    warmFormatters();
    expect(built).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(built).toHaveBeenCalledTimes(2); // the table's date and time
    warmFormatters();
    vi.runAllTimers();
    expect(built).toHaveBeenCalledTimes(2); // built once, then reused
  });
});
