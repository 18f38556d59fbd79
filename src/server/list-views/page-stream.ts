import type { Transaction } from '../../contract/capa';
import { LIST_LIMIT_MAX } from '../../contract/enums';
import type { ListPage, ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, inWindow, type View } from './view';
import { viewChanged } from './view-changed';
import type { WindowEdges } from './window-search';

export interface StreamOptions {
  /** Pages read from Capa at once, ahead of the one being consumed. */
  concurrency: number;
}

interface PlannedPage {
  /** The first position read: one before the page's own rows, to check they did not move. */
  skip: number;
  first: number;
  last: number;
}

/** Rows of its own per read: one of the read's LIST_LIMIT_MAX is the row before them. */
const OWN_ROWS = LIST_LIMIT_MAX - 1;

function plan(edges: WindowEdges, index: number): PlannedPage | null {
  const first = edges.start + index * OWN_ROWS;
  if (first >= edges.end) return null;
  return { skip: first > 0 ? first - 1 : 0, first, last: Math.min(edges.end, first + OWN_ROWS) };
}

/**
 * Every row of a view's window, oldest first, page by page, with at most `concurrency` reads in
 * flight and none started before the consumer wants it (so memory stays flat whatever the size).
 * The positions are those of `edges`, fixed by the caller when it starts: transactions created
 * meanwhile are appended after them and never read. Each read repeats the row before its own,
 * and every row must lie in the window: a row entering or leaving the view before rows already
 * read would shift the positions, and is VIEW_CHANGED rather than a silently wrong answer.
 */
export async function* streamView(
  reads: UpstreamReads,
  view: View,
  edges: WindowEdges,
  context: ReadContext,
  options: StreamOptions,
): AsyncGenerator<Transaction[]> {
  const ahead: { page: PlannedPage; read: Promise<ListPage> }[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < options.concurrency) {
      const page = plan(edges, next);
      if (!page) return;
      next++;
      const read = reads.list(
        {
          ...view.filters,
          skip: page.skip,
          limit: page.last - page.skip,
          sortBy: 'createdAt',
          sortOrder: 'ASC',
        },
        context,
      );
      // Awaited in order below; until then a failure must not count as unhandled.
      read.catch(() => {});
      ahead.push({ page, read });
    }
  };
  let previousId: string | null = null;
  fill();
  while (ahead.length > 0) {
    const { page, read } = ahead.shift()!;
    const { data } = await read;
    fill();
    if (data.length !== page.last - page.skip) throw viewChanged('rows went missing');
    const overlap = page.first > page.skip ? data[0]! : null;
    if (overlap && previousId !== null && overlap.id !== previousId) throw viewChanged('rows moved');
    // The row before the window's first must still be before the window.
    if (overlap && previousId === null && inWindow(createdAtMs(overlap), view.window)) {
      throw viewChanged('rows moved at the start of the window');
    }
    const rows = overlap ? data.slice(1) : data;
    if (!rows.every((tx) => inWindow(createdAtMs(tx), view.window))) {
      throw viewChanged('a row outside the window');
    }
    previousId = rows.at(-1)?.id ?? previousId;
    yield rows;
  }
}
