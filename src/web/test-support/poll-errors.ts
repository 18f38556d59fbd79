/**
 * A failed getBy* query throws an error carrying the whole document, pretty-printed. Inside
 * waitFor and findBy* that happens on every attempt until the element shows up, and the printing
 * was a fifth of a component test file's CPU (docs/performance.md). While waitFor polls, Testing
 * Library sets `_disableExpensiveErrorDiagnostics`: then the error carries only its message. The
 * document is not lost: when waitFor times out, it prints the document into the last error.
 */
import { configure, getConfig } from '@testing-library/react';

const INSTALLED = Symbol.for('rampdesk.skipDocumentDumpsWhilePolling');

export function skipDocumentDumpsWhilePolling() {
  const withDocument = getConfig().getElementError;
  // Component test files share a worker (vitest.config.ts): the setup runs again for each file.
  if (INSTALLED in withDocument) return;
  configure({
    getElementError: Object.assign(
      function getElementError(message: string | null, container: Element) {
        // Undocumented in the types, set by waitFor around each attempt (dom/dist/config.js).
        const polling = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })
          ._disableExpensiveErrorDiagnostics;
        if (!polling) return withDocument(message, container);
        const error = new Error(message ?? '');
        error.name = 'TestingLibraryElementError';
        return error;
      },
      { [INSTALLED]: true },
    ),
  });
}
