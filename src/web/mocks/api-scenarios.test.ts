/**
 * The shared /api scenarios (src/contract/api-scenarios.ts) against the MSW handlers the component
 * tests use, through fetch as the SPA calls them. The BFF answers the same table in
 * src/server/api-scenarios.test.ts, so a scenario failing here only means these mocks drifted from
 * the BFF: fix the mocks. test-support/setup.ts resets the mocks' state after each scenario.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioFixtures } from '../../contract/api-scenario';
import { API_SCENARIOS } from '../../contract/api-scenarios';
import { executeBlocker } from '../../contract/execute';
import { agentStore, mockSession } from './agent-store';
import { FIXTURE_TRANSACTIONS } from './fixtures';

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
      const res = await fetch(new URL(path, window.location.origin), { method, headers, body });
      return { status: res.status, header: (name) => res.headers.get(name), text: await res.text() };
    });
    expect(problems).toEqual([]);
  });
});
