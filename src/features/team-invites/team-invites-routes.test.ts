import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';
import { accountMailbox, linkIn, tokenOfLink, type AccountMailbox } from '../../../test/helpers/account-mail.js';
import { testBrowser, type TestBrowser } from '../../../test/helpers/test-browser.js';
import { sha256 } from '../../ids.js';
import { fixedClock } from '../../shared/clock.js';
import { ROLE_SCOPES } from '../auth/auth-scopes.js';
import { TEAM_INVITE_EMAIL_JOB } from './team-invites-fns.js';

const PASSWORD = 'correct horse battery staple';
let emailCounter = 0;
const uniqueEmail = (name = 'invitee') => `${name}${++emailCounter}@example.com`;
const DAY = 86_400_000;

describe('team invites by email', () => {
  let t: TestApp;
  let mailbox: AccountMailbox;
  const clock = fixedClock('2026-06-01T09:00:00.000Z');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    mailbox = accountMailbox(t.deps);
  });
  afterAll(() => t.close());

  async function owner(orgName = 'Owner Org'): Promise<{ b: TestBrowser; orgId: string; userId: string }> {
    const b = testBrowser(t);
    const signedUp = await b.signUp({ email: uniqueEmail('owner'), password: PASSWORD, name: 'Olive Owner', orgName });
    return { b, orgId: signedUp.data.org.id, userId: signedUp.data.user.id };
  }

  const invite = (b: TestBrowser, email: string, role = 'reviewer') => b.request({ method: 'POST', url: '/v1/users/invites', payload: { email, role } });
  const anonymous = (url: string, payload: object) => testBrowser(t).request({ method: 'POST', url, payload });
  const auditOf = (orgId: string, action: string) =>
    t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId).where('action', '=', action).execute();

  it('an owner invites an address; the invitee sets their own name and password from the emailed link and is signed in', async () => {
    const { b, orgId } = await owner('Compilers Inc');
    const email = uniqueEmail();
    const created = await invite(b, email.toUpperCase(), 'reviewer');
    expect(created.statusCode).toBe(202);
    expect(created.data.invite).toEqual({
      id: expect.stringMatching(/^tinv_/),
      email,
      role: 'reviewer',
      status: 'pending',
      invitedBy: { type: 'user', id: expect.stringMatching(/^usr_/), name: 'Olive Owner' },
      emailStatus: 'queued',
      createdAt: clock.now().toISOString(),
      sentAt: clock.now().toISOString(),
      expiresAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
    });
    const inviteId = created.data.invite.id;
    const listed = await b.request({ method: 'GET', url: '/v1/users/invites' });
    expect(listed.statusCode).toBe(200);
    expect(listed.data.invites).toEqual([created.data.invite]);

    const [mail] = (await mailbox.deliver()).filter((sent) => sent.to === email);
    expect(mail!.subject).toBe('Olive Owner invited you to join Compilers Inc on Assay');
    expect(mail!.text).toContain('as a reviewer (assessments, candidates and results)');
    const link = linkIn(mail!, 'invite')!;
    expect(link).toMatch(/^http:\/\/assay\.test\/invite#token=[A-Za-z0-9_-]{43}$/);
    expect(mail!.html).toContain(`href="${link}"`);
    expect((await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites[0].emailStatus).toBe('sent');
    const token = tokenOfLink(link);

    const lookup = await anonymous('/v1/users/invites/lookup', { token });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.data.invite).toEqual({
      orgName: 'Compilers Inc',
      email,
      role: 'reviewer',
      invitedByName: 'Olive Owner',
      expiresAt: created.data.invite.expiresAt,
      accountExists: false,
    });

    const invitee = testBrowser(t);
    const accepted = await invitee.request({ method: 'POST', url: '/v1/users/invites/accept', payload: { token, name: ' Rita Reviewer ', password: 'her own passphrase 42' } });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.data.user).toMatchObject({ email, name: 'Rita Reviewer', role: 'reviewer', lastLoginAt: clock.now().toISOString() });
    expect(accepted.data.org.id).toBe(orgId);
    expect(accepted.body).not.toContain('argon2');
    expect(invitee.cookies.assay_session).toBeDefined();
    const me = await invitee.request({ method: 'GET', url: '/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.data.scopes).toEqual([...ROLE_SCOPES.reviewer]);
    // The chosen password is theirs: it signs in, and nobody else ever knew it.
    expect((await testBrowser(t).login(email, 'her own passphrase 42')).statusCode).toBe(200);

    // The invite is used up: gone from the list, and its link answers 410.
    expect((await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites).toEqual([]);
    const team = await b.request({ method: 'GET', url: '/v1/users' });
    expect(team.data.users.map((user: { email: string; role: string }) => [user.email, user.role])).toContainEqual([email, 'reviewer']);
    for (const [url, payload] of [
      ['/v1/users/invites/accept', { token, name: 'Someone Else', password: 'another passphrase' }],
      ['/v1/users/invites/lookup', { token }],
    ] as const) {
      const again = await anonymous(url, payload);
      expect(again.statusCode).toBe(410);
      expect(again.data.error.code).toBe('invite_used');
    }

    // The audit trail names who did what to which address.
    const [createdEntry] = await auditOf(orgId, 'team_invite.create');
    expect(createdEntry).toMatchObject({ actor_type: 'user', actor_name: 'Olive Owner', resource_type: 'team_invite', resource_id: inviteId, resource_title: email });
    const [acceptedEntry] = await auditOf(orgId, 'team_invite.accept');
    expect(acceptedEntry).toMatchObject({ actor_type: 'user', actor_id: accepted.data.user.id, actor_name: 'Rita Reviewer', resource_id: inviteId, resource_title: email });
    expect(JSON.parse(acceptedEntry!.details!)).toMatchObject({ role: 'reviewer' });
  });

  it('keeps the token only as a hash; the queued email carries it sealed', async () => {
    const { b } = await owner();
    const email = uniqueEmail('sealed');
    expect((await invite(b, email)).statusCode).toBe(202);
    const jobs = await t.database.db.selectFrom('jobs').select('payload').where('type', '=', TEAM_INVITE_EMAIL_JOB).execute();
    const token = await mailbox.tokenFor(email, 'invite');
    const row = await t.database.db.selectFrom('team_invites').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(token));
    for (const job of jobs) expect(job.payload).not.toContain(token);
    for (const table of ['team_invites', 'jobs', 'emails', 'audit_log'] as const) {
      expect(JSON.stringify(await t.database.db.selectFrom(table).selectAll().execute())).not.toContain(token);
    }
    // Nor is the email in the organization's outbox, which every member with candidates:read may read.
    const outbox = await b.request({ method: 'GET', url: '/v1/emails' });
    expect(outbox.data.emails.map((sent: { to: string }) => sent.to)).not.toContain(email);
  });

  it('an expired link answers 410 invite_expired; resending gives a new link and the old one stops working', async () => {
    const { b, orgId } = await owner();
    const email = uniqueEmail('late');
    const created = await invite(b, email, 'viewer');
    const oldToken = await mailbox.tokenFor(email, 'invite');
    clock.advance(7 * DAY + 1);
    try {
      const late = await anonymous('/v1/users/invites/accept', { token: oldToken, name: 'Late Larry', password: PASSWORD });
      expect(late.statusCode).toBe(410);
      expect(late.data.error).toMatchObject({ code: 'invite_expired', message: expect.stringContaining('Ask the team to send it again') });
      expect((await anonymous('/v1/users/invites/lookup', { token: oldToken })).data.error.code).toBe('invite_expired');
      expect(await t.database.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual([]);
      const listed = await b.request({ method: 'GET', url: '/v1/users/invites' });
      expect(listed.data.invites).toMatchObject([{ id: created.data.invite.id, status: 'expired' }]);

      const resent = await b.request({ method: 'POST', url: `/v1/users/invites/${created.data.invite.id}/resend` });
      expect(resent.statusCode).toBe(202);
      expect(resent.data.invite).toMatchObject({
        id: created.data.invite.id,
        status: 'pending',
        role: 'viewer',
        emailStatus: 'queued',
        sentAt: clock.now().toISOString(),
        expiresAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
      });
      const newToken = await mailbox.tokenFor(email, 'invite');
      expect(newToken).not.toBe(oldToken);
      const old = await anonymous('/v1/users/invites/accept', { token: oldToken, name: 'Late Larry', password: PASSWORD });
      expect(old.statusCode).toBe(404);
      expect(old.data.error.code).toBe('invite_invalid');
      expect((await anonymous('/v1/users/invites/accept', { token: newToken, name: 'Late Larry', password: PASSWORD })).statusCode).toBe(201);
      expect(await auditOf(orgId, 'team_invite.resend')).toMatchObject([{ actor_name: 'Olive Owner', resource_title: email }]);
    } finally {
      clock.advance(-(7 * DAY + 1));
    }
  });

  it('a revoked invite: its link answers 410 invite_revoked, and its queued email is never sent', async () => {
    const { b, orgId } = await owner();
    const sentEmail = uniqueEmail('revoked');
    const first = await invite(b, sentEmail);
    const token = await mailbox.tokenFor(sentEmail, 'invite');
    const revoked = await b.request({ method: 'DELETE', url: `/v1/users/invites/${first.data.invite.id}` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.data).toEqual({ ok: true, id: first.data.invite.id });
    const refused = await anonymous('/v1/users/invites/accept', { token, name: 'Too Late', password: PASSWORD });
    expect(refused.statusCode).toBe(410);
    expect(refused.data.error.code).toBe('invite_revoked');
    expect((await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites).toEqual([]);
    expect((await b.request({ method: 'DELETE', url: `/v1/users/invites/${first.data.invite.id}` })).statusCode).toBe(404);
    expect(await auditOf(orgId, 'team_invite.revoke')).toMatchObject([{ actor_name: 'Olive Owner', resource_id: first.data.invite.id, resource_title: sentEmail }]);

    const unsentEmail = uniqueEmail('unsent');
    const second = await invite(b, unsentEmail);
    await b.request({ method: 'DELETE', url: `/v1/users/invites/${second.data.invite.id}` });
    const delivered = await mailbox.deliver();
    expect(delivered.filter((mail) => mail.to === unsentEmail)).toEqual([]);
  });

  it('inviting an address with an account elsewhere answers exactly as for a new one; only its owner learns it cannot join', async () => {
    const { b } = await owner('Inviting Org');
    const taken = uniqueEmail('taken');
    await testBrowser(t).signUp({ email: taken, password: PASSWORD, name: 'Tom Taken', orgName: 'Other Org' });
    const fresh = uniqueEmail('fresh');

    const forTaken = await invite(b, taken, 'admin');
    const forFresh = await invite(b, fresh, 'admin');
    expect(forTaken.statusCode).toBe(202);
    expect(forFresh.statusCode).toBe(202);
    expect(Object.keys(forTaken.headers).sort()).toEqual(Object.keys(forFresh.headers).sort());
    const shape = (body: { invite: Record<string, unknown> }) => ({ ...body.invite, id: '?', email: '?' });
    expect(shape(forTaken.data)).toEqual(shape(forFresh.data));
    const listed = await b.request({ method: 'GET', url: '/v1/users/invites' });
    expect(listed.data.invites.map((item: { email: string; status: string }) => [item.email, item.status]).sort()).toEqual([
      [fresh, 'pending'],
      [taken, 'pending'],
    ].sort());

    const delivered = await mailbox.deliver();
    const toTaken = delivered.find((mail) => mail.to === taken)!;
    expect(toTaken.text).toContain('This address already has an Assay account, and an address can belong to one organization only, so it cannot join Inviting Org.');
    expect(toTaken.text).not.toContain('#token=');
    expect(linkIn(delivered.find((mail) => mail.to === fresh)!, 'invite')).not.toBeNull();
    // Delivery looks the same to the inviter, too.
    const after = await b.request({ method: 'GET', url: '/v1/users/invites' });
    expect(after.data.invites.map((item: { emailStatus: string }) => item.emailStatus)).toEqual(['sent', 'sent']);
  });

  it('a link opened after its address got an account elsewhere explains it cannot join (409 account_exists)', async () => {
    const { b } = await owner('Late Org');
    const email = uniqueEmail('elsewhere');
    await invite(b, email);
    const token = await mailbox.tokenFor(email, 'invite');
    await testBrowser(t).signUp({ email, password: PASSWORD, name: 'Elsa Elsewhere', orgName: 'Elsewhere Ltd' });
    const lookup = await anonymous('/v1/users/invites/lookup', { token });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.data.invite).toMatchObject({ orgName: 'Late Org', accountExists: true });
    const refused = await anonymous('/v1/users/invites/accept', { token, name: 'Elsa', password: PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error).toMatchObject({ code: 'account_exists', message: expect.stringContaining('cannot join Late Org') });
    const account = await t.database.db.selectFrom('users').select(['org_id', 'name']).where('email', '=', email).execute();
    expect(account).toHaveLength(1);
    expect(account[0]!.name).toBe('Elsa Elsewhere');
  });

  it('a member of this team cannot be invited again (409 already_member); inviting an invited address resends with the new role', async () => {
    const { b } = await owner();
    const member = uniqueEmail('member');
    await invite(b, member);
    await testBrowser(t).acceptInvite(member, { name: 'Mo Member', password: PASSWORD });
    const again = await invite(b, member);
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe('already_member');

    const email = uniqueEmail('twice');
    const first = await invite(b, email, 'viewer');
    const oldToken = await mailbox.tokenFor(email, 'invite');
    const second = await invite(b, email, 'admin');
    expect(second.statusCode).toBe(202);
    expect(second.data.invite).toMatchObject({ id: first.data.invite.id, role: 'admin' });
    expect((await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites).toHaveLength(1);
    expect((await anonymous('/v1/users/invites/lookup', { token: oldToken })).statusCode).toBe(404);
    const accepted = await testBrowser(t).acceptInvite(email, { name: 'Ad Min', password: PASSWORD });
    expect(accepted.data.user.role).toBe('admin');
  });

  it('role limits: admins invite anyone but owners; reviewers and viewers invite nobody; team API keys may invite owners', async () => {
    const { b } = await owner();
    await invite(b, uniqueEmail('x'));
    const adminEmail = uniqueEmail('admin');
    await invite(b, adminEmail, 'admin');
    const admin = testBrowser(t);
    await admin.acceptInvite(adminEmail, { name: 'Adam Admin', password: PASSWORD });
    const ownerInvite = await invite(admin, uniqueEmail(), 'owner');
    expect(ownerInvite.statusCode).toBe(403);
    expect(ownerInvite.data.error.code).toBe('forbidden');
    expect((await invite(admin, uniqueEmail(), 'admin')).statusCode).toBe(202);

    const viewerEmail = uniqueEmail('viewer');
    await invite(b, viewerEmail, 'viewer');
    const viewer = testBrowser(t);
    await viewer.acceptInvite(viewerEmail, { name: 'Vic Viewer', password: PASSWORD });
    expect((await invite(viewer, uniqueEmail(), 'viewer')).statusCode).toBe(403);
    const [pending] = (await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites;
    expect((await viewer.request({ method: 'DELETE', url: `/v1/users/invites/${pending.id}` })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'POST', url: `/v1/users/invites/${pending.id}/resend` })).statusCode).toBe(403);
    // Members see who is invited (no tokens in it).
    expect((await viewer.request({ method: 'GET', url: '/v1/users/invites' })).statusCode).toBe(200);

    // An operator-created organization gets its first login by inviting its owner with its API key.
    const org = await t.createOrg({ name: 'Operated Org' });
    const firstOwner = uniqueEmail('first');
    const byKey = await t.request({ method: 'POST', url: '/v1/users/invites', headers: org.headers, payload: { email: firstOwner, role: 'owner' } });
    expect(byKey.statusCode).toBe(202);
    expect(byKey.data.invite.invitedBy).toMatchObject({ type: 'api_key', name: expect.any(String) });
    const accepted = await testBrowser(t).acceptInvite(firstOwner, { name: 'First Owner', password: PASSWORD });
    expect(accepted.data).toMatchObject({ user: { role: 'owner' }, org: { id: org.org.id } });
    const narrow = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'reader', scopes: ['results:read'] } });
    const narrowHeaders = { authorization: `Bearer ${narrow.data.key}` };
    expect((await t.request({ method: 'GET', url: '/v1/users/invites', headers: narrowHeaders })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/v1/users/invites', headers: narrowHeaders, payload: { email: uniqueEmail(), role: 'viewer' } })).statusCode).toBe(403);
  });

  it("another organization neither sees nor touches this organization's invites (404)", async () => {
    const { b } = await owner();
    const created = await invite(b, uniqueEmail('private'));
    const id = created.data.invite.id;
    const { b: stranger } = await owner('Stranger Org');
    expect((await stranger.request({ method: 'GET', url: '/v1/users/invites' })).data.invites).toEqual([]);
    expect((await stranger.request({ method: 'DELETE', url: `/v1/users/invites/${id}` })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'POST', url: `/v1/users/invites/${id}/resend` })).statusCode).toBe(404);
    const org = await t.createOrg();
    const byKey = await t.request({ method: 'DELETE', url: `/v1/users/invites/${id}`, headers: org.headers });
    expect(byKey.statusCode).toBe(404);
    expect((await b.request({ method: 'GET', url: '/v1/users/invites' })).data.invites).toMatchObject([{ id, status: 'pending' }]);
  });

  it('sends one invite again at most once a minute', async () => {
    const { b } = await owner();
    const created = await invite(b, uniqueEmail('resend'));
    const url = `/v1/users/invites/${created.data.invite.id}/resend`;
    expect((await b.request({ method: 'POST', url })).statusCode).toBe(202);
    const limited = await b.request({ method: 'POST', url });
    expect(limited.statusCode).toBe(429);
    expect(limited.data.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('This invitation was just sent') });
    clock.advance(61_000);
    expect((await b.request({ method: 'POST', url })).statusCode).toBe(202);
  });

  it('an accepted invite cannot be resent or revoked (409 invite_used); the member is managed on the team instead', async () => {
    const { b } = await owner();
    const email = uniqueEmail('done');
    const created = await invite(b, email);
    await testBrowser(t).acceptInvite(email, { name: 'Dee Done', password: PASSWORD });
    for (const request of [
      { method: 'POST' as const, url: `/v1/users/invites/${created.data.invite.id}/resend` },
      { method: 'DELETE' as const, url: `/v1/users/invites/${created.data.invite.id}` },
    ]) {
      const response = await b.request(request);
      expect(response.statusCode).toBe(409);
      expect(response.data.error.code).toBe('invite_used');
    }
  });

  it('validates what the invitee types and what the inviter sends', async () => {
    const { b } = await owner();
    const badEmail = await invite(b, 'not-an-email');
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.data.error.details[0].field).toBe('email');
    const badRole = await invite(b, uniqueEmail(), 'superuser');
    expect(badRole.statusCode).toBe(400);
    expect(badRole.data.error.message).toContain('role');

    const email = uniqueEmail('typing');
    await invite(b, email);
    const token = await mailbox.tokenFor(email, 'invite');
    const shortPassword = await anonymous('/v1/users/invites/accept', { token, name: 'Ty Typing', password: 'short' });
    expect(shortPassword.statusCode).toBe(400);
    expect(shortPassword.data.error.details[0].field).toBe('password');
    const noName = await anonymous('/v1/users/invites/accept', { token, name: '  ', password: PASSWORD });
    expect(noName.statusCode).toBe(400);
    expect(noName.data.error.details[0].field).toBe('name');
    // Refused input used nothing up.
    expect((await anonymous('/v1/users/invites/accept', { token, name: 'Ty Typing', password: PASSWORD })).statusCode).toBe(201);
    const unknown = await anonymous('/v1/users/invites/lookup', { token: 'no-such-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data.error.code).toBe('invite_invalid');
  });

  it('no temporary passwords: POST /v1/users is gone', async () => {
    const { b } = await owner();
    const response = await b.request({ method: 'POST', url: '/v1/users', payload: { email: uniqueEmail(), name: 'X', password: PASSWORD, role: 'viewer' } });
    expect(response.statusCode).toBe(405);
    expect(response.data.error.code).toBe('method_not_allowed');
  });
});
