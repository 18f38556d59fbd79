/** Builds the SPA and the server bundle, then runs the Playwright suite against the real stack in Chromium. */
import { ensureChromium } from './chromium';
import { run } from './run';

export async function runE2e(extraArgs: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const chromium = ensureChromium();
  console.log(`e2e browser: ${chromium.executablePath ?? "Playwright's own Chromium"}`);
  // Once here: the two stacks Playwright starts together then find both up to date.
  const built = await run('npx', ['tsx', 'scripts/build.ts']);
  if (built !== 0) return built;
  return run('npx', ['playwright', 'test', ...extraArgs], env);
}
