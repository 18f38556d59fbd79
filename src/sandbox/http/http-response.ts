import type { IncomingMessage } from 'node:http';
import type { CapaErrorEnvelope } from '../../contract/capa';

/**
 * A response as data, produced before anything is written: the fault layer can then delay,
 * replace, truncate or dribble it (or replay it byte-for-byte for an Idempotency-Key).
 */
export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): SandboxResponse {
  return {
    status,
    headers: { 'content-type': JSON_TYPE, ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function capaError(status: number, code: string, message: string): SandboxResponse {
  const envelope: CapaErrorEnvelope = { success: false, error: { code, message } };
  return jsonResponse(status, envelope);
}

export function notFoundRoute(method: string, path: string): SandboxResponse {
  return capaError(404, 'NOT_FOUND', `Cannot ${method} ${path}`);
}

export const BODY_LIMIT_BYTES = 64 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; response: SandboxResponse };

/** Reads the whole request body, refusing (413) anything larger than a sane JSON command. */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !done) {
        done = true;
        resolve({
          ok: false,
          response: capaError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`),
        });
      }
      if (!done) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
      done = true;
    });
    req.on('error', () => {
      if (!done)
        resolve({ ok: false, response: capaError(400, 'INVALID_USER_INPUT_ERROR', 'Request aborted') });
      done = true;
    });
  });
}

/** "status: must be …; limit: …" from a zod error, so the 400 names the problem. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(value.trim());
}
