import { describe, expect, it } from 'vitest';
import { askFor, pendingSearch, type PendingViews } from './pending-views';

/** An agent's quick steps: each asks for a view while the screen shows `onScreen`. */
function steps(...moves: [onScreen: string, asked: string][]): PendingViews {
  return moves.reduce<PendingViews>((chain, [onScreen, asked]) => askFor(chain, onScreen, asked), null);
}

describe('pending views (what the next filter change starts from)', () => {
  it('starts from the screen when nothing is on its way', () => {
    expect(pendingSearch(null, 'status=PENDING')).toBeNull();
  });

  it('starts from the view asked for while the screen still shows the one before it', () => {
    const chain = steps(['status=PENDING', '']);
    expect(pendingSearch(chain, 'status=PENDING')).toBe('');
  });

  it('keeps every step when the screen draws the first of several views asked for (clear, type, then a window)', () => {
    // Clear all, then a type, asked before the screen drew the clear; then the screen draws the clear.
    const chain = steps(['status=PENDING', ''], ['status=PENDING', 'type=OFF_RAMP']);
    expect(pendingSearch(chain, '')).toBe('type=OFF_RAMP');
    const next = askFor(chain, '', 'type=OFF_RAMP&from=2026-11-01');
    expect(pendingSearch(next, '')).toBe('type=OFF_RAMP&from=2026-11-01');
    expect(pendingSearch(next, 'type=OFF_RAMP')).toBe('type=OFF_RAMP&from=2026-11-01');
  });

  it('starts from the screen once it shows the last view asked for', () => {
    const chain = steps(['status=PENDING', ''], ['status=PENDING', 'type=OFF_RAMP']);
    expect(pendingSearch(chain, 'type=OFF_RAMP')).toBeNull();
    expect(askFor(chain, 'type=OFF_RAMP', 'type=ON_RAMP')).toEqual(['type=OFF_RAMP', 'type=ON_RAMP']);
  });

  it('starts from the screen when it shows a view nobody asked for here (Back, a link)', () => {
    const chain = steps(['status=PENDING', ''], ['status=PENDING', 'type=OFF_RAMP']);
    expect(pendingSearch(chain, 'currency=MXN')).toBeNull();
    expect(askFor(chain, 'currency=MXN', 'currency=DOP')).toEqual(['currency=MXN', 'currency=DOP']);
  });
});
