// Parse exactly as the browser build does.
import '../zod-jitless';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { resetMockAuth } from '../mocks/agent-store';
import { resetAuditStore } from '../mocks/audit-store';
import { resetCollaborationStore } from '../mocks/collaboration-store';
import { resetExportAuditStore } from '../mocks/export-audit-store';
import { resetTransactionStore } from '../mocks/transaction-store';
// The signed-in shell is a lazy route (routes.tsx): compiled here, once per file, rather than
// inside the first test that renders it, whose timeouts a busy machine would otherwise eat into.
import '../app/root-layout';
import { server } from './msw-server';
import { keepObservableStyles } from './observable-styles';
import { skipDocumentDumpsWhilePolling } from './poll-errors';
import './popover-shim';

// The toaster is lazy in the app; loaded here so its injected stylesheet is trimmed before any
// test queries the page (observable-styles.ts says why).
const { toast } = await import('sonner');
keepObservableStyles();

// Tests read English, as the catalogs' source says it (the Spanish catalog has its own test).
await activateLocale('en-US');

// The first render of a route also compiles its lazy module: on a busy machine that outlasts the
// default 1 s of findBy* (5 s was seen to fail with a load average of 12 on 2 cores), which would make tests flaky without making them any stricter.
configure({ asyncUtilTimeout: 10_000 });
skipDocumentDumpsWhilePolling();

// A request no handler knows is a bug in the test or the app, never a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // No `globals: true`, so Testing Library cannot register its own cleanup.
  cleanup();
  // Sonner keeps toasts in a module-wide store and replays the live ones to the next Toaster: a
  // test's "Off-ramp executed" was on the next test's page too, until its 4 s ran out.
  toast.dismiss();
  // Files share a worker and its window (vitest `isolate: false`): nothing one test stored or
  // navigated to may reach the next.
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  server.resetHandlers();
  resetMockAuth();
  resetAuditStore();
  resetExportAuditStore();
  resetTransactionStore();
  resetCollaborationStore();
});
afterAll(() => server.close());
