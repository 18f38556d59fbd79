/** `npm run test:e2e [-- playwright args]`: the e2e suite alone (e.g. `-- e2e/auth.spec.ts`). */
import { runE2e } from './lib/e2e-run';

// `npx tsx scripts/e2e.ts -- file` passes the `--` through; Playwright would then ignore the file.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
process.exit(await runE2e(args));
