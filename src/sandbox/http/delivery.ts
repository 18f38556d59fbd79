import type { ServerResponse } from 'node:http';
import { decorate, echoKey, replacementFor } from './fault-responses';
import { replacesAnswer, type Fault } from './faults';
import type { SandboxResponse } from './http-response';

/**
 * Writes answers, honouring a fault's delivery: delay, hang, truncation, slow body. Timers are
 * unref'd and cleared on close, and close destroys every socket (hung ones included).
 */
export class Delivery {
  private readonly timers = new Set<NodeJS.Timeout>();

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      this.timers.add(timer);
    });
  }

  /** `partnerKey`: the key the request carried, for a fault that echoes it. */
  async respond(
    res: ServerResponse,
    fault: Fault | undefined,
    produce: () => SandboxResponse,
    partnerKey?: string,
  ): Promise<void> {
    if (!fault) return send(res, produce());
    const perform = fault.apply === 'after' || !replacesAnswer(fault);
    if (fault.apply === 'before' && fault.latencyMs) await this.sleep(fault.latencyMs);
    const real = perform ? produce() : undefined;
    if (fault.apply === 'after' && fault.latencyMs) await this.sleep(fault.latencyMs);
    if (fault.hang) return;
    const answer = decorate(fault, echoKey(fault, replacementFor(fault, real) ?? real!, partnerKey));
    if (fault.truncated) return truncate(res, answer);
    if (fault.slowBodyMs) return this.dribble(res, answer, fault.slowBodyMs);
    send(res, answer);
  }

  private async dribble(res: ServerResponse, answer: SandboxResponse, totalMs: number): Promise<void> {
    if (res.destroyed) return;
    res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
    res.flushHeaders();
    const parts = Math.max(1, Math.min(10, answer.body.length));
    const size = Math.ceil(answer.body.length / parts);
    for (let i = 0; i < parts; i++) {
      await this.sleep(totalMs / parts);
      if (res.destroyed) return;
      res.write(answer.body.subarray(i * size, (i + 1) * size));
    }
    res.end();
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

export function send(res: ServerResponse, answer: SandboxResponse): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
  res.end(answer.body);
}

/** Promise more bytes than are sent, then cut the connection: a body lost mid-flight. */
function truncate(res: ServerResponse, answer: SandboxResponse): void {
  if (res.destroyed) return;
  const body = answer.body.length >= 2 ? answer.body : Buffer.from('{"success":true,"data":null}');
  res.writeHead(answer.status, { ...answer.headers, 'content-length': body.length });
  res.write(body.subarray(0, body.length >> 1), () => res.destroy());
}
