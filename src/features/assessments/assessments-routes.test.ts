import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, OPERATOR_KEY, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import {
  assessmentBody,
  createAssessment,
  createKeys,
  insertCandidateToken,
  sampleQuestions,
} from '../../../test/helpers/assessment-fixtures.js';

const DOCUMENTED_FIELDS = [
  'id',
  'title',
  'role',
  'taskBrief',
  'repoUrl',
  'issueId',
  'issue',
  'timeLimitMinutes',
  'expiresInDays',
  'createdAt',
];

describe('assessments API', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  const post = (payload: unknown, headers = org.headers) =>
    t.request({ method: 'POST', url: '/v1/assessments', headers, payload: payload as Record<string, unknown> });

  describe('create', () => {
    it('answers 201 with the documented fields, the content settings and their defaults', async () => {
      const response = await post(assessmentBody());
      expect(response.statusCode).toBe(201);
      const assessment = response.data.assessment;
      for (const field of DOCUMENTED_FIELDS) expect(assessment).toHaveProperty(field);
      expect(assessment).toMatchObject({
        title: 'Backend API Challenge',
        role: 'Senior Backend Engineer',
        taskBrief: 'Build a small REST API with tests.',
        repoUrl: null,
        issueId: null,
        issue: null,
        timeLimitMinutes: 90,
        expiresInDays: 7,
        rubricId: null,
        slug: 'backend-api-challenge',
        passingScore: 60,
        lowPassBand: 10,
        maxAttempts: 1,
        lockOnPass: true,
        showResult: false,
        // The fixture turns it off (the API's default, on, is checked in candidate-flow-details.test.ts).
        requireCandidateDetails: false,
        redFlagThreshold: 3,
        skills: [],
        questions: [],
        blueprint: null,
        cases: [],
        questionCount: 0,
        caseCount: 0,
      });
      expect(assessment.id).toMatch(/^asmt_/);
      expect(new Date(assessment.createdAt).toISOString()).toBe(assessment.createdAt);
    });

    it('stores every content field and returns the questions with their answer keys', async () => {
      const response = await post(
        assessmentBody({
          title: 'Full content',
          slug: 'full-content-custom',
          repoUrl: 'https://github.com/fastify/demo',
          timeLimitMinutes: 45,
          expiresInDays: 14,
          passingScore: 75,
          lowPassBand: 5,
          maxAttempts: 3,
          lockOnPass: false,
          showResult: true,
          redFlagThreshold: 5,
          skills: ['http', 'sql'],
          questions: sampleQuestions,
          cases: [
            {
              title: 'Fix the failing test',
              maxScore: 10,
              description: 'Run `npm test`; one test fails.\n\nMake it pass without changing the test.',
              rubric: { criteria: [{ name: 'Correctness', maxPoints: 6 }, { name: 'Style', maxPoints: 4, description: 'Readable code' }] },
            },
            { title: 'Write a migration', maxScore: 5 },
          ],
        }),
      );
      expect(response.statusCode).toBe(201);
      const assessment = response.data.assessment;
      expect(assessment).toMatchObject({
        slug: 'full-content-custom',
        repoUrl: 'https://github.com/fastify/demo',
        timeLimitMinutes: 45,
        expiresInDays: 14,
        passingScore: 75,
        lowPassBand: 5,
        maxAttempts: 3,
        lockOnPass: false,
        showResult: true,
        redFlagThreshold: 5,
        skills: ['http', 'sql'],
        questionCount: 3,
        caseCount: 2,
      });
      expect(assessment.questions.map((q: any) => [q.type, q.answer, q.points])).toEqual([
        ['single', 1, 1],
        ['multiple', [0, 2], 2],
        ['text', ['5432'], 1],
      ]);
      expect(assessment.questions[0]).toEqual({
        id: expect.stringMatching(/^q_/),
        text: 'Which status means Created?',
        type: 'single',
        options: ['200', '201', '204'],
        answer: 1,
        category: 'http',
        difficulty: 'easy',
        points: 1,
        pinnedOptions: [],
      });
      expect(assessment.cases).toEqual([
        {
          id: expect.stringMatching(/^case_/),
          title: 'Fix the failing test',
          order: 1,
          maxScore: 10,
          description: 'Run `npm test`; one test fails.\n\nMake it pass without changing the test.',
          rubric: {
            criteria: [
              { name: 'Correctness', maxPoints: 6, description: null },
              { name: 'Style', maxPoints: 4, description: 'Readable code' },
            ],
          },
        },
        { id: expect.stringMatching(/^case_/), title: 'Write a migration', order: 2, maxScore: 5, description: null, rubric: null },
      ]);
      const again = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}`, headers: org.headers });
      expect(again.data.assessment).toEqual(assessment);
    });

    it('accepts a 255-character title and role', async () => {
      const response = await post(assessmentBody({ title: 'T'.repeat(255), role: 'R'.repeat(255) }));
      expect(response.statusCode).toBe(201);
      expect(response.data.assessment.title).toHaveLength(255);
    });

    it.each([
      ['a 256-character title', { title: 'x'.repeat(256) }, 'title'],
      ['an empty title', { title: '' }, 'title'],
      ['a blank title', { title: '   ' }, 'title'],
      ['no title', { title: undefined }, 'title'],
      ['a 256-character role', { role: 'x'.repeat(256) }, 'role'],
      ['an empty role', { role: '' }, 'role'],
      ['no role', { role: undefined }, 'role'],
      ['no taskBrief and no issueId', { taskBrief: undefined }, 'taskBrief'],
      ['an empty taskBrief and no issueId', { taskBrief: '' }, 'taskBrief'],
      ['a null taskBrief and no issueId', { taskBrief: null }, 'taskBrief'],
      ['a repoUrl that is not a URL', { repoUrl: 'not a url' }, 'repoUrl'],
      ['a repoUrl without scheme', { repoUrl: 'github.com/a/b' }, 'repoUrl'],
      ['a javascript: repoUrl', { repoUrl: 'javascript:alert(1)' }, 'repoUrl'],
      ['a zero timeLimitMinutes', { timeLimitMinutes: 0 }, 'timeLimitMinutes'],
      ['a negative timeLimitMinutes', { timeLimitMinutes: -5 }, 'timeLimitMinutes'],
      ['a fractional timeLimitMinutes', { timeLimitMinutes: 1.5 }, 'timeLimitMinutes'],
      ['a text timeLimitMinutes', { timeLimitMinutes: 'soon' }, 'timeLimitMinutes'],
      ['a zero expiresInDays', { expiresInDays: 0 }, 'expiresInDays'],
      ['a fractional expiresInDays', { expiresInDays: 2.5 }, 'expiresInDays'],
      ['a rubricId that is not a UUID', { rubricId: 'rubric-1' }, 'rubricId'],
      ['an unknown rubricId', { rubricId: '0190a5b2-0000-7000-8000-000000000000' }, 'rubricId'],
      ['an unknown issueId', { issueId: 'iss_nope' }, 'issueId'],
      ['an unknown issueId with a taskBrief', { issueId: 'iss_nope', taskBrief: 'x' }, 'issueId'],
      ['a slug with spaces', { slug: 'Not A Slug' }, 'slug'],
      ['a passingScore over 100', { passingScore: 101 }, 'passingScore'],
      ['a negative lowPassBand', { lowPassBand: -1 }, 'lowPassBand'],
      ['a zero maxAttempts', { maxAttempts: 0 }, 'maxAttempts'],
      ['a zero redFlagThreshold', { redFlagThreshold: 0 }, 'redFlagThreshold'],
      ['a text lockOnPass', { lockOnPass: 'sometimes' }, 'lockOnPass'],
      ['repeated skills', { skills: ['sql', 'sql'] }, 'skills'],
      ['an unknown field', { timelimitMinutes: 5 }, 'timelimitMinutes'],
      ['a question without category', { questions: [{ ...sampleQuestions[0], category: undefined }] }, 'questions.0.category'],
      ['a question with an unknown difficulty', { questions: [{ ...sampleQuestions[0], difficulty: 'extreme' }] }, 'questions.0.difficulty'],
      ['a question with an unknown type', { questions: [{ ...sampleQuestions[0], type: 'essay' }] }, 'questions.0.type'],
      ['a question without answer', { questions: [{ ...sampleQuestions[0], answer: undefined }] }, 'questions.0.answer'],
      ['an answer index out of range', { questions: [sampleQuestions[0], { ...sampleQuestions[0], answer: 3 }] }, 'questions.1.answer'],
      ['a single question with two answers', { questions: [{ ...sampleQuestions[0], answer: [0, 1] }] }, 'questions.0.answer'],
      ['a multiple question with no answer', { questions: [{ ...sampleQuestions[1], answer: [] }] }, 'questions.0.answer'],
      ['a multiple question with repeated answers', { questions: [{ ...sampleQuestions[1], answer: [2, 2] }] }, 'questions.0.answer'],
      ['a choice question with one option', { questions: [{ ...sampleQuestions[0], options: ['only'], answer: 0 }] }, 'questions.0.options'],
      ['a text question with options', { questions: [{ ...sampleQuestions[2], options: ['a', 'b'] }] }, 'questions.0.options'],
      ['a text question with a numeric answer', { questions: [{ ...sampleQuestions[2], answer: 5432 }] }, 'questions.0.answer'],
      ['a pinned option out of range', { questions: [{ ...sampleQuestions[0], pinnedOptions: [3] }] }, 'questions.0.pinnedOptions'],
      ['zero points', { questions: [{ ...sampleQuestions[0], points: 0 }] }, 'questions.0.points'],
      ['a case without maxScore', { cases: [{ title: 'x' }] }, 'cases.0.maxScore'],
      ['a case with zero maxScore', { cases: [{ title: 'x', maxScore: 0 }] }, 'cases.0.maxScore'],
      ['a case rubric without criteria', { cases: [{ title: 'x', maxScore: 1, rubric: { criteria: [] } }] }, 'cases.0.rubric.criteria'],
      [
        'a case rubric with repeated criteria',
        { cases: [{ title: 'x', maxScore: 2, rubric: { criteria: [{ name: 'A', maxPoints: 1 }, { name: 'a', maxPoints: 1 }] } }] },
        'cases.0.rubric.criteria.1.name',
      ],
      ['an empty blueprint', { blueprint: [] }, 'blueprint'],
      ['a blueprint entry with zero count', { blueprint: [{ category: 'x', difficulty: 'easy', count: 0 }] }, 'blueprint.0.count'],
      [
        'a repeated blueprint entry',
        { blueprint: [{ category: 'x', difficulty: 'easy', count: 1 }, { category: 'x', difficulty: 'easy', count: 1 }] },
        'blueprint.1',
      ],
      ['both questions and a blueprint', { questions: sampleQuestions, blueprint: [{ category: 'http', difficulty: 'easy', count: 1 }] }, 'blueprint'],
    ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
      const before = await t.database.db.selectFrom('assessments').select('id').execute();
      const response = await post(assessmentBody(overrides));
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toMatch(/^validation_failed$/);
      const detail = response.data.error.details.find((item: { field: string }) => item.field === field);
      expect(detail).toBeDefined();
      expect(response.data.error.message).toContain(detail.message);
      const after = await t.database.db.selectFrom('assessments').select('id').execute();
      expect(after).toHaveLength(before.length);
    });

    it('refuses a body that is not JSON, and an empty body', async () => {
      const bad = await t.request({
        method: 'POST',
        url: '/v1/assessments',
        headers: { ...org.headers, 'content-type': 'application/json' },
        payload: '{"title":',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.data.error.code).toBe('invalid_body');
      const empty = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: {} });
      expect(empty.statusCode).toBe(400);
    });

    it('fills taskBrief from the issue, and an explicit taskBrief wins', async () => {
      const issues = await t.request({ method: 'GET', url: '/v1/issues', headers: org.headers });
      const issue = issues.data.issues[0];
      const fromIssue = await post(assessmentBody({ title: 'From issue', taskBrief: undefined, issueId: issue.id }));
      expect(fromIssue.statusCode).toBe(201);
      expect(fromIssue.data.assessment).toMatchObject({ issueId: issue.id, taskBrief: issue.brief, issue });
      const explicit = await post(assessmentBody({ title: 'Own brief', taskBrief: 'Our own words', issueId: issue.id }));
      expect(explicit.data.assessment).toMatchObject({ issueId: issue.id, taskBrief: 'Our own words', issue });
    });

    it("accepts one of the org's rubrics", async () => {
      const rubric = await t.request({
        method: 'POST',
        url: '/v1/rubrics',
        headers: org.headers,
        payload: { name: 'Code review', criteria: [{ name: 'Tests', maxPoints: 5 }] },
      });
      const response = await post(assessmentBody({ title: 'With rubric', rubricId: rubric.data.rubric.id }));
      expect(response.statusCode).toBe(201);
      expect(response.data.assessment.rubricId).toBe(rubric.data.rubric.id);
    });

    it("refuses another org's rubric and issue as unknown", async () => {
      const other = await t.createOrg();
      const rubric = await t.request({
        method: 'POST',
        url: '/v1/rubrics',
        headers: other.headers,
        payload: { criteria: [{ name: 'Tests', maxPoints: 5 }] },
      });
      const issues = await t.request({ method: 'GET', url: '/v1/issues', headers: other.headers });
      const withRubric = await post(assessmentBody({ rubricId: rubric.data.rubric.id }));
      expect(withRubric.statusCode).toBe(400);
      expect(withRubric.data.error.details).toEqual([expect.objectContaining({ field: 'rubricId' })]);
      const withIssue = await post(assessmentBody({ issueId: issues.data.issues[0].id }));
      expect(withIssue.statusCode).toBe(400);
      expect(withIssue.data.error.details).toEqual([expect.objectContaining({ field: 'issueId' })]);
    });

    it('generates unique slugs from the title, refuses a taken explicit slug with 409, frees the slug of a deleted one', async () => {
      const first = await post(assessmentBody({ title: 'Data Engineer Screen' }));
      const second = await post(assessmentBody({ title: 'Data Engineer Screen!' }));
      expect(first.data.assessment.slug).toBe('data-engineer-screen');
      expect(second.data.assessment.slug).toBe('data-engineer-screen-2');
      const taken = await post(assessmentBody({ title: 'Other', slug: 'data-engineer-screen' }));
      expect(taken.statusCode).toBe(409);
      expect(taken.data.error.code).toBe('slug_taken');
      await t.request({ method: 'DELETE', url: `/v1/assessments/${first.data.assessment.id}`, headers: org.headers });
      const reused = await post(assessmentBody({ title: 'Other', slug: 'data-engineer-screen' }));
      expect(reused.statusCode).toBe(201);
      const other = await t.createOrg();
      const otherOrg = await post(assessmentBody({ title: 'Data Engineer Screen' }), other.headers);
      expect(otherOrg.data.assessment.slug).toBe('data-engineer-screen');
    });

    it('needs the assessments:write scope', async () => {
      const readOnly = await t.request({
        method: 'POST',
        url: '/v1/api-keys',
        headers: org.headers,
        payload: { name: 'reader', scopes: ['assessments:read'] },
      });
      const headers = { authorization: `Bearer ${readOnly.data.key}` };
      const response = await post(assessmentBody(), headers);
      expect(response.statusCode).toBe(403);
      expect(response.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'assessments:write' } });
      const list = await t.request({ method: 'GET', url: '/v1/assessments', headers });
      expect(list.statusCode).toBe(200);
      const none = await t.request({ method: 'GET', url: '/v1/assessments' });
      expect(none.statusCode).toBe(401);
    });
  });

  describe('subscription (402)', () => {
    const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

    it.each([
      ['an inactive subscription', { subscriptionStatus: 'inactive' }, 'inactive'],
      ['an expired trial', { subscriptionStatus: 'trialing', trialEndsAt: '2020-01-01T00:00:00.000Z' }, 'trial'],
    ])('refuses create with %s', async (_name, settings, words) => {
      const blocked = await t.createOrg(settings);
      const response = await post(assessmentBody(), blocked.headers);
      expect(response.statusCode).toBe(402);
      expect(response.data.error.code).toBe('subscription_inactive');
      expect(response.data.error.message.toLowerCase()).toContain(words);
      const rows = await t.database.db.selectFrom('assessments').select('id').where('org_id', '=', blocked.org.id).execute();
      expect(rows).toEqual([]);
    });

    it('allows a running trial, and an org that reactivates', async () => {
      const trial = await t.createOrg({ subscriptionStatus: 'trialing', trialEndsAt: '2999-01-01T00:00:00.000Z' });
      expect((await post(assessmentBody(), trial.headers)).statusCode).toBe(201);
      const lapsed = await t.createOrg({ subscriptionStatus: 'inactive' });
      expect((await post(assessmentBody(), lapsed.headers)).statusCode).toBe(402);
      await t.request({ method: 'PATCH', url: `/v1/admin/orgs/${lapsed.org.id}`, headers: operator, payload: { subscriptionStatus: 'active' } });
      expect((await post(assessmentBody(), lapsed.headers)).statusCode).toBe(201);
    });
  });

  describe('list, get and delete', () => {
    let listOrg: TestOrg;
    const ids: string[] = [];

    beforeAll(async () => {
      listOrg = await t.createOrg();
      const issues = await t.request({ method: 'GET', url: '/v1/issues', headers: listOrg.headers });
      for (const [index, overrides] of [{}, { issueId: issues.data.issues[1].id, taskBrief: undefined }, {}].entries()) {
        ids.push((await createAssessment(t, listOrg, { title: `Assessment ${index + 1}`, ...overrides })).id);
      }
    });

    it('lists current assessments oldest first, each with its issue or null', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/assessments', headers: listOrg.headers });
      expect(response.statusCode).toBe(200);
      const list = response.data.assessments;
      expect(list.map((a: any) => a.id)).toEqual(ids);
      expect(list.map((a: any) => a.title)).toEqual(['Assessment 1', 'Assessment 2', 'Assessment 3']);
      expect(list[0].issue).toBeNull();
      expect(list[1].issue).toMatchObject({ id: list[1].issueId, title: expect.any(String), repoUrl: expect.stringMatching(/^https:/) });
      for (const item of list) {
        for (const field of DOCUMENTED_FIELDS) expect(item).toHaveProperty(field);
        expect(item).not.toHaveProperty('questions');
      }
      const sorted = [...list].sort((a: any, b: any) => a.createdAt.localeCompare(b.createdAt));
      expect(sorted.map((a: any) => a.id)).toEqual(ids);
    });

    it('gets one with its issue field', async () => {
      const response = await t.request({ method: 'GET', url: `/v1/assessments/${ids[1]}`, headers: listOrg.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data.assessment.id).toBe(ids[1]);
      expect(response.data.assessment.issue.id).toBe(response.data.assessment.issueId);
      const plain = await t.request({ method: 'GET', url: `/v1/assessments/${ids[0]}`, headers: listOrg.headers });
      expect(plain.data.assessment.issue).toBeNull();
    });

    it('answers 404 for an unknown id', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/assessments/asmt_nope', headers: listOrg.headers });
      expect(response.statusCode).toBe(404);
      expect(response.data.error.code).toBe('not_found');
    });

    it('soft-deletes an assessment and its keys: gone from list, detail and key lists; deleting again is 404', async () => {
      const keys = await createKeys(t, listOrg, ids[2]!, { count: 2 });
      const response = await t.request({ method: 'DELETE', url: `/v1/assessments/${ids[2]}`, headers: listOrg.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data).toEqual({ ok: true, id: ids[2] });

      const list = await t.request({ method: 'GET', url: '/v1/assessments', headers: listOrg.headers });
      expect(list.data.assessments.map((a: any) => a.id)).toEqual(ids.slice(0, 2));
      const get = await t.request({ method: 'GET', url: `/v1/assessments/${ids[2]}`, headers: listOrg.headers });
      expect(get.statusCode).toBe(404);
      const keyList = await t.request({ method: 'GET', url: `/v1/assessments/${ids[2]}/keys`, headers: listOrg.headers });
      expect(keyList.statusCode).toBe(404);
      const candidates = await t.request({ method: 'GET', url: '/v1/candidates', headers: listOrg.headers });
      expect(candidates.data.candidates.map((c: any) => c.id)).not.toContain(keys[0].id);
      const again = await t.request({ method: 'DELETE', url: `/v1/assessments/${ids[2]}`, headers: listOrg.headers });
      expect(again.statusCode).toBe(404);
      const patch = await t.request({ method: 'PATCH', url: `/v1/assessments/${ids[2]}`, headers: listOrg.headers, payload: { title: 'x' } });
      expect(patch.statusCode).toBe(404);

      const rows = await t.database.db.selectFrom('invitations').select(['id', 'revoked_at']).where('assessment_id', '=', ids[2]!).execute();
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row.revoked_at).not.toBeNull();
      const assessmentRow = await t.database.db.selectFrom('assessments').select('deleted_at').where('id', '=', ids[2]!).executeTakeFirstOrThrow();
      expect(assessmentRow.deleted_at).not.toBeNull();
    });
  });

  describe('candidate view of GET /v1/assessments/:id', () => {
    it('shows a candidate their own assessment without answer keys or rubrics, and 404 for any other', async () => {
      const candidateOrg = await t.createOrg();
      const assessment = await createAssessment(t, candidateOrg, {
        title: 'Candidate visible',
        questions: [
          { ...sampleQuestions[0], options: ['SECRET-A', 'SECRET-B'], answer: 1 },
          { ...sampleQuestions[2], answer: 'TEXT-ANSWER-KEY' },
        ],
        cases: [
          {
            title: 'Case one',
            maxScore: 10,
            description: 'Add pagination to GET /items.',
            rubric: { criteria: [{ name: 'RUBRIC-INTERNAL', maxPoints: 10, description: 'RUBRIC-GUIDE' }] },
          },
        ],
        redFlagThreshold: 7,
      });
      const other = await createAssessment(t, candidateOrg, { title: 'Not theirs' });
      const [key] = await createKeys(t, candidateOrg, assessment.id, { count: 1 });
      const token = await insertCandidateToken(t.database.db, { orgId: candidateOrg.org.id, invitationId: key.id });
      const headers = { authorization: `Bearer ${token}` };

      const response = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}`, headers });
      expect(response.statusCode).toBe(200);
      const view = response.data.assessment;
      expect(view).toMatchObject({ id: assessment.id, title: 'Candidate visible', role: assessment.role, taskBrief: assessment.taskBrief, questionCount: 2 });
      for (const field of DOCUMENTED_FIELDS) expect(view).toHaveProperty(field);
      expect(view.questions).toHaveLength(2);
      for (const question of view.questions) {
        expect(question).not.toHaveProperty('answer');
        expect(question).not.toHaveProperty('pinnedOptions');
      }
      expect(view.questions[0].options).toEqual(['SECRET-A', 'SECRET-B']);
      expect(view.cases).toEqual([{ id: assessment.cases[0].id, title: 'Case one', order: 1, maxScore: 10, description: 'Add pagination to GET /items.' }]);
      for (const hidden of ['"answer"', 'TEXT-ANSWER-KEY', 'RUBRIC-INTERNAL', 'RUBRIC-GUIDE', 'maxPoints', 'rubric', 'redFlagThreshold', 'lockOnPass']) {
        expect(response.body).not.toContain(hidden);
      }

      const foreign = await t.request({ method: 'GET', url: `/v1/assessments/${other.id}`, headers });
      expect(foreign.statusCode).toBe(404);
      const list = await t.request({ method: 'GET', url: '/v1/assessments', headers });
      expect(list.statusCode).toBe(401);
      const patch = await t.request({ method: 'PATCH', url: `/v1/assessments/${assessment.id}`, headers, payload: { title: 'hacked' } });
      expect(patch.statusCode).toBe(401);

      // The reviewer still sees the answer keys of the same assessment.
      const reviewer = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}`, headers: candidateOrg.headers });
      expect(reviewer.data.assessment.questions[1].answer).toBe('TEXT-ANSWER-KEY');
      expect(reviewer.data.assessment.cases[0].rubric.criteria[0].name).toBe('RUBRIC-INTERNAL');

      // A revoked key's token stops working: 410, so the candidate learns the invitation was withdrawn.
      await t.request({ method: 'DELETE', url: `/v1/assessments/${assessment.id}/keys/${key.id}`, headers: candidateOrg.headers });
      const revoked = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}`, headers });
      expect(revoked.statusCode).toBe(410);
      expect(revoked.data.error.code).toBe('invitation_revoked');
    });
  });
});
