import type { Transaction } from '../../contract/capa';
import { createdAtMs } from './view';

interface Lane {
  pages: AsyncGenerator<Transaction[]>;
  rows: Transaction[];
  done: boolean;
}

/**
 * Several lists' pages (each oldest first) as one stream of pages in merged order: by createdAt,
 * rows of the same millisecond in the lists' order. A row is handed on only once every list still
 * running has read past it, so at most one page per list is held at a time.
 */
export async function* mergeStreams(streams: AsyncGenerator<Transaction[]>[]): AsyncGenerator<Transaction[]> {
  const lanes: Lane[] = streams.map((pages) => ({ pages, rows: [], done: false }));
  try {
    for (;;) {
      await Promise.all(
        lanes.map(async (lane) => {
          while (!lane.done && lane.rows.length === 0) {
            const next = await lane.pages.next();
            if (next.done) lane.done = true;
            else lane.rows = next.value;
          }
        }),
      );
      const running = lanes.filter((lane) => lane.rows.length > 0);
      if (running.length === 0) return;
      // Rows up to the earliest last row of a running lane that may still read more are safe.
      const open = running.filter((lane) => !lane.done);
      const bound = open.length ? Math.min(...open.map((lane) => createdAtMs(lane.rows.at(-1)!))) : Infinity;
      const boundLane = open.length
        ? lanes.indexOf(open.find((l) => createdAtMs(l.rows.at(-1)!) === bound)!)
        : -1;
      const out: { at: number; lane: number; tx: Transaction }[] = [];
      lanes.forEach((lane, index) => {
        let taken = 0;
        for (const tx of lane.rows) {
          const at = createdAtMs(tx);
          // A later row of the same millisecond could still come from the bound's lane or one before it.
          if (at > bound || (at === bound && index > boundLane)) break;
          out.push({ at, lane: index, tx });
          taken++;
        }
        lane.rows = lane.rows.slice(taken);
      });
      out.sort((a, b) => a.at - b.at || a.lane - b.lane);
      yield out.map((row) => row.tx);
    }
  } finally {
    await Promise.all(lanes.map((lane) => lane.pages.return(undefined)));
  }
}
