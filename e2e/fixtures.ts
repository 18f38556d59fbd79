/**
 * The test object every spec uses: it fails a test on any uncaught page error, console error or
 * CSP violation, so a broken page cannot pass by accident.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // Chromium logs every non-2xx fetch as "Failed to load resource"; specs assert those
        // answers (a 404 for an unknown id is the point of some tests), so only real errors count.
        if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
        problems.push(`console error: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
