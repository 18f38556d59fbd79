import { CAPA_PATHS, PARTNER_KEY_HEADER } from '../contract/capa';
import { startSandbox } from './server';

/** `npm run sandbox`: the Capa sandbox on its own, configured from the environment. */
function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`${name} must be a number, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const started = Date.now();
const sandbox = await startSandbox({
  host: process.env.SANDBOX_HOST || '127.0.0.1',
  port: numberFrom('SANDBOX_PORT', 4010),
  seed: numberFrom('SANDBOX_SEED', 42),
  size: numberFrom('SANDBOX_SIZE', 5000),
  lifecycleStepMs: numberFrom('SANDBOX_LIFECYCLE_STEP_MS', 4000),
});

const [primary] = sandbox.partners;
console.log(`Capa sandbox listening on ${sandbox.url} (seeded in ${Date.now() - started} ms)\n`);
sandbox.partners.forEach((p, i) => {
  console.log(`Partner ${i}${i === 0 ? ' (primary)' : ''}: ${p.name}`);
  console.log(`  id:  ${p.id}`);
  console.log(`  key: ${p.apiKey}`);
});
console.log('\nTry:');
console.log(
  `  curl -s '${sandbox.url}${CAPA_PATHS.listTransactions}?limit=2' -H '${PARTNER_KEY_HEADER}: ${primary.apiKey}'`,
);
console.log(`Control API: ${sandbox.url}/__sandbox/info (see src/sandbox/control-routes.ts)`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
