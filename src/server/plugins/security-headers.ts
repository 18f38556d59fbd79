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
 * What helmet would send with HELMET_OPTIONS, written out once: every answer gets these from the
 * hook below, and the answers no hook sees (the HTTP layer's, Fastify's router's: client-errors.ts,
 * sendError) from securityHeaders(). A test (security/framework-errors.test.ts) keeps them equal
 * to helmet's own output.
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

/** Helmet's options for SECURITY_HEADERS, kept so a test can check the two agree. */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  // Helmet would send HSTS on plain http too; below it goes out only over TLS.
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
} as const;

/**
 * SECURITY C3 on every answer. Not @fastify/helmet: it builds helmet's middleware from its options
 * again on every request (parsing the CSP each time), a tenth of a cheap route's CPU
 * (docs/performance.md, issue 16); these headers never change.
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  const plain = Object.entries(SECURITY_HEADERS);
  // request.protocol is https for a TLS socket, or from X-Forwarded-Proto of a TRUST_PROXY address.
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of plain) reply.header(name, value);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_VALUE);
    done();
  });
}
