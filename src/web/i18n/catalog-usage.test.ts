import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as en } from './catalogs/en';

// Vitest runs from the repository's root.
const WEB = join(process.cwd(), 'src', 'web');
const CATALOGS = join(WEB, 'i18n', 'catalogs');

/** The SPA's own code: every .ts/.tsx under src/web but the catalogs and the tests. */
function sourceText(dir = WEB): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === CATALOGS ? '' : sourceText(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
        ? readFileSync(path, 'utf8')
        : '';
    })
    .join('\n');
}

describe('catalog usage', () => {
  it('every English key is used: quoted whole, or under the fixed start of a built key', () => {
    const source = sourceText();
    // A key built from a code (`words.status.${status}.label`) declares its start before the `${`.
    const prefixes = [...source.matchAll(/`([a-z]+\.[A-Za-z0-9_.]*)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(en).filter(
      (key) =>
        !["'", '"', '`'].some((q) => source.includes(`${q}${key}${q}`)) &&
        !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    // A key listed here is dead text: remove it from both catalogs (or build it from a fixed start).
    expect(unused).toEqual([]);
  });
});
