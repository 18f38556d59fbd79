import type { SandboxStore } from '../store/store';
import type { CallLog } from './calls';
import type { Delivery } from './delivery';
import type { FaultRegistry } from './faults';
import type { IdempotencyStore } from './idempotency';

/** Everything a request handler may touch; one per running sandbox. */
export interface SandboxContext {
  store: SandboxStore;
  keys: IdempotencyStore;
  faults: FaultRegistry;
  calls: CallLog;
  delivery: Delivery;
  now: () => number;
  settings: { seed: number; size: number; anchor: number; lifecycleStepMs: number };
}
