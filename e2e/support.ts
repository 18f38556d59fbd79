/** Where the e2e stack's sandbox listens (playwright.config.ts starts it on this port). */
export const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4181}`;

export async function resetSandbox(): Promise<void> {
  const res = await fetch(`${sandboxUrl}/__sandbox/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`sandbox reset failed: ${res.status}`);
}
