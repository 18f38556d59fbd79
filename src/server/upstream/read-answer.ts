import { UpstreamFailure } from './errors';
import type { ShapeCheck } from './shape-check';
import { failureFromStatus } from './status-failure';
import type { UpstreamAnswer } from './transport';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Capa's answer as the contract's schema says it is (`check`, compiled from that schema:
 * shape-check.ts), or an UpstreamFailure: a non-2xx status sorted by what Capa said (status-failure.ts; `sentNames` are the fields of our request, which
 * its message may name), or a success we cannot trust (not JSON by type or by content, or not
 * the contract's shape).
 */
export function readSuccess<T>(
  answer: UpstreamAnswer,
  check: ShapeCheck<T>,
  sentNames: readonly string[],
  parse: (text: string) => unknown = JSON.parse,
): T {
  if (answer.status < 200 || answer.status >= 300) throw failureFromStatus(answer, sentNames);
  if (!JSON_TYPE.test(String(answer.headers['content-type'] ?? ''))) {
    throw new UpstreamFailure('bad-response', 'success without a JSON content type');
  }
  let json: unknown;
  try {
    json = parse(answer.text);
  } catch {
    throw new UpstreamFailure('bad-response', 'success body is not JSON');
  }
  if (!check(json)) throw new UpstreamFailure('bad-response', 'success body does not match the contract');
  return json;
}
