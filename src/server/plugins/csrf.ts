import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../contract/api';
import { ApiHttpError } from '../errors';
import type { OriginPolicy } from './host-guard';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Registered /api routes; an unknown /api path runs nothing and stays a plain 404 (SECURITY C4). */
export function isApiRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  return !request.is404 && url !== undefined && /^\/api(?:\/|$)/.test(url);
}

function mediaType(request: FastifyRequest): string {
  return String(request.headers['content-type'] ?? '')
    .split(';', 1)[0]!
    .trim()
    .toLowerCase();
}

/**
 * True when the browser says the request comes from a page of our own origin (or says nothing):
 * Origin must be one of PUBLIC_ORIGIN's exactly, scheme and port included (`null`, from sandboxed
 * frames and some redirects, is none of them).
 */
function sameOrigin(request: FastifyRequest, policy: OriginPolicy): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && !policy.allowsOrigin(origin)) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/**
 * SECURITY C1, first of all hooks after the request id, the security headers and the Host
 * check (host-guard.ts), so nothing (session lookup, body parsing,
 * handlers) runs for a request a cross-site page could have made.
 */
export function registerCsrfGuard(app: FastifyInstance, policy: OriginPolicy) {
  app.addHook('onRequest', async (request) => {
    if (!isApiRoute(request)) return;
    if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
      throw new ApiHttpError(
        403,
        'CSRF_REQUIRED',
        `API requests must carry the header X-CSRF: ${CSRF_HEADER_VALUE} (the Rampdesk web app always sends it).`,
      );
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (mediaType(request) !== 'application/json') {
      throw new ApiHttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the body as JSON with Content-Type: application/json.',
      );
    }
    if (!sameOrigin(request, policy)) {
      throw new ApiHttpError(
        403,
        'CROSS_ORIGIN_REFUSED',
        'This request came from another site; open Rampdesk itself and try again.',
      );
    }
  });
}
