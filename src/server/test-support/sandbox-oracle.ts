/**
 * The oracle of the list-views tests: every row of a filtered list, read straight from the
 * sandbox (not through the BFF) a hundred at a time, oldest first. The sandbox's store answers
 * its list exactly, so whatever the BFF makes of a window must agree with this.
 */
import { CAPA_PATHS, PARTNER_KEY_HEADER } from '../../contract/capa';

export interface OracleRow {
  id: string;
  createdAt: string;
  [field: string]: unknown;
}

export async function allRows(
  sandboxUrl: string,
  apiKey: string,
  filters: Record<string, string> = {},
): Promise<OracleRow[]> {
  const rows: OracleRow[] = [];
  for (let skip = 0; ; skip += 100) {
    const qs = new URLSearchParams({ ...filters, skip: String(skip), limit: '100', sortOrder: 'ASC' });
    const res = await fetch(`${sandboxUrl}${CAPA_PATHS.listTransactions}?${qs}`, {
      headers: { [PARTNER_KEY_HEADER]: apiKey },
    });
    const body = (await res.json()) as { data: { count: number; data: OracleRow[] } };
    rows.push(...body.data.data);
    if (skip + 100 >= body.data.count) return rows;
  }
}

/** The rows of a window, as the contract defines it: from inclusive, to exclusive, on createdAt. */
export function inWindow(rows: OracleRow[], from?: string, to?: string): OracleRow[] {
  return rows.filter((r) => {
    const t = Date.parse(r.createdAt);
    return (from === undefined || t >= Date.parse(from)) && (to === undefined || t < Date.parse(to));
  });
}
