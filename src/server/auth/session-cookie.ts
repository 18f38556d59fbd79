import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * SECURITY A3. `__Host-` makes browsers insist on Secure, Path=/ and no Domain, so neither a
 * subdomain nor plain http can plant or read it. Browsers accept Secure cookies from
 * http://localhost and 127.0.0.1, so local installs keep the prefix too.
 */
export const SESSION_COOKIE = '__Host-rampdesk_session';
/** COOKIE_SECURE=false only: the prefix is not allowed without Secure. */
export const INSECURE_SESSION_COOKIE = 'rampdesk_session';

export interface SessionCookie {
  name: string;
  read(request: FastifyRequest): string | undefined;
  set(reply: FastifyReply, token: string): void;
  clear(reply: FastifyReply): void;
}

export function sessionCookie(secure: boolean): SessionCookie {
  const name = secure ? SESSION_COOKIE : INSECURE_SESSION_COOKIE;
  // No Max-Age: the browser forgets it when it closes; the server enforces idle and absolute expiry.
  const options: CookieSerializeOptions = { httpOnly: true, secure, sameSite: 'strict', path: '/' };
  return {
    name,
    read: (request) => request.cookies[name],
    set: (reply, token) => void reply.setCookie(name, token, options),
    clear: (reply) => void reply.clearCookie(name, options),
  };
}
