import type { Environment } from '../../contract/api';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks CAPA_API_BASE_URL and returns its origin, or a problem in words. */
export function checkBaseUrl(value: string): { origin: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'must be an absolute URL such as https://staging-api.capa.fi' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'must start with https://' };
  // The key travels in a header on every call: plain http only where it cannot leave the machine.
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { problem: 'must use https (plain http is accepted only for localhost)' };
  }
  if (url.username || url.password) {
    return { problem: 'must not contain credentials; put the key in CAPA_PARTNER_API_KEY' };
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return { problem: 'must not contain a query string or fragment' };
  }
  if (url.pathname !== '/') return { problem: 'must be the origin only, without a path' };
  return { origin: url.origin };
}

/** The environment an upstream host implies (docs/capa-api.md lists Capa's hosts). */
export function environmentForHost(hostname: string): Environment {
  if (hostname === 'staging-api.capa.fi') return 'staging';
  if (hostname === 'api.capa.fi' || hostname === 'production-api.capa.fi') return 'production';
  return 'custom';
}
