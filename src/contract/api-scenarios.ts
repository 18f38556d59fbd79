/**
 * The /api scenarios both the BFF and the SPA's mocks must answer alike: api-scenario.ts says what
 * a scenario is and how it is checked; src/server/api-scenarios.test.ts runs them against the real
 * BFF on the sandbox, src/web/mocks/api-scenarios.test.ts against the mocks the component tests use.
 * A new /api route, or a new way the SPA calls one, gets its scenarios here.
 */
import type { ApiScenario } from './api-scenario';
import { COLLABORATION_SCENARIOS } from './api-scenarios-collaboration';
import { EXECUTE_SCENARIOS } from './api-scenarios-execute';
import { GUARD_SCENARIOS } from './api-scenarios-guards';
import { QUEUE_SCENARIOS } from './api-scenarios-queues';
import { ACCOUNT_SCENARIOS, READ_SCENARIOS } from './api-scenarios-routes';

export const API_SCENARIOS: readonly ApiScenario[] = [
  ...GUARD_SCENARIOS,
  ...READ_SCENARIOS,
  ...QUEUE_SCENARIOS,
  ...EXECUTE_SCENARIOS,
  ...ACCOUNT_SCENARIOS,
  ...COLLABORATION_SCENARIOS,
];
