import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { fixedClock } from '../../shared/clock.js';

const KEY_FIELDS = ['candidateEmail', 'candidateName', 'completedAt', 'expiresAt', 'id', 'key', 'redeemedAt', 'sessionId', 'status'];
const KEY_SHAPE = /^PST-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$/;

describe('candidate keys API', () => {
  const clock = fixedClock('2026-04-01T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let assessment: any;

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { ASSAY_PUBLIC_URL: 'https://assay.example.com' } });
    org = await t.createOrg({ name: 'Acme Hiring' });
    assessment = await createAssessment(t, org, { title: 'Backend API Challenge', role: 'Senior Backend Engineer', timeLimitMinutes: 90 });
  });
  afterAll(() => t.close());

  const generate = (payload: Record<string, unknown>, id = assessment.id, headers = org.headers) =>
    t.request({ method: 'POST', url: `/v1/assessments/${id}/keys`, headers, payload });
  const count = async (table: 'invitations' | 'emails' | 'candidates' | 'domain_events' | 'jobs') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  describe('generate', () => {
    it('answers 201 with keys in the documented shape, expiring after expiresInDays, and no emails without addresses', async () => {
      const emailsBefore = await count('emails');
      const eventsBefore = await count('domain_events');
      const response = await generate({ count: 3 });
      expect(response.statusCode).toBe(201);
      const keys = response.data.keys;
      expect(keys).toHaveLength(3);
      for (const key of keys) {
        expect(Object.keys(key).sort()).toEqual(KEY_FIELDS);
        expect(key).toMatchObject({
          status: 'pending',
          candidateEmail: null,
          candidateName: null,
          sessionId: null,
          redeemedAt: null,
          completedAt: null,
          expiresAt: '2026-04-08T09:00:00.000Z',
        });
        expect(key.key).toMatch(KEY_SHAPE);
        expect(key.id).toMatch(/^key_/);
      }
      expect(new Set(keys.map((k: any) => k.key)).size).toBe(3);
      expect(await count('emails')).toBe(emailsBefore);
      expect(await count('domain_events')).toBe(eventsBefore + 3);

      const rows = await t.database.db.selectFrom('invitations').selectAll().where('id', 'in', keys.map((k: any) => k.id)).execute();
      for (const row of rows) {
        expect(row.invite_token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.record_verification_id).toMatch(/^ver_live_[0-9a-f]{24}$/);
        expect(row).toMatchObject({ org_id: org.org.id, assessment_id: assessment.id, status: 'pending', time_multiplier: 1, attempt_count: 0, locked: 0 });
      }
      const events = await t.database.db
        .selectFrom('domain_events')
        .selectAll()
        .where('type', '=', 'invitation.created')
        .orderBy('id')
        .execute();
      const payload = JSON.parse(events.at(-1)!.payload);
      expect(payload).toMatchObject({ type: 'invitation.created', data: { id: keys[2].id, key: keys[2].key, assessmentId: assessment.id } });
    });

    it('uses the assessment expiresInDays', async () => {
      const weekly = await createAssessment(t, org, { title: 'Two-day expiry', expiresInDays: 2 });
      const [key] = await createKeys(t, org, weekly.id, { count: 1 });
      expect(key.expiresAt).toBe('2026-04-03T09:00:00.000Z');
    });

    it('accepts 50 keys and answers with 50 distinct ones', async () => {
      const response = await generate({ count: 50 });
      expect(response.statusCode).toBe(201);
      expect(new Set(response.data.keys.map((k: any) => k.key)).size).toBe(50);
    });

    it.each([
      ['count 0', { count: 0 }, 'count'],
      ['count 51', { count: 51 }, 'count'],
      ['count -1', { count: -1 }, 'count'],
      ['a fractional count', { count: 1.5 }, 'count'],
      ['a text count', { count: 'many' }, 'count'],
      ['no count', {}, 'count'],
      ['fewer emails than count', { count: 2, candidateEmails: ['a@example.com'] }, 'candidateEmails'],
      ['more emails than count', { count: 1, candidateEmails: ['a@example.com', 'b@example.com'] }, 'candidateEmails'],
      ['names without emails', { count: 1, candidateNames: ['Ann'] }, 'candidateNames'],
      ['fewer names than emails', { count: 2, candidateEmails: ['a@example.com', 'b@example.com'], candidateNames: ['Ann'] }, 'candidateNames'],
      ['more names than emails', { count: 1, candidateEmails: ['a@example.com'], candidateNames: ['Ann', 'Bob'] }, 'candidateNames'],
      ['an invalid email', { count: 1, candidateEmails: ['not-an-email'] }, 'candidateEmails.0'],
      ['a repeated email', { count: 2, candidateEmails: ['a@example.com', 'A@example.com'] }, 'candidateEmails.1'],
      ['an empty name', { count: 1, candidateEmails: ['a@example.com'], candidateNames: [''] }, 'candidateNames.0'],
      ['a name with a line break', { count: 1, candidateEmails: ['a@example.com'], candidateNames: ['Ann\nBcc: x@y.z'] }, 'candidateNames.0'],
      ['an empty orgName', { count: 1, orgName: '' }, 'orgName'],
      ['a 256-character orgName', { count: 1, orgName: 'x'.repeat(256) }, 'orgName'],
      ['a timeMultiplier below 1', { count: 1, timeMultiplier: 0.5 }, 'timeMultiplier'],
      ['a timeMultiplier above 4', { count: 1, timeMultiplier: 5 }, 'timeMultiplier'],
      ['an unknown field', { count: 1, emails: ['a@example.com'] }, 'emails'],
    ])('refuses %s with 400 naming the field, writing nothing', async (_name, payload, field) => {
      const before = await Promise.all([count('invitations'), count('emails'), count('candidates'), count('domain_events')]);
      const response = await generate(payload);
      expect(response.statusCode).toBe(400);
      expect(response.data.error.message).toContain(field);
      const after = await Promise.all([count('invitations'), count('emails'), count('candidates'), count('domain_events')]);
      expect(after).toEqual(before);
    });

    it('answers 404 for an unknown or deleted assessment', async () => {
      expect((await generate({ count: 1 }, 'asmt_unknown')).statusCode).toBe(404);
      const doomed = await createAssessment(t, org, { title: 'Doomed' });
      await t.request({ method: 'DELETE', url: `/v1/assessments/${doomed.id}`, headers: org.headers });
      expect((await generate({ count: 1 }, doomed.id)).statusCode).toBe(404);
    });

    it.each<[string, { subscriptionStatus: string; trialEndsAt?: string }]>([
      ['an inactive subscription', { subscriptionStatus: 'inactive' }],
      ['an expired trial', { subscriptionStatus: 'trialing', trialEndsAt: '2026-03-31T00:00:00.000Z' }],
    ])('answers 402 with %s, writing nothing', async (_name, settings) => {
      const lapsed = await t.createOrg({ subscriptionStatus: 'trialing', trialEndsAt: '2026-05-01T00:00:00.000Z' });
      const own = await createAssessment(t, lapsed, { title: 'Lapsing' });
      await t.database.db
        .updateTable('organizations')
        .set({ subscription_status: settings.subscriptionStatus, trial_ends_at: settings.trialEndsAt ?? null })
        .where('id', '=', lapsed.org.id)
        .execute();
      const before = await count('invitations');
      const response = await generate({ count: 1, candidateEmails: ['x@example.com'] }, own.id, lapsed.headers);
      expect(response.statusCode).toBe(402);
      expect(response.data.error.code).toBe('subscription_inactive');
      expect(await count('invitations')).toBe(before);
    });

    it('needs the candidates:write scope', async () => {
      const reader = await t.request({
        method: 'POST',
        url: '/v1/api-keys',
        headers: org.headers,
        payload: { name: 'reader', scopes: ['candidates:read'] },
      });
      const headers = { authorization: `Bearer ${reader.data.key}` };
      const response = await generate({ count: 1 }, assessment.id, headers);
      expect(response.statusCode).toBe(403);
      expect(response.data.error.details).toEqual({ scope: 'candidates:write' });
      const list = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/keys`, headers });
      expect(list.statusCode).toBe(200);
    });
  });

  describe('invitation emails', () => {
    it('writes one complete, escaped invitation email per address, in the outbox, and upserts candidates by email', async () => {
      const timed = await createAssessment(t, org, { title: 'Rust & <Systems>', role: 'Platform "Engineer"', timeLimitMinutes: 60 });
      const response = await generate(
        {
          count: 2,
          candidateEmails: ['Alice@Example.com', 'bob@example.com'],
          candidateNames: ['Alice <script>alert(1)</script>', 'Bob'],
          orgName: 'Globex & Sons',
          timeMultiplier: 1.5,
        },
        timed.id,
      );
      expect(response.statusCode).toBe(201);
      const [alice, bob] = response.data.keys;
      expect(alice).toMatchObject({ candidateEmail: 'alice@example.com', candidateName: 'Alice <script>alert(1)</script>' });
      expect(bob).toMatchObject({ candidateEmail: 'bob@example.com', candidateName: 'Bob' });

      const emails = await t.database.db.selectFrom('emails').selectAll().where('related_id', 'in', [alice.id, bob.id]).orderBy('to_address').execute();
      expect(emails.map((email) => email.to_address)).toEqual(['alice@example.com', 'bob@example.com']);
      const [mail] = emails;
      expect(mail).toMatchObject({ org_id: org.org.id, kind: 'invitation', status: 'queued', related_id: alice.id });
      expect(mail!.subject).toBe('Globex & Sons invited you to an assessment: Rust & <Systems>');
      for (const part of ['Alice <script>alert(1)</script>', 'Globex & Sons', 'Rust & <Systems>', 'Platform "Engineer"']) {
        expect(mail!.text_body).toContain(part);
      }
      for (const part of [alice.key, `https://assay.example.com/take/${alice.key}`, 'Wednesday, 8 April 2026 at 09:00 UTC', '90 minutes']) {
        expect(mail!.text_body).toContain(part);
        expect(mail!.html_body).toContain(part);
      }
      for (const part of ['Alice &lt;script&gt;alert(1)&lt;/script&gt;', 'Globex &amp; Sons', 'Rust &amp; &lt;Systems&gt;', 'Platform &quot;Engineer&quot;']) {
        expect(mail!.html_body).toContain(part);
      }
      expect(mail!.html_body).not.toContain('<script>');

      const jobs = await t.database.db.selectFrom('jobs').select('payload').where('type', '=', 'email.send').execute();
      const queued = new Set(jobs.map((job) => JSON.parse(job.payload).emailId));
      for (const email of emails) expect(queued.has(email.id)).toBe(true);

      const rows = await t.database.db.selectFrom('invitations').selectAll().where('id', 'in', [alice.id, bob.id]).execute();
      for (const row of rows) expect(row.time_multiplier).toBe(1.5);

      // The same address again: the candidate is reused, and a given name replaces the stored one.
      await generate({ count: 1, candidateEmails: ['ALICE@example.com'], candidateNames: ['Alice Smith'] }, timed.id);
      const candidates = await t.database.db.selectFrom('candidates').selectAll().where('org_id', '=', org.org.id).where('email', '=', 'alice@example.com').execute();
      expect(candidates).toHaveLength(1);
      expect(candidates[0]!.name).toBe('Alice Smith');
      await generate({ count: 1, candidateEmails: ['alice@example.com'] }, timed.id);
      const unchanged = await t.database.db.selectFrom('candidates').select('name').where('id', '=', candidates[0]!.id).executeTakeFirstOrThrow();
      expect(unchanged.name).toBe('Alice Smith');
      const invitations = await t.database.db.selectFrom('invitations').select('candidate_id').where('candidate_email', '=', 'alice@example.com').execute();
      expect(new Set(invitations.map((row) => row.candidate_id))).toEqual(new Set([candidates[0]!.id]));
    });

    it("uses the org's name when no orgName is given, and says when there is no time limit", async () => {
      const untimed = await createAssessment(t, org, { title: 'Untimed', timeLimitMinutes: null });
      const [key] = await createKeys(t, org, untimed.id, { count: 1, candidateEmails: ['carol@example.com'] });
      const mail = await t.database.db.selectFrom('emails').selectAll().where('related_id', '=', key.id).executeTakeFirstOrThrow();
      expect(mail.subject).toBe('Acme Hiring invited you to an assessment: Untimed');
      expect(mail.text_body).toContain('Hello,');
      expect(mail.text_body).toContain('There is no time limit.');
    });
  });

  describe('list and revoke', () => {
    it('lists non-revoked keys oldest first with exactly the documented fields; revoke is soft and 404 the second time', async () => {
      const own = await createAssessment(t, org, { title: 'Key listing' });
      const first = await createKeys(t, org, own.id, { count: 2 });
      clock.advance(1000);
      const second = await createKeys(t, org, own.id, { count: 1, candidateEmails: ['dan@example.com'], candidateNames: ['Dan'] });
      const ids = [...first, ...second].map((k) => k.id);

      const list = await t.request({ method: 'GET', url: `/v1/assessments/${own.id}/keys`, headers: org.headers });
      expect(list.statusCode).toBe(200);
      expect(list.data.keys.map((k: any) => k.id)).toEqual(ids);
      for (const key of list.data.keys) expect(Object.keys(key).sort()).toEqual(KEY_FIELDS);
      expect(list.data.keys[2]).toEqual(second[0]);

      const revoked = await t.request({ method: 'DELETE', url: `/v1/assessments/${own.id}/keys/${ids[1]}`, headers: org.headers });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.data).toEqual({ ok: true, id: ids[1] });
      const again = await t.request({ method: 'DELETE', url: `/v1/assessments/${own.id}/keys/${ids[1]}`, headers: org.headers });
      expect(again.statusCode).toBe(404);

      const after = await t.request({ method: 'GET', url: `/v1/assessments/${own.id}/keys`, headers: org.headers });
      expect(after.data.keys.map((k: any) => k.id)).toEqual([ids[0], ids[2]]);
      const row = await t.database.db.selectFrom('invitations').select('revoked_at').where('id', '=', ids[1]!).executeTakeFirstOrThrow();
      expect(row.revoked_at).toBe(clock.now().toISOString());
    });

    it('answers 404 for an unknown key, and for a key of another assessment', async () => {
      const one = await createAssessment(t, org, { title: 'One' });
      const two = await createAssessment(t, org, { title: 'Two' });
      const [key] = await createKeys(t, org, one.id, { count: 1 });
      const wrong = await t.request({ method: 'DELETE', url: `/v1/assessments/${two.id}/keys/${key.id}`, headers: org.headers });
      expect(wrong.statusCode).toBe(404);
      const unknown = await t.request({ method: 'DELETE', url: `/v1/assessments/${one.id}/keys/key_unknown`, headers: org.headers });
      expect(unknown.statusCode).toBe(404);
      const stillThere = await t.request({ method: 'GET', url: `/v1/assessments/${one.id}/keys`, headers: org.headers });
      expect(stillThere.data.keys.map((k: any) => k.id)).toEqual([key.id]);
      const missing = await t.request({ method: 'GET', url: '/v1/assessments/asmt_unknown/keys', headers: org.headers });
      expect(missing.statusCode).toBe(404);
    });

    it('reports a pending key past its expiry as expired', async () => {
      const own = await createAssessment(t, org, { title: 'Short-lived', expiresInDays: 1 });
      const [key] = await createKeys(t, org, own.id, { count: 1 });
      clock.advance(2 * 86_400_000);
      const list = await t.request({ method: 'GET', url: `/v1/assessments/${own.id}/keys`, headers: org.headers });
      expect(list.data.keys[0]).toMatchObject({ id: key.id, status: 'expired' });
    });
  });
});
