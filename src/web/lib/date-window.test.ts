import { afterAll, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import {
  describeWindow,
  formatUtcMinutes,
  fromBoundToInstant,
  instantToFromBound,
  instantToToBound,
  matchingPreset,
  presetLabel,
  presetWindow,
  toBoundToInstant,
  utcOffsetLabel,
  WINDOW_PRESETS,
} from './date-window';

// The agent's zone is the browser's: pin one (Node reads TZ again when it changes). Mexico City is
// UTC−6 all year; New York shows that a window's ends follow daylight saving.
// Set before the tables below are built, not in a hook.
const savedTz = process.env.TZ;
process.env.TZ = 'America/Mexico_City';
afterAll(() => {
  process.env.TZ = savedTz;
});

// 2026-11-18 15:30 in Mexico City.
const NOW = new Date('2026-11-18T21:30:00.000Z');

describe('date window presets, in the agent’s time zone', () => {
  it.each([
    ['today', '2026-11-18T06:00:00.000Z', '2026-11-19T06:00:00.000Z'],
    ['yesterday', '2026-11-17T06:00:00.000Z', '2026-11-18T06:00:00.000Z'],
    ['last-7-days', '2026-11-12T06:00:00.000Z', '2026-11-19T06:00:00.000Z'],
    ['this-month', '2026-11-01T06:00:00.000Z', '2026-12-01T06:00:00.000Z'],
    ['last-month', '2026-10-01T06:00:00.000Z', '2026-11-01T06:00:00.000Z'],
  ] as const)('%s starts and ends at local midnights, the end excluded', (preset, from, to) => {
    expect(presetWindow(preset, NOW)).toEqual({ from, to });
    expect(matchingPreset({ from, to }, NOW)).toBe(preset);
  });

  it('goes back across a year: last month in January is December', () => {
    const january = new Date('2027-01-05T18:00:00.000Z');
    expect(presetWindow('last-month', january)).toEqual({
      from: '2026-12-01T06:00:00.000Z',
      to: '2027-01-01T06:00:00.000Z',
    });
  });

  it('follows daylight saving: October in New York ends at 04:00 UTC, November at 05:00', () => {
    process.env.TZ = 'America/New_York';
    try {
      const november = new Date('2026-11-18T21:30:00.000Z');
      expect(presetWindow('last-month', november)).toEqual({
        from: '2026-10-01T04:00:00.000Z',
        to: '2026-11-01T04:00:00.000Z',
      });
      expect(presetWindow('this-month', november)).toEqual({
        from: '2026-11-01T04:00:00.000Z',
        to: '2026-12-01T05:00:00.000Z',
      });
      expect(utcOffsetLabel(november)).toBe('UTC−05:00');
    } finally {
      process.env.TZ = 'America/Mexico_City';
    }
  });
});

describe('the inputs and the instants', () => {
  it('reads a day as its midnight (From) or through its end (To)', () => {
    expect(fromBoundToInstant({ date: '2026-11-01', time: '' })).toBe('2026-11-01T06:00:00.000Z');
    expect(toBoundToInstant({ date: '2026-11-30', time: '' })).toBe('2026-12-01T06:00:00.000Z');
    expect(toBoundToInstant({ date: '2026-11-30', time: '17:00' })).toBe('2026-11-30T23:00:00.000Z');
  });

  it('shows a To at midnight as the day before, included, and any other instant with its time', () => {
    expect(instantToToBound('2026-12-01T06:00:00.000Z')).toEqual({ date: '2026-11-30', time: '' });
    expect(instantToToBound('2026-11-30T23:00:00.000Z')).toEqual({ date: '2026-11-30', time: '17:00' });
    expect(instantToFromBound('2026-11-01T06:00:00.000Z')).toEqual({ date: '2026-11-01', time: '' });
    // A link made in Madrid (midnight there) opens in Mexico City at its own local time.
    expect(instantToFromBound('2026-10-31T23:00:00.000Z')).toEqual({ date: '2026-10-31', time: '17:00' });
    expect(instantToFromBound('2026-11-01T06:00:30.000Z')).toEqual({ date: '2026-11-01', time: '00:00:30' });
  });

  it('ignores a half-typed year and days that do not exist', () => {
    expect(fromBoundToInstant({ date: '0202-11-01', time: '' })).toBeNull();
    expect(fromBoundToInstant({ date: '2026-02-30', time: '' })).toBeNull();
    expect(fromBoundToInstant({ date: '2026-11-01', time: '25:00' })).toBeNull();
  });

  it('spells instants in UTC to the minute, seconds only when there are some', () => {
    expect(formatUtcMinutes('2026-11-01T06:00:00.000Z')).toBe('2026-11-01 06:00 UTC');
    expect(formatUtcMinutes('2026-11-01T00:00:00-06:00')).toBe('2026-11-01 06:00 UTC');
    expect(formatUtcMinutes('2026-11-01T06:00:07.000Z')).toBe('2026-11-01 06:00:07 UTC');
    expect(utcOffsetLabel(NOW)).toBe('UTC−06:00');
  });
});

describe('the window in words', () => {
  const day = (d: string) => fromBoundToInstant({ date: d, time: '' })!;
  it.each([
    [{ from: day('2026-11-01'), to: day('2026-12-01') }, 'Nov 1 – 30, 2026'],
    [{ from: day('2026-11-20'), to: day('2026-11-21') }, 'Nov 20, 2026'],
    [{ from: day('2026-12-15'), to: day('2027-01-16') }, 'Dec 15, 2026 – Jan 15, 2027'],
    [{ from: day('2026-11-01') }, 'from Nov 1, 2026'],
    [{ to: day('2026-12-01') }, 'through Nov 30, 2026'],
    [{ to: '2026-11-30T23:00:00.000Z' }, 'before Nov 30, 2026, 5:00 PM'],
    [
      { from: '2026-11-01T15:00:00.000Z', to: '2026-11-30T23:00:00.000Z' },
      'Nov 1, 2026, 9:00 AM – Nov 30, 2026, 5:00 PM',
    ],
    [{}, ''],
  ])('%j reads "%s" in US English', (window, words) => {
    // Intl's own spaces (thin around the dash, narrow before AM) read as plain ones here.
    expect(describeWindow(window).replace(/\s/g, ' ')).toBe(words);
  });

  it.each([
    ['en-GB', '1 – 30 Nov 2026', '15 Dec 2026 – 15 Jan 2027', '1 Nov 2026, 09:00 – 30 Nov 2026, 17:00'],
    [
      'es-MX',
      '1–30 de nov de 2026',
      '15 de dic de 2026 – 15 de ene de 2027',
      '1 nov 2026, 9:00 a.m. – 30 nov 2026, 5:00 p.m.',
    ],
    ['es-ES', '1–30 nov 2026', '15 dic 2026 – 15 ene 2027', '1 nov 2026, 9:00 – 30 nov 2026, 17:00'],
  ])('writes the window in %s’s own patterns', (locale, month, years, hours) => {
    const words = (w: Parameters<typeof describeWindow>[0]) => describeWindow(w, locale).replace(/\s/g, ' ');
    expect(words({ from: day('2026-11-01'), to: day('2026-12-01') })).toBe(month);
    expect(words({ from: day('2026-12-15'), to: day('2027-01-16') })).toBe(years);
    expect(words({ from: '2026-11-01T15:00:00.000Z', to: '2026-11-30T23:00:00.000Z' })).toBe(hours);
  });

  it('says from, through and before, and the presets, in the active language', async () => {
    await activateLocale('es-MX');
    try {
      expect(describeWindow({ from: day('2026-11-01') }).replace(/\s/g, ' ')).toBe('desde el 1 nov 2026');
      expect(describeWindow({ to: day('2026-12-01') }).replace(/\s/g, ' ')).toBe('hasta el 30 nov 2026');
      expect(WINDOW_PRESETS.map(presetLabel)).toEqual([
        'Hoy',
        'Ayer',
        'Últimos 7 días',
        'Este mes',
        'Mes pasado',
      ]);
    } finally {
      await activateLocale('en-US');
    }
    expect(presetLabel('today')).toBe('Today');
  });
});
