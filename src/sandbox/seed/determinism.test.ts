import { describe, expect, it } from 'vitest';
import { startSandbox } from '../server';
import { wrap } from '../test-support/sandbox-tests';

async function firstPage(seed: number) {
  const sb = wrap(await startSandbox({ seed, size: 300 }));
  try {
    return { partners: sb.partners, page: await (await sb.list({ limit: 50 })).text() };
  } finally {
    await sb.close();
  }
}

describe('determinism', () => {
  it('gives the same partners, keys and data for the same seed, and different ones for another', async () => {
    const [a, b, c] = await Promise.all([firstPage(42), firstPage(42), firstPage(43)]);
    expect(b).toEqual(a);
    expect(c.partners[0].apiKey).not.toBe(a.partners[0].apiKey);
    expect(c.partners[0].id).not.toBe(a.partners[0].id);
    expect(c.page).not.toBe(a.page);
    expect(JSON.parse(c.page).data.data[0].id).not.toBe(JSON.parse(a.page).data.data[0].id);
  });
});
