import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { apiErrorBody, REQUEST_ID_HEADER, type ApiErrorCode } from '../../contract/api';
import type { AgentRole } from '../../contract/auth';
import { isApiHttpError } from '../errors';
import { securityHeaders } from './security-headers';
import { describeValidation } from './validation-message';

interface Mapped {
  status: number;
  code: ApiErrorCode;
  message: string;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  requiredRole?: AgentRole;
}

const INTERNAL: Mapped = {
  status: 500,
  code: 'INTERNAL_ERROR',
  message: 'Something went wrong on our side; try again, and tell support if it keeps happening.',
};

/**
 * Every error becomes `{"error":{"code","message","requestId"}}`. Only messages we wrote reach the
 * client: Fastify's, a library's or Capa's wording and stacks stay in the logs.
 */
export function mapError(error: FastifyError | Error): Mapped {
  if (isApiHttpError(error)) {
    const { statusCode: status, code, message, fields, headers, requiredRole } = error;
    return { status, code, message, ...(fields ? { fields } : {}), headers, requiredRole };
  }
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return {
      status: 400,
      code: 'VALIDATION_ERROR',
      ...describeValidation(fe.validation, fe.validationContext),
    };
  }
  if (fe.validation) return { status: 400, code: 'VALIDATION_ERROR', message: 'The request is not valid.' };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request body is too large (16 KiB at most).',
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send the body as JSON (application/json).',
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'The request body is empty; send a JSON object, such as {}.',
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Prototype-poisoning payloads (__proto__, constructor.prototype) are refused here too.
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 400, code: 'BAD_REQUEST', message: 'The address is too long.' };
    case 'FST_ERR_BAD_URL':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'The address is not valid (bad percent-encoding).',
      };
  }
  const status = fe.statusCode ?? 500;
  // @fastify/send answers 403 for paths it refuses: to a client that is the same as "not there".
  if (status === 404 || status === 403) return { status: 404, code: 'NOT_FOUND', message: 'Nothing here.' };
  if (status >= 400 && status < 500) {
    return { status, code: 'BAD_REQUEST', message: 'The request could not be understood.' };
  }
  return INTERNAL;
}

/**
 * Also the answer to what Fastify refuses before any hook runs (frameworkErrors: a bad URL, an
 * over-long path parameter) and to errors of hooks that run before the security-headers hook: so the security
 * headers, the request id and no-store are set here too, whatever set them already.
 */
export function sendError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const mapped = mapError(error);
  const detail = isApiHttpError(error) ? error.detail : {};
  if (mapped.status >= 500 && !isApiHttpError(error)) {
    request.log.error({ err: error }, 'request failed');
  } else {
    request.log.info({ errorCode: mapped.code, ...detail }, 'request refused');
  }
  return reply
    .code(mapped.status)
    .headers({
      ...securityHeaders(request.protocol),
      'cache-control': 'no-store',
      ...mapped.headers,
      [REQUEST_ID_HEADER]: request.id,
    })
    .type('application/json; charset=utf-8')
    .send(apiErrorBody(mapped.code, mapped.message, request.id, mapped));
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(error, request, reply));
}
