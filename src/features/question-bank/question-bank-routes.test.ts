import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { assessmentBody, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { listBankQuestions } from './question-bank-store.js';

function bankQuestion(category: string, difficulty: string, n: number) {
  return { text: `${category} ${difficulty} #${n}`, type: 'single', options: ['yes', 'no'], answer: n % 2, category, difficulty };
}

describe('question bank API', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  const add = (questions: unknown[], headers = org.headers) =>
    t.request({ method: 'POST', url: '/v1/question-bank/questions', headers, payload: { questions } });
  const list = (query = '') => t.request({ method: 'GET', url: `/v1/question-bank/questions${query}`, headers: org.headers });

  it('adds one or many questions and returns them with their answer keys', async () => {
    const one = await add([sampleQuestions[2]]);
    expect(one.statusCode).toBe(201);
    expect(one.data.questions).toEqual([
      {
        id: expect.stringMatching(/^q_/),
        text: 'Default PostgreSQL port?',
        type: 'text',
        options: [],
        answer: ['5432'],
        category: 'databases',
        difficulty: 'easy',
        points: 1,
        pinnedOptions: [],
        retiredAt: null,
      },
    ]);
    const many = await add([bankQuestion('sql', 'easy', 1), bankQuestion('sql', 'easy', 2), bankQuestion('sql', 'hard', 3), bankQuestion('http', 'easy', 4)]);
    expect(many.statusCode).toBe(201);
    expect(many.data.questions).toHaveLength(4);
    const rows = await t.database.db.selectFrom('questions').select(['assessment_id']).where('org_id', '=', org.org.id).execute();
    for (const row of rows) expect(row.assessment_id).toBeNull();
  });

  it('lists oldest first, filtered by category and difficulty, paged with total', async () => {
    const all = await list();
    expect(all.statusCode).toBe(200);
    expect(all.data).toMatchObject({ total: 5, limit: 100, offset: 0 });
    expect(all.data.questions.map((q: any) => q.text)).toEqual(['Default PostgreSQL port?', 'sql easy #1', 'sql easy #2', 'sql hard #3', 'http easy #4']);
    const sql = await list('?category=sql');
    expect(sql.data.questions.map((q: any) => q.text)).toEqual(['sql easy #1', 'sql easy #2', 'sql hard #3']);
    const sqlEasy = await list('?category=sql&difficulty=easy');
    expect(sqlEasy.data.questions.map((q: any) => q.text)).toEqual(['sql easy #1', 'sql easy #2']);
    expect(sqlEasy.data.total).toBe(2);
    const easy = await list('?difficulty=easy&limit=2&offset=1');
    expect(easy.data).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(easy.data.questions.map((q: any) => q.text)).toEqual(['sql easy #1', 'sql easy #2']);
    expect((await list('?limit=9999')).data.limit).toBe(500);
    const bad = await list('?difficulty=extreme');
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.message).toContain('difficulty');
  });

  it('exports listBankQuestions for drawing a blueprint', async () => {
    const drawn = await listBankQuestions(t.database.db, org.org.id, 'sql', 'easy');
    expect(drawn.map((q) => [q.text, q.answer, q.assessmentId])).toEqual([
      ['sql easy #1', 1, null],
      ['sql easy #2', 0, null],
    ]);
    expect(await listBankQuestions(t.database.db, org.org.id, 'sql', 'medium')).toEqual([]);
    expect(await listBankQuestions(t.database.db, org.org.id)).toHaveLength(5);
  });

  it.each([
    ['no questions', [], 'questions'],
    ['an out-of-range answer', [bankQuestion('sql', 'easy', 1), { ...bankQuestion('sql', 'easy', 2), answer: 5 }], 'questions.1.answer'],
    ['a text question with options', [{ ...sampleQuestions[2], options: ['a', 'b'] }], 'questions.0.options'],
    ['a missing difficulty', [{ ...bankQuestion('sql', 'easy', 1), difficulty: undefined }], 'questions.0.difficulty'],
  ])('refuses %s with 400 naming the field, adding none', async (_name, questions, field) => {
    const before = (await list()).data.total;
    const response = await add(questions);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.message).toContain(field);
    expect((await list()).data.total).toBe(before);
  });

  it('validates blueprints against the bank when an assessment is created', async () => {
    const post = (blueprint: unknown) =>
      t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: assessmentBody({ blueprint }) });
    const ok = await post([
      { category: 'sql', difficulty: 'easy', count: 2 },
      { category: 'http', difficulty: 'easy', count: 1 },
    ]);
    expect(ok.statusCode).toBe(201);
    expect(ok.data.assessment).toMatchObject({ questions: [], questionCount: 3, blueprint: [{ category: 'sql', difficulty: 'easy', count: 2 }, { category: 'http', difficulty: 'easy', count: 1 }] });

    const tooMany = await post([{ category: 'sql', difficulty: 'easy', count: 3 }]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.data.error.code).toBe('insufficient_bank_questions');
    expect(tooMany.data.error.message).toContain('blueprint.0.count');
    expect(tooMany.data.error.message).toContain('2');
    const missing = await post([{ category: 'sql', difficulty: 'easy', count: 1 }, { category: 'graphql', difficulty: 'hard', count: 1 }]);
    expect(missing.statusCode).toBe(400);
    expect(missing.data.error.message).toContain('blueprint.1.count');

    // Another org's bank does not count.
    const other = await t.createOrg();
    const foreign = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: other.headers,
      payload: assessmentBody({ blueprint: [{ category: 'sql', difficulty: 'easy', count: 1 }] }),
    });
    expect(foreign.statusCode).toBe(400);
  });

  it('deletes a bank question softly: gone from the bank, 404 the second time, still readable by id for past answers', async () => {
    const [question] = (await add([bankQuestion('temp', 'medium', 1)])).data.questions;
    const deleted = await t.request({ method: 'DELETE', url: `/v1/question-bank/questions/${question.id}`, headers: org.headers });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.data).toEqual({ ok: true, id: question.id });
    expect((await list('?category=temp')).data.questions).toEqual([]);
    const again = await t.request({ method: 'DELETE', url: `/v1/question-bank/questions/${question.id}`, headers: org.headers });
    expect(again.statusCode).toBe(404);
    const row = await t.database.db.selectFrom('questions').select('deleted_at').where('id', '=', question.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
  });

  it("refuses to delete an assessment's own question through the bank", async () => {
    const created = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: assessmentBody({ questions: sampleQuestions }) });
    const questionId = created.data.assessment.questions[0].id;
    const response = await t.request({ method: 'DELETE', url: `/v1/question-bank/questions/${questionId}`, headers: org.headers });
    expect(response.statusCode).toBe(404);
  });
});
