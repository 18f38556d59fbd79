import { describe, expect, it, vi } from 'vitest';
import { createChangeFeed, parseChange } from './change-feed';

describe('change feed', () => {
  it('reads the payloads of migration 0003’s triggers', () => {
    expect(parseChange('sessions:9f2c')).toEqual({ table: 'sessions', id: '9f2c' });
    expect(parseChange('agents:0b1e')).toEqual({ table: 'agents', id: '0b1e' });
    expect(parseChange('execute_intents:7d3a:unknown:1796160000123')).toEqual({
      table: 'execute_intents',
      transactionId: '7d3a',
      state: 'unknown',
      updatedAt: new Date(1796160000123),
    });
  });

  it.each([
    '',
    'sessions',
    'sessions:',
    'agents:1:extra',
    'execute_intents:7d3a:pending',
    'execute_intents:7d3a:pending:soon',
    'audit_entries:1',
    'sessions:a:b:c:d',
  ])('ignores anything else on the channel: %j', (payload) => expect(parseChange(payload)).toBeNull());

  it('hands each change to every subscriber until it unsubscribes', () => {
    const { feed, deliver } = createChangeFeed();
    const first = vi.fn();
    const second = vi.fn();
    const stop = feed.subscribe(first);
    feed.subscribe(second);
    deliver('sessions:a');
    stop();
    deliver('agents:b');
    deliver('nonsense');
    expect(first.mock.calls).toEqual([[{ table: 'sessions', id: 'a' }]]);
    expect(second.mock.calls).toEqual([[{ table: 'sessions', id: 'a' }], [{ table: 'agents', id: 'b' }]]);
  });
});
