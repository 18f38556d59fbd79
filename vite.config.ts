import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import type { compiledCatalogs } from './src/web/i18n/compiled/sources';

// The BFF that `npm run dev` starts beside Vite (scripts/dev.ts); /api and /health go to it.
const bffTarget = process.env.RAMPDESK_DEV_BFF ?? 'http://127.0.0.1:8787';

/**
 * sonner adds its stylesheet at runtime with a <style> element, which a strict CSP
 * (style-src 'self', docs/security.md C3) blocks and reports. The production build removes that
 * injection; src/web/styles.css imports the same CSS (sonner/dist/styles.css) as a file instead.
 */
function sonnerWithoutInlineStyle(): Plugin {
  const marker = 'function __insertCSS(code) {';
  return {
    name: 'rampdesk:sonner-without-inline-style',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sonner[\\/]dist[\\/]index\.m?js$/.test(id)) return null;
      // Fail the build rather than ship a CSP violation silently if sonner changes how it injects.
      if (!code.includes(marker)) this.error(`sonner no longer defines "${marker}": revisit this plugin`);
      return { code: code.replace(marker, `${marker} return;`), map: null };
    },
  };
}

/**
 * The catalogs compiled at build time: a production build replaces src/web/i18n/compiled/*.ts
 * (which compile on load in tests and dev) with their compiled messages, so the browser loads no
 * ICU compiler and compiles nothing before the first screen shows (docs/performance.md, "First
 * rows"). An invalid message fails the build. JSON.parse of one string: V8 reads large data
 * faster that way than as an object literal.
 */
function precompiledCatalogs(): Plugin {
  const sources = fileURLToPath(new URL('src/web/i18n/compiled/sources.ts', import.meta.url));
  let catalogs: Promise<typeof compiledCatalogs> | undefined;
  return {
    name: 'rampdesk:precompiled-catalogs',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const name = /src[\\/]web[\\/]i18n[\\/]compiled[\\/](en|es|pseudo)\.ts$/.exec(id)?.[1];
      if (!name) return null;
      // The catalogs are TypeScript: Vite's module runner imports them (once per build).
      catalogs ??= runnerImport<{ compiledCatalogs: typeof compiledCatalogs }>(sources).then(
        (m) => m.module.compiledCatalogs,
      );
      const compiled = (await catalogs)[name as 'en' | 'es' | 'pseudo']();
      return `export const compiled = JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}

/**
 * Every `zod` of the SPA is src/web/zod-jitless.ts, which sets zod's jitless flag (see the module)
 * and re-exports zod: schemas are built in lazy chunks that load in any order, and each one runs
 * after the flag is set because it imports that module. The module itself gets the real zod.
 */
function zodJitless(): Plugin {
  const jitless = fileURLToPath(new URL('src/web/zod-jitless.ts', import.meta.url));
  return {
    name: 'rampdesk:zod-jitless',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'zod' && importer !== jitless ? jitless : null;
    },
  };
}

/** zod itself, zod-jitless, and the contract's modules that build schemas when imported. */
function isSchemaModule(id: string): boolean {
  if (/node_modules[\\/]zod[\\/]|src[\\/]web[\\/]zod-jitless\.ts$/.test(id)) return true;
  return /src[\\/]contract[\\/][^\\/]+\.ts$/.test(id) && /from 'zod'/.test(readFileSync(id, 'utf8'));
}

/** Whether a web module imports zod or a contract module that builds schemas. */
function importsSchema(id: string): boolean {
  const code = readFileSync(id, 'utf8');
  const imported = [...code.matchAll(/^import (?!type )[^;]*? from '([^']+)';$/gms)].map(([, from]) => from!);
  return imported.some(
    (from) =>
      from === 'zod' || (from.includes('/contract/') && isSchemaModule(`${resolve(dirname(id), from)}.ts`)),
  );
}

const WEB_SHARED = /src[\\/]web[\\/](components|lib)[\\/][^\\/]+\.tsx?$/;

/**
 * What rides in the schemas chunk besides them: the query modules that read with a schema (the
 * collaboration, audit and queue queries). Everything that imports them loads schemas anyway, and
 * each was a file of its own on the first rows' path.
 */
function isSchemaUserModule(id: string): boolean {
  return WEB_SHARED.test(id) && importsSchema(id);
}

/**
 * A web component or hook, an icon or a small library, that neither builds nor imports a schema;
 * also the contract's zod-free modules (roles, statuses, chains with the @scure/base its address
 * checks use) and the transactions' labels, which the screens share: each was a file of its own
 * on the first rows' path (docs/performance.md, "First rows").
 */
function isSharedModule(id: string): boolean {
  if (
    /node_modules[\\/](lucide-react|clsx|@tanstack[\\/](react-query|query-core)|@scure[\\/]base)[\\/]/.test(
      id,
    )
  )
    return true;
  if (/src[\\/]contract[\\/][^\\/]+\.ts$/.test(id)) return !isSchemaModule(id);
  if (/src[\\/]web[\\/]features[\\/]transactions[\\/]transaction-labels\.ts$/.test(id)) return true;
  return WEB_SHARED.test(id) && !importsSchema(id);
}

/**
 * React Router 7's package exports name only its development build, whose warnings stay in a
 * production bundle (remix-run/react-router#12532, #14102); its production build is the same code
 * with them off. Builds use that one; `npm run dev` keeps the warnings.
 */
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: fileURLToPath(new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url)),
};

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    tailwindcss(),
    sonnerWithoutInlineStyle(),
    zodJitless(),
    precompiledCatalogs(),
    // .br and .gz beside each text file of the build, sent by the BFF to browsers that accept them
    // (static-spa.ts, preCompressed): a third of the bytes, no compression work per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  resolve: {
    alias: [
      // Radix Dialog's scroll lock adds a <style> element, which the strict CSP blocks and
      // reports: the same API on a constructed stylesheet instead (see the module).
      {
        find: /^react-style-singleton$/,
        replacement: fileURLToPath(new URL('src/web/lib/adopted-style-singleton.ts', import.meta.url)),
      },
      ...(command === 'build' ? [reactRouterProduction] : []),
    ],
  },
  build: {
    outDir: 'dist',
    // No source maps in the production build: they are never served (docs/security.md C4).
    sourcemap: false,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // zod, the module that sets its jitless flag (zodJitless above) and the contract's
              // schemas in one chunk, which the entry does not import: it loads with the first
              // request or screen that needs a schema (docs/performance.md, issue 16). One file,
              // not one per contract module: the first screen's requests queue behind fewer.
              name: 'schemas',
              test: (id) => isSchemaModule(id) || isSchemaUserModule(id),
              // Not the zod-free contract modules they import (paths, roles, statuses): the entry
              // imports those, and would otherwise import this chunk, and zod, with them.
              includeDependenciesRecursively: false,
            },
            // What the first screen loads, as it would be anyway; named so the next group can
            // leave it out (a module of both would make the entry import that group's chunk).
            { name: 'index', tags: ['$initial'] },
            {
              // The small modules the signed-in shell and the screens share (components, hooks,
              // icons) in one chunk, not a file each: on HTTP/1.1 a screen's twenty files queue
              // six at a time behind each other and the first rows' own requests. None that needs
              // a schema: sign-in loads this chunk, and should not load zod before it shows.
              name: 'shared',
              test: isSharedModule,
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: bffTarget, changeOrigin: false },
      '/health': { target: bffTarget, changeOrigin: false },
    },
  },
}));
