/**
 * Several statuses at once (issue 14) for bench-export.ts: GET /api/transactions?status=A,B,C at
 * the first, a middle and the last page of each order, for sets of 2, 3 and 9 statuses, with and
 * without a date window. Capa calls (x-upstream-calls) and ms per page: the counts (or window
 * edges), the split search and one read per status list.
 */
import { STATUS_FACTS, TRANSACTION_STATUSES } from '../../src/contract/statuses';
import { timedList } from './bench-list';
import { startBffProcess, startSandboxProcess } from './bench-stack';

const SETS: Record<string, string> = {
  'Ready to execute (2)': 'CRYPTO_RECEIVED,COMPLETED_CRYPTO_RECEIVAL',
  'Needs attention (3)': 'CRYPTO_NOT_RECEIVED,AWAITING_MANUAL_CRYPTO_TRANSFER,AWAITING_MANUAL_FIAT_TRANSFER',
  'Processing (9)': TRANSACTION_STATUSES.filter((s) => STATUS_FACTS[s].group === 'processing').join(','),
};

export async function benchStatuses(size: number, env: Record<string, string>) {
  const sandbox = await startSandboxProcess(size);
  const bff = await startBffProcess(sandbox, env);
  const get = timedList(bff);
  const rows = [];
  try {
    for (const [name, status] of Object.entries(SETS)) {
      const total = (await get(`status=${status}&limit=1`)).body.total;
      const first = Date.parse(
        (await get(`status=${status}&limit=1&sortOrder=ASC`)).body.items[0]!.createdAt,
      );
      const last = Date.parse(
        (await get(`status=${status}&limit=1&sortOrder=DESC`)).body.items[0]!.createdAt,
      );
      // A window over the middle half: its edges found once per status list (then cached), paged like the rest.
      const window = `from=${new Date(first + (last - first) / 4).toISOString()}&to=${new Date(last - (last - first) / 4).toISOString()}`;
      const edges = await get(`status=${status}&${window}&limit=1`);
      const inWindow = edges.body.total;
      for (const [page, at] of [
        ['first', 0],
        ['middle', 0.5],
        ['last', 1],
      ] as const) {
        for (const order of ['ASC', 'DESC']) {
          const skip = (n: number) => Math.max(0, Math.floor((n - 20) * at));
          const plain = await get(`status=${status}&limit=20&skip=${skip(total)}&sortOrder=${order}`);
          const windowed = await get(
            `status=${status}&${window}&limit=20&skip=${skip(inWindow)}&sortOrder=${order}`,
          );
          rows.push({
            'partner rows': size.toLocaleString('en-US'),
            set: name,
            'rows in set': total.toLocaleString('en-US'),
            page: `${page} ${order}`,
            'Capa calls': plain.calls,
            ms: plain.ms.toFixed(0),
            'in window': inWindow.toLocaleString('en-US'),
            'window edges calls (once)': page === 'first' && order === 'ASC' ? edges.calls : '',
            'windowed page calls': windowed.calls,
            'windowed ms': windowed.ms.toFixed(0),
          });
        }
      }
    }
    return rows;
  } finally {
    await bff.close();
    await sandbox.close();
  }
}
