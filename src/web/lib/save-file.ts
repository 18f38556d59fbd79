/**
 * Hands a finished file to the browser as a download: a Blob URL on a temporary <a download>.
 * Only ever called with a whole file; the URL is revoked once the browser has taken it.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The file name of a Content-Disposition header: RFC 6266's `filename*=UTF-8''…` when given,
 * else `filename="…"`; path separators are dropped. `fallback` when there is none.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1]!.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1]?.replace(/\\(.)/g, '$1');
  name ??= /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  const safe = name?.replace(/[/\\]/g, '_').trim();
  return safe ? safe : fallback;
}
