// Parse exactly as the browser build does.
import '../zod-jitless';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

// A request no handler knows is a bug in the test or the app, never a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // No `globals: true`, so Testing Library cannot register its own cleanup.
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
