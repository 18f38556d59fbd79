/**
 * The refusals every /api route shares (docs/security.md C1, A1, A2, P3), generated for each route
 * the SPA calls: no or a wrong X-CSRF, no session, too small a role, an unknown, repeated or
 * prototype-named query parameter; and the 404 of an address that is no route. Each refusal
 * happens before the route does anything, so none of these scenarios changes any state.
 */
import type { ApiScenario, ScenarioRequest } from './api-scenario';
import { roleAtLeast, type AgentRole } from './auth';

interface Route {
  method: ScenarioRequest['method'];
  path: string;
  /** A body the route would accept. */
  body?: string;
  /** Who may call it. */
  access: 'public' | AgentRole;
}

const NEW_AGENT = '{"email":"new-agent@rampdesk.test","displayName":"New Agent","role":"viewer"}';

export const API_ROUTES: readonly Route[] = [
  { method: 'GET', path: '/api/config', access: 'public' },
  {
    method: 'POST',
    path: '/api/auth/sign-in',
    body: '{"email":"a@b.test","password":"x"}',
    access: 'public',
  },
  { method: 'GET', path: '/api/auth/me', access: 'viewer' },
  { method: 'POST', path: '/api/auth/sign-out', body: '{}', access: 'viewer' },
  { method: 'GET', path: '/api/transactions', access: 'viewer' },
  { method: 'GET', path: '/api/transactions/{existingTransaction}', access: 'viewer' },
  { method: 'GET', path: '/api/transactions/{existingTransaction}/audit', access: 'viewer' },
  { method: 'POST', path: '/api/transactions/{executableOffRamp}/execute', body: '{}', access: 'operator' },
  { method: 'GET', path: '/api/audit', access: 'operator' },
  { method: 'GET', path: '/api/agents', access: 'admin' },
  { method: 'POST', path: '/api/agents', body: NEW_AGENT, access: 'admin' },
  { method: 'PATCH', path: '/api/agents/{ownAgentId}', body: '{"role":"admin"}', access: 'admin' },
  { method: 'POST', path: '/api/agents/{ownAgentId}/reset-password', body: '{}', access: 'admin' },
];

const ROLES: readonly AgentRole[] = ['viewer', 'operator', 'admin'];

/** The role just below `role`, or null for viewer. */
function below(role: AgentRole): AgentRole | null {
  return ROLES.filter((r) => !roleAtLeast(r, role)).at(-1) ?? null;
}

function perRoute(route: Route): ApiScenario[] {
  const { method, path, body, access } = route;
  const as = access === 'public' ? null : access;
  const label = `${method} ${path}`;
  const request = { method, path, body, as };
  const withQuery = (query: string) => ({ ...request, path: `${path}?${query}` });
  const scenarios: ApiScenario[] = [
    {
      name: `C1: ${label} without X-CSRF is refused`,
      request: { ...request, csrf: null },
      expect: { status: 403, code: 'CSRF_REQUIRED' },
    },
    {
      name: `C1: ${label} with X-CSRF other than 1 is refused`,
      request: { ...request, csrf: 'true' },
      expect: { status: 403, code: 'CSRF_REQUIRED' },
    },
    {
      name: `P3: ${label} refuses a query parameter it does not take`,
      request: withQuery('unknown=1'),
      expect: { status: 400, code: 'VALIDATION_ERROR', fields: ['unknown'] },
    },
    {
      name: `P3: ${label} refuses a __proto__ query parameter by name`,
      request: withQuery('__proto__=x'),
      expect: { status: 400, code: 'VALIDATION_ERROR', fields: ['__proto__'] },
    },
  ];
  if (as) {
    scenarios.push({
      name: `A1: ${label} without a session is refused`,
      request: { ...request, as: null },
      expect: { status: 401, code: 'UNAUTHENTICATED' },
    });
  }
  const lower = as && below(as);
  if (as && lower) {
    scenarios.push({
      name: `A2: ${label} as ${lower} is refused, naming the ${as} role`,
      request: { ...request, as: lower },
      expect: { status: 403, code: 'FORBIDDEN', requiredRole: as },
    });
  }
  return scenarios;
}

const unknownRoutes: ApiScenario[] = [
  ...[
    ['GET', '/api/nothing-here'],
    ['GET', '/api/transactions/{existingTransaction}/nothing-here'],
    ['DELETE', '/api/transactions'],
    ['POST', '/api/config'],
  ].map(([method, path]): ApiScenario => ({
    // No route, so nothing runs for it: not even the CSRF check or the session.
    name: `C4: ${method} ${path}, no route, is a 404 even without X-CSRF or a session`,
    request: { method: method as ScenarioRequest['method'], path: path!, as: null, csrf: null },
    expect: { status: 404, code: 'NOT_FOUND' },
  })),
];

export const GUARD_SCENARIOS: readonly ApiScenario[] = [...API_ROUTES.flatMap(perRoute), ...unknownRoutes];
