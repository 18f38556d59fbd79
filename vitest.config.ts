import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker, yet most files wait on sockets, child processes
    // and timers as much as they compute: two workers keep both cores busy (docs/performance.md).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/contract/**/*.test.ts',
            'src/sandbox/**/*.test.ts',
            'src/server/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // Each file still gets a fresh worker and module graph (isolation), but a worker thread
          // starts in a fraction of a child process's time: on eight route files, imports took
          // 28–35 s of worker time instead of 48–63 s, and the files' CPU time fell by a quarter
          // (docs/performance.md). Tests that need a process of their own spawn one.
          pool: 'threads',
          // Cheap password hashes unless a test asks for the real cost (password-cost.ts).
          setupFiles: ['src/server/test-support/setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          // happy-dom rather than jsdom: a fifth less CPU for the same 621 tests (docs/performance.md).
          environment: 'happy-dom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/test-support/setup.ts'],
          // Component test files share a worker's modules: importing React, TanStack and MSW once
          // per worker instead of once per file saves about a third of their CPU. The setup file
          // resets what a file leaves behind (mock stores, handlers, the DOM). The node files stay
          // isolated: servers and sockets a file leaves closing must not reach the next file.
          isolate: false,
          // …and so do stubs: a file's matchMedia or fake clock never reaches the next file.
          unstubGlobals: true,
          unstubEnvs: true,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
