/**
 * `npm test`: typecheck, lint, dead code (knip), format check, every vitest test, then the
 * Playwright e2e suite. Runs every stage even when one fails, and ends with one line of totals
 * across the runners ("N passed, N failed"), which CI reads.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { runE2e } from './lib/e2e-run';
import { run, runCollected } from './lib/run';

const reports = mkdtempSync(join(tmpdir(), 'rampdesk-test-'));
const stages: { name: string; ok: boolean; passed: number; failed: number; skipped: number }[] = [];

function readJson(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * The static checks, two at a time: each of tsc, eslint, knip and prettier keeps one core busy, and
 * CI has two. Each prints its output in one piece when it ends, in the order they are listed.
 */
async function staticChecks(checks: [name: string, command: string, args: string[]][]) {
  const limit = pLimit(2);
  const results = checks.map(([, command, args]) =>
    limit(async () => {
      const started = Date.now();
      return { ...(await runCollected(command, args)), seconds: (Date.now() - started) / 1000 };
    }),
  );
  for (const [i, [name]] of checks.entries()) {
    const { code, output, seconds } = await results[i]!;
    console.log(`\n▶ ${name} (${seconds.toFixed(0)} s)`);
    if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (code === 0) console.log('  ok');
    stages.push({ name, ok: code === 0, passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 });
  }
}

async function vitest() {
  console.log('\n▶ unit and integration tests (vitest)');
  const out = join(reports, 'vitest.json');
  const code = await run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const json = readJson(out);
  const passed = Number(json?.numPassedTests ?? 0);
  const failed = Number(json?.numFailedTests ?? 0);
  const skipped = Number(json?.numPendingTests ?? 0) + Number(json?.numTodoTests ?? 0);
  // A crash before any report (or a failing suite with no failing test) still counts as a failure.
  stages.push({
    name: 'vitest',
    ok: code === 0,
    passed,
    failed: code !== 0 && failed === 0 ? 1 : failed,
    skipped,
  });
}

async function e2e() {
  console.log('\n▶ end-to-end tests (Playwright, Chromium)');
  const out = join(reports, 'playwright.json');
  let code: number;
  try {
    code = await runE2e(['--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: out });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
  const stats = (readJson(out)?.stats ?? {}) as Record<string, number>;
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failed = stats.unexpected ?? 0;
  stages.push({
    name: 'playwright',
    ok: code === 0,
    passed,
    failed: code !== 0 && failed === 0 ? 1 : failed,
    skipped: stats.skipped ?? 0,
  });
}

await staticChecks([
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['dead code (knip)', 'npx', ['knip']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
]);
await vitest();
await e2e();

console.log('\nSummary');
for (const s of stages) {
  const counts = s.passed || s.failed > (s.ok ? 0 : 1) ? ` (${s.passed} passed, ${s.failed} failed)` : '';
  console.log(`  ${s.ok ? '✔' : '✘'} ${s.name}${counts}`);
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
const skipped = stages.reduce((n, s) => n + s.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(stages.every((s) => s.ok) ? 0 : 1);
