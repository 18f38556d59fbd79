/** Sign-in's passwords and the limits on guessing them (SECURITY A4), on every test database driver. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_FAILED_MESSAGE } from '../../contract/auth-api';
import { agents as agentsTable } from '../db/schema';
import { authStack, MINUTE, PASSWORD } from '../test-support/auth-stack';
import { productionPasswordCostInThisTest } from '../test-support/password-cost';
import { TEST_DRIVERS } from '../test-support/test-database';

describe.each(TEST_DRIVERS)('sign-in passwords and guessing (%s)', (driver) => {
  const stack = authStack(driver);
  const { signIn, newAgent, advance } = stack;

  it('A4: passwords are stored as scrypt hashes (memory-hard), never as given', async () => {
    productionPasswordCostInThisTest();
    const agent = await newAgent();
    const [row] = await stack.database.db.select().from(agentsTable).where(eq(agentsTable.id, agent.id));
    expect(row!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });

  it('A4: a sign-in password appears in no log line, at any level, failed or not', async () => {
    const agent = await newAgent();
    const secret = 'do-not-log-this-password-7';
    await stack.repo.resetPassword(agent.id, secret, { oneTime: false });
    stack.logs.length = 0;
    expect((await signIn(agent.email, secret)).statusCode).toBe(200);
    expect((await signIn(agent.email, `${secret}x`)).statusCode).toBe(401);
    expect(stack.logs.length).toBeGreaterThan(3);
    expect(stack.logs.join('\n')).not.toContain(secret);
    expect(stack.logs.some((l) => l.includes('signed in'))).toBe(true);
  });

  it('A4: a wrong password, an unknown email and a disabled agent get one answer', async () => {
    const agent = await newAgent();
    const disabled = await newAgent();
    await stack.repo.disable(disabled.id);
    const answers = [
      await signIn(agent.email, 'wrong password 1234', { ip: '10.1.0.1' }),
      await signIn(`nobody-${driver}@example.com`, PASSWORD, { ip: '10.1.0.2' }),
      await signIn(disabled.email, PASSWORD, { ip: '10.1.0.3' }),
      await signIn('not an email', PASSWORD, { ip: '10.1.0.4' }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
      const { error } = res.json();
      expect(error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: SIGN_IN_FAILED_MESSAGE,
        requestId: error.requestId,
      });
    }
  });

  it('A4: wrong passwords from one address stop guessing from there, not the owner signing in from another', async () => {
    const agent = await newAgent('admin');
    for (let i = 0; i < 3; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: '10.6.0.1' })).statusCode).toBe(401);
    }
    // Even the right password waits there: the limit must not tell a guesser when it guessed right.
    const limited = await signIn(agent.email, PASSWORD, { ip: '10.6.0.1' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/^Too many failed sign-ins .* Try again in 15 minutes\.$/);
    expect(Number(limited.headers['retry-after'])).toBe(15 * 60);
    // Refused attempts are not failures: hammering on from there never reaches the account's ceiling.
    for (let i = 0; i < 10; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: '10.6.0.1' })).statusCode).toBe(429);
    }
    expect((await signIn(agent.email, PASSWORD, { ip: '10.6.0.2' })).statusCode).toBe(200);
    advance(15 * MINUTE);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.6.0.1' })).statusCode).toBe(200);
  });

  it('A4: guesses spread over many addresses meet the per-account ceiling, from any address, until it passes', async () => {
    const agent = await newAgent();
    for (let i = 0; i < 6; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: `10.2.0.${i}` })).statusCode).toBe(401);
    }
    const limited = await signIn(agent.email, PASSWORD, { ip: '10.2.0.99' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/^Too many failed sign-ins .* Try again in 60 minutes\.$/);
    expect(Number(limited.headers['retry-after'])).toBe(60 * 60);
    // Another account from the same addresses is not affected.
    const other = await newAgent();
    expect((await signIn(other.email, PASSWORD, { ip: '10.2.0.1' })).statusCode).toBe(200);
    advance(60 * MINUTE);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.2.0.99' })).statusCode).toBe(200);
  });

  it('A4: of a burst of simultaneous wrong passwords, no more than the limits are ever checked', async () => {
    const agent = await newAgent();
    const spread = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(agent.email, `burst guess ${i}`, { ip: `10.4.0.${i}` })),
    );
    const statuses = spread.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
    // The refused ones did not count as failures beyond the limit: the window still ends on time.
    advance(60 * MINUTE);
    const owner = await newAgent();
    const one = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(owner.email, `burst guess ${i}`, { ip: '10.4.1.1' })),
    );
    expect(one.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(3);
    expect(one.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(17);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.4.1.2' })).statusCode).toBe(200);
    expect((await signIn(owner.email, PASSWORD, { ip: '10.4.1.2' })).statusCode).toBe(200);
  });

  it('A4: a successful sign-in does not count against the limit', async () => {
    const agent = await newAgent();
    const ip = '10.5.0.1';
    for (let i = 0; i < 2; i++)
      expect((await signIn(agent.email, 'wrong password 1234', { ip })).statusCode).toBe(401);
    for (let i = 0; i < 3; i++) expect((await signIn(agent.email, PASSWORD, { ip })).statusCode).toBe(200);
    expect((await signIn(agent.email, 'wrong password 1234', { ip })).statusCode).toBe(401);
    expect((await signIn(agent.email, PASSWORD, { ip })).statusCode).toBe(429);
  });

  it('A4: failed sign-ins are rate-limited per address, whatever the email', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(`guess${i}-${driver}@example.com`, 'x', { ip: '10.3.0.1' })).statusCode).toBe(401);
    }
    const agent = await newAgent();
    expect((await signIn(agent.email, PASSWORD, { ip: '10.3.0.1' })).statusCode).toBe(429);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.3.0.2' })).statusCode).toBe(200);
  });
});
