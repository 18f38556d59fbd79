import { paths } from './paths';

// Any fixed origin does: only whether the path stays on it matters.
const BASE = 'https://rampdesk.invalid';
const MAX_LENGTH = 2048;

/**
 * Where to go after sign-in, from `?next=`. Only a path on our own origin is accepted: a value
 * like `//evil.com`, `/\evil.com` or `https://evil.com` would turn the sign-in page into an open
 * redirect that phishing links could borrow our trusted address for. Anything doubtful falls back.
 */
export function safeNextPath(raw: string | null | undefined, fallback = paths.queues()): string {
  if (!raw || raw.length > MAX_LENGTH) return fallback;
  // Browsers treat `\` like `/` and drop tabs and newlines, so `/\evil.com` or `/\t/evil.com` is `//evil.com`.
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\p{Cc}]/u.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Back to the sign-in page would be a loop.
  if (url.pathname === paths.signIn()) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The place to come back to: path, query and hash of a router location. */
export function locationPath(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
