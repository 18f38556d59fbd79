/** PUBLIC_ORIGIN (see config.ts): the origins agents open Rampdesk at. */

const EXAMPLE = 'such as https://rampdesk.example.com or http://127.0.0.1:8787';

/** Why `entry` is not an origin (scheme, host and optional port), or null when it is one. */
function originProblem(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `is not an origin ${EXAMPLE}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with https:// or http://';
  if (url.username || url.password) return 'must not contain credentials';
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(entry)) {
    return `must be scheme, host and port only, without a path or query (${EXAMPLE})`;
  }
  return null;
}

/**
 * Reads PUBLIC_ORIGIN, a comma-separated list; undefined when unset (the listening address is the
 * default, worked out once listening: plugins/host-guard.ts). Entries are never echoed: one could
 * carry credentials.
 */
export function readPublicOrigins(raw: string | undefined, problems: string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    problems.push(`PUBLIC_ORIGIN must list at least one origin, ${EXAMPLE}`);
    return undefined;
  }
  const origins: string[] = [];
  entries.forEach((entry, i) => {
    const problem = originProblem(entry);
    if (problem) problems.push(`PUBLIC_ORIGIN entry ${i + 1} ${problem}`);
    else origins.push(new URL(entry).origin);
  });
  return [...new Set(origins)];
}
