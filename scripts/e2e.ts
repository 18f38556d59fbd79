/** `npm run test:e2e [-- playwright args]`: the e2e suite alone. */
import { runE2e } from './lib/e2e-run';

process.exit(await runE2e(process.argv.slice(2)));
