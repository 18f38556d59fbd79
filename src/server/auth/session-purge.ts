import type { FastifyInstance } from 'fastify';
import type { SessionsRepo } from '../sessions/sessions-repo';

export const SESSION_PURGE_INTERVAL_MS = 60 * 60_000;

/**
 * Expired sessions are refused on read anyway; this deletes the ones nobody presents again, so the
 * table does not grow for ever. Every instance may run it: the delete is idempotent.
 */
export function registerSessionPurge(app: FastifyInstance, sessions: SessionsRepo) {
  const purge = () =>
    sessions.purgeExpired().then(
      (count) => count > 0 && app.log.info({ count }, 'expired sessions deleted'),
      (error: unknown) => app.log.warn({ err: error }, 'could not delete expired sessions'),
    );
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => void purge(), SESSION_PURGE_INTERVAL_MS);
    // Never what keeps the process alive.
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
