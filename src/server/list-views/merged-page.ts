import type { Transaction } from '../../contract/capa';
import { LIST_LIMIT_MAX } from '../../contract/enums';
import { UpstreamFailure } from '../upstream/errors';
import { findSplit, type MergeList } from './merge-split';
import type { ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, hasWindow, inWindow, partsOf, type View } from './view';
import { viewChanged } from './view-changed';
import type { PageRequest } from './view-page';
import type { WindowCache } from './window-cache';
import type { WindowEdges } from './window-search';

/** A list moved between two reads of one answer: read again with fresh edges, once. */
class ListMoved extends Error {}

/** Candidates per list left to a final read: with the page's own rows, about one read each. */
const slackFor = (rows: number) => Math.max(LIST_LIMIT_MAX - rows, LIST_LIMIT_MAX / 4);

/** One list's ascending positions [first, last), in reads of at most LIST_LIMIT_MAX rows. */
async function readSpan(
  reads: UpstreamReads,
  part: View,
  first: number,
  last: number,
  context: ReadContext,
): Promise<Transaction[]> {
  const chunks: Promise<Transaction[]>[] = [];
  for (let skip = first; skip < last; skip += LIST_LIMIT_MAX) {
    const limit = Math.min(LIST_LIMIT_MAX, last - skip);
    const query = { ...part.filters, skip, limit, sortBy: 'createdAt', sortOrder: 'ASC' } as const;
    chunks.push(
      reads.list(query, context).then(({ data }) => {
        if (data.length !== limit) throw new ListMoved();
        return data;
      }),
    );
  }
  return (await Promise.all(chunks)).flat();
}

/** The createdAt at ascending positions of one list, each position read once per answer. */
function probes(reads: UpstreamReads, part: View, context: ReadContext) {
  const seen = new Map<number, Promise<number>>();
  const at = (position: number) => {
    let read = seen.get(position);
    if (!read) {
      read = reads
        .list({ ...part.filters, skip: position, limit: 1, sortBy: 'createdAt', sortOrder: 'ASC' }, context)
        .then(({ data }) => {
          if (!data[0]) throw new ListMoved();
          return createdAtMs(data[0]);
        });
      seen.set(position, read);
    }
    return read;
  };
  return { at, seen };
}

/**
 * A page of a view of several statuses: the merge of one Capa list per status by createdAt (rows
 * of the same millisecond in the statuses' order), its total the sum of the lists' counts in the
 * window. The page's start is found by findSplit over the lists' window positions, then each list
 * is read once from its candidates on and the rows merged in memory; newest first is the same
 * ascending range counted from the end, reversed. Rows that disagree with what was probed, or
 * lie outside the window, mean a list moved: read once more with fresh edges, then VIEW_CHANGED.
 */
export async function readMergedPage(
  reads: UpstreamReads,
  cache: WindowCache,
  view: View,
  page: PageRequest,
  context: ReadContext,
): Promise<{ total: number; items: Transaction[] }> {
  const parts = partsOf(view);
  for (let attempt = 0; ; attempt++) {
    try {
      // Without a window a list's count is one read, always fresh (the table's total stays live).
      const edges: WindowEdges[] = await Promise.all(
        parts.map((part) => cache.edges(part, context, attempt > 0 || !hasWindow(view))),
      );
      const total = edges.reduce((sum, e) => sum + e.end - e.start, 0);
      const last = page.sortOrder === 'ASC' ? Math.min(total, page.skip + page.limit) : total - page.skip;
      const first = page.sortOrder === 'ASC' ? page.skip : Math.max(0, last - page.limit);
      if (first >= last) return { total, items: [] };
      const listProbes = parts.map((part) => probes(reads, part, context));
      const lists: MergeList[] = edges.map((e, i) => ({ start: e.start, end: e.end, at: listProbes[i]!.at }));
      const { lo, hi } = await findSplit(lists, first, slackFor(last - first));
      const spans = await Promise.all(
        parts.map((part, i) =>
          readSpan(reads, part, lo[i]!, Math.min(edges[i]!.end, hi[i]! + last - first), context),
        ),
      );
      const rows = await mergeChecked(spans, lo, listProbes, view);
      const inBefore = lo.reduce((sum, l, i) => sum + l - edges[i]!.start, 0);
      const items = rows.slice(first - inBefore, last - inBefore);
      return { total, items: page.sortOrder === 'ASC' ? items : items.reverse() };
    } catch (error) {
      if (!(error instanceof ListMoved)) throw error;
      if (attempt > 0) throw viewChanged('a status list moved while it was merged');
    }
  }
}

/** The spans' rows in merged order, each checked against the window and the probes made. */
async function mergeChecked(
  spans: Transaction[][],
  lo: number[],
  listProbes: { seen: Map<number, Promise<number>> }[],
  view: View,
): Promise<Transaction[]> {
  const keyed: { at: number; list: number; position: number; tx: Transaction }[] = [];
  for (const [list, span] of spans.entries()) {
    for (const [k, tx] of span.entries()) {
      const at = createdAtMs(tx);
      const position = lo[list]! + k;
      const probed = listProbes[list]!.seen.get(position);
      if (!inWindow(at, view.window) || (probed && (await probed) !== at)) throw new ListMoved();
      if (k > 0 && at < keyed.at(-1)!.at) throw new UpstreamFailure('bad-response', 'a list out of order');
      keyed.push({ at, list, position, tx });
    }
  }
  keyed.sort((a, b) => a.at - b.at || a.list - b.list || a.position - b.position);
  return keyed.map((row) => row.tx);
}
