import { describe, expect, it } from 'vitest';
import { apiErrorBody, apiErrorSchema } from './api';

describe('apiErrorBody: the one shape of every /api error', () => {
  it('carries code, message and request id, and nothing it was not given', () => {
    const body = apiErrorBody('NOT_FOUND', 'No such page.', 'req-1');
    expect(body).toEqual({ error: { code: 'NOT_FOUND', message: 'No such page.', requestId: 'req-1' } });
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'requestId']);
    expect(apiErrorSchema.parse(body)).toEqual(body);
  });

  it('adds the fields of a validation error and the role a FORBIDDEN needs, when given', () => {
    const fields = { limit: 'must be at most 100' };
    expect(apiErrorBody('VALIDATION_ERROR', 'Invalid.', 'req-2', { fields }).error.fields).toEqual(fields);
    const forbidden = apiErrorBody('FORBIDDEN', 'No.', 'req-3', { requiredRole: 'admin', fields: undefined });
    expect(forbidden.error).toEqual({
      code: 'FORBIDDEN',
      message: 'No.',
      requestId: 'req-3',
      requiredRole: 'admin',
    });
  });
});
