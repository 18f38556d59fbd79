import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * SECURITY C3. The built SPA loads only its own files: no inline script or style (vite.config.ts
 * strips sonner's runtime <style>), so 'self' is enough everywhere. Listed in full rather than
 * on top of helmet's defaults, which add upgrade-insecure-requests (it would send the assets of
 * an http://127.0.0.1 install to https) and allow inline styles.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * What helmet sends with the options below, for the answers helmet never sees: those the HTTP
 * layer or Fastify's router write before any hook runs (client-errors.ts, sendError). A test
 * (security/framework-errors.test.ts) keeps the two equal.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
    .join(';'),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** SECURITY_HEADERS, plus HSTS when the request came over TLS (directly or per a trusted proxy). */
export function securityHeaders(protocol: string): Record<string, string> {
  return protocol === 'https'
    ? { ...SECURITY_HEADERS, 'strict-transport-security': HSTS_VALUE }
    : { ...SECURITY_HEADERS };
}

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Helmet would send HSTS on plain http too; below it goes out only over TLS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  // request.protocol is https for a TLS socket, or from X-Forwarded-Proto of a TRUST_PROXY address.
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_VALUE);
  });
}
