import type { IncomingMessage } from 'node:http';
import { IDEMPOTENCY_KEY_HEADER } from '../../contract/idempotency-key';
import type { FaultRoute } from './faults';

export interface CallRecord {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Header names only: values may be secrets (the partner key). */
  headers: string[];
  idempotencyKey: string | null;
  at: string;
}

const KEEP = 200;

/** Every request that reached a non-control path, so the BFF's tests can count upstream calls. */
export class CallLog {
  private counts = { list: 0, execute: 0, other: 0 };
  private requests: CallRecord[] = [];

  record(route: FaultRoute, req: IncomingMessage, url: URL, now: number): void {
    this.counts[route]++;
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0]! : values;
    }
    const key = req.headers[IDEMPOTENCY_KEY_HEADER];
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      headers: Object.keys(req.headers),
      idempotencyKey: key === undefined ? null : String(key),
      at: new Date(now).toISOString(),
    });
    if (this.requests.length > KEEP) this.requests.splice(0, this.requests.length - KEEP);
  }

  snapshot() {
    return { ...this.counts, requests: this.requests };
  }

  reset(): void {
    this.counts = { list: 0, execute: 0, other: 0 };
    this.requests = [];
  }
}
