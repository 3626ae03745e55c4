import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';

/** Reviewer endpoints on sessions: read, grade, decide; their rules and errors. */
describe('sessions (reviewer)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let assessment: any;
  let rubricId: string;

  async function session(opts: { submit: boolean; email?: string }) {
    const [key] = await createKeys(t, org, assessment.id, opts.email ? { count: 1, candidateEmails: [opts.email] } : { count: 1 });
    const { headers } = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers });
    if (opts.submit) {
      // Every task handed in with work, then the questions: the attempt completes, its cases wait for grading.
      for (const item of started.data.session.cases as Array<{ id: string }>) {
        await t.request({ method: 'POST', url: `/v1/candidate/cases/${item.id}/submit`, headers, payload: { deliverable: 'diff --git a/x b/x' } });
      }
      const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers });
      expect(submitted.data.session.status).toBe('completed');
    }
    return { id: started.data.session.id as string, headers };
  }

  const grade = (id: string, grades: unknown, headers = org.headers) =>
    t.request({ method: 'POST', url: `/v1/sessions/${id}/grades`, headers, payload: { grades } });

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    other = await t.createOrg();
    const rubric = await t.request({
      method: 'POST',
      url: '/v1/rubrics',
      headers: org.headers,
      payload: { name: 'Team rubric', criteria: [{ name: 'Quality', maxPoints: 5 }, { name: 'Speed', maxPoints: 5 }] },
    });
    expect(rubric.statusCode).toBe(201);
    rubricId = rubric.data.rubric.id;
    assessment = await createAssessment(t, org, {
      rubricId,
      questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
      cases: [
        { title: 'Own rubric', maxScore: 10, rubric: { criteria: [{ name: 'Works', maxPoints: 2 }] } },
        { title: 'Team rubric applies', maxScore: 50 },
      ],
      skills: ['Go'],
    });
  });
  afterAll(() => t.close());

  it('grading or deciding an attempt in progress is 409 session_open', async () => {
    const { id } = await session({ submit: false });
    const graded = await grade(id, [{ caseId: assessment.cases[0].id, criteria: [{ name: 'Works', points: 1 }] }]);
    expect(graded.statusCode).toBe(409);
    expect(graded.data.error.code).toBe('session_open');
    const decided = await t.request({ method: 'POST', url: `/v1/sessions/${id}/decision`, headers: org.headers, payload: { decision: 'hired' } });
    expect(decided.statusCode).toBe(409);
    const read = await t.request({ method: 'GET', url: `/v1/sessions/${id}`, headers: org.headers });
    expect(read.data.session).toMatchObject({ status: 'started', scoreStatus: 'PENDING', score: null });
  });

  it('another organization gets 404 on every session route; a candidate token gets 401', async () => {
    const { id, headers } = await session({ submit: true });
    for (const [method, url, payload] of [
      ['GET', `/v1/sessions/${id}`, undefined],
      ['POST', `/v1/sessions/${id}/grades`, { grades: [{ caseId: assessment.cases[1].id, score: 1 }] }],
      ['POST', `/v1/sessions/${id}/decision`, { decision: 'hired' }],
    ] as const) {
      const foreign = await t.request({ method, url, headers: other.headers, ...(payload ? { payload } : {}) });
      expect(foreign.statusCode).toBe(404);
      const asCandidate = await t.request({ method, url, headers, ...(payload ? { payload } : {}) });
      expect(asCandidate.statusCode).toBe(401);
    }
  });

  it('needs candidates:write to grade, results:read to read', async () => {
    const { id } = await session({ submit: true });
    const created = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'reader', scopes: ['results:read'] } });
    const reader = { authorization: `Bearer ${created.data.key}` };
    expect((await t.request({ method: 'GET', url: `/v1/sessions/${id}`, headers: reader })).statusCode).toBe(200);
    const refused = await grade(id, [{ caseId: assessment.cases[1].id, score: 1 }], reader);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.error.details).toEqual({ scope: 'candidates:write' });
  });

  it.each([
    ['an unknown case', (cases: any[]) => [{ caseId: 'case_nope', score: 1 }], 'grades.0.caseId'],
    [
      'the same case twice',
      (cases: any[]) => [
        { caseId: cases[0].id, criteria: [{ name: 'Works', points: 1 }] },
        { caseId: cases[0].id, criteria: [{ name: 'Works', points: 2 }] },
      ],
      'grades.1.caseId',
    ],
    ['a score above the case maximum', (cases: any[]) => [{ caseId: cases[0].id, criteria: [{ name: 'Works', points: 3 }] }], 'grades.0.criteria.0.points'],
    ['a direct score for a case graded by rubric', (cases: any[]) => [{ caseId: cases[1].id, score: 10 }], 'grades.0.score'],
    ['a criterion of another rubric', (cases: any[]) => [{ caseId: cases[1].id, criteria: [{ name: 'Works', points: 1 }] }], 'grades.0.criteria.0.name'],
    ['an empty list', () => [], 'grades'],
  ])('400 naming the field for %s, and nothing is graded', async (_name, build, field) => {
    const { id } = await session({ submit: true });
    const response = await grade(id, build(assessment.cases));
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details[0].field).toBe(field);
    const read = await t.request({ method: 'GET', url: `/v1/sessions/${id}`, headers: org.headers });
    expect(read.data.session.cases.every((item: any) => item.status === 'pending')).toBe(true);
  });

  it("grades a case without its own rubric by the assessment's rubric; regrading rescores without finalising twice", async () => {
    const { id } = await session({ submit: true, email: 'regrade@example.com' });
    const first = await grade(id, [
      { caseId: assessment.cases[0].id, criteria: [{ name: 'Works', points: 2 }] },
      { caseId: assessment.cases[1].id, criteria: [{ name: 'Quality', points: 5 }, { name: 'Speed', points: 0 }], feedback: 'Slow but right' },
    ]);
    expect(first.statusCode).toBe(200);
    // Question unanswered (0 of 1) + 10 + 25 of 61.
    expect(first.data.session).toMatchObject({ score: 35, maxScore: 61, percentage: 57, scoreStatus: 'FAIL', passed: false });
    expect(first.data.session.cases[1]).toMatchObject({ score: 25, feedback: 'Slow but right', grades: [{ name: 'Quality', points: 5 }, { name: 'Speed', points: 0 }] });
    expect(first.data.session.cases[1].gradedBy).toMatch(/^apikey_/);

    const second = await grade(id, [{ caseId: assessment.cases[1].id, criteria: [{ name: 'Quality', points: 5 }, { name: 'Speed', points: 3 }] }]);
    // 0 + 10 + 40 of 61 = 82%
    expect(second.data.session).toMatchObject({ score: 50, percentage: 82, scoreStatus: 'PASS', passed: true });
    expect(second.data.session.cases[1].feedback).toBe('Slow but right');

    const events = await t.database.db.selectFrom('domain_events').select(['type', 'payload']).execute();
    const about = (type: string) => events.filter((event) => event.type === type && JSON.parse(event.payload).data.session.id === id).length;
    expect(about('result.graded')).toBe(2);
    expect(about('verification.completed')).toBe(1);
    const emails = await t.database.db.selectFrom('emails').select('id').where('to_address', '=', 'regrade@example.com').where('kind', '=', 'result').execute();
    expect(emails).toHaveLength(1);
  });

  it('GET /v1/sessions/:id closes an overdue attempt before answering', async () => {
    const timed = await createAssessment(t, org, {
      title: 'Timed',
      timeLimitMinutes: 1,
      questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
    });
    const [key] = await createKeys(t, org, timed.id);
    const { headers } = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers });
    // Move the deadline into the past instead of waiting a minute.
    await t.database.db
      .updateTable('sessions')
      .set({ deadline_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', started.data.session.id)
      .execute();
    const read = await t.request({ method: 'GET', url: `/v1/sessions/${started.data.session.id}`, headers: org.headers });
    expect(read.data.session).toMatchObject({ status: 'expired', closedReason: 'deadline', scoreStatus: 'FAIL', percentage: 0 });
  });
});
