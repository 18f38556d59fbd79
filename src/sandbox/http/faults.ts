import { z } from 'zod';

/**
 * Injected upstream failures, for the BFF's tests. A fault applies to the next `times` calls of
 * its route (0 = until cleared), first registered first.
 *
 * - apply 'before' (default): the fault stands in for Capa before it acts. If it replaces the
 *   answer (status, body, malformedJson, nonJson, oversizeBytes, redirectTo, hang) the operation
 *   is NOT performed; delivery-only faults (latencyMs, slowBodyMs, truncated, contentType,
 *   headers) delay or damage the real answer, latency coming before the operation.
 * - apply 'after': the operation IS performed (an execute really happens, a key is remembered),
 *   then the fault replaces or damages the answer: "Capa applied it but the response was lost".
 */
export const faultSchema = z.strictObject({
  route: z.enum(['list', 'execute', 'any']),
  times: z.number().int().min(0).default(1),
  /** Delay before the status line and headers ("slow headers"). */
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  status: z.number().int().min(100).max(599).optional(),
  /** Sent as-is when a string, as JSON otherwise. */
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  contentType: z.string().min(1).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Never answer; the socket stays open until the client gives up or the sandbox closes. */
  hang: z.boolean().optional(),
  /** JSON content type, body cut in the middle of an object. */
  malformedJson: z.boolean().optional(),
  /** An HTML error page, as a proxy in front of Capa would send. */
  nonJson: z.boolean().optional(),
  /** Content-Length says more than is sent; the connection is then destroyed. */
  truncated: z.boolean().optional(),
  /** Headers at once, then the body dribbled out over this many milliseconds. */
  slowBodyMs: z.number().int().min(1).max(600_000).optional(),
  /** A valid JSON body padded to this many bytes, for response-size limits. */
  oversizeBytes: z
    .number()
    .int()
    .min(1)
    .max(64 * 1024 * 1024)
    .optional(),
  /** 3xx (302 unless `status` says otherwise) with Location: this. */
  redirectTo: z.string().min(1).optional(),
  /**
   * Echo the partner key the request carried into the JSON answer that goes out (Capa's, or the
   * fault's own error body), as a careless upstream, WAF or proxy might:
   * - 'fields': every object gains fields holding it (one named by it), values left alone, so a
   *   success still matches the contract;
   * - 'values': every string becomes it, except `id`s, so the answer still names the transaction
   *   asked for and its other fields (status, codes, messages) reach the client's logic.
   */
  echoKey: z.enum(['fields', 'values']).optional(),
  apply: z.enum(['before', 'after']).default('before'),
});

export type Fault = z.output<typeof faultSchema>;
export type FaultRoute = 'list' | 'execute' | 'other';

export interface ActiveFault {
  id: number;
  fault: Fault;
  /** Calls left; Infinity for times = 0. */
  remaining: number;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(fault: Fault): ActiveFault {
    const active = { id: this.nextId++, fault, remaining: fault.times === 0 ? Infinity : fault.times };
    this.faults.push(active);
    return active;
  }

  /** The fault for this call, if any, counting it as used. */
  take(route: FaultRoute): Fault | undefined {
    const hit = this.faults.find((f) => f.fault.route === 'any' || f.fault.route === route);
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining <= 0) this.faults = this.faults.filter((f) => f !== hit);
    return hit.fault;
  }

  list(): { id: number; remaining: number | null; fault: Fault }[] {
    return this.faults.map((f) => ({
      id: f.id,
      remaining: Number.isFinite(f.remaining) ? f.remaining : null,
      fault: f.fault,
    }));
  }

  clear(): void {
    this.faults = [];
  }
}

/** Does this fault replace Capa's answer (so under 'before' the operation never happens)? */
export function replacesAnswer(f: Fault): boolean {
  return (
    f.status !== undefined ||
    f.body !== undefined ||
    f.malformedJson === true ||
    f.nonJson === true ||
    f.oversizeBytes !== undefined ||
    f.redirectTo !== undefined ||
    f.hang === true
  );
}
