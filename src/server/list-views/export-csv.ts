import type { Note } from '../../contract/collaboration-api';
import { csvRecord } from './csv-row';
import { EXPORT_COLUMNS, exportCells } from './export-columns';
import { exportEdges } from './export-edges';
import { mergeStreams } from './merge-streams';
import { streamView } from './page-stream';
import type { ReadContext, UpstreamReads } from './upstream-reads';
import { partsOf, type View } from './view';
import type { WindowCache } from './window-cache';

/** Pages read ahead while the file is written: two keep Capa's latency hidden, and Capa unhurried. */
const EXPORT_CONCURRENCY = 2;

/** UTF-8's byte order mark: spreadsheets then read "México" as written (RFC 4180 parsers skip it). */
const BOM = '\uFEFF';

export interface ExportOptions {
  /** Account and document numbers cut to their last four characters (docs/security.md X2). */
  mask: boolean;
  /** The export's start: transactions created at or after it are never in the file. */
  startedAt: Date;
  /** Applied to every chunk before it leaves (docs/security.md K1): Capa's text could echo anything. */
  scrub: (text: string) => string;
  /** Told the number of data rows each time a chunk is handed over. */
  onRows(rows: number): void;
  /** The notes of a page's transactions, by lower-case id: one database read per page. */
  notesFor?: (ids: readonly string[]) => Promise<Map<string, Note[]>>;
}

export interface PreparedExport {
  /** Data rows the file will hold, known before its first byte. */
  total: number;
  /** The file: header row and first page already read (a failure there is a plain error answer). */
  chunks: AsyncGenerator<string>;
}

/**
 * A view as a CSV file, read oldest first within [from, min(to, start)). The window's edges are
 * found once, afresh, at the start: the file holds exactly `total` rows, each transaction of the
 * window once, whatever is created meanwhile (new transactions are appended after the edges and
 * never read). A failure after the first byte ends the generator with an error, and the route
 * aborts the transfer, so a short file can never look complete. A view of several statuses is
 * each status list so fixed, read one page ahead each and merged by createdAt (merge-streams.ts).
 */
export async function prepareExport(
  reads: UpstreamReads,
  cache: WindowCache,
  view: View,
  context: ReadContext,
  options: ExportOptions,
): Promise<PreparedExport> {
  const parts = partsOf(view);
  const fixed = await Promise.all(
    parts.map((part) => exportEdges(reads, cache, part, options.startedAt.getTime(), context)),
  );
  const concurrency = parts.length > 1 ? 1 : EXPORT_CONCURRENCY;
  const streams = fixed.map(({ view: bounded, edges }) =>
    streamView(reads, bounded, edges, context, { concurrency }),
  );
  const pages = streams.length > 1 ? mergeStreams(streams) : streams[0]!;
  const total = fixed.reduce((sum, { edges }) => sum + edges.end - edges.start, 0);
  const first = await pages.next();
  const header = `${BOM}${csvRecord(EXPORT_COLUMNS)}`;
  const render = async (rows: Parameters<typeof exportCells>[0][]) => {
    const notes = options.notesFor ? await options.notesFor(rows.map((tx) => tx.id.toLowerCase())) : null;
    return options.scrub(
      rows.map((tx) => csvRecord(exportCells(tx, options.mask, notes?.get(tx.id.toLowerCase())))).join(''),
    );
  };
  async function* chunks(): AsyncGenerator<string> {
    const firstRows = first.done ? [] : first.value;
    yield header + (await render(firstRows));
    options.onRows(firstRows.length);
    for await (const rows of pages) {
      yield await render(rows);
      options.onRows(rows.length);
    }
  }
  return { total, chunks: chunks() };
}
