import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlView } from './use-url-view';

type View = Record<string, string>;
const parse = (params: URLSearchParams): View => Object.fromEntries(params);
const toParams = (view: View) => new URLSearchParams(view);

/** Buttons that change the view as filters do; one makes two changes before any re-render. */
function Screen() {
  const [view, go] = useUrlView(parse, toParams);
  const { search } = useLocation();
  return (
    <>
      <button
        onClick={() => {
          go((current) => ({ ...current, type: 'ON_RAMP' }));
          go((current) => ({ ...current, currency: 'DOP' }));
        }}
      >
        Type, then currency
      </button>
      <button onClick={() => go((current) => ({ ...current, currency: 'MXN' }))}>MXN</button>
      <button onClick={() => go((current) => current)}>Same view</button>
      <output aria-label="url">{search}</output>
      <output aria-label="view">{JSON.stringify(view)}</output>
    </>
  );
}

const renderAt = (entry: string) =>
  render(
    <MemoryRouter initialEntries={[entry]}>
      <Screen />
    </MemoryRouter>,
  );

describe('useUrlView', () => {
  it('keeps both of two changes made before the page re-renders (type, then currency)', async () => {
    renderAt('/transactions?size=50');
    await userEvent.click(screen.getByRole('button', { name: 'Type, then currency' }));
    expect(screen.getByLabelText('url')).toHaveTextContent('?size=50&type=ON_RAMP&currency=DOP');
    expect(screen.getByLabelText('view')).toHaveTextContent(
      JSON.stringify({ size: '50', type: 'ON_RAMP', currency: 'DOP' }),
    );
  });

  it('starts from the URL on screen once it has caught up', async () => {
    renderAt('/transactions?type=ON_RAMP&currency=DOP');
    await userEvent.click(screen.getByRole('button', { name: 'MXN' }));
    expect(screen.getByLabelText('url')).toHaveTextContent('?type=ON_RAMP&currency=MXN');
    await userEvent.click(screen.getByRole('button', { name: 'Same view' }));
    expect(screen.getByLabelText('url')).toHaveTextContent('?type=ON_RAMP&currency=MXN');
  });
});
