import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';
import { accountMailbox, linkIn, signUpOnTestApp, tokenOfLink, type AccountMailbox } from '../../../test/helpers/account-mail.js';
import { sha256 } from '../../ids.js';
import { fixedClock } from '../../shared/clock.js';
import { createWorker } from '../../worker.js';
import type { JobLogger } from '../jobs/jobs-runner.js';
import { SIGNUP_EMAIL_JOB, SWEEP_PENDING_SIGNUPS_JOB } from './signups-fns.js';

const PASSWORD = 'correct horse battery staple';
const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };
let ipCounter = 0;
let emailCounter = 0;
const uniqueEmail = (name = 'signup') => `${name}${++emailCounter}@example.com`;
/** Each test signs up from its own address: the per-address limit of one does not spill into another. */
const nextAddress = () => `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

describe('signup that continues by email', () => {
  let t: TestApp;
  let mailbox: AccountMailbox;
  const clock = fixedClock('2026-06-01T09:00:00.000Z');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    mailbox = accountMailbox(t.deps);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, options: Partial<InjectOptions> = {}) =>
    t.request({ remoteAddress: nextAddress(), ...options, method: 'POST', url, payload });
  const fields = (email: string, orgName = 'Acme Hiring') => ({ email, password: PASSWORD, name: 'Ada Lovelace', orgName });
  const count = async (table: 'users' | 'organizations' | 'pending_signups') =>
    (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('answers 202 "continue by email" and emails a one-time link; the link creates the organization and signs in', async () => {
    const email = uniqueEmail();
    const started = await post('/v1/auth/signup', fields(email.toUpperCase()));
    expect(started.statusCode).toBe(202);
    expect(started.data).toEqual({ ok: true, email, message: `Check your inbox: we sent an email to ${email} to continue.` });
    expect(started.cookies.find((cookie: { name: string }) => cookie.name === 'assay_session')).toBeUndefined();
    // Nothing exists yet but the pending signup.
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual([]);

    const [mail] = await mailbox.deliver();
    expect(mail).toMatchObject({ to: email, subject: 'Finish creating Acme Hiring on Assay' });
    const link = linkIn(mail!, 'signup')!;
    expect(link).toMatch(/^http:\/\/assay\.test\/signup\/complete#token=[A-Za-z0-9_-]{43}$/);
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.text).toContain('Hi Ada Lovelace,');
    expect(mail!.text).toContain('until Tuesday, 2 June 2026 at 09:00 UTC');
    const token = tokenOfLink(link);

    const lookup = await post('/v1/auth/signup/lookup', { token });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.data.signup).toEqual({ email, name: 'Ada Lovelace', orgName: 'Acme Hiring', expiresAt: '2026-06-02T09:00:00.000Z', accountExists: false });

    const completed = await post('/v1/auth/signup/complete', { token });
    expect(completed.statusCode).toBe(201);
    expect(completed.data.user).toMatchObject({ email, name: 'Ada Lovelace', role: 'owner', lastLoginAt: clock.now().toISOString() });
    expect(completed.data.org).toMatchObject({ name: 'Acme Hiring', subscriptionStatus: 'active' });
    expect(typeof completed.data.csrfToken).toBe('string');
    expect(completed.body).not.toContain('argon2');
    const setCookie = ([] as string[]).concat(completed.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith('assay_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = /^assay_session=([^;]+)/.exec(setCookie)![1]!;
    const me = await t.request({ method: 'GET', url: '/v1/auth/me', cookies: { assay_session: session } });
    expect(me.statusCode).toBe(200);
    expect(me.data.org.id).toBe(completed.data.org.id);

    // The password typed at signup is the account's; the pending signup forgot its hash.
    const login = await post('/v1/auth/login', { email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const pending = await t.database.db.selectFrom('pending_signups').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(pending).toMatchObject({ password_hash: '', org_id: completed.data.org.id, completed_at: clock.now().toISOString(), token_hash: sha256(token) });

    // The link works once.
    const again = await post('/v1/auth/signup/complete', { token });
    expect(again.statusCode).toBe(410);
    expect(again.data.error.code).toBe('signup_link_used');
    expect((await post('/v1/auth/signup/lookup', { token })).data.error.code).toBe('signup_link_used');
  });

  it('answers a new address and one with an account identically, doing the same work; only the email differs', async () => {
    const existing = uniqueEmail('existing');
    await signUpOnTestApp(t, fields(existing, 'First Org'), { remoteAddress: nextAddress() });
    const fresh = uniqueEmail('fresh');
    const jobsBefore = await t.database.db.selectFrom('jobs').select('id').where('type', '=', SIGNUP_EMAIL_JOB).execute();
    const pendingBefore = await count('pending_signups');

    const forExisting = await post('/v1/auth/signup', fields(existing, 'Second Org'));
    const forFresh = await post('/v1/auth/signup', fields(fresh, 'Second Org'));
    for (const response of [forExisting, forFresh]) {
      expect(response.statusCode).toBe(202);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(Object.keys(response.headers).sort()).toEqual(Object.keys(forFresh.headers).sort());
    }
    expect({ ...forExisting.data, email: '?', message: forExisting.data.message.replace(existing, '?') }).toEqual({
      ...forFresh.data,
      email: '?',
      message: forFresh.data.message.replace(fresh, '?'),
    });
    // The same rows for both: one pending signup and one queued email each; no account, no organization.
    expect(await count('pending_signups')).toBe(pendingBefore + 2);
    const jobsAfter = await t.database.db.selectFrom('jobs').select('id').where('type', '=', SIGNUP_EMAIL_JOB).execute();
    expect(jobsAfter.length - jobsBefore.length).toBe(2);
    expect(await t.database.db.selectFrom('organizations').select('id').where('name', '=', 'Second Org').execute()).toEqual([]);

    const sent = await mailbox.deliver();
    const toExisting = sent.find((mail) => mail.to === existing)!;
    const toFresh = sent.find((mail) => mail.to === fresh)!;
    expect(linkIn(toFresh, 'signup')).not.toBeNull();
    // The address's owner learns it already has an account, where, and how to sign in; no link creates anything.
    expect(toExisting.subject).toBe('You already have an Assay account');
    expect(toExisting.text).toContain('This address already has an account, in First Org');
    expect(toExisting.text).toContain('Sign in to your account here: http://assay.test/login');
    expect(toExisting.text).not.toContain('#token=');
    expect(toExisting.html).not.toContain('#token=');
  });

  it('keeps the token only as a hash: the queued email carries it sealed', async () => {
    const email = uniqueEmail('sealed');
    expect((await post('/v1/auth/signup', fields(email))).statusCode).toBe(202);
    const row = await t.database.db.selectFrom('pending_signups').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    const jobs = await t.database.db.selectFrom('jobs').select('payload').where('type', '=', SIGNUP_EMAIL_JOB).execute();
    const token = await mailbox.tokenFor(email, 'signup');
    expect(row.token_hash).toBe(sha256(token));
    for (const job of jobs) expect(job.payload).not.toContain(token);
    for (const table of ['pending_signups', 'jobs', 'audit_log'] as const) {
      expect(JSON.stringify(await t.database.db.selectFrom(table).selectAll().execute())).not.toContain(token);
    }
  });

  it('expires the link after 24 hours, creating nothing', async () => {
    const email = uniqueEmail('late');
    expect((await post('/v1/auth/signup', fields(email, 'Late Org'))).statusCode).toBe(202);
    const token = await mailbox.tokenFor(email, 'signup');
    clock.advance(24 * 3_600_000 + 1);
    try {
      const late = await post('/v1/auth/signup/complete', { token });
      expect(late.statusCode).toBe(410);
      expect(late.data.error).toMatchObject({ code: 'signup_link_expired', message: expect.stringContaining('Sign up again') });
      expect((await post('/v1/auth/signup/lookup', { token })).statusCode).toBe(410);
      expect(await t.database.db.selectFrom('organizations').select('id').where('name', '=', 'Late Org').execute()).toEqual([]);
    } finally {
      clock.advance(-(24 * 3_600_000 + 1));
    }
  });

  it('answers 404 signup_link_invalid for a token no signup has', async () => {
    for (const url of ['/v1/auth/signup/complete', '/v1/auth/signup/lookup']) {
      const response = await post(url, { token: 'not-a-real-token' });
      expect(response.statusCode).toBe(404);
      expect(response.data.error.code).toBe('signup_link_invalid');
    }
  });

  it('refuses a second link of one address once the first made its account (409), all or nothing', async () => {
    const email = uniqueEmail('twice');
    expect((await post('/v1/auth/signup', fields(email, 'Twice One'))).statusCode).toBe(202);
    expect((await post('/v1/auth/signup', fields(email, 'Twice Two'))).statusCode).toBe(202);
    const sent = (await mailbox.deliver()).filter((mail) => mail.to === email);
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((mail) => tokenOfLink(linkIn(mail, 'signup')!));
    expect((await post('/v1/auth/signup/complete', { token: first! })).statusCode).toBe(201);
    const orgsBefore = await count('organizations');
    expect((await post('/v1/auth/signup/lookup', { token: second! })).data.signup.accountExists).toBe(true);
    const refused = await post('/v1/auth/signup/complete', { token: second! });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error).toMatchObject({ code: 'account_exists', message: expect.stringContaining('one account only') });
    expect(await count('organizations')).toBe(orgsBefore);
  });

  it('ends the session the browser held when the link signs it in', async () => {
    const first = await signUpOnTestApp(t, fields(uniqueEmail('held'), 'Held Org'), { remoteAddress: nextAddress() });
    const held = first.cookies.find((cookie: { name: string }) => cookie.name === 'assay_session')!.value;
    const email = uniqueEmail('next');
    expect((await post('/v1/auth/signup', fields(email, 'Next Org'))).statusCode).toBe(202);
    const token = await mailbox.tokenFor(email, 'signup');
    const completed = await post('/v1/auth/signup/complete', { token }, { cookies: { assay_session: held } });
    expect(completed.statusCode).toBe(201);
    expect((await t.request({ method: 'GET', url: '/v1/auth/me', cookies: { assay_session: held } })).statusCode).toBe(401);
  });

  it('limits signup emails per address to 5 an hour, the same for every address', async () => {
    const existing = uniqueEmail('limited-existing');
    await signUpOnTestApp(t, fields(existing), { remoteAddress: nextAddress() });
    const fresh = uniqueEmail('limited-fresh');
    for (const email of [existing, fresh]) {
      // The existing address has used one of its five already.
      const allowed = email === existing ? 4 : 5;
      for (let attempt = 0; attempt < allowed; attempt++) expect((await post('/v1/auth/signup', fields(email))).statusCode).toBe(202);
      const limited = await post('/v1/auth/signup', fields(email));
      expect(limited.statusCode).toBe(429);
      expect(limited.data.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('Too many sign-up emails for this address') });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it.each([
    [{ password: PASSWORD, name: 'N', orgName: 'O' }, 'email'],
    [{ email: 'not-an-email', password: PASSWORD, name: 'N', orgName: 'O' }, 'email'],
    [{ email: 'a@example.com', password: 'short', name: 'N', orgName: 'O' }, 'password'],
    [{ email: 'a@example.com', password: 'x'.repeat(257), name: 'N', orgName: 'O' }, 'password'],
    [{ email: 'a@example.com', password: PASSWORD, name: '', orgName: 'O' }, 'name'],
    [{ email: 'a@example.com', password: PASSWORD, name: 'N' }, 'orgName'],
    [{ email: 'a@example.com', password: PASSWORD, name: 'N', orgName: '   ' }, 'orgName'],
    [{ email: 'a@example.com', password: PASSWORD, name: 'N', orgName: 'O', role: 'owner' }, 'role'],
  ])('signup %j → 400 naming %s, storing nothing', async (payload, field) => {
    const before = await count('pending_signups');
    const response = await post('/v1/auth/signup', payload);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_failed');
    expect(response.data.error.details[0].field).toBe(field);
    expect(response.data.error.message).toContain(field);
    expect(await count('pending_signups')).toBe(before);
  });

  it('the sweep deletes signups a week after they expired, not before', async () => {
    const email = uniqueEmail('swept');
    expect((await post('/v1/auth/signup', fields(email))).statusCode).toBe(202);
    await mailbox.deliver();
    const worker = createWorker(t.deps, { log: silent });
    const remaining = () => t.database.db.selectFrom('pending_signups').select('id').where('email', '=', email).execute();
    const sweep = async () => {
      await worker.runner.ensureSchedules();
      await worker.runner.runDueJobs({ types: [SWEEP_PENDING_SIGNUPS_JOB] });
    };
    const elapsed = (24 + 6 * 24) * 3_600_000;
    clock.advance(elapsed);
    try {
      await sweep();
      expect(await remaining()).toHaveLength(1);
      clock.advance(2 * 24 * 3_600_000);
      await sweep();
      expect(await remaining()).toHaveLength(0);
    } finally {
      clock.advance(-(elapsed + 2 * 24 * 3_600_000));
      await worker.stop();
    }
  });
});

describe('ASSAY_SIGNUP', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  const signup = { email: 'owner@example.com', password: 'correct horse battery', name: 'Owner', orgName: 'Example Ltd' };

  it('ASSAY_SIGNUP=0 refuses sign-up and its links with 403 signup_disabled, storing and sending nothing', async () => {
    t = await createTestApp({ env: { ASSAY_SIGNUP: '0' } });
    const response = await t.request({ method: 'POST', url: '/v1/auth/signup', payload: signup });
    expect(response.statusCode).toBe(403);
    expect(response.data.error.code).toBe('signup_disabled');
    expect(await t.database.db.selectFrom('pending_signups').select('id').execute()).toHaveLength(0);
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    expect(await accountMailbox(t.deps).deliver()).toEqual([]);
    for (const url of ['/v1/auth/signup/lookup', '/v1/auth/signup/complete']) {
      const link = await t.request({ method: 'POST', url, payload: { token: 'any-token' } });
      expect(link.statusCode).toBe(403);
      expect(link.data.error.code).toBe('signup_disabled');
    }
  });

  it('sign-up is open by default', async () => {
    t = await createTestApp();
    const response = await t.request({ method: 'POST', url: '/v1/auth/signup', payload: signup });
    expect(response.statusCode).toBe(202);
  });
});
