import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createAssessment, createKeys, insertCandidateToken, sampleQuestions } from './helpers/assessment-fixtures.js';

/**
 * Org B's credentials get 404 (never 403, never data) for every id of org A,
 * on every route of the reviewer API, and B's lists never contain A's rows.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  const a = {} as Record<'rubricId' | 'issueId' | 'bankQuestionId' | 'assessmentId' | 'questionId' | 'keyId' | 'key' | 'apiKeyId' | 'teamInviteId', string>;
  let bAssessmentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    orgA = await t.createOrg({ name: 'Org A' });
    orgB = await t.createOrg({ name: 'Org B' });

    const rubric = await t.request({ method: 'POST', url: '/v1/rubrics', headers: orgA.headers, payload: { criteria: [{ name: 'Tests', maxPoints: 5 }] } });
    a.rubricId = rubric.data.rubric.id;
    const issues = await t.request({ method: 'GET', url: '/v1/issues', headers: orgA.headers });
    a.issueId = issues.data.issues[0].id;
    const bank = await t.request({ method: 'POST', url: '/v1/question-bank/questions', headers: orgA.headers, payload: { questions: [sampleQuestions[0]] } });
    a.bankQuestionId = bank.data.questions[0].id;
    const assessment = await createAssessment(t, orgA, { title: 'A only', issueId: a.issueId, rubricId: a.rubricId, questions: sampleQuestions });
    a.assessmentId = assessment.id;
    a.questionId = assessment.questions[0].id;
    const [key] = await createKeys(t, orgA, a.assessmentId, { count: 1, candidateEmails: ['a-candidate@example.com'], candidateNames: ['Ann'] });
    a.keyId = key.id;
    a.key = key.key;
    const apiKeys = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgA.headers });
    a.apiKeyId = apiKeys.data.apiKeys[0].id;
    const teamInvite = await t.request({ method: 'POST', url: '/v1/users/invites', headers: orgA.headers, payload: { email: 'a-teammate@example.com', role: 'reviewer' } });
    a.teamInviteId = teamInvite.data.invite.id;

    bAssessmentId = (await createAssessment(t, orgB, { title: 'B only' })).id;
    await createKeys(t, orgB, bAssessmentId, { count: 1 });
  });
  afterAll(() => t.close());

  const routes = (): Array<[string, string, Record<string, unknown>?]> => [
    ['GET', `/v1/assessments/${a.assessmentId}`],
    ['PATCH', `/v1/assessments/${a.assessmentId}`, { title: 'Taken over' }],
    ['DELETE', `/v1/assessments/${a.assessmentId}`],
    ['GET', `/v1/assessments/${a.assessmentId}/keys`],
    ['POST', `/v1/assessments/${a.assessmentId}/keys`, { count: 1 }],
    ['DELETE', `/v1/assessments/${a.assessmentId}/keys/${a.keyId}`],
    ['DELETE', `/v1/assessments/${bAssessmentId}/keys/${a.keyId}`],
    ['GET', `/v1/rubrics/${a.rubricId}`],
    ['GET', `/v1/issues/${a.issueId}`],
    ['DELETE', `/v1/question-bank/questions/${a.bankQuestionId}`],
    ['DELETE', `/v1/question-bank/questions/${a.questionId}`],
    ['DELETE', `/v1/api-keys/${a.apiKeyId}`],
    ['DELETE', `/v1/users/invites/${a.teamInviteId}`],
    ['POST', `/v1/users/invites/${a.teamInviteId}/resend`],
  ];

  it('answers 404 to org B for every org-A id on every route', async () => {
    for (const [method, url, payload] of routes()) {
      const response = await t.request({ method: method as 'GET', url, headers: orgB.headers, ...(payload ? { payload } : {}) });
      expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 404 });
      expect(response.data.error.code).toBe('not_found');
      expect(response.body).not.toContain('A only');
    }
  });

  it("leaves org A's data untouched after B's attempts", async () => {
    const assessment = await t.request({ method: 'GET', url: `/v1/assessments/${a.assessmentId}`, headers: orgA.headers });
    expect(assessment.statusCode).toBe(200);
    expect(assessment.data.assessment.title).toBe('A only');
    const keys = await t.request({ method: 'GET', url: `/v1/assessments/${a.assessmentId}/keys`, headers: orgA.headers });
    expect(keys.data.keys.map((k: any) => k.id)).toEqual([a.keyId]);
    const bank = await t.request({ method: 'GET', url: '/v1/question-bank/questions', headers: orgA.headers });
    expect(bank.data.questions.map((q: any) => q.id)).toEqual([a.bankQuestionId]);
    const apiKeys = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgA.headers });
    expect(apiKeys.data.apiKeys.map((k: any) => k.id)).toContain(a.apiKeyId);
    const invites = await t.request({ method: 'GET', url: '/v1/users/invites', headers: orgA.headers });
    expect(invites.data.invites).toMatchObject([{ id: a.teamInviteId, status: 'pending', emailStatus: 'queued' }]);
  });

  it("never lists org-A rows to org B", async () => {
    const aIds = Object.values(a);
    for (const url of [
      '/v1/assessments',
      '/v1/candidates?limit=200',
      '/v1/rubrics',
      '/v1/issues',
      '/v1/question-bank/questions?limit=500',
      `/v1/assessments/${bAssessmentId}/keys`,
      '/v1/api-keys',
      '/v1/users/invites',
    ]) {
      const response = await t.request({ method: 'GET', url, headers: orgB.headers });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
      for (const id of aIds) expect(response.body, `${url} leaks ${id}`).not.toContain(id);
      expect(response.body).not.toContain('a-candidate@example.com');
      expect(response.body).not.toContain('a-teammate@example.com');
    }
    const assessments = await t.request({ method: 'GET', url: '/v1/assessments', headers: orgB.headers });
    expect(assessments.data.assessments.map((x: any) => x.id)).toEqual([bAssessmentId]);
    const candidates = await t.request({ method: 'GET', url: '/v1/candidates', headers: orgB.headers });
    expect(candidates.data.total).toBe(1);
  });

  it("refuses org-A rubrics and issues as unknown when org B references them", async () => {
    for (const payload of [{ rubricId: a.rubricId }, { issueId: a.issueId }]) {
      const response = await t.request({ method: 'PATCH', url: `/v1/assessments/${bAssessmentId}`, headers: orgB.headers, payload });
      expect(response.statusCode).toBe(400);
      expect(response.body).not.toContain('A only');
    }
  });

  it("answers org B for org A's keys, invitations and verification records exactly as for ones that exist nowhere", async () => {
    // Org A's invitation in use: redeemed, started, with its invite token and verification record.
    const [used] = await createKeys(t, orgA, a.assessmentId, { count: 1, candidateEmails: ['a-used@example.com'] });
    const redeemed = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: used.key }, remoteAddress: '10.99.0.1' });
    expect(redeemed.statusCode).toBe(201);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: { authorization: `Bearer ${redeemed.data.token}` } });
    expect(started.statusCode).toBe(201);
    const row = await t.database.db.selectFrom('invitations').select(['invite_token', 'record_verification_id']).where('id', '=', used.id).executeTakeFirstOrThrow();
    const sessionId: string = started.data.session.id;
    // Org B's own candidate, for the verification routes' candidate branch.
    const [bKey] = await createKeys(t, orgB, bAssessmentId, { count: 1 });
    const bCandidate = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: bKey.key }, remoteAddress: '10.99.0.2' });
    const bCandidateHeaders = { authorization: `Bearer ${bCandidate.data.token}` };

    const unknown = { keyId: 'key_01KNOWNNOWHERE0000000000000', token: '00000000-0000-4000-8000-000000000000', record: 'ver_live_000000000000000000000000', session: 'res_01KNOWNNOWHERE0000000000000' };
    const probes: Array<{ method: 'GET' | 'POST' | 'DELETE'; url: (id: string) => string; ids: [string, string]; payload?: (id: string) => object; headers?: Record<string, string> }> = [
      { method: 'DELETE', url: (id) => `/v1/assessments/${bAssessmentId}/keys/${id}`, ids: [used.id, unknown.keyId] },
      { method: 'POST', url: (id) => `/v1/assessments/${bAssessmentId}/keys/${id}/resend`, ids: [used.id, unknown.keyId], payload: () => ({}) },
      { method: 'POST', url: (id) => `/v1/assessments/${a.assessmentId}/keys/${id}/resend`, ids: [a.keyId, unknown.keyId], payload: () => ({}) },
      { method: 'GET', url: (id) => `/api/v1/public/invites/${id}/result/`, ids: [row.invite_token, unknown.token] },
      { method: 'GET', url: (id) => `/v1/sessions/${id}`, ids: [sessionId, unknown.session] },
      { method: 'GET', url: (id) => `/v1/sessions/${id}/events`, ids: [sessionId, unknown.session] },
      { method: 'GET', url: (id) => `/results/${id}`, ids: [sessionId, unknown.session] },
      { method: 'GET', url: (id) => `/v1/score?assessmentIds=${id}`, ids: [a.assessmentId, 'asmt_01KNOWNNOWHERE000000000000'] },
      { method: 'POST', url: () => '/api/v1/assessment/generate', ids: [row.record_verification_id, unknown.record], payload: (id) => ({ recordVerificationId: id }) },
      { method: 'POST', url: () => '/api/v1/assessment/submit', ids: [row.record_verification_id, unknown.record], payload: (id) => ({ recordVerificationId: id, answers: [{ questionId: a.questionId, selectedAnswer: 0 }] }) },
      { method: 'POST', url: () => '/api/v1/assessment/generate', ids: [row.record_verification_id, unknown.record], payload: (id) => ({ recordVerificationId: id }), headers: bCandidateHeaders },
    ];
    for (const probe of probes) {
      const [existing, nowhere] = await Promise.all(
        probe.ids.map(async (id) => {
          const response = await t.request({ method: probe.method, url: probe.url(id), headers: probe.headers ?? orgB.headers, ...(probe.payload ? { payload: probe.payload(id) } : {}) });
          const body = { ...(response.data as Record<string, unknown> | undefined), requestId: undefined };
          return { status: response.statusCode, type: response.headers['content-type'], body: JSON.stringify(body).replaceAll(id, '<id>') };
        }),
      );
      expect({ probe: probe.url(probe.ids[0]), ...existing }).toEqual({ probe: probe.url(probe.ids[0]), ...nowhere });
      expect(existing!.status === 404 || existing!.status === 200).toBe(true);
    }
  });

  it("confines a candidate token to its own assessment", async () => {
    const token = await insertCandidateToken(t.database.db, { orgId: orgA.org.id, invitationId: a.keyId });
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.request({ method: 'GET', url: `/v1/assessments/${a.assessmentId}`, headers })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/v1/assessments/${bAssessmentId}`, headers })).statusCode).toBe(404);
    for (const url of ['/v1/assessments', '/v1/candidates', `/v1/assessments/${a.assessmentId}/keys`, '/v1/rubrics', '/v1/issues']) {
      expect((await t.request({ method: 'GET', url, headers })).statusCode).toBe(401);
    }
  });
});
