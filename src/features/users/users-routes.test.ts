import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';
import { signUpOnTestApp } from '../../../test/helpers/account-mail.js';
import { testBrowser } from '../../../test/helpers/test-browser.js';
import { sha256 } from '../../ids.js';
import { fixedClock } from '../../shared/clock.js';
import { ROLE_SCOPES } from '../auth/auth-scopes.js';

const PASSWORD = 'correct horse battery staple';

/** A browser that signs up through the emailed link and logs in with the shared test password. */
function browser(t: TestApp) {
  const b = testBrowser(t);
  return { ...b, login: (email: string, password = PASSWORD) => b.login(email, password) };
}

let emailCounter = 0;
const uniqueEmail = (name = 'user') => `${name}${++emailCounter}@example.com`;

describe('reviewer accounts', () => {
  let t: TestApp;
  const clock = fixedClock(new Date());

  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  async function signedUpOwner() {
    const b = browser(t);
    const email = uniqueEmail('owner');
    const response = await b.signUp({ email, password: PASSWORD, name: 'Olive Owner', orgName: 'Owner Org' });
    return { b, email, orgId: response.data.org.id as string, userId: response.data.user.id as string };
  }

  /** Invites `email` with `role` from `inviter`'s browser; the invitee accepts from the emailed link. Returns the invitee's browser and account. */
  async function invitedMember(inviter: ReturnType<typeof browser>, email: string, role: string, name: string) {
    const invited = await inviter.request({ method: 'POST', url: '/v1/users/invites', payload: { email, role } });
    expect(invited.statusCode).toBe(202);
    const member = browser(t);
    const accepted = await member.acceptInvite(email, { name, password: PASSWORD });
    return { member, user: accepted.data.user as { id: string; email: string; role: string } };
  }

  it('signup through the emailed link → me → logout → me is 401', async () => {
    const b = browser(t);
    const signup = await b.signUp({ email: 'Ada@Example.COM', password: PASSWORD, name: 'Ada Lovelace', orgName: 'Analytical Ltd' });
    expect(signup.statusCode).toBe(201);
    expect(signup.data.user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', role: 'owner', lastLoginAt: clock.now().toISOString() });
    expect(signup.data.org).toMatchObject({ name: 'Analytical Ltd', slug: 'analytical-ltd', subscriptionStatus: 'active' });
    expect(typeof signup.data.csrfToken).toBe('string');
    expect(signup.body).not.toContain('password');

    const setCookie = ([] as string[]).concat(signup.headers['set-cookie'] ?? []).find((c) => c.startsWith('assay_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/); // the test config turns Secure off (plain http)
    const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie)![1]!);
    expect(Math.round((expires - clock.now().getTime()) / 86_400_000)).toBe(14);

    const me = await b.request({ method: 'GET', url: '/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.data.user.id).toBe(signup.data.user.id);
    expect(me.data.org.id).toBe(signup.data.org.id);
    expect(me.data.scopes).toEqual([...ROLE_SCOPES.owner]);
    expect(typeof me.data.csrfToken).toBe('string');

    const sessionCookie = b.cookies.assay_session!;
    const logout = await b.request({ method: 'POST', url: '/v1/auth/logout' });
    expect(logout.statusCode).toBe(200);
    expect(logout.data).toEqual({ ok: true });
    const cleared = ([] as string[]).concat(logout.headers['set-cookie'] ?? []).find((c) => c.startsWith('assay_session='));
    expect(cleared).toMatch(/^assay_session=;/);

    const after = await b.request({ method: 'GET', url: '/v1/auth/me' });
    expect(after.statusCode).toBe(401);
    // The old cookie value is dead on the server, not only forgotten by the browser.
    const replay = await t.request({ method: 'GET', url: '/v1/auth/me', cookies: { assay_session: sessionCookie } });
    expect(replay.statusCode).toBe(401);
    const row = await t.database.db.selectFrom('web_sessions').selectAll().where('token_hash', '=', sha256(sessionCookie)).executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
  });

  it('stores passwords only as argon2id hashes and sessions only as SHA-256', async () => {
    const b = browser(t);
    const email = uniqueEmail('hash');
    const password = 'a very secret passphrase 123';
    await b.signUp({ email, password, name: 'Hash Check', orgName: 'Hash Org' });
    const users = await t.database.db.selectFrom('users').selectAll().execute();
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) {
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
      expect(JSON.stringify(user)).not.toContain(password);
      expect(JSON.stringify(user)).not.toContain(PASSWORD);
    }
    const token = b.cookies.assay_session!;
    const sessions = await t.database.db.selectFrom('web_sessions').selectAll().execute();
    for (const session of sessions) expect(JSON.stringify(session)).not.toContain(token);
    expect(sessions.some((session) => session.token_hash === sha256(token))).toBe(true);
    // API keys are covered the same way in api-keys-routes.test.ts ("stored only as a hash").
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { email } = await signedUpOwner();
    const wrong = await browser(t).login(email, 'not the right password');
    const unknown = await browser(t).login(uniqueEmail('nobody'), 'not the right password');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.cookies.find((c: { name: string }) => c.name === 'assay_session')).toBeUndefined();
    }
    const { requestId: _a, ...wrongBody } = wrong.data;
    const { requestId: _b, ...unknownBody } = unknown.data;
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.error.code).toBe('invalid_credentials');

    const b = browser(t);
    const ok = await b.login(email.toUpperCase());
    expect(ok.statusCode).toBe(200);
    expect(ok.data.user.lastLoginAt).toBe(clock.now().toISOString());
    expect((await b.request({ method: 'GET', url: '/v1/auth/me' })).statusCode).toBe(200);
  });

  it('logging in again replaces the session the browser held', async () => {
    const { b, email } = await signedUpOwner();
    const first = b.cookies.assay_session!;
    expect((await b.login(email)).statusCode).toBe(200);
    expect(b.cookies.assay_session).not.toBe(first);
    const old = await t.request({ method: 'GET', url: '/v1/auth/me', cookies: { assay_session: first } });
    expect(old.statusCode).toBe(401);
  });

  it('expires sessions after 14 days', async () => {
    const { b } = await signedUpOwner();
    clock.advance(13 * 86_400_000);
    expect((await b.request({ method: 'GET', url: '/v1/auth/me' })).statusCode).toBe(200);
    clock.advance(2 * 86_400_000);
    try {
      expect((await b.request({ method: 'GET', url: '/v1/auth/me' })).statusCode).toBe(401);
    } finally {
      clock.advance(-15 * 86_400_000);
    }
  });

  it('enforces CSRF on cookie-authenticated unsafe requests, not on API keys', async () => {
    const { b } = await signedUpOwner();
    const payload = { name: 'from the dashboard', scopes: ['results:read'] };
    const missing = await b.request({ method: 'POST', url: '/v1/api-keys', payload, csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.data.error.code).toBe('csrf_invalid');
    const forged = await b.request({ method: 'POST', url: '/v1/api-keys', payload, csrf: false, headers: { 'x-csrf-token': 'forged-token' } });
    expect(forged.statusCode).toBe(403);
    expect(forged.data.error.code).toBe('csrf_invalid');
    const logoutWithout = await b.request({ method: 'POST', url: '/v1/auth/logout', csrf: false });
    expect(logoutWithout.statusCode).toBe(403);
    expect(await t.database.db.selectFrom('api_keys').select('id').where('name', '=', 'from the dashboard').execute()).toHaveLength(0);

    // A token from GET /v1/auth/csrf works too.
    const issued = await b.request({ method: 'GET', url: '/v1/auth/csrf' });
    expect(issued.statusCode).toBe(200);
    const ok = await b.request({ method: 'POST', url: '/v1/api-keys', payload, csrf: false, headers: { 'x-csrf-token': issued.data.csrfToken } });
    expect(ok.statusCode).toBe(201);
    // Reads need no token.
    expect((await b.request({ method: 'GET', url: '/v1/api-keys', csrf: false })).statusCode).toBe(200);

    // An API key needs no CSRF token: it cannot be sent by a cross-site form.
    const withKey = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: { authorization: `Bearer ${ok.data.key}` },
      payload,
    });
    expect(withKey.statusCode).toBe(403); // results:read only: the scope check, not CSRF, answers
    expect(withKey.data.error.code).toBe('insufficient_scope');
    const org = await t.createOrg();
    const fullKey = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload });
    expect(fullKey.statusCode).toBe(201);
  });

  it('maps roles onto scopes: a viewer reads but cannot create API keys or manage the team', async () => {
    const { b: owner } = await signedUpOwner();
    const viewerEmail = uniqueEmail('viewer');
    const { member: viewer, user: created } = await invitedMember(owner, viewerEmail, 'viewer', 'Vic Viewer');
    expect(created).toMatchObject({ email: viewerEmail, role: 'viewer' });

    const me = await viewer.request({ method: 'GET', url: '/v1/auth/me' });
    expect(me.data.scopes).toEqual([...ROLE_SCOPES.viewer]);
    expect((await viewer.request({ method: 'GET', url: '/v1/org' })).statusCode).toBe(200);

    const key = await viewer.request({ method: 'POST', url: '/v1/api-keys', payload: { name: 'nope' } });
    expect(key.statusCode).toBe(403);
    expect(key.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'api_keys:manage' } });

    const member = await viewer.request({ method: 'POST', url: '/v1/users/invites', payload: { email: uniqueEmail(), role: 'admin' } });
    expect(member.statusCode).toBe(403);
    expect(member.data.error.code).toBe('forbidden');
    const selfPromote = await viewer.request({ method: 'PATCH', url: `/v1/users/${created.id}`, payload: { role: 'owner' } });
    expect(selfPromote.statusCode).toBe(403);
    // Viewers still see who is on the team.
    const list = await viewer.request({ method: 'GET', url: '/v1/users' });
    expect(list.statusCode).toBe(200);
    expect(list.data.users.map((u: { role: string }) => u.role)).toEqual(['owner', 'viewer']);
  });

  it('manages the team: roles, the owner rules, removal ends sessions, other orgs get 404', async () => {
    const { b: owner, userId: ownerId } = await signedUpOwner();
    const { member: adminBrowser, user: adminUser } = await invitedMember(owner, uniqueEmail('admin'), 'admin', 'Adam Admin');

    const { user: reviewerUser } = await invitedMember(adminBrowser, uniqueEmail('rev'), 'reviewer', 'Rita Reviewer');
    const ownerByAdmin = await adminBrowser.request({ method: 'POST', url: '/v1/users/invites', payload: { email: uniqueEmail(), role: 'owner' } });
    expect(ownerByAdmin.statusCode).toBe(403);
    const demoteOwner = await adminBrowser.request({ method: 'PATCH', url: `/v1/users/${ownerId}`, payload: { role: 'viewer' } });
    expect(demoteOwner.statusCode).toBe(403);

    const promoted = await adminBrowser.request({ method: 'PATCH', url: `/v1/users/${reviewerUser.id}`, payload: { role: 'viewer', name: 'Rita R.' } });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.data.user).toMatchObject({ role: 'viewer', name: 'Rita R.' });
    const unchanged = await adminBrowser.request({ method: 'PATCH', url: `/v1/users/${reviewerUser.id}`, payload: {} });
    expect(unchanged.data.user).toMatchObject({ role: 'viewer', name: 'Rita R.' });

    // The last owner can be neither demoted nor removed.
    const lastDemote = await owner.request({ method: 'PATCH', url: `/v1/users/${ownerId}`, payload: { role: 'admin' } });
    expect(lastDemote.statusCode).toBe(409);
    expect(lastDemote.data.error.code).toBe('last_owner');
    const lastDelete = await owner.request({ method: 'DELETE', url: `/v1/users/${ownerId}` });
    expect(lastDelete.statusCode).toBe(409);
    expect(lastDelete.data.error.code).toBe('last_owner');
    // With a second owner, the first may step down.
    const second = await owner.request({ method: 'PATCH', url: `/v1/users/${adminUser.id}`, payload: { role: 'owner' } });
    expect(second.data.user.role).toBe('owner');
    const stepDown = await owner.request({ method: 'PATCH', url: `/v1/users/${ownerId}`, payload: { role: 'admin' } });
    expect(stepDown.statusCode).toBe(200);

    // Removing a member ends their sessions at once.
    const removed = await adminBrowser.request({ method: 'DELETE', url: `/v1/users/${ownerId}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.data).toEqual({ ok: true, id: ownerId });
    expect((await owner.request({ method: 'GET', url: '/v1/auth/me' })).statusCode).toBe(401);
    expect((await adminBrowser.request({ method: 'DELETE', url: `/v1/users/${ownerId}` })).statusCode).toBe(404);

    // Another organization cannot see or touch these accounts.
    const { b: stranger } = await signedUpOwner();
    const memberId = reviewerUser.id;
    expect((await stranger.request({ method: 'PATCH', url: `/v1/users/${memberId}`, payload: { role: 'admin' } })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'DELETE', url: `/v1/users/${memberId}` })).statusCode).toBe(404);
    const strangerList = await stranger.request({ method: 'GET', url: '/v1/users' });
    expect(strangerList.data.users).toHaveLength(1);
    const org = await t.createOrg();
    expect((await t.request({ method: 'DELETE', url: `/v1/users/${memberId}`, headers: org.headers })).statusCode).toBe(404);
  });

  it.each([
    [{ password: PASSWORD }, 'email'],
    [{ email: 'a@example.com' }, 'password'],
    [{ email: 'a@example.com', password: '' }, 'password'],
  ])('login %j → 400 naming %s', async (payload, field) => {
    const response = await browser(t).request({ method: 'POST', url: '/v1/auth/login', payload });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details[0].field).toBe(field);
  });

  it('rate-limits login attempts per address, over all accounts, with a JSON 429', async () => {
    const b = browser(t);
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await b.login(uniqueEmail('sprayed'), 'wrong password guess');
      expect(response.statusCode).toBe(401);
    }
    const limited = await b.login(uniqueEmail('sprayed'), 'wrong password guess');
    expect(limited.statusCode).toBe(429);
    expect(limited.data.error.code).toBe('rate_limited');
    expect(limited.data.requestId).toMatch(/^req_/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await browser(t).login(uniqueEmail('sprayed'), 'wrong password guess')).statusCode).toBe(401);
  });

  it('rate-limits one account at one address after 5 attempts, and only that address', async () => {
    const b = browser(t);
    const email = uniqueEmail('limited');
    for (let attempt = 0; attempt < 5; attempt++) expect((await b.login(email, 'wrong password guess')).statusCode).toBe(401);
    const limited = await b.login(email, 'wrong password guess');
    expect(limited.statusCode).toBe(429);
    expect(limited.data.error).toMatchObject({ code: 'rate_limited' });
    expect(limited.data.error.message).toContain('this account from this address');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await browser(t).login(email, 'wrong password guess')).statusCode).toBe(401);
  });
});

describe('session cookie on https', () => {
  it('is marked Secure unless ASSAY_SECURE_COOKIES=0', async () => {
    const t = await createTestApp({ env: { ASSAY_SECURE_COOKIES: '1' } });
    try {
      const response = await signUpOnTestApp(t, { email: uniqueEmail('secure'), password: PASSWORD, name: 'S', orgName: 'Secure Org' });
      expect(response.statusCode).toBe(201);
      const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('assay_session='));
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/HttpOnly/);
    } finally {
      await t.close();
    }
  });
});
