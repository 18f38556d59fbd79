/**
 * An agent of a spec's own, signed in through the API with a password they chose: for a spec that
 * changes what is stored with the agent (their language). The sandbox demo agents must stay as
 * they are for every other spec. The e2e database outlives a run: the agent is added once and its
 * password reset on later runs (which also ends the sessions an earlier run left behind).
 */
import type { APIResponse, PlaywrightWorkerArgs } from '@playwright/test';
import type { AgentRole } from '../../src/contract/auth';
import type { Locale } from '../../src/contract/locales';
import { apiHeaders } from './sign-in';

const CHOSEN = 'eleven amber kites above the mesa';

type Playwright = PlaywrightWorkerArgs['playwright'];

async function ok(response: APIResponse | Promise<APIResponse>) {
  const answer = await response;
  if (!answer.ok()) throw new Error(`own agent: ${answer.status()} ${await answer.text()}`);
  return answer;
}

async function create(playwright: Playwright, baseURL: string, role: AgentRole, locale: Locale) {
  const fresh = () =>
    playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: apiHeaders,
      storageState: { cookies: [], origins: [] },
    });
  const admin = await fresh();
  await ok(
    admin.post('/api/auth/sign-in', {
      data: { email: 'admin@sandbox.rampdesk.test', password: 'sandbox-admin-password' },
    }),
  );
  // One agent per role and locale for the life of the database: added on the first run, given a
  // fresh one-time password on the next (the agents page would otherwise grow by one every run).
  const email = `e2e-${role}-${locale.toLowerCase()}@example.com`;
  const added = await admin.post('/api/agents', { data: { email, displayName: 'Agente de Pruebas', role } });
  let oneTimePassword: string;
  if (added.status() === 409) {
    const { agents } = (await (await ok(admin.get('/api/agents'))).json()) as {
      agents: { id: string; email: string }[];
    };
    const id = agents.find((a) => a.email === email)!.id;
    const reset = await ok(admin.post(`/api/agents/${id}/reset-password`, { data: {} }));
    ({ oneTimePassword } = (await reset.json()) as { oneTimePassword: string });
  } else {
    ({ oneTimePassword } = (await (await ok(added)).json()) as { oneTimePassword: string });
  }
  await admin.dispose();

  const agent = await fresh();
  await ok(agent.post('/api/auth/sign-in', { data: { email, password: oneTimePassword } }));
  await ok(
    agent.post('/api/auth/change-password', {
      data: { currentPassword: oneTimePassword, newPassword: CHOSEN },
    }),
  );
  await ok(agent.put('/api/auth/locale', { data: { locale } }));
  const state = await agent.storageState();
  await agent.dispose();
  return { email, state };
}

const made = new Map<string, ReturnType<typeof create>>();

/** One agent per stack (baseURL), role and locale for the whole worker: sign-ins cost scrypt. */
export function ownAgent(playwright: Playwright, baseURL: string, role: AgentRole, locale: Locale) {
  const key = `${baseURL} ${role} ${locale}`;
  let agent = made.get(key);
  if (!agent) {
    agent = create(playwright, baseURL, role, locale);
    made.set(key, agent);
    agent.catch(() => made.delete(key));
  }
  return agent;
}
