import { z } from 'zod';

/*
 * Zod compiles fast object parsers with `new Function`, after probing whether eval is allowed.
 * Under our CSP (no 'unsafe-eval', docs/security.md C3) the probe throws and is caught, but the browser
 * still reports a violation, and the e2e suite fails on any. jitless skips the probe. Zod reads
 * the flag when a schema is built, so main.tsx imports this module before anything else.
 */
z.config({ jitless: true });
