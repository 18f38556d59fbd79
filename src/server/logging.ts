import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config/config';
import { scrubSecrets } from './plugins/secret-scrub';

/**
 * Defence in depth for SECURITY K2 and A4: nothing we log carries these (Fastify logs no headers
 * or bodies), but if a header object, a reply's headers or a sign-in body ever slips into a log
 * line, pino blanks them.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
  '["set-cookie"]',
  'cookie',
  '*.cookie',
  'password',
  '*.password',
  'body.password',
  '*.body.password',
  'token',
  '*.token',
  'req.headers["partner-api-key"]',
  'headers["partner-api-key"]',
  'headers.cookie',
  'headers.authorization',
  '*.headers["partner-api-key"]',
  '["partner-api-key"]',
  '*["partner-api-key"]',
  'apiKey',
  '*.apiKey',
  'upstream.apiKey',
];

/**
 * Redaction by path blanks known places; `secrets` (the partner key and its halves) are blanked by
 * value in every finished line, whatever field carries them (docs/security.md K2): pino hands
 * streamWrite the serialized line just before it is written.
 */
export function loggerOptions(
  logger: Config['logger'],
  secrets: readonly string[] = [],
): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  return {
    level: logger?.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(secrets.length > 0 ? { hooks: { streamWrite: (line: string) => scrubSecrets(line, secrets) } } : {}),
    ...(logger?.stream ? { stream: logger.stream } : {}),
  };
}
