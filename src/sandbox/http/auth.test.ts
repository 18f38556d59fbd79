import { describe, expect, it } from 'vitest';
import { errorOf, useSandbox } from '../test-support/sandbox-tests';

const sandbox = useSandbox({ size: 300 });
const WELL_FORMED = '11111111-2222-4333-8444-555555555555:66666666-7777-4888-8999-000000000000';

describe('partner-api-key', () => {
  it.each([
    ['missing', null, 'API Key is missing'],
    ['empty', '', 'API Key is missing'],
    ['malformed', 'not-a-key', 'Invalid API Key format'],
    ['one uuid only', '11111111-2222-4333-8444-555555555555', 'Invalid API Key format'],
    ['well-formed but unknown', WELL_FORMED, 'Invalid API Key'],
  ])('refuses a %s key on the list with 401', async (_name, key, message) => {
    const res = await sandbox().list({}, key);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await errorOf(res)).toEqual({ status: 401, code: 'UNAUTHORIZED', message });
  });

  it.each([
    [null, 'API Key is missing'],
    ['nope', 'Invalid API Key format'],
    [WELL_FORMED, 'Invalid API Key'],
  ])('refuses key %s on execute before reading the body', async (key, message) => {
    const res = await sandbox().execute('not json', { key });
    expect(await errorOf(res)).toEqual({ status: 401, code: 'UNAUTHORIZED', message });
  });

  it('accepts both partners and gives them different ids and keys of the <uuid>:<uuid> shape', async () => {
    const sb = sandbox();
    const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
    for (const p of sb.partners) {
      expect(p.apiKey).toMatch(new RegExp(`^${uuid}:${uuid}$`));
      expect(p.id).toMatch(new RegExp(`^${uuid}$`));
      expect((await sb.list({}, p.apiKey)).status).toBe(200);
    }
    expect(sb.partners[0].apiKey).not.toBe(sb.partners[1].apiKey);
    expect(sb.partners[0].id).not.toBe(sb.partners[1].id);
  });
});
