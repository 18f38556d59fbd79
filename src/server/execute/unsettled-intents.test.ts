import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../db/change-feed';
import { createUnsettledIndex, type UnsettledIntent } from './unsettled-intents';

const LONG_AGO = new Date('2026-01-01T00:00:00.000Z');
const NOW = new Date('2026-06-01T00:00:00.000Z');
const unknown = (transactionId: string): UnsettledIntent => ({
  transactionId,
  state: 'unknown',
  updatedAt: LONG_AGO,
});

describe('unsettled intents index on a feed that can lose its connection (PostgreSQL LISTEN)', () => {
  it('E4: loads again when the feed resumes, since what was announced meanwhile is lost', async () => {
    const { feed, deliver, setListening } = createChangeFeed(false);
    let rows = [unknown('a')];
    let loads = 0;
    const index = createUnsettledIndex(feed, async () => (loads++, rows));
    setListening(true);
    expect(await index.unresolved(['a', 'b'], NOW)).toEqual(['a']);
    deliver(`execute_intents:b:unknown:${LONG_AGO.getTime()}`);
    expect(await index.unresolved(['a', 'b'], NOW)).toEqual(['a', 'b']);
    expect(loads).toBe(1);

    // While the connection is down, `a` is settled and `c` left unknown: nobody hears of it.
    setListening(false);
    rows = [unknown('b'), unknown('c')];
    setListening(true);
    expect(await index.unresolved(['a', 'b', 'c'], NOW)).toEqual(['b', 'c']);
    expect(loads).toBe(2);
  });

  it('E4: a change announced while a reload runs is newer than the reload', async () => {
    const { feed, deliver, setListening } = createChangeFeed(false);
    let release = () => {};
    const index = createUnsettledIndex(
      feed,
      () => new Promise<UnsettledIntent[]>((done) => (release = () => done([unknown('a')]))),
    );
    setListening(true);
    const answer = index.unresolved(['a'], NOW);
    deliver(`execute_intents:a:succeeded:${NOW.getTime()}`);
    release();
    expect(await answer).toEqual([]);
  });
});
