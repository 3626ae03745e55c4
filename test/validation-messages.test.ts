import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { assessmentBody, createAssessment, createKeys } from './helpers/assessment-fixtures.js';
import { redeem } from './helpers/candidate-kit.js';
import { MAX_DELIVERABLE_CHARS } from '../packages/cli/src/cli-candidate-commands.js';

/**
 * Errors people can act on (issue 16, item 6), over HTTP on a real database:
 * every problem of a request at once, in plain words beside its field; a
 * rubric never worth more than the task it grades; limits stated in the error.
 */
describe('validation errors people can act on', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  const post = (payload: Record<string, unknown>) => t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload });
  const patch = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/v1/assessments/${id}`, headers: org.headers, payload });
  const assessmentCount = async () => (await t.database.db.selectFrom('assessments').select('id').where('org_id', '=', org.org.id).execute()).length;
  const rubric = async (criteria: Array<{ name: string; maxPoints: number }>, name = 'Team rubric') => {
    const response = await t.request({ method: 'POST', url: '/v1/rubrics', headers: org.headers, payload: { name, criteria } });
    expect(response.statusCode).toBe(201);
    return response.data.rubric.id as string;
  };

  describe('every problem of a request at once', () => {
    it('lists all the problems of a new assessment, each with its field, in plain words', async () => {
      const before = await assessmentCount();
      const response = await post({
        title: '',
        taskBrief: 'A brief',
        passingScore: 150,
        timeLimitMinutes: 'soon',
        repoUrl: 42,
        questions: [
          { text: 'Pick one', type: 'single', options: ['A', ''], answer: 0, category: 'http', difficulty: 'extreme' },
          { text: 'Explain', type: 'essay', answer: 'x', category: '', difficulty: 'easy', points: 0 },
        ],
        cases: [{ title: 'Fix the bug', maxScore: 0 }],
        colour: 'red',
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe('validation_failed');
      expect(response.data.error.details).toEqual([
        { field: 'role', message: 'Role is required' },
        { field: 'colour', message: '"colour" is not a known field' },
        { field: 'title', message: 'Title is required' },
        { field: 'repoUrl', message: 'Repository URL must be text or null' },
        { field: 'timeLimitMinutes', message: 'Time limit (minutes) must be a whole number or null' },
        { field: 'passingScore', message: 'Pass mark (%) must be between 0 and 100' },
        { field: 'questions.0.options.1', message: 'Option 2 cannot be empty' },
        { field: 'questions.0.difficulty', message: 'Choose one of: easy, medium, hard' },
        { field: 'questions.1.type', message: 'Choose one of: single, multiple, text' },
        { field: 'questions.1.category', message: 'Category is required' },
        { field: 'questions.1.points', message: 'Points must be more than 0 and at most 1,000' },
        { field: 'cases.0.maxScore', message: 'Maximum score must be more than 0 and at most 10,000' },
      ]);
      expect(response.data.error.message).toBe(
        'Role is required (role); "colour" is not a known field; Title is required (title); and 9 more problems',
      );
      expect(await assessmentCount()).toBe(before);
    });

    it('lists all the problems of a PATCH, and changes nothing', async () => {
      const created = await createAssessment(t, org, { title: 'Patched with problems' });
      const response = await patch(created.id, { title: '   ', maxAttempts: 0, skills: ['sql', 'sql'], lockOnPass: 'yes' });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([
        { field: 'title', message: 'Title cannot be blank' },
        { field: 'maxAttempts', message: 'Attempts allowed must be between 1 and 100' },
        { field: 'lockOnPass', message: 'Lock on pass must be true or false' },
        { field: 'skills', message: 'Skills must not repeat a value (entries 1 and 2 are the same)' },
      ]);
      const after = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
      expect(after.data.assessment).toEqual(created);
    });

    it('lists every bad question found after the schema, not only the first', async () => {
      const response = await post(
        assessmentBody({
          questions: [
            { text: 'A', type: 'single', options: ['x', 'y'], answer: 5, category: 'c', difficulty: 'easy' },
            { text: 'B', type: 'single', options: ['x', 'y'], answer: 0, category: 'c', difficulty: 'easy' },
            { text: 'C', type: 'multiple', options: ['x', 'x'], answer: [0], category: 'c', difficulty: 'easy' },
          ],
        }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([
        { field: 'questions.0.answer', message: 'Option index 5 is out of range: the options are numbered 0 to 1' },
        { field: 'questions.2.options', message: 'Options must be distinct' },
      ]);
    });

    it('names query parameters in plain words', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/candidates?limit=many&offset=-1', headers: org.headers });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([
        { field: 'limit', message: 'Limit must be a whole number' },
        { field: 'offset', message: 'Offset must be between 0 and 2,147,483,647' },
      ]);
    });
  });

  describe("a task's rubric is worth at most the task", () => {
    const criteria = (...points: number[]) => ({ criteria: points.map((maxPoints, index) => ({ name: `Criterion ${index + 1}`, maxPoints })) });

    it('refuses, on create, every task whose criteria add up to more than its maximum score', async () => {
      const before = await assessmentCount();
      const response = await post(
        assessmentBody({
          cases: [
            { title: 'Too rich', maxScore: 10, rubric: criteria(8, 8) },
            { title: 'Fits exactly', maxScore: 10, rubric: criteria(4, 6) },
            { title: 'Also too rich', maxScore: 5, rubric: criteria(3, 2.5) },
          ],
        }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe('rubric_exceeds_max_score');
      expect(response.data.error.details).toEqual([
        { field: 'cases.0.rubric', message: "The criteria add up to 16 points, more than the task's maximum score of 10" },
        { field: 'cases.2.rubric', message: "The criteria add up to 5.5 points, more than the task's maximum score of 5" },
      ]);
      expect(await assessmentCount()).toBe(before);
    });

    it('accepts criteria worth exactly the maximum (decimals included) or less', async () => {
      const response = await post(
        assessmentBody({
          cases: [
            { title: 'Exactly', maxScore: 10, rubric: criteria(4, 6) },
            { title: 'Decimals', maxScore: 0.3, rubric: criteria(0.1, 0.2) },
            { title: 'Less', maxScore: 100, rubric: criteria(5) },
          ],
        }),
      );
      expect(response.statusCode).toBe(201);
    });

    it('refuses the same on update, and keeps the cases as they were', async () => {
      const created = await createAssessment(t, org, { title: 'Rubric update', cases: [{ title: 'Task', maxScore: 10, rubric: criteria(5, 5) }] });
      const response = await patch(created.id, { cases: [{ title: 'Task', maxScore: 8, rubric: criteria(5, 5) }] });
      expect(response.statusCode).toBe(400);
      expect(response.data.error).toMatchObject({
        code: 'rubric_exceeds_max_score',
        details: [{ field: 'cases.0.rubric', message: "The criteria add up to 10 points, more than the task's maximum score of 8" }],
      });
      const after = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
      expect(after.data.assessment.cases).toEqual(created.cases);
    });
  });

  describe("the assessment's rubric is worth at most every task it grades", () => {
    let bigRubric: string;
    beforeAll(async () => {
      bigRubric = await rubric([
        { name: 'Quality', maxPoints: 8 },
        { name: 'Tests', maxPoints: 8 },
      ], 'Sixteen points');
    });

    it('refuses a create whose tasks without a rubric of their own are worth less, beside each task and the rubric', async () => {
      const before = await assessmentCount();
      const response = await post(
        assessmentBody({
          rubricId: bigRubric,
          cases: [
            { title: 'Small task', maxScore: 10 },
            { title: 'Big task', maxScore: 20 },
            { title: 'Own rubric', maxScore: 5, rubric: { criteria: [{ name: 'Works', maxPoints: 5 }] } },
          ],
        }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe('rubric_exceeds_max_score');
      expect(response.data.error.details).toEqual([
        {
          field: 'rubricId',
          message:
            'The rubric "Sixteen points" is worth 16 points, more than task 1 "Small task" (10 points); choose a smaller rubric, give the task a rubric of its own, or raise its maximum score',
        },
        {
          field: 'cases.0.maxScore',
          message: 'Maximum score must be at least 16: the assessment\'s rubric "Sixteen points" grades this task and is worth 16 points',
        },
      ]);
      expect(await assessmentCount()).toBe(before);
    });

    it('accepts the rubric when every task it grades is worth at least as much', async () => {
      const response = await post(assessmentBody({ rubricId: bigRubric, cases: [{ title: 'Exactly', maxScore: 16 }, { title: 'Own', maxScore: 1, rubric: { criteria: [{ name: 'Works', maxPoints: 1 }] } }] }));
      expect(response.statusCode).toBe(201);
    });

    it('refuses linking the rubric to an assessment whose tasks are worth less (on the rubric only)', async () => {
      const created = await createAssessment(t, org, { title: 'Link later', cases: [{ title: 'Small', maxScore: 10 }] });
      const response = await patch(created.id, { rubricId: bigRubric });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([expect.objectContaining({ field: 'rubricId' })]);
      const after = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
      expect(after.data.assessment.rubricId).toBeNull();
    });

    it('refuses new tasks worth less than the linked rubric (on the tasks only), and accepts them once it is unlinked', async () => {
      const created = await createAssessment(t, org, { title: 'Linked', rubricId: bigRubric, cases: [{ title: 'Big', maxScore: 16 }] });
      const smaller = await patch(created.id, { cases: [{ title: 'Smaller', maxScore: 12 }] });
      expect(smaller.statusCode).toBe(400);
      expect(smaller.data.error.details).toEqual([
        {
          field: 'cases.0.maxScore',
          message: 'Maximum score must be at least 16: the assessment\'s rubric "Sixteen points" grades this task and is worth 16 points',
        },
      ]);
      const unlinked = await patch(created.id, { rubricId: null, cases: [{ title: 'Smaller', maxScore: 12 }] });
      expect(unlinked.statusCode).toBe(200);
      expect(unlinked.data.assessment).toMatchObject({ rubricId: null, cases: [{ title: 'Smaller', maxScore: 12 }] });
    });

    it('leaves an edit that touches neither the rubric nor the tasks alone', async () => {
      const created = await createAssessment(t, org, { title: 'Untouched', rubricId: bigRubric, cases: [{ title: 'Big', maxScore: 16 }] });
      const renamed = await patch(created.id, { title: 'Renamed' });
      expect(renamed.statusCode).toBe(200);
    });
  });

  describe('grading and answering', () => {
    let assessment: { id: string; cases: Array<{ id: string }> };
    let candidate: { headers: Record<string, string> };
    let session: { id: string; questions: Array<{ id: string }> };

    beforeAll(async () => {
      assessment = await createAssessment(t, org, {
        title: 'Graded',
        questions: [{ text: 'Explain caching', type: 'text', answer: 'cache', category: 'c', difficulty: 'easy' }],
        cases: [{ title: 'Fix it', maxScore: 10, rubric: { criteria: [{ name: 'Works', maxPoints: 5 }, { name: 'Tests', maxPoints: 5 }] } }],
      });
      const [key] = await createKeys(t, org, assessment.id);
      candidate = await redeem(t, key.key);
      session = (await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers })).data.session;
    });

    it('refuses an answer over the length limit with a message that states the limit', async () => {
      const question = session.questions[0]!;
      const response = await t.request({
        method: 'PUT',
        url: `/v1/candidate/answers/${question.id}`,
        headers: candidate.headers,
        payload: { selectedAnswer: 'x'.repeat(10_001) },
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([
        { field: 'selectedAnswer', message: 'Answers can be at most 10,000 characters; this one has 10,001' },
      ]);
      const atLimit = await t.request({
        method: 'PUT',
        url: `/v1/candidate/answers/${question.id}`,
        headers: candidate.headers,
        payload: { selectedAnswer: 'x'.repeat(10_000) },
      });
      expect(atLimit.statusCode).toBe(200);
    });

    it('tells the candidate the limits the server holds to (the CLI checks the same one before uploading)', async () => {
      const overview = await t.request({ method: 'GET', url: '/v1/candidate/assessment', headers: candidate.headers });
      expect(overview.data.assessment.limits).toEqual({ answerCharacters: 10_000, deliverableCharacters: MAX_DELIVERABLE_CHARS });
      const save = (deliverable: string) =>
        t.request({ method: 'PUT', url: `/v1/candidate/cases/${assessment.cases[0]!.id}`, headers: candidate.headers, payload: { deliverable } });
      const over = await save('x'.repeat(MAX_DELIVERABLE_CHARS + 1));
      expect(over.statusCode).toBe(400);
      expect(over.data.error.details).toEqual([{ field: 'deliverable', message: 'Deliverable can be at most 2,000,000 characters' }]);
      expect((await save('x'.repeat(MAX_DELIVERABLE_CHARS))).statusCode).toBe(200);
    });

    it('says criteria points out of range in plain words, each beside its field', async () => {
      await t.request({ method: 'POST', url: `/v1/candidate/cases/${assessment.cases[0]!.id}/submit`, headers: candidate.headers, payload: { deliverable: 'diff' } });
      const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers });
      expect(submitted.data.session.status).toBe('completed');
      const grade = (grades: unknown) => t.request({ method: 'POST', url: `/v1/sessions/${session.id}/grades`, headers: org.headers, payload: { grades } });

      const tooMany = await grade([{ caseId: assessment.cases[0]!.id, criteria: [{ name: 'Works', points: 7 }, { name: 'Tests', points: 1 }] }]);
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.data.error.details).toEqual([{ field: 'grades.0.criteria.0.points', message: 'Points must be between 0 and 5' }]);
      expect(tooMany.data.error.message).toBe('Grade 1, criterion 1: Points must be between 0 and 5 (grades.0.criteria.0.points)');

      const schemaProblems = await grade([{ caseId: assessment.cases[0]!.id, criteria: [{ name: 'Works', points: -1 }, { name: '', points: 1 }], feedback: 5 }]);
      expect(schemaProblems.statusCode).toBe(400);
      expect(schemaProblems.data.error.details).toEqual([
        { field: 'grades.0.criteria.0.points', message: 'Points must be at least 0' },
        { field: 'grades.0.criteria.1.name', message: 'Name is required' },
        { field: 'grades.0.feedback', message: 'Feedback must be text or null' },
      ]);
    });
  });
});
