/**
 * The shared /api scenarios (src/contract/api-scenarios.ts) against the real BFF on the sandbox.
 * The SPA's mocks run the same table (src/web/mocks/api-scenarios.test.ts): the BFF is the truth,
 * and a scenario that fails only there means the mocks drifted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type ScenarioFixtures } from '../contract/api-scenario';
import { API_SCENARIOS } from '../contract/api-scenarios';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { SANDBOX_DEMO_AGENTS } from './auth/demo-agents';
import { sandboxControl, startBff, type Bff, type SandboxControl } from './test-support/harness';
import { agentHeaders, testAgent } from './test-support/test-agents';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 50, seed: 12 });
  control = sandboxControl(sandbox.url);
  bff = await startBff({
    environment: 'sandbox',
    demoAgents: SANDBOX_DEMO_AGENTS,
    upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey },
  });
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

const created = async (fields: Record<string, unknown>) => (await control.create(fields)).id;

const fixtures: ScenarioFixtures = {
  existingTransaction: () => created({ type: 'ON_RAMP', status: 'COMPLETED' }),
  executableOffRamp: () =>
    created({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', blockchainSymbol: 'POL', cryptoAmount: '250' }),
  notExecutable: () => created({ type: 'OFF_RAMP', status: 'COMPLETED' }),
  ownAgentId: async () => (await testAgent(bff.database, 'admin')).id,
  takenEmail: async () => (await testAgent(bff.database, 'viewer')).email,
};

describe('the /api scenarios, answered by the BFF', () => {
  it.each(API_SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const problems = await runScenario(scenario, fixtures, async ({ method, path, as, headers, body }) => {
      // The session cookie only: X-CSRF is the scenario's to send or leave out.
      const cookie = as ? (await agentHeaders(bff.database, as)).cookie : undefined;
      const res = await bff.request(method, path, {
        as: null,
        headers: { ...headers, ...(cookie && { cookie }) },
        body,
      });
      const header = (name: string) => {
        const value = res.headers[name.toLowerCase()];
        return value === undefined ? null : String(value);
      };
      return { status: res.status, header, text: res.text };
    });
    expect(problems).toEqual([]);
  });
});
