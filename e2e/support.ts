/** Where the e2e stack's sandbox listens (playwright.config.ts starts it on this port). */
export const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4181}`;

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox ${method} ${path} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const sandbox = {
  reset: () => control('POST', '/reset'),
  info: () => control<{ partners: { id: string; name: string; apiKey: string }[] }>('GET', '/info'),
  calls: () => control<{ list: number; execute: number; other: number }>('GET', '/calls'),
};
