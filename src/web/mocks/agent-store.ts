/**
 * The BFF's agents and the one session of a mock browser, in memory. Component tests start signed
 * in with `mockSession.signInAs(role)` (test-support/render-app.tsx does it), and test-support/setup.ts resets
 * both after each test so no test sees another's agents or session.
 */
import type { DemoAgent } from '../../contract/api';
import { ROLE_LABELS, type AgentRole, type PublicAgent } from '../../contract/auth';
import type { Locale } from '../../contract/locales';

interface StoredAgent extends PublicAgent {
  password: string;
  /** Set by an admin (add or reset): the agent must choose their own first, as on the BFF (A6). */
  mustChangePassword: boolean;
  /** The language the agent chose (PUT /api/auth/locale); null until they choose one. */
  locale: Locale | null;
}

const CREATED_AT = '2025-01-06T09:00:00.000Z';

function seed(): StoredAgent[] {
  // As the BFF seeds the sandbox (server/auth/demo-agents.ts): same emails, names and passwords.
  const agent = (n: number, role: AgentRole): StoredAgent => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    email: `${role}@sandbox.rampdesk.test`,
    displayName: `Sandbox ${ROLE_LABELS[role]}`,
    role,
    disabled: false,
    createdAt: CREATED_AT,
    lastSignInAt: n === 1 ? null : '2025-06-10T08:15:00.000Z',
    password: `sandbox-${role}-password`,
    // Demo agents are sample data: never asked to choose a password.
    mustChangePassword: false,
    locale: null,
  });
  return [agent(1, 'viewer'), agent(2, 'operator'), agent(3, 'admin')];
}

/** What GET /api/config lists in the sandbox: every seeded agent with its password. */
export const MOCK_DEMO_AGENTS: DemoAgent[] = seed().map(({ email, role, password }) => ({
  email,
  role,
  password,
}));

let agents = seed();
let signedInId: string | null = null;
let otpCounter = 0;

function nextOneTimePassword() {
  otpCounter += 1;
  return `otp-${String(otpCounter).padStart(4, '0')}-mock-handover`;
}

function toPublic({
  password: _password,
  mustChangePassword: _must,
  locale: _locale,
  ...agent
}: StoredAgent): PublicAgent {
  return agent;
}

export const agentStore = {
  list: (): PublicAgent[] => agents.map(toPublic),
  find: (id: string) => agents.find((a) => a.id === id),
  byRole: (role: AgentRole): PublicAgent => toPublic(agents.find((a) => a.role === role)!),
  /** The agent when email and password match an enabled agent; null otherwise, whatever was wrong. */
  checkPassword(email: string, password: string): PublicAgent | null {
    const agent = agents.find((a) => a.email === email.trim().toLowerCase());
    return agent && !agent.disabled && agent.password === password ? toPublic(agent) : null;
  },
  emailTaken: (email: string) => agents.some((a) => a.email === email),
  add(input: Pick<PublicAgent, 'email' | 'displayName' | 'role'>) {
    const oneTimePassword = nextOneTimePassword();
    const agent: StoredAgent = {
      ...input,
      id: `00000000-0000-4000-9000-${String(agents.length + otpCounter).padStart(12, '0')}`,
      disabled: false,
      createdAt: new Date().toISOString(),
      lastSignInAt: null,
      password: oneTimePassword,
      mustChangePassword: true,
      locale: null,
    };
    agents = [...agents, agent];
    return { agent: toPublic(agent), oneTimePassword };
  },
  /** A new one-time password replaces the old one and ends the agent's session, as on the BFF. */
  resetPassword(id: string): string {
    const oneTimePassword = nextOneTimePassword();
    agents = agents.map((a) =>
      a.id === id ? { ...a, password: oneTimePassword, mustChangePassword: true } : a,
    );
    if (signedInId === id) signedInId = null;
    return oneTimePassword;
  },
  /** The agent chose a password: no longer one-time. (The BFF also ends their other sessions.) */
  changePassword(id: string, password: string) {
    agents = agents.map((a) => (a.id === id ? { ...a, password, mustChangePassword: false } : a));
  },
  mustChangePassword: (id: string) => agents.find((a) => a.id === id)?.mustChangePassword ?? false,
  localeOf: (id: string) => agents.find((a) => a.id === id)?.locale ?? null,
  setLocale(id: string, locale: Locale) {
    agents = agents.map((a) => (a.id === id ? { ...a, locale } : a));
  },
  passwordOf: (id: string) => agents.find((a) => a.id === id)?.password,
  update(id: string, patch: { role?: AgentRole; disabled?: boolean }): PublicAgent {
    agents = agents.map((a) => (a.id === id ? { ...a, ...patch } : a));
    // Disabling an agent ends their sessions, as on the BFF.
    if (patch.disabled && signedInId === id) signedInId = null;
    return toPublic(agents.find((a) => a.id === id)!);
  },
};

export const mockSession = {
  current(): PublicAgent | null {
    const agent = signedInId ? agents.find((a) => a.id === signedInId) : undefined;
    return agent && !agent.disabled ? toPublic(agent) : null;
  },
  signIn(id: string) {
    signedInId = id;
    agents = agents.map((a) => (a.id === id ? { ...a, lastSignInAt: new Date().toISOString() } : a));
  },
  signInAs(role: AgentRole) {
    mockSession.signIn(agentStore.byRole(role).id);
  },
  /** What the BFF does when the session cookie expires or is revoked. */
  signOut() {
    signedInId = null;
  },
};

export function resetMockAuth() {
  agents = seed();
  signedInId = null;
  otpCounter = 0;
}
