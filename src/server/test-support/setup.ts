// Setup of every node test file (vitest.config.ts). New password hashes at a cheap scrypt cost:
// hashes carry their parameters, so everything else about them is unchanged (password-cost.ts).
import { useTestPasswordCost } from './password-cost';

useTestPasswordCost();
