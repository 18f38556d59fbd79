import os from 'node:os';
import v8 from 'node:v8';

/** When the BFF refuses /api work with 503 OVERLOADED (SECURITY L2); 0 turns a check off. */
export interface OverloadLimits {
  /** Mean event-loop delay over the last sample, in milliseconds. */
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
  maxRssBytes: number;
  /** How often the measures are taken (tests shorten it). */
  sampleIntervalMs: number;
  /** What the 503 tells clients to wait. */
  retryAfterSeconds: number;
}

/** The memory this process may use: its cgroup limit when it has one, else the machine's. */
function memoryCeiling(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 && constrained < os.totalmem() ? constrained : os.totalmem();
}

/**
 * A second of event-loop delay means every request already waits a second before we even look at
 * it; 90% of V8's heap limit and of the memory ceiling leave room to answer 503s rather than crash
 * or be OOM-killed.
 */
export const OVERLOAD_DEFAULTS: OverloadLimits = {
  maxEventLoopDelayMs: 1_000,
  maxHeapUsedBytes: Math.floor(v8.getHeapStatistics().heap_size_limit * 0.9),
  maxRssBytes: Math.floor(memoryCeiling() * 0.9),
  sampleIntervalMs: 1_000,
  retryAfterSeconds: 5,
};
