import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AmountText } from './amount-text';
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
