import { CAPA_ERROR_CODES, CAPA_MESSAGES } from '../../contract/capa';
import type { Fault } from './faults';
import { capaError, JSON_TYPE, type SandboxResponse } from './http-response';

/** Default answers for a bare `status` fault, in Capa's envelope. */
const STATUS_DEFAULTS: Record<number, readonly [string, string]> = {
  400: [CAPA_ERROR_CODES.INVALID_USER_INPUT_ERROR, CAPA_MESSAGES.invalidInput],
  401: [CAPA_ERROR_CODES.UNAUTHORIZED, CAPA_MESSAGES.keyInvalid],
  403: [CAPA_ERROR_CODES.TRANSACTION_ACCESS_DENIED, CAPA_MESSAGES.accessDenied],
  404: [CAPA_ERROR_CODES.TRANSACTION_NOT_FOUND, CAPA_MESSAGES.notFound],
  429: ['TOO_MANY_REQUESTS', 'Too many requests, slow down'],
  500: ['INTERNAL_SERVER_ERROR', 'Internal server error'],
  502: ['BAD_GATEWAY', 'Bad gateway'],
  503: ['SERVICE_UNAVAILABLE', 'Service unavailable'],
  504: ['GATEWAY_TIMEOUT', 'Gateway timeout'],
};

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

function raw(status: number, contentType: string, body: string | Buffer): SandboxResponse {
  return { status, headers: { 'content-type': contentType }, body: Buffer.from(body) };
}

/** The answer a fault puts in place of Capa's (`real`, when the operation ran), or undefined. */
export function replacementFor(fault: Fault, real: SandboxResponse | undefined): SandboxResponse | undefined {
  if (fault.redirectTo !== undefined) {
    const status =
      fault.status !== undefined && fault.status >= 300 && fault.status < 400 ? fault.status : 302;
    const out = raw(status, 'text/plain; charset=utf-8', `Found. Redirecting to ${fault.redirectTo}`);
    out.headers.location = fault.redirectTo;
    return out;
  }
  if (fault.nonJson) return raw(fault.status ?? 502, 'text/html; charset=utf-8', HTML_PAGE);
  if (fault.malformedJson) {
    const whole = real?.body.toString('utf8') ?? '{"success":true,"data":{"count":1,"data":[{"id":"x"}]}}';
    return raw(
      fault.status ?? real?.status ?? 200,
      JSON_TYPE,
      whole.slice(0, Math.max(1, whole.length >> 1)),
    );
  }
  if (fault.oversizeBytes !== undefined) {
    const head = '{"success":true,"data":{"count":0,"data":[]},"padding":"';
    const pad = Math.max(0, fault.oversizeBytes - head.length - 2);
    return raw(fault.status ?? 200, JSON_TYPE, `${head}${'x'.repeat(pad)}"}`);
  }
  if (fault.body !== undefined) {
    const text = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
    return raw(fault.status ?? 200, JSON_TYPE, text);
  }
  if (fault.status !== undefined) {
    if (fault.status < 300 && real) return { ...real, status: fault.status };
    const [code, message] = STATUS_DEFAULTS[fault.status] ?? [
      `HTTP_${fault.status}`,
      `Injected HTTP ${fault.status}`,
    ];
    return capaError(fault.status, code, message);
  }
  return undefined;
}

/** Content type and extra headers apply to whichever answer goes out. */
export function decorate(fault: Fault, response: SandboxResponse): SandboxResponse {
  const headers = { ...response.headers };
  if (fault.contentType !== undefined) headers['content-type'] = fault.contentType;
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = value;
  // A 429 without Retry-After would leave clients guessing; give the usual hint unless told.
  if (response.status === 429 && headers['retry-after'] === undefined) headers['retry-after'] = '1';
  return { ...response, headers };
}

function echoed(value: unknown, key: string, mode: 'fields' | 'values', name = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => echoed(item, key, mode));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, echoed(v, key, mode, k)] as const);
    const extra = mode === 'fields' ? { echoedKey: key, [key]: key } : {};
    return { ...Object.fromEntries(entries), ...extra };
  }
  return mode === 'values' && typeof value === 'string' && name !== 'id' ? key : value;
}

/** The answer with the request's partner key echoed into it (see faultSchema's echoKey). */
export function echoKey(fault: Fault, response: SandboxResponse, key: string | undefined): SandboxResponse {
  if (!fault.echoKey || !key) return response;
  let json: unknown;
  try {
    json = JSON.parse(response.body.toString('utf8'));
  } catch {
    return response; // not JSON (an HTML page, say): nothing to echo into
  }
  return { ...response, body: Buffer.from(JSON.stringify(echoed(json, key, fault.echoKey))) };
}
