/**
 * An http(s) URL to put in an href, or null. Values from Capa are data, not trusted links: a
 * `javascript:` or `data:` URL in a payment link must never become clickable.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
