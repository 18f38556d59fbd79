import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// setup.ts installs skipDocumentDumpsWhilePolling (poll-errors.ts) for every component test file.
describe('query errors while waitFor polls', () => {
  it('leave the document out of each attempt, and print it when waitFor gives up', async () => {
    render(<p>only this paragraph</p>);
    const attempts: string[] = [];
    const waiting = waitFor(
      () => {
        try {
          return screen.getByText('never there');
        } catch (error) {
          attempts.push((error as Error).message);
          throw error;
        }
      },
      { timeout: 200, interval: 20 },
    );
    const failure = await waiting.catch((error: Error) => error);
    expect(attempts.length).toBeGreaterThan(1);
    for (const message of attempts) expect(message).not.toContain('only this paragraph');
    expect((failure as Error).message).toContain('Unable to find an element with the text: never there');
    expect((failure as Error).message).toContain('<p>');
    expect((failure as Error).message).toContain('only this paragraph');
  });

  it('still print the document for a query outside waitFor', () => {
    render(<p>only this paragraph</p>);
    expect(() => screen.getByText('never there')).toThrow(/only this paragraph/);
  });
});
