import type { EventEmitter } from 'node:events';
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
  /** An AbortSignal, or an EventEmitter that emits 'abort' (retry.ts's BudgetSignal), as undici takes. */
  signal?: AbortSignal | EventEmitter;
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
  let chunks: Buffer[];
  try {
    chunks = await collect(body, limit);
  } catch (error) {
    if (error === TOO_LARGE) return overflow();
    const failure = classifyTransportError(error);
    // The status arrived but the body was cut short: an answer we cannot read, not a lost connection.
    throw failure.kind === 'reset'
      ? new UpstreamFailure('bad-response', 'body cut short', failure.extra)
      : failure;
  }
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
}

const TOO_LARGE = Symbol('too large');

/**
 * The body's chunks, or TOO_LARGE thrown past `limit` bytes. Plain 'data' events: an async
 * iterator over the stream costs a promise per chunk, a tenth of a list call's CPU (docs/performance.md).
 */
function collect(body: Dispatcher.ResponseData['body'], limit: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        body.removeAllListeners('data');
        reject(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    body.once('end', () => resolve(chunks));
    body.once('error', reject);
  });
}
