import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../logging';
import { CANARY_KEY } from '../test-support/harness';
import { REDACTED, partnerKeySecrets, registerSecretScrub, scrubSecrets } from './secret-scrub';

const SECRETS = partnerKeySecrets(CANARY_KEY);
const [FIRST, SECOND] = CANARY_KEY.split(':') as [string, string];

function leaks(text: string) {
  return SECRETS.filter((secret) => text.includes(secret));
}

describe('the secret scrub (SECURITY K1, K2)', () => {
  it('watches the key and each half; halves too short to be safe to blank are not watched', () => {
    for (const secret of [CANARY_KEY, FIRST, SECOND]) expect(SECRETS).toContain(secret);
    expect(SECRETS[0]).toBe(CANARY_KEY);
    expect(partnerKeySecrets('sandbox-key-without-halves')).toEqual([
      'sandbox-key-without-halves',
      'SANDBOX-KEY-WITHOUT-HALVES',
    ]);
    expect(partnerKeySecrets('a:long-enough-second-half')).not.toContain('long-enough-second-half');
    expect(partnerKeySecrets('')).toEqual([]);
  });

  it('K1: blanks the key however an echo changed its case', () => {
    const upper = `k=${CANARY_KEY.toUpperCase()} b=${SECOND.toUpperCase()} c=${FIRST.toLowerCase()}`;
    expect(scrubSecrets(upper, SECRETS)).toBe(`k=${REDACTED} b=${REDACTED} c=${REDACTED}`);
  });

  it('blanks the whole key and either half alone, and leaves clean text as it is', () => {
    const text = `k=${CANARY_KEY} a=${FIRST} b=${encodeURIComponent(`x:${SECOND}`)}`;
    expect(scrubSecrets(text, SECRETS)).toBe(`k=${REDACTED} a=${REDACTED} b=x%3A${REDACTED}`);
    const clean = 'nothing to see';
    expect(scrubSecrets(clean, SECRETS)).toBe(clean);
  });

  it('K1: blanks it in string and Buffer bodies and in every header, Set-Cookie included', async () => {
    const app = Fastify();
    registerSecretScrub(app, SECRETS);
    app.get('/json', async (_request, reply) => {
      reply.header('x-echo', `key ${CANARY_KEY}`).header('set-cookie', [`a=${FIRST}`, 'b=fine']);
      return { echoed: CANARY_KEY, [SECOND]: 1 };
    });
    // Not UTF-8 around the key: the other bytes must come out unchanged.
    const binary = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIRST), Buffer.from([0xc3])]);
    app.get('/bytes', async (_request, reply) => reply.type('application/octet-stream').send(binary));

    const json = await app.inject('/json');
    expect(leaks(JSON.stringify(json.headers) + json.body)).toEqual([]);
    expect(json.json()).toEqual({ echoed: REDACTED, [REDACTED]: 1 });
    expect(json.headers['x-echo']).toBe(`key ${REDACTED}`);
    expect(json.headers['set-cookie']).toEqual([`a=${REDACTED}`, 'b=fine']);
    expect(json.headers['content-length']).toBe(String(Buffer.byteLength(json.body)));

    const bytes = await app.inject('/bytes');
    expect(bytes.rawPayload).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REDACTED), Buffer.from([0xc3])]),
    );
    await app.close();
  });

  it('K2: blanks it by value in every log line, whatever field or message carries it', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const app = Fastify({ logger: loggerOptions({ level: 'debug', stream }, SECRETS) });
    app.log.info({ capaCode: CANARY_KEY, nested: { echo: [FIRST] } }, `upstream said ${SECOND}`);
    app.log.child({ requestId: 'r' }).warn({ err: new Error(`bad key ${CANARY_KEY}`) }, 'failed');
    await app.close();
    const all = lines.join('');
    expect(all).toContain(REDACTED);
    expect(lines.every((line) => JSON.parse(line) !== null)).toBe(true); // still JSON lines
    expect(leaks(all)).toEqual([]);
  });
});
