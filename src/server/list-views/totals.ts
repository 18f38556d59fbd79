import { TOTALS_MAX_ROWS, type ReconciliationTotals } from '../../contract/reconciliation-api';
import { ApiHttpError } from '../errors';
import { DecimalSums } from './decimal-sum';
import { streamView } from './page-stream';
import type { ReadContext, UpstreamReads } from './upstream-reads';
import { partsOf, type View } from './view';
import type { WindowCache } from './window-cache';

/** Pages read at once for totals: enough to hide latency, few enough to be gentle with Capa. */
const TOTALS_CONCURRENCY = 2;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Exact sums of a view: fiatAmount per fiatCurrency, cryptoAmount per tokenSymbol. Every row is
 * read (a hundred per call), so a view of more than TOTALS_MAX_ROWS is refused after its edges
 * are found, before any page is read. A view of several statuses adds up its status lists one
 * after the other (sums need no merged order).
 */
export async function viewTotals(
  reads: UpstreamReads,
  cache: WindowCache,
  view: View,
  context: ReadContext,
): Promise<ReconciliationTotals> {
  const parts = partsOf(view);
  const edges = await Promise.all(parts.map((part) => cache.edges(part, context)));
  const rows = edges.reduce((sum, e) => sum + e.end - e.start, 0);
  if (rows > TOTALS_MAX_ROWS) {
    throw new ApiHttpError(
      422,
      'VIEW_TOO_LARGE',
      `This view holds ${count(rows)} transactions; totals add up at most ${count(TOTALS_MAX_ROWS)}. ` +
        'Narrow the filters or the date window.',
    );
  }
  const fiat = new DecimalSums();
  const crypto = new DecimalSums();
  let seen = 0;
  for (const [i, part] of parts.entries()) {
    const pages = streamView(reads, part, edges[i]!, context, { concurrency: TOTALS_CONCURRENCY });
    for await (const page of pages) {
      for (const tx of page) {
        fiat.add(tx.fiatCurrency, tx.fiatAmount);
        crypto.add(tx.tokenSymbol, tx.cryptoAmount);
      }
      seen += page.length;
    }
  }
  return { count: seen, fiat: fiat.toRecord(), crypto: crypto.toRecord() };
}
