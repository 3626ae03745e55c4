import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';
import { RESEND_INTERVAL_MS, resendRefusal } from './invitation-resend-fns.js';

describe('POST /v1/assessments/:id/keys/:keyId/resend', () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let assessment: any;

  const resend = (assessmentId: string, keyId: string, headers = org.headers, payload: Record<string, unknown> = {}) =>
    t.request({ method: 'POST', url: `/v1/assessments/${assessmentId}/keys/${keyId}/resend`, headers, payload });

  const invitationEmails = (keyId: string) =>
    t.database.db
      .selectFrom('emails')
      .select(['to_address', 'subject', 'text_body', 'kind'])
      .where('related_id', '=', keyId)
      .where('kind', '=', 'invitation')
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg({ name: 'Acme Hiring' });
    other = await t.createOrg();
    assessment = await createAssessment(t, org, { questions: sampleQuestions, expiresInDays: 7 });
  });
  afterAll(() => t.close());

  it('queues the same invitation (same key and link) again in the outbox', async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['ada@example.com'], candidateNames: ['Ada'] });
    clock.advance(RESEND_INTERVAL_MS);
    const response = await resend(assessment.id, key.id);
    expect(response.statusCode).toBe(200);
    expect(response.data).toMatchObject({ ok: true, id: key.id, to: 'ada@example.com' });
    expect(response.data.emailId).toMatch(/^eml_/);
    const emails = await invitationEmails(key.id);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.to_address).toBe('ada@example.com');
    expect(emails[1]!.subject).toBe(emails[0]!.subject);
    expect(emails[1]!.text_body).toContain(key.key);
    expect(emails[1]!.text_body).toContain(`http://assay.test/take/${key.key}`);
    const jobs = await t.database.db.selectFrom('jobs').select('payload').where('type', '=', 'email.send').execute();
    expect(jobs.some((job) => JSON.parse(job.payload).emailId === response.data.emailId)).toBe(true);
  });

  it('refuses a second resend within a minute with 429, and accepts it after', async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['bob@example.com'], candidateNames: ['Bob'] });
    clock.advance(RESEND_INTERVAL_MS);
    expect((await resend(assessment.id, key.id)).statusCode).toBe(200);
    const again = await resend(assessment.id, key.id);
    expect(again.statusCode).toBe(429);
    expect(again.data.error.code).toBe('rate_limited');
    expect(again.headers['retry-after']).toBe('60');
    clock.advance(RESEND_INTERVAL_MS);
    expect((await resend(assessment.id, key.id)).statusCode).toBe(200);
    expect(await invitationEmails(key.id)).toHaveLength(3);
  });

  it('answers 409 no_email for a key without an address and 409 not_pending once the candidate has started', async () => {
    const [anonymous] = await createKeys(t, org, assessment.id, { count: 1 });
    const noEmail = await resend(assessment.id, anonymous.id);
    expect(noEmail.statusCode).toBe(409);
    expect(noEmail.data.error.code).toBe('no_email');

    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['cy@example.com'], candidateNames: ['Cy'] });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers, payload: {} });
    expect(started.statusCode).toBe(201);
    clock.advance(RESEND_INTERVAL_MS);
    const notPending = await resend(assessment.id, key.id);
    expect(notPending.statusCode).toBe(409);
    expect(notPending.data.error.code).toBe('not_pending');
  });

  it('answers 410 for an expired key', async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['dee@example.com'], candidateNames: ['Dee'] });
    clock.advance(8 * 86_400_000);
    const response = await resend(assessment.id, key.id);
    expect(response.statusCode).toBe(410);
    expect(response.data.error.code).toBe('key_expired');
  });

  it('answers 404 for a revoked key, a key of another assessment or organization, and an unknown key', async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['eve@example.com'], candidateNames: ['Eve'] });
    const otherAssessment = await createAssessment(t, org, { title: 'Other', questions: sampleQuestions });
    expect((await resend(otherAssessment.id, key.id)).statusCode).toBe(404);
    expect((await resend(assessment.id, key.id, other.headers)).statusCode).toBe(404);
    expect((await resend(assessment.id, 'key_unknown')).statusCode).toBe(404);
    const revoked = await t.request({ method: 'DELETE', url: `/v1/assessments/${assessment.id}/keys/${key.id}`, headers: org.headers });
    expect(revoked.statusCode).toBe(200);
    expect((await resend(assessment.id, key.id)).statusCode).toBe(404);
  });

  it('needs candidates:write and validates the body', async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['fay@example.com'], candidateNames: ['Fay'] });
    const created = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: org.headers,
      payload: { name: 'read only', scopes: ['candidates:read'] },
    });
    const readOnly = await resend(assessment.id, key.id, { authorization: `Bearer ${created.data.key}` });
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.data.error.code).toBe('insufficient_scope');
    const bad = await resend(assessment.id, key.id, org.headers, { orgName: 'Line\nbreak' });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.details[0].field).toBe('orgName');
  });
});

describe('resendRefusal', () => {
  const now = new Date('2026-05-04T09:00:00.000Z');
  const base = { status: 'pending', candidateEmail: 'a@example.com', expiresAt: '2026-05-10T09:00:00.000Z', lastSentAt: null, now };
  it.each([
    ['a pending key with an address', {}, null],
    ['no address', { candidateEmail: null }, 'no_email'],
    ['started', { status: 'started' }, 'not_pending'],
    ['completed', { status: 'completed' }, 'not_pending'],
    ['expired status', { status: 'expired' }, 'not_pending'],
    ['past its expiry', { expiresAt: '2026-05-04T09:00:00.000Z' }, 'key_expired'],
    ['sent 59 s ago', { lastSentAt: '2026-05-04T08:59:01.000Z' }, 'resent_recently'],
    ['sent exactly a minute ago', { lastSentAt: '2026-05-04T08:59:00.000Z' }, null],
  ] as const)('%s → %s', (_name, patch, expected) => {
    expect(resendRefusal({ ...base, ...patch })).toBe(expected);
  });
});
