import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Environment } from '../../contract/api';
import type { Note } from '../../contract/collaboration-api';
import {
  TOTAL_COUNT_HEADER,
  UPSTREAM_CALLS_HEADER,
  type ExportOutcome,
  type ViewQuery,
} from '../../contract/reconciliation-api';
import type { PreparedExport } from '../list-views/export-csv';
import { exportFileName } from '../list-views/export-name';
import type { ListViews } from '../list-views/list-views';
import type { CallCost } from '../list-views/upstream-reads';
import type { View } from '../list-views/view';
import { asReadError } from '../upstream/messages';
import type { ExportAuditRepo } from './export-audit-repo';

export interface ExportDeps {
  views: ListViews;
  exportAudit: ExportAuditRepo;
  environment: Environment;
  scrub: (text: string) => string;
  /** The agents' notes, for the export's last column (docs/security.md W2). */
  notesFor?: (ids: readonly string[]) => Promise<Map<string, Note[]>>;
}

/**
 * GET /api/transactions/export.csv: audited from the start (running) to the end (completed,
 * failed or cancelled, with the rows written). Admins get account and document numbers in full,
 * operators their last four characters (docs/security.md X2). Once the first byte is out, a failure
 * destroys the connection: the browser sees a failed download (no final chunk), never a short file
 * that looks complete.
 */
export async function streamExport(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ExportDeps,
  view: View,
  query: ViewQuery,
) {
  const agent = request.agent!;
  const started = Date.now();
  const cost: CallCost = { calls: 0 };
  const { from, to, status, ...filters } = query;
  const entry = await deps.exportAudit.start({
    agentId: agent.id,
    agentEmail: agent.email,
    // The audit keeps the status filter as it was asked for: one status, or several comma-separated.
    filters: { ...filters, ...(status ? { status: status.join(',') } : {}) },
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
  });
  let rows = 0;
  let failed = false;
  let finished: Promise<unknown> | undefined;
  const finish = (outcome: Exclude<ExportOutcome, 'running'>) => {
    finished ??= deps.exportAudit.finish(entry.id, outcome, rows).then(
      () =>
        request.log.info(
          { outcome, rows, upstreamCalls: cost.calls, ms: Date.now() - started },
          'export ended',
        ),
      (error: unknown) => request.log.error({ err: error, exportId: entry.id }, 'export audit not finished'),
    );
    return finished;
  };

  let prepared: PreparedExport;
  try {
    prepared = await deps.views.prepareExport(
      view,
      { log: request.log, cost },
      {
        mask: agent.role !== 'admin',
        startedAt: new Date(started),
        scrub: deps.scrub,
        onRows: (n) => (rows += n),
        notesFor: deps.notesFor,
      },
    );
  } catch (error) {
    await finish('failed');
    reply.header(UPSTREAM_CALLS_HEADER, String(cost.calls));
    throw asReadError(error, 'list');
  }
  const { chunks, total } = prepared;
  // The agent went away while the edges and the first page were read: nothing will be sent.
  if (reply.raw.closed || request.raw.destroyed) {
    await chunks.return(undefined);
    await finish('cancelled');
    return reply;
  }
  async function* abortOnFailure() {
    try {
      yield* chunks;
    } catch (error) {
      failed = true;
      request.log.warn({ err: error, rows, total }, 'export failed midway: transfer aborted');
      // No final chunk: the download fails visibly (Fastify would do the same; said here, on purpose).
      reply.raw.destroy();
      throw error;
    }
  }
  reply.raw.once('close', () => {
    void finish(failed ? 'failed' : reply.raw.writableFinished ? 'completed' : 'cancelled');
  });
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${exportFileName(deps.environment, view)}"`)
    .header(TOTAL_COUNT_HEADER, String(total))
    .header(UPSTREAM_CALLS_HEADER, String(cost.calls))
    .send(Readable.from(abortOnFailure(), { highWaterMark: 1 }));
}
