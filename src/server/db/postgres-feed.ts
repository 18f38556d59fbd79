import pg from 'pg';
import { CHANGES_CHANNEL, createChangeFeed, type ChangeFeed } from './change-feed';

export interface PostgresFeed {
  feed: ChangeFeed;
  close(): Promise<void>;
}

/**
 * PostgreSQL's announcements (migration 0003's triggers) on one dedicated connection that LISTENs,
 * as every instance on the database hears them: a moment after commit, so the feed is not exact
 * (change-feed.ts says what that allows). A lost connection is dialled again every `retryMs`; the
 * feed says it is not listening meanwhile, and subscribers learn when it resumes, since whatever
 * was announced in between is lost.
 */
export async function listenPostgres(url: string, retryMs = 1_000): Promise<PostgresFeed> {
  const { feed, deliver, setListening } = createChangeFeed(false);
  let current: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const again = () => {
    if (!closed && !retry) retry = setTimeout(() => ((retry = undefined), void connect()), retryMs);
  };

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    // An 'error' without a handler would crash the process; 'end' follows it and dials again.
    client.on('error', () => {});
    client.on('end', () => {
      if (current !== client) return;
      current = null;
      setListening(false);
      again();
    });
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      await client.end().catch(() => {});
      again();
      return;
    }
    if (closed) return void (await client.end());
    current = client;
    setListening(true);
  }

  await connect();
  return {
    feed,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = null;
      setListening(false);
      await client?.end();
    },
  };
}
