import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

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
          // zod and the module that sets its jitless flag (zodJitless above) in one chunk, which
          // the entry does not import: it loads with the first screen or request that needs a schema.
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]web[\\/]zod-jitless\.ts$/ }],
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
