/**
 * The test object every spec uses: it fails a test on any uncaught page error, console error or
 * CSP violation, so a broken page cannot pass by accident; and `test.use({ signedInAs: role })`
 * starts each test with a session of the sandbox agent with that role.
 */
import { test as base, expect, type BrowserContextOptions } from '@playwright/test';
import type { AgentRole } from '../../src/contract/auth';
import { signInThroughUi } from './sign-in';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * One sign-in through the UI per role and worker, then its cookie is reused by every test of that
 * role. A test that signs out must sign in itself (signedInAs: null): it would end the shared session.
 */
const sessions = new Map<AgentRole, StorageState>();

export const test = base.extend<{
  pageProblems: string[];
  noSidewaysScroll: void;
  printPageOnFailure: void;
  signedInAs: AgentRole | null;
}>({
  signedInAs: [null, { option: true }],

  storageState: async ({ browser, baseURL, signedInAs, storageState }, use) => {
    if (!signedInAs) return use(storageState);
    let state = sessions.get(signedInAs);
    if (!state) {
      const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
      await signInThroughUi(await context.newPage(), signedInAs);
      state = await context.storageState();
      await context.close();
      sessions.set(signedInAs, state);
    }
    await use(state);
  },

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
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}`,
          );
        });
      });
      await use(problems);
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],

  // Issue 15: at 360 px and up nothing scrolls sideways; the table scrolls inside itself.
  noSidewaysScroll: [
    async ({ page }, use, testInfo) => {
      await use();
      if (page.isClosed() || page.url() === 'about:blank' || testInfo.status !== testInfo.expectedStatus)
        return;
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `the page scrolls sideways at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
    },
    { auto: true },
  ],

  // CI keeps nothing but its output (no trace, no screenshot reaches us): a failed test prints
  // where the page was and what it showed, as the accessibility tree a reader would hear.
  printPageOnFailure: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return;
      const tree = await page
        .locator('body')
        .ariaSnapshot({ timeout: 2_000 })
        .catch(
          (error: unknown) => `(no snapshot: ${error instanceof Error ? error.message : String(error)})`,
        );
      const lines = tree.split('\n');
      const shown =
        lines.length > 150 ? [...lines.slice(0, 150), `… ${lines.length - 150} more lines`] : lines;
      console.log(`\nThe page when "${testInfo.title}" failed: ${page.url()}\n${shown.join('\n')}\n`);
    },
    { auto: true },
  ],
});

export { expect };
