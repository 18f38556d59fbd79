import { HttpResponse } from 'msw';
import { apiErrorBody, REQUEST_ID_HEADER, type ApiErrorCode } from '../../contract/api';
import type { AgentRole } from '../../contract/auth';

let counter = 0;

/** Request ids like the BFF's, predictable enough to read in a failing test. */
export function mockRequestId(): string {
  counter += 1;
  return `req-mock-${String(counter).padStart(4, '0')}`;
}

/** The BFF's error shape, with its status and request id header; for handlers and per-test overrides. */
export function apiErrorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  options: {
    requestId?: string;
    fields?: Record<string, string>;
    requiredRole?: AgentRole;
    headers?: Record<string, string>;
  } = {},
) {
  const requestId = options.requestId ?? mockRequestId();
  return HttpResponse.json(apiErrorBody(code, message, requestId, options), {
    status,
    headers: { [REQUEST_ID_HEADER]: requestId, ...options.headers },
  });
}

/** What a proxy or load balancer answers when the BFF is down: HTML, not our JSON. */
export function htmlErrorResponse(status = 502) {
  return new HttpResponse(
    `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1></body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html' },
    },
  );
}
