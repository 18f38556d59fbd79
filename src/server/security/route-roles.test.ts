/**
 * SECURITY A2, the route × role matrix on every route Fastify registered (the policy:
 * test-support/route-access-stack.ts): a role below the one a route needs gets 403 naming it.
 */
import { describe, expect, it } from 'vitest';
import { AGENT_ROLES, roleAtLeast } from '../../contract/auth';
import { createAgentsRepo } from '../agents/agents-repo';
import {
  apiRoutes,
  bff,
  EXPECTED,
  expectNoUpstreamCall,
  keyOf,
  resetCalls,
  send,
  useRouteAccessStack,
} from '../test-support/route-access-stack';
import { CSRF, sessionCookieFor, testAgent } from '../test-support/test-agents';

useRouteAccessStack();

describe('A2: the route × role matrix', () => {
  it('A2: every cell not granted is 403 naming the role needed, with no upstream call; every granted cell passes', async () => {
    const agents = Object.fromEntries(
      await Promise.all(
        AGENT_ROLES.map(async (role) => [role, await testAgent(bff.database, role)] as const),
      ),
    );
    let denied = 0;
    for (const route of apiRoutes()) {
      const required = EXPECTED[keyOf(route)]!;
      for (const role of AGENT_ROLES) {
        const cookie = await sessionCookieFor(bff.database, agents[role]!);
        await resetCalls();
        const res = await send(route, { ...CSRF, cookie });
        const cell = `${keyOf(route)} as ${role}`;
        if (required === 'public' || roleAtLeast(role, required)) {
          expect([cell, [401, 403].includes(res.status)]).toEqual([cell, false]);
          continue;
        }
        denied++;
        expect([cell, res.status]).toEqual([cell, 403]);
        if (route.method !== 'HEAD') {
          expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', requiredRole: required });
          expect(res.json().error.message).toMatch(new RegExp(`needs the ${required} role`, 'i'));
        }
        await expectNoUpstreamCall();
      }
    }
    expect(denied).toBeGreaterThanOrEqual(8);
    // No denied POST /api/agents created anyone.
    const list = await createAgentsRepo(bff.database.db).list();
    expect(list.filter((a) => a.email.startsWith('made-'))).toHaveLength(1);
  });
});
