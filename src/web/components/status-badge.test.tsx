import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STATUS_FACTS, TRANSACTION_STATUSES } from '../../contract/statuses';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it.each(TRANSACTION_STATUSES)('shows %s as its label, with its meaning and tone', (status) => {
    render(<StatusBadge status={status} />);
    const facts = STATUS_FACTS[status];
    const badge = screen.getByText(facts.label);
    expect(badge).toHaveAttribute('title', facts.meaning);
    expect(badge).toHaveAttribute('data-tone', facts.tone);
  });

  it('shows a status Capa adds later as itself, not a blank', () => {
    render(<StatusBadge status="ON_HOLD" />);
    expect(screen.getByText('ON_HOLD')).toHaveAttribute('title', expect.stringMatching(/does not know yet/));
  });
});
