import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { AmountText } from './amount-text';
import { DateTime } from './date-time';
import { RateText } from './rate-text';

describe('AmountText', () => {
  it('copies as the grouped amount, a space and the unit', () => {
    const { container } = render(<AmountText value="10300" unit="MXN" />);
    expect(container.textContent).toBe('10,300.00 MXN');
  });

  it('keeps every digit of a token amount, grouped', () => {
    const { container } = render(<AmountText value="1250.000000000000000001" unit="USDC" />);
    expect(container.textContent).toBe('1,250.000000000000000001 USDC');
  });

  it('formats as fiat when told, whatever the code', () => {
    const { container } = render(<AmountText value="1234.5" unit="KWD" fiat />);
    expect(container.textContent).toBe('1,234.500 KWD');
  });
});

describe('RateText', () => {
  it('reads as a few significant digits with its unit, the exact rate on hover', () => {
    render(<RateText value="61.72471667053231" fiat="DOP" token="USDC" />);
    const rate = screen.getByTitle('1 USDC = 61.72471667053231 DOP');
    expect(rate).toHaveTextContent(/^61\.725 DOP\/USDC$/);
  });

  it('without currencies, shows the rate alone; without a rate, a dash', () => {
    const { container, rerender } = render(<RateText value={19.9} />);
    expect(screen.getByTitle('19.9')).toHaveTextContent(/^19\.9$/);
    rerender(<RateText value={null} fiat="DOP" token="USDC" />);
    expect(container.textContent).toBe('—');
  });
});

describe('switching language', () => {
  afterEach(async () => {
    await act(() => activateLocale('en-US'));
  });

  it('re-renders amounts, rates and times with the new locale’s separators', async () => {
    const { container } = render(
      <p>
        <AmountText value="78044.5" unit="DOP" /> · <RateText value="1923456.78" fiat="DOP" token="USDC" /> ·{' '}
        <DateTime iso="2026-12-02T15:07:09.000Z" />
      </p>,
    );
    expect(container.textContent).toMatch(/^78,044\.50 DOP · 1,923,457 DOP\/USDC · 12\/0[23]\/2026 /);
    await act(() => activateLocale('es-ES'));
    expect(container.textContent).toMatch(/^78\.044,50 DOP · 1\.923\.457 DOP\/USDC · 0[23]\/12\/2026 /);
    expect(screen.getByTitle('1 USDC = 1.923.456,78 DOP')).toBeInTheDocument();
  });
});
