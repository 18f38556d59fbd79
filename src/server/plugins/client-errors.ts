import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { apiErrorBody, REQUEST_ID_HEADER, type ApiErrorCode } from '../../contract/api';
import { genReqId } from '../request-id';
import { securityHeaders } from './security-headers';

interface Refusal {
  status: number;
  code: ApiErrorCode;
  message: string;
}

/** What Node's HTTP parser refused, in our words (Node's and Fastify's wording never reaches clients). */
function refusalFor(code: string | undefined): Refusal {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'HEADERS_TOO_LARGE',
        message:
          'The request headers are too large (usually too many or too large cookies for this site): clear them and try again.',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive.' };
    default:
      return { status: 400, code: 'BAD_REQUEST', message: 'The request is not valid HTTP.' };
  }
}

/** A whole HTTP/1.1 answer with our error body and the headers every other answer carries. */
export function rawErrorResponse(refusal: Refusal, requestId: string, tls: boolean): string {
  const body = JSON.stringify(apiErrorBody(refusal.code, refusal.message, requestId));
  const headers: Record<string, string> = {
    ...securityHeaders(tls ? 'https' : 'http'),
    'cache-control': 'no-store',
    [REQUEST_ID_HEADER]: requestId,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}`, ...head, '', body].join('\r\n');
}

/**
 * Fastify's clientErrorHandler: Node's HTTP parser refused the request (headers over
 * maxHeaderSize, a request or headers timeout, bytes that are not HTTP) before Fastify ever saw
 * one, so no hook or error handler runs. SECURITY C3/C4: the answer is still our JSON error with
 * the security headers, no-store and a request id, which the log line carries too.
 */
export function clientErrorHandler(this: { log: FastifyBaseLogger }, error: Error, socket: Socket) {
  const code = (error as NodeJS.ErrnoException).code;
  // A reset connection has nobody to answer; nor has a socket already gone.
  if (code === 'ECONNRESET' || socket.destroyed) return;
  const requestId = genReqId();
  const refusal = refusalFor(code);
  // The code only: the error's rawPacket holds the client's bytes, cookies included.
  this.log.info(
    { requestId, errorCode: refusal.code, parserError: code },
    'request refused by the HTTP layer',
  );
  // As Node itself does: never write into the middle of an answer already under way on this socket.
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !answering?.headersSent) {
    socket.write(rawErrorResponse(refusal, requestId, 'encrypted' in socket && socket.encrypted === true));
  }
  // What Node and Fastify do after a parse error: the connection cannot carry another request.
  socket.destroy();
}
