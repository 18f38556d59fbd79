import { afterAll, describe, expect, it } from 'vitest';
import { clockTime } from './collaboration-queries';
import { formatLocalDateTime, formatUtcDateTime, localDateTimeParts } from './format';

// The agent's zone is the browser's: pin one (UTC−6 all year), set before anything formats.
const savedTz = process.env.TZ;
process.env.TZ = 'America/Mexico_City';
afterAll(() => {
  process.env.TZ = savedTz;
});

const AT = '2026-12-02T15:07:09.000Z'; // 09:07:09 in Mexico City
// Intl's spaces inside a time ("09:07 AM", "a. m.") are kept from breaking: no-break spaces.
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

describe('local dates and times in the agent’s locale', () => {
  it.each([
    ['en-US', '12/02/2026', '09:07 AM'],
    ['en-GB', '02/12/2026', '09:07'],
    ['es-MX', '02/12/2026', '09:07 a.m.'],
    ['es-DO', '02/12/2026', '09:07 a. m.'],
    ['es-ES', '02/12/2026', '09:07'],
  ])('%s writes %s %s, with the locale’s order and clock', (locale, date, time) => {
    const parts = localDateTimeParts(AT, { locale });
    expect(parts?.date).toBe(date);
    expect(plain(parts?.time)).toBe(time);
    // One plain space between date and time, none inside: the line breaks only there.
    expect(formatLocalDateTime(AT, { locale }).split(' ')).toEqual([parts?.date, parts?.time]);
  });

  it('adds seconds when asked; the UTC form for Capa stays the same in every locale', () => {
    expect(plain(localDateTimeParts(AT, { locale: 'es-ES', seconds: true })?.time)).toBe('09:07:09');
    expect(plain(localDateTimeParts(AT, { locale: 'en-US', seconds: true })?.time)).toBe('09:07:09 AM');
    expect(formatUtcDateTime(AT)).toBe('2026-12-02 15:07:09 UTC');
    expect(localDateTimeParts('not a date', { locale: 'es-MX' })).toBeNull();
    expect(formatLocalDateTime('not a date', { locale: 'es-MX' })).toBe('not a date');
  });

  it('says only the time for today and the whole date otherwise (who is on a transaction)', () => {
    const sameDay = Date.parse('2026-12-02T20:00:00.000Z');
    const nextDay = Date.parse('2026-12-03T20:00:00.000Z');
    expect(plain(clockTime(AT, sameDay))).toBe('09:07 AM');
    expect(plain(clockTime(AT, nextDay))).toBe('12/02/2026 09:07 AM');
  });
});
