import type { IncomingMessage } from 'node:http';
import { CAPA_ERROR_CODES, CAPA_MESSAGES, PARTNER_KEY_FORMAT, PARTNER_KEY_HEADER } from '../../contract/capa';
import type { SandboxPartner } from '../store/seed-db';
import { capaError, type SandboxResponse } from './http-response';

/**
 * The three 401s, as docs/capa-api.md describes: no header, a key not shaped `<uuid>:<uuid>`, or a
 * well-formed key nobody has. Returns the partner's index when the key is good.
 */
export function authenticate(
  req: IncomingMessage,
  partners: readonly SandboxPartner[],
): { partner: number } | { response: SandboxResponse } {
  const raw = req.headers[PARTNER_KEY_HEADER];
  const key = Array.isArray(raw) ? raw[0] : raw;
  const unauthorized = (message: string) => ({
    response: capaError(401, CAPA_ERROR_CODES.UNAUTHORIZED, message),
  });
  if (key === undefined || key.trim() === '') return unauthorized(CAPA_MESSAGES.keyMissing);
  if (!PARTNER_KEY_FORMAT.test(key.trim())) return unauthorized(CAPA_MESSAGES.keyFormat);
  const partner = partners.findIndex((p) => p.apiKey === key.trim());
  return partner < 0 ? unauthorized(CAPA_MESSAGES.keyInvalid) : { partner };
}
