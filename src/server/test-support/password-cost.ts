/**
 * Password hashing cost in tests (docs/performance.md): scrypt at its real cost is about 100 ms of
 * CPU per hash, and the node test files make hundreds. They hash at TEST_SCRYPT_PARAMS (setup.ts);
 * tests about the stored hash's strength ask for the production cost back.
 */
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { SCRYPT_PARAMS, setScryptParamsForTests } from '../agents/password';

/** 1 MiB and about a millisecond per hash: the same code path, a 32nd of the memory and time. */
export const TEST_SCRYPT_PARAMS = { N: 2 ** 10, r: 8, p: 1 } as const;

export const useTestPasswordCost = () => setScryptParamsForTests(TEST_SCRYPT_PARAMS);

/** The current test hashes new passwords at the production cost. */
export function productionPasswordCostInThisTest() {
  setScryptParamsForTests(SCRYPT_PARAMS);
  onTestFinished(useTestPasswordCost);
}

/** Every test of the enclosing describe block hashes new passwords at the production cost. */
export function productionPasswordCostInThisBlock() {
  beforeAll(() => setScryptParamsForTests(SCRYPT_PARAMS));
  afterAll(useTestPasswordCost);
}
