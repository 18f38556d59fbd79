/**
 * What one /api scenario is and how it is checked, whoever answers it: the real BFF on the sandbox
 * (src/server/api-scenarios.test.ts) or the SPA's MSW handlers (src/web/mocks/api-scenarios.test.ts).
 * Both run the same table (api-scenarios.ts), so the mocks the component tests trust cannot drift
 * from the BFF. It lives in contract, the one layer both the server's and the web's tests may import.
 * No test framework here: a check returns what is wrong, and each runner asserts that nothing is.
 */
import type { z } from 'zod';
import { apiErrorSchema, CSRF_HEADER, CSRF_HEADER_VALUE, REQUEST_ID_HEADER, type ApiErrorCode } from './api';
import type { AgentRole } from './auth';

/**
 * Values each runner finds in its own data (the mocks' transactions are not the sandbox's).
 * Called at most once per scenario, so a fresh executable off-ramp is made for each one that needs it.
 */
export interface ScenarioFixtures {
  /** Any transaction that exists. */
  existingTransaction(): Promise<string>;
  /** An off-ramp Capa would execute now, never executed through Rampdesk. */
  executableOffRamp(): Promise<string>;
  /** A transaction in a state no execute is accepted in. */
  notExecutable(): Promise<string>;
  /** The id of the admin whose session `as: 'admin'` uses. */
  ownAgentId(): Promise<string>;
  /** The email of an agent that exists. */
  takenEmail(): Promise<string>;
}
export type ScenarioFixture = keyof ScenarioFixtures;

export interface ScenarioRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path and query. `{fixture}` is replaced by the runner's value, `{fixture:upper}` upper-cased. */
  path: string;
  /** Whose session the request carries; null: none, as a browser that never signed in. */
  as: AgentRole | null;
  /** The X-CSRF header's value; null: no header. Default '1', as the SPA sends it. */
  csrf?: string | null;
  /** May hold `{fixture}` too; sent as application/json unless `contentType` says otherwise. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ScenarioExpectation {
  status: number;
  /** An error's code. Every error body is also checked against apiErrorSchema and X-Request-Id. */
  code?: ApiErrorCode;
  /** Exactly the names in error.fields. */
  fields?: readonly string[];
  requiredRole?: AgentRole;
  /** A success's body parses with this schema. */
  schema?: z.ZodType;
  /** Response headers that must be present. */
  headers?: readonly string[];
  /** A further check of the parsed body: what is wrong, or null. */
  check?: (body: any, values: Record<string, string>) => string | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape
}

export interface ApiScenario {
  name: string;
  /** Made first, each must succeed: the state the scenario starts from. */
  given?: readonly ScenarioRequest[];
  request: ScenarioRequest;
  expect: ScenarioExpectation;
}

/** A request as the runner sends it: fixtures filled in, headers complete but for the session. */
export interface ResolvedRequest {
  method: string;
  path: string;
  as: AgentRole | null;
  headers: Record<string, string>;
  body?: string;
}

export interface ScenarioResponse {
  status: number;
  header(name: string): string | null;
  text: string;
}

export type ScenarioTransport = (request: ResolvedRequest) => Promise<ScenarioResponse>;

/** Runs one scenario through `send`; returns what differs from its expectation (nothing: it passed). */
export async function runScenario(
  scenario: ApiScenario,
  fixtures: ScenarioFixtures,
  send: ScenarioTransport,
): Promise<string[]> {
  const values: Record<string, string> = {};
  const fill = async (text: string) => {
    let out = text;
    for (const [whole, name, upper] of text.matchAll(/\{(\w+)(:upper)?\}/g)) {
      if (!(name! in fixtures)) throw new Error(`unknown fixture {${name}} in "${scenario.name}"`);
      values[name!] ??= await fixtures[name as ScenarioFixture]();
      out = out.replace(whole, upper ? values[name!]!.toUpperCase() : values[name!]!);
    }
    return out;
  };
  const resolve = async (r: ScenarioRequest): Promise<ResolvedRequest> => {
    const csrf = r.csrf === undefined ? CSRF_HEADER_VALUE : r.csrf;
    const headers: Record<string, string> = {
      ...(csrf === null ? {} : { [CSRF_HEADER]: csrf }),
      ...(r.body === undefined ? {} : { 'content-type': r.contentType ?? 'application/json' }),
      ...r.headers,
    };
    const body = r.body === undefined ? undefined : await fill(r.body);
    return { method: r.method, path: await fill(r.path), as: r.as, headers, body };
  };

  for (const step of scenario.given ?? []) {
    const res = await send(await resolve(step));
    if (res.status >= 300) return [`given ${step.method} ${step.path}: ${res.status} ${res.text}`];
  }
  const res = await send(await resolve(scenario.request));
  return checkResponse(scenario.expect, res, values);
}

function checkResponse(want: ScenarioExpectation, res: ScenarioResponse, values: Record<string, string>) {
  const problems: string[] = [];
  if (res.status !== want.status) problems.push(`status ${res.status}, expected ${want.status}`);
  let body: unknown;
  try {
    body = res.text === '' ? undefined : JSON.parse(res.text);
  } catch {
    return [...problems, `a body that is not JSON: ${res.text.slice(0, 200)}`];
  }
  for (const name of want.headers ?? []) {
    if (res.header(name) === null) problems.push(`no ${name} header`);
  }
  if (res.status >= 400) problems.push(...errorProblems(want, body, res.header(REQUEST_ID_HEADER)));
  else if (want.schema) {
    const parsed = want.schema.safeParse(body);
    if (!parsed.success) problems.push(`a body its schema refuses: ${parsed.error.message}`);
  }
  const extra = problems.length === 0 && want.check ? want.check(body, values) : null;
  if (extra) problems.push(extra);
  return problems.length ? [...problems, `(the body: ${res.text.slice(0, 400)})`] : [];
}

function errorProblems(want: ScenarioExpectation, body: unknown, requestIdHeader: string | null) {
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) return ['an error body that is not {"error":{"code","message","requestId"}}'];
  const { code, requestId, requiredRole } = parsed.data.error;
  const problems: string[] = [];
  if (requestId !== requestIdHeader)
    problems.push(`requestId ${requestId} but X-Request-Id ${requestIdHeader}`);
  if (want.code && code !== want.code) problems.push(`code ${code}, expected ${want.code}`);
  if (want.requiredRole && requiredRole !== want.requiredRole) {
    problems.push(`requiredRole ${requiredRole}, expected ${want.requiredRole}`);
  }
  if (want.fields) {
    // From the raw JSON: a parsed record would lose a field named `__proto__`.
    const raw = (body as { error: { fields?: object } }).error.fields ?? {};
    const names = Object.keys(raw).sort();
    if (names.join() !== [...want.fields].sort().join()) {
      problems.push(`fields ${JSON.stringify(names)}, expected ${JSON.stringify([...want.fields].sort())}`);
    }
  }
  return problems;
}

// Helpers for the tables (api-scenarios-*.ts).

/** A UUID no transaction or agent has. */
export const MISSING_ID = '00000000-0000-4000-8000-0000000000ff';

type As = ScenarioRequest['as'];
export const get = (path: string, as: As = 'viewer'): ScenarioRequest => ({ method: 'GET', path, as });
export const post = (path: string, body: string, as: As): ScenarioRequest => ({
  method: 'POST',
  path,
  body,
  as,
});
export const put = (path: string, body: string, as: As): ScenarioRequest => ({
  method: 'PUT',
  path,
  body,
  as,
});
export const invalid = (...fields: string[]) => ({ status: 400, code: 'VALIDATION_ERROR', fields }) as const;

/** The answer's id is the fixture's (lower-case, whatever case was asked for). */
export const idIs = (key: ScenarioFixture) => (body: { id?: unknown }, values: Record<string, string>) =>
  body.id === values[key] ? null : `id ${String(body.id)}, expected ${values[key]}`;
