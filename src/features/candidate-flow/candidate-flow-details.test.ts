import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';

interface Detail {
  field: string;
}

/** A key issued without a name asks who is taking the test before the attempt starts (issue 16). */
describe('candidate details before the start', () => {
  let t: TestApp;
  let org: TestOrg;
  let asking: { id: string; requireCandidateDetails: boolean };

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    // Created without the setting, as an API client would: asking is the default.
    const created = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: { title: 'Named attempts', role: 'Engineer', taskBrief: 'Answer the questions.', questions: sampleQuestions, maxAttempts: 2, lockOnPass: false },
    });
    expect(created.statusCode).toBe(201);
    asking = created.data.assessment;
  });
  afterAll(() => t.close());

  const start = (headers: Record<string, string>, payload?: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/v1/candidate/start', headers, ...(payload === undefined ? {} : { payload }) });
  const overview = async (headers: Record<string, string>) =>
    (await t.request({ method: 'GET', url: '/v1/candidate/assessment', headers })).data.invitation;
  const keyRow = (id: string) => t.database.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('is on by default, and PATCH turns it off and on', async () => {
    expect(asking.requireCandidateDetails).toBe(true);
    const other = await createAssessment(t, org, { requireCandidateDetails: true });
    const off = await t.request({ method: 'PATCH', url: `/v1/assessments/${other.id}`, headers: org.headers, payload: { requireCandidateDetails: false } });
    expect(off.data.assessment.requireCandidateDetails).toBe(false);
    const read = await t.request({ method: 'GET', url: `/v1/assessments/${other.id}`, headers: org.headers });
    expect(read.data.assessment.requireCandidateDetails).toBe(false);
  });

  it('a key without name or email refuses to start without both (400, each field named, nothing written), then records them', async () => {
    const [key] = await createKeys(t, org, asking.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    expect(candidate.data.invitation.detailsNeeded).toEqual(['name', 'email']);

    const bare = await start(candidate.headers);
    expect(bare.statusCode).toBe(400);
    expect(bare.data.error.code).toBe('candidate_details_required');
    expect(bare.data.error.message).toMatch(/name and email/);
    expect(bare.data.error.details.map((detail: Detail) => detail.field)).toEqual(['name', 'email']);
    const nameOnly = await start(candidate.headers, { name: 'Grace Hopper' });
    expect(nameOnly.statusCode).toBe(400);
    expect(nameOnly.data.error.details.map((detail: Detail) => detail.field)).toEqual(['email']);
    const badEmail = await start(candidate.headers, { name: 'Grace Hopper', email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.data.error.details.map((detail: Detail) => detail.field)).toEqual(['email']);
    const blankName = await start(candidate.headers, { name: '   ', email: 'grace@example.com' });
    expect(blankName.statusCode).toBe(400);
    expect(blankName.data.error.details.map((detail: Detail) => detail.field)).toEqual(['name']);
    expect(await keyRow(key.id)).toMatchObject({ status: 'pending', attempt_count: 0, candidate_name: null, candidate_email: null, candidate_id: null });
    expect(await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', key.id).execute()).toEqual([]);

    const started = await start(candidate.headers, { name: '  Grace Hopper ', email: 'Grace@Example.com' });
    expect(started.statusCode).toBe(201);
    const row = await keyRow(key.id);
    expect(row).toMatchObject({ candidate_name: 'Grace Hopper', candidate_email: 'grace@example.com', status: 'started' });
    const person = await t.database.db.selectFrom('candidates').selectAll().where('id', '=', row.candidate_id!).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ email: 'grace@example.com', name: 'Grace Hopper', org_id: org.org.id });
    const session = await t.database.db.selectFrom('sessions').select('candidate_id').where('id', '=', started.data.session.id).executeTakeFirstOrThrow();
    expect(session.candidate_id).toBe(row.candidate_id);
    expect((await overview(candidate.headers)).detailsNeeded).toEqual([]);

    // The reviewer sees who it was: on the key, in the candidates list and on the result.
    const keys = await t.request({ method: 'GET', url: `/v1/assessments/${asking.id}/keys`, headers: org.headers });
    expect(keys.data.keys.find((item: { id: string }) => item.id === key.id)).toMatchObject({ candidateName: 'Grace Hopper', candidateEmail: 'grace@example.com' });
    const people = await t.request({ method: 'GET', url: '/v1/candidates', headers: org.headers });
    expect(people.data.candidates.find((item: { id: string }) => item.id === key.id)).toMatchObject({ candidateName: 'Grace Hopper' });

    // Resuming (and a later attempt) asks nothing more.
    expect((await start(candidate.headers)).statusCode).toBe(200);
    await t.request({ method: 'POST', url: '/v1/candidate/finish', headers: candidate.headers });
    const results = await t.request({ method: 'GET', url: `/results?exam_id=${asking.id}&candidate_id=${row.candidate_id}`, headers: org.headers });
    expect(results.data.data.map((item: { id: string }) => item.id)).toEqual([started.data.session.id]);
    const retake = await start(candidate.headers);
    expect(retake.statusCode).toBe(201);
  });

  it('a key with an email asks only for the name, and keeps its email', async () => {
    const [key] = await createKeys(t, org, asking.id, { count: 1, candidateEmails: ['invited@example.com'] });
    const candidate = await redeem(t, key.key);
    expect(candidate.data.invitation.detailsNeeded).toEqual(['name']);
    const bare = await start(candidate.headers);
    expect(bare.statusCode).toBe(400);
    expect(bare.data.error.details.map((detail: Detail) => detail.field)).toEqual(['name']);
    const invitedId = (await keyRow(key.id)).candidate_id;

    const started = await start(candidate.headers, { name: 'Ada Lovelace', email: 'someone-else@example.com' });
    expect(started.statusCode).toBe(201);
    expect(await keyRow(key.id)).toMatchObject({ candidate_name: 'Ada Lovelace', candidate_email: 'invited@example.com', candidate_id: invitedId });
    const stray = await t.database.db.selectFrom('candidates').select('id').where('email', '=', 'someone-else@example.com').execute();
    expect(stray).toEqual([]);
  });

  it('a key with a name asks nothing, and keeps its name', async () => {
    const [key] = await createKeys(t, org, asking.id, { count: 1, candidateEmails: ['named@example.com'], candidateNames: ['Named Person'] });
    const candidate = await redeem(t, key.key);
    expect(candidate.data.invitation.detailsNeeded).toEqual([]);
    const started = await start(candidate.headers, { name: 'Someone Else', email: 'else@example.com' });
    expect(started.statusCode).toBe(201);
    expect(await keyRow(key.id)).toMatchObject({ candidate_name: 'Named Person', candidate_email: 'named@example.com' });
  });

  it('details given when redeeming count: the start then asks nothing', async () => {
    const [key] = await createKeys(t, org, asking.id, { count: 1 });
    const candidate = await redeem(t, key.key, { name: 'Redeemed Name', email: 'redeemed@example.com' });
    expect(candidate.data.invitation).toMatchObject({ candidateName: 'Redeemed Name', candidateEmail: 'redeemed@example.com', detailsNeeded: [] });
    expect((await start(candidate.headers)).statusCode).toBe(201);
  });

  it('an email the organization knows links to that candidate without renaming them', async () => {
    await createKeys(t, org, asking.id, { count: 1, candidateEmails: ['known@example.com'], candidateNames: ['Known By The Team'] });
    const [key] = await createKeys(t, org, asking.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    expect((await start(candidate.headers, { name: 'Self Chosen', email: 'known@example.com' })).statusCode).toBe(201);
    const people = await t.database.db.selectFrom('candidates').selectAll().where('org_id', '=', org.org.id).where('email', '=', 'known@example.com').execute();
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Known By The Team');
    expect(await keyRow(key.id)).toMatchObject({ candidate_id: people[0]!.id, candidate_name: 'Self Chosen' });
  });

  it('an assessment that does not ask starts a nameless key as before', async () => {
    const anonymous = await createAssessment(t, org, { questions: sampleQuestions, requireCandidateDetails: false });
    const [key] = await createKeys(t, org, anonymous.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    expect(candidate.data.invitation.detailsNeeded).toEqual([]);
    expect((await start(candidate.headers)).statusCode).toBe(201);
    expect(await keyRow(key.id)).toMatchObject({ candidate_name: null, candidate_email: null });
  });

  it('refuses unknown fields in the start body', async () => {
    const [key] = await createKeys(t, org, asking.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    const response = await start(candidate.headers, { name: 'Eve', email: 'eve@example.com', candidateId: 'cand_other' });
    expect(response.statusCode).toBe(400);
    expect(await keyRow(key.id)).toMatchObject({ candidate_name: null, attempt_count: 0 });
  });
});
