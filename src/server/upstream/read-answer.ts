import type { z } from 'zod';
import { readCapaError } from '../../contract/capa-error';
import { UpstreamFailure, parseRetryAfter } from './errors';
import type { UpstreamAnswer } from './transport';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Capa's answer as the contract's schema says it is, or an UpstreamFailure: a non-2xx status
 * (with Capa's code and message read whatever the error shape, and Retry-After), or a success we
 * cannot trust (not JSON by type or by content, or not the contract's shape).
 */
export function readSuccess<T>(answer: UpstreamAnswer, schema: z.ZodType<T>): T {
  if (answer.status < 200 || answer.status >= 300) {
    throw new UpstreamFailure('status', `status ${answer.status}`, {
      status: answer.status,
      capa: readCapaError(answer.text),
      retryAfterMs: parseRetryAfter(answer.headers['retry-after']),
    });
  }
  if (!JSON_TYPE.test(String(answer.headers['content-type'] ?? ''))) {
    throw new UpstreamFailure('bad-response', 'success without a JSON content type');
  }
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw new UpstreamFailure('bad-response', 'success body is not JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new UpstreamFailure('bad-response', 'success body does not match the contract');
  return result.data;
}
