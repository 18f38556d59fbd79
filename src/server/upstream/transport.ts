import type { IncomingHttpHeaders } from 'node:http';
import { Pool, type Dispatcher } from 'undici';
import type { UpstreamTuning } from '../config/config';
import { classifyTransportError, UpstreamFailure } from './errors';

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  /** Path and query only: the origin is fixed when the transport is made. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface Transport {
  send(request: UpstreamRequest): Promise<UpstreamAnswer>;
  close(): Promise<void>;
}

/** Error bodies only need a code and a message: read a little of them. */
const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * One undici Pool for the one upstream origin. undici 7 never follows redirects without the
 * redirect interceptor (not used here), so a 3xx arrives as a status (SECURITY P2); TLS
 * certificates are verified (rejectUnauthorized is the default, stated for the reader).
 */
export function createTransport(origin: string, tuning: UpstreamTuning): Transport {
  const pool = new Pool(origin, {
    connections: 32,
    connect: { timeout: tuning.connectTimeoutMs, rejectUnauthorized: true },
    headersTimeout: tuning.headersTimeoutMs,
    bodyTimeout: tuning.bodyTimeoutMs,
    keepAliveTimeout: 4_000,
  });

  return {
    async send(request) {
      let response: Dispatcher.ResponseData;
      try {
        response = await pool.request({
          method: request.method,
          path: request.path,
          headers: request.headers,
          body: request.body ?? null,
          signal: request.signal ?? null,
        });
      } catch (error) {
        throw classifyTransportError(error);
      }
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      const limit = ok ? tuning.maxResponseBytes : Math.min(ERROR_BODY_LIMIT, tuning.maxResponseBytes);
      const text = await readBounded(response, limit, ok);
      return { status: response.statusCode, headers: response.headers, text };
    },
    async close() {
      await pool.close();
    },
  };
}

/**
 * Reads at most `limit` bytes. Beyond it a success body is refused (too-large); an error body is
 * treated as unreadable (''), which readCapaError copes with.
 */
async function readBounded(
  response: Dispatcher.ResponseData,
  limit: number,
  strict: boolean,
): Promise<string> {
  const { body, headers } = response;
  const declared = Number(headers['content-length']);
  const overflow = () => {
    body.destroy();
    if (strict) throw new UpstreamFailure('too-large', `response larger than ${limit} bytes`);
    return '';
  };
  if (Number.isFinite(declared) && declared > limit) return overflow();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) return overflow();
      chunks.push(buffer);
    }
  } catch (error) {
    const failure = classifyTransportError(error);
    // The status arrived but the body was cut short: an answer we cannot read, not a lost connection.
    throw failure.kind === 'reset'
      ? new UpstreamFailure('bad-response', 'body cut short', failure.extra)
      : failure;
  }
  return Buffer.concat(chunks).toString('utf8');
}
