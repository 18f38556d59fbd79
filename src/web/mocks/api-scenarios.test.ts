/**
 * The shared /api scenarios (src/contract/api-scenarios.ts) against the MSW handlers the component
 * tests use, through fetch as the SPA calls them. The BFF answers the same table in
 * src/server/api-scenarios.test.ts, so a scenario failing here only means these mocks drifted from
 * the BFF: fix the mocks. test-support/setup.ts resets the mocks' state after each scenario.
 *
 * Each request goes to the handlers as an HTTP client sends it, not through the page's fetch: some
 * scenarios are another site's request, whose Origin and Sec-Fetch-Site only that site's browser
 * sets. A page's fetch may not set them (forbidden header names in the Fetch standard; happy-dom's
 * Request drops them, as browsers do), so undici's Request, which keeps every header, carries them.
 */
import { getResponse } from 'msw';
import { Request as HttpClientRequest } from 'undici';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioFixtures } from '../../contract/api-scenario';
import { API_SCENARIOS } from '../../contract/api-scenarios';
import { executeBlocker } from '../../contract/execute';
import { agentStore, mockSession } from './agent-store';
import { FIXTURE_TRANSACTIONS } from './fixtures';
import { handlers } from './handlers';

const find = (test: (blocker: string | null) => boolean) => async () =>
  FIXTURE_TRANSACTIONS.find((tx) => test(executeBlocker(tx)))!.id;

const fixtures: ScenarioFixtures = {
  existingTransaction: async () => FIXTURE_TRANSACTIONS[0]!.id,
  executableOffRamp: find((blocker) => blocker === null),
  notExecutable: find((blocker) => blocker !== null),
  ownAgentId: async () => agentStore.byRole('admin').id,
  takenEmail: async () => agentStore.byRole('viewer').email,
};

describe('the /api scenarios, answered by the mocks', () => {
  it.each(API_SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const problems = await runScenario(scenario, fixtures, async ({ method, path, as, headers, body }) => {
      // The mocks keep one browser's session: the scenario's agent is signed in, or nobody is.
      if (as) mockSession.signInAs(as);
      else mockSession.signOut();
      const request = new HttpClientRequest(new URL(path, window.location.origin), { method, headers, body });
      // The same Fetch Request at runtime; only the typings of undici's body buffers differ.
      const res = await getResponse(handlers, request as unknown as Request);
      // As onUnhandledRequest: 'error' does for the page: a request no handler knows is a bug.
      if (!res) throw new Error(`no mock handler answers ${method} ${path}`);
      return { status: res.status, header: (name) => res.headers.get(name), text: await res.text() };
    });
    expect(problems).toEqual([]);
  });
});
