import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/shared/clock.js';
import { acceptInviteThroughEmail, accountMailbox } from './helpers/account-mail.js';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { connectAgain } from './helpers/test-db.js';
import { createAssessment, createKeys, sampleQuestions } from './helpers/assessment-fixtures.js';
import { nextIp } from './helpers/candidate-kit.js';

/**
 * Throttles (issue 15): counted in the database, so every instance sees the
 * same counts and a restart forgets none; login limited per account without
 * locking its owner out; redemption never limited by strangers' guesses.
 */

const PASSWORD = 'correct horse battery staple';
type Answer = Awaited<ReturnType<TestApp['request']>>;

/** A 429 in our error format, with a Retry-After of whole seconds. */
function expectRateLimited(response: Answer): number {
  expect(response.statusCode).toBe(429);
  expect(response.data).toEqual({ error: { code: 'rate_limited', message: expect.any(String) }, requestId: expect.stringMatching(/^req_/) });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  return retryAfter;
}

describe('throttles held in the database', () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let assessment: { id: string };
  const others: TestApp[] = [];
  let accounts = 0;

  /** A second instance (or a restarted one): its own app and connection pool, on t's database. */
  async function anotherInstance(): Promise<TestApp> {
    const instance = await createTestApp({ clock, database: connectAgain(t.database) });
    others.push(instance);
    return instance;
  }

  async function newAccount(): Promise<string> {
    const email = `owner${++accounts}@throttles.test`;
    const invited = await t.request({ method: 'POST', url: '/v1/users/invites', headers: org.headers, payload: { email, role: 'owner' } });
    expect(invited.statusCode).toBe(202);
    const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload, remoteAddress: '198.51.100.1' });
    await acceptInviteThroughEmail(post, accountMailbox(t.deps), email, { name: 'Owner', password: PASSWORD });
    return email;
  }

  const login = (app: TestApp, email: string, password: string, remoteAddress: string) =>
    app.request({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });
  const redeem = (app: TestApp, key: string, remoteAddress: string) =>
    app.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key }, remoteAddress });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    assessment = await createAssessment(t, org, { questions: sampleQuestions });
  });
  afterAll(async () => {
    for (const instance of others) await instance.close();
    await t?.close();
  });

  describe('login', () => {
    it('throttles 100 wrong passwords for one account from 10 addresses; its owner gets in from their own address within 60 s of the last', async () => {
      const email = await newAccount();
      const attackers = Array.from({ length: 10 }, (_, index) => `198.51.100.${index + 1}`);
      const answers: Answer[] = [];
      // Spread over 100 seconds, so that the attack outlives the first minute's windows.
      for (let attempt = 0; attempt < 100; attempt++) {
        clock.advance(1_000);
        answers.push(await login(t, email, `wrong guess ${attempt}`, attackers[attempt % 10]!));
      }
      const statuses = answers.map((answer) => answer.statusCode);
      expect(new Set(statuses)).toEqual(new Set([401, 429]));
      // The account allows 10 a minute from everywhere together: 100 seconds of attack, at most 20 guesses checked.
      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(20);
      for (const answer of answers.filter((candidate) => candidate.statusCode === 429)) expectRateLimited(answer);

      // The owner, at their own address, a minute after the attacker's last try.
      clock.advance(60_000);
      const owner = await login(t, email, PASSWORD, '203.0.113.7');
      expect(owner.statusCode).toBe(200);
      expect(owner.data.user.email).toBe(email);

      // An attacking address is still held back by its own backoff, even with the right password.
      const attacker = await login(t, email, PASSWORD, attackers[0]!);
      expect(expectRateLimited(attacker)).toBeGreaterThan(60);
    });

    it('never holds the owner back longer than a minute after the last wrong try from elsewhere', async () => {
      const email = await newAccount();
      for (let attempt = 0; attempt < 30; attempt++) await login(t, email, 'wrong guess', `192.0.2.${attempt + 1}`);
      // Right after the attack the account's window is spent: the owner waits, but never more than a minute.
      const retryAfter = expectRateLimited(await login(t, email, PASSWORD, '203.0.113.8'));
      expect(retryAfter).toBeLessThanOrEqual(60);
      clock.advance(retryAfter * 1000);
      expect((await login(t, email, PASSWORD, '203.0.113.8')).statusCode).toBe(200);
    });

    it('limits an email with no account exactly as one with an account', async () => {
      const email = await newAccount();
      const statuses = async (target: string, prefix: string) => {
        const seen: number[] = [];
        for (let attempt = 0; attempt < 14; attempt++) seen.push((await login(t, target, 'wrong guess', `${prefix}.${attempt + 1}`)).statusCode);
        return seen;
      };
      expect(await statuses('nobody@throttles.test', '100.64.1')).toEqual(await statuses(email, '100.64.2'));
    });
  });

  describe('across instances and restarts', () => {
    it('two instances on one database share the limits: hits on one count on the other', async () => {
      const second = await anotherInstance();
      const email = await newAccount();
      const address = '198.18.0.1';
      // Per account at one address (a limit checked in the route's preHandler): 5 a minute, counted on both.
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await login(attempt % 2 === 0 ? t : second, email, 'wrong guess', address)).statusCode).toBe(401);
      }
      expectRateLimited(await login(second, email, PASSWORD, address));
      expectRateLimited(await login(t, email, PASSWORD, address));
      // Per address (the route's own limit): 10 a minute over any accounts, counted on both.
      const sprayer = '198.18.0.2';
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login(attempt % 2 === 0 ? second : t, `sprayed${attempt}@throttles.test`, 'wrong guess', sprayer)).statusCode).toBe(401);
      }
      expectRateLimited(await login(t, 'sprayed-last@throttles.test', 'wrong guess', sprayer));
      expectRateLimited(await login(second, 'sprayed-last@throttles.test', 'wrong guess', sprayer));
      // Per invitation: 20 redemptions in 10 minutes, counted on both.
      const [key] = await createKeys(t, org, assessment.id, { count: 1 });
      for (let attempt = 0; attempt < 20; attempt++) expect((await redeem(attempt % 2 === 0 ? t : second, key.key, nextIp())).statusCode).toBe(201);
      expectRateLimited(await redeem(second, key.key, nextIp()));
      expectRateLimited(await redeem(t, key.key, nextIp()));
    });

    it('limits survive a restart: a new instance on the same database keeps the counts', async () => {
      const before = await anotherInstance();
      const address = '198.18.1.1';
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login(before, `restart${attempt}@throttles.test`, 'wrong guess', address)).statusCode).toBe(401);
      }
      await before.close();
      others.splice(others.indexOf(before), 1);
      const after = await anotherInstance();
      const answer = await login(after, 'restart-last@throttles.test', 'wrong guess', address);
      expect(expectRateLimited(answer)).toBeLessThanOrEqual(60);
    });
  });

  describe('key redemption', () => {
    it("never answers 429 to a real key's own candidate, however many guesses others make", async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1 });
      const real: string = key.key;
      const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
      const guesses = new Set<string>();
      // Every key one character away from the real one (8 positions × 30 other symbols)…
      for (const position of [4, 5, 6, 7, 9, 10, 11, 12]) {
        for (const symbol of alphabet) if (symbol !== real[position]) guesses.add(`${real.slice(0, position)}${symbol}${real.slice(position + 1)}`);
      }
      // …and keys sharing its first eight characters (what a per-prefix limit would count).
      for (let index = 0; guesses.size < 300; index++) {
        const tail = [1, 31, 961, 29_791].map((radix) => alphabet[Math.floor(index / radix) % alphabet.length]).join('');
        if (`${real.slice(0, 9)}${tail}` !== real) guesses.add(`${real.slice(0, 9)}${tail}`);
      }
      for (const [index, guess] of [...guesses].entries()) {
        const answer = await redeem(t, guess, `198.19.${Math.floor(index / 25)}.${(index % 25) + 1}`);
        expect({ guess, status: answer.statusCode }).toEqual({ guess, status: 401 });
      }
      const candidate = await redeem(t, real, '203.0.113.50');
      expect(candidate.statusCode).toBe(201);
      expect(candidate.data.token).toMatch(/^cst_/);
    });

    it('answers a revoked key exactly as a key that never existed, however often it is tried', async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1 });
      expect((await t.request({ method: 'DELETE', url: `/v1/assessments/${assessment.id}/keys/${key.id}`, headers: org.headers })).statusCode).toBe(200);
      const answersFor = async (target: string) => {
        const seen: string[] = [];
        for (let attempt = 0; attempt < 25; attempt++) {
          const answer = await redeem(t, target, nextIp());
          const body = { ...(answer.data as Record<string, unknown>), requestId: undefined };
          const headers = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'retry-after'].map((name) => String(answer.headers[name]));
          seen.push(`${answer.statusCode} ${headers.join(' ')} ${JSON.stringify(body)}`);
        }
        return seen;
      };
      const revoked = await answersFor(key.key);
      expect(revoked.every((answer) => answer.startsWith('401 '))).toBe(true);
      expect(revoked).toEqual(await answersFor('PST-ZZZZ-ZZZZ'));
    });
  });
});
