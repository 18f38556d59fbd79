import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The BFF that `npm run dev` starts beside Vite (scripts/dev.ts); /api and /health go to it.
const bffTarget = process.env.RAMPDESK_DEV_BFF ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    // No source maps in the production build: they are never served (SECURITY.md C4).
    sourcemap: false,
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: bffTarget, changeOrigin: false },
      '/health': { target: bffTarget, changeOrigin: false },
    },
  },
});
