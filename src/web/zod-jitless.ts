import { z } from 'zod';

/*
 * Zod compiles fast object parsers with `new Function`, after probing whether eval is allowed.
 * Under our CSP (no 'unsafe-eval', docs/security.md C3) the probe throws and is caught, but the browser
 * still reports a violation, and the e2e suite fails on any. jitless skips the probe. Zod reads
 * the flag when a schema is built, and the schemas load lazily with the screens and requests that
 * need them, so the SPA build resolves every other module's `zod` to this one (vite.config.ts,
 * zodJitless): whichever module builds a schema first, the flag is set before its code runs.
 */
z.config({ jitless: true });

export * from 'zod';
