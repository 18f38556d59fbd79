import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config';

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

export function loggerOptions(logger: Config['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  return {
    level: logger?.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(logger?.stream ? { stream: logger.stream } : {}),
  };
}
