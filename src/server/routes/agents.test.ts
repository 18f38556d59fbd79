/** Agent management for admins over HTTP (SECURITY A2, A3). */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentRole } from '../../contract/auth';
import { agentSchema } from '../../contract/auth';
import { createAgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import {
  CSRF,
  JSON_WRITE,
  sessionCookieFor,
  sharedTestDatabase,
  testAgent,
} from '../test-support/test-agents';

let app: FastifyInstance;
let database: Database;
let admin: string;
let adminId: string;

beforeAll(async () => {
  database = await sharedTestDatabase();
  app = await buildTestApp({ upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY } });
  const agent = await testAgent(database, 'admin');
  adminId = agent.id;
  admin = await sessionCookieFor(database, agent);
});

afterAll(() => app.close());

function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, cookie = admin) {
  return app.inject({
    method,
    url,
    headers: { ...(payload === undefined ? CSRF : JSON_WRITE), cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function addAgent(email: string, role: AgentRole = 'viewer') {
  const res = await call('POST', '/api/agents', { email, displayName: 'Someone', role });
  expect(res.statusCode).toBe(201);
  return res.json() as { agent: { id: string; email: string }; oneTimePassword: string };
}

const signIn = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: JSON_WRITE, payload: { email, password } });

describe('admin agent management', () => {
  it('adds an agent with a one-time password that signs in, and lists agents without password hashes', async () => {
    const { agent, oneTimePassword } = await addAgent('  New.Person@Example.com ', 'operator');
    expect(agent.email).toBe('new.person@example.com');
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const signedIn = await signIn('new.person@example.com', oneTimePassword);
    expect(signedIn.json().agent).toMatchObject({ id: agent.id, role: 'operator' });
    // A6: the admin knows it, so it only lets them choose their own.
    expect(signedIn.json().mustChangePassword).toBe(true);
    const list = await call('GET', '/api/agents');
    expect(list.statusCode).toBe(200);
    const agents = list.json().agents as unknown[];
    for (const a of agents) expect(agentSchema.strict().safeParse(a).success).toBe(true);
    expect(list.body).not.toMatch(/scrypt|password/i);
  });

  it('refuses a taken email with 409 and bad fields with 400 naming them', async () => {
    await addAgent('taken@example.com');
    const again = await call('POST', '/api/agents', {
      email: 'TAKEN@example.com',
      displayName: 'X',
      role: 'viewer',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'AGENT_EXISTS', fields: { email: 'is taken' } });
    const bad = await call('POST', '/api/agents', { email: 'x', displayName: '', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['displayName', 'email', 'role']);
  });

  it('changes a role, which takes effect on the next request of a signed-in agent', async () => {
    const { agent, oneTimePassword } = await addAgent('promote@example.com', 'viewer');
    const first = (await signIn('promote@example.com', oneTimePassword)).cookies[0]!;
    // They choose their own password first (A6); that session goes on with a new cookie.
    const chosen = await call(
      'POST',
      '/api/auth/change-password',
      { currentPassword: oneTimePassword, newPassword: 'violet tram under seven hills' },
      `${first.name}=${first.value}`,
    );
    const cookie = chosen.cookies[0]!;
    const theirs = `${cookie.name}=${cookie.value}`;
    expect((await call('GET', '/api/agents', undefined, theirs)).statusCode).toBe(403);
    const res = await call('PATCH', `/api/agents/${agent.id}`, { role: 'admin' });
    expect(res.json().agent.role).toBe('admin');
    expect((await call('GET', '/api/agents', undefined, theirs)).statusCode).toBe(200);
  });

  it('A3: disabling an agent ends their sessions at once; enabling lets them sign in again', async () => {
    const { agent, oneTimePassword } = await addAgent('leaver@example.com', 'operator');
    const cookie = (await signIn('leaver@example.com', oneTimePassword)).cookies[0]!;
    const theirs = `${cookie.name}=${cookie.value}`;
    const off = await call('PATCH', `/api/agents/${agent.id}`, { disabled: true });
    expect(off.json().agent.disabled).toBe(true);
    expect((await call('GET', '/api/auth/me', undefined, theirs)).statusCode).toBe(401);
    expect((await signIn('leaver@example.com', oneTimePassword)).statusCode).toBe(401);
    await call('PATCH', `/api/agents/${agent.id}`, { disabled: false });
    expect((await signIn('leaver@example.com', oneTimePassword)).statusCode).toBe(200);
  });

  it('A3: a password reset ends the agent’s sessions and hands out a new one-time password', async () => {
    const { agent, oneTimePassword } = await addAgent('forgetful@example.com');
    const cookie = (await signIn('forgetful@example.com', oneTimePassword)).cookies[0]!;
    const reset = await call('POST', `/api/agents/${agent.id}/reset-password`, {});
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().oneTimePassword as string;
    expect(fresh).not.toBe(oneTimePassword);
    expect((await call('GET', '/api/auth/me', undefined, `${cookie.name}=${cookie.value}`)).statusCode).toBe(
      401,
    );
    expect((await signIn('forgetful@example.com', oneTimePassword)).statusCode).toBe(401);
    expect((await signIn('forgetful@example.com', fresh)).statusCode).toBe(200);
  });

  it('an admin cannot disable, demote or reset the password of themselves', async () => {
    for (const change of [{ disabled: true }, { role: 'operator' }, { role: 'viewer', disabled: false }]) {
      const res = await call('PATCH', `/api/agents/${adminId}`, change);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('OWN_ACCOUNT_LOCKED');
    }
    expect(await createAgentsRepo(database.db).findById(adminId)).toMatchObject({
      role: 'admin',
      disabled: false,
    });
    expect((await call('PATCH', `/api/agents/${adminId}`, { role: 'admin' })).statusCode).toBe(200);
    const reset = await call('POST', `/api/agents/${adminId}/reset-password`, {});
    expect(reset.statusCode).toBe(409);
    expect(reset.json().error.code).toBe('OWN_ACCOUNT_LOCKED');
    expect(reset.json()).not.toHaveProperty('oneTimePassword');
  });

  it('an unknown id is 404, an empty change 400', async () => {
    const unknown = await call('PATCH', '/api/agents/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', {
      role: 'viewer',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('AGENT_NOT_FOUND');
    expect(
      (await call('POST', '/api/agents/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b/reset-password', {})).statusCode,
    ).toBe(404);
    expect((await call('PATCH', `/api/agents/${adminId}`, {})).statusCode).toBe(400);
  });
});
