import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AmountText } from './amount-text';

describe('AmountText', () => {
  it('copies as the amount, a space and the unit', () => {
    const { container } = render(<AmountText value="10300.00" unit="MXN" />);
    expect(container.textContent).toBe('10300.00 MXN');
  });

  it('keeps a string amount exactly as given', () => {
    const { container } = render(<AmountText value="250.000000000000000001" unit="USDC" />);
    expect(container.textContent).toBe('250.000000000000000001 USDC');
  });
});
