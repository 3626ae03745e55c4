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
  const a = {} as Record<'rubricId' | 'issueId' | 'bankQuestionId' | 'assessmentId' | 'questionId' | 'keyId' | 'key' | 'apiKeyId', string>;
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
    ]) {
      const response = await t.request({ method: 'GET', url, headers: orgB.headers });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
      for (const id of aIds) expect(response.body, `${url} leaks ${id}`).not.toContain(id);
      expect(response.body).not.toContain('a-candidate@example.com');
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
