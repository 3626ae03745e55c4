import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { assessmentBody, createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';

interface BankQuestion {
  id: string;
  text: string;
  retiredAt: string | null;
}

/** Editing, retiring and restoring bank questions, their counts, and what attempts that drew them keep. */
describe('question bank: edit, retire, restore, categories', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    other = await t.createOrg();
  });
  afterAll(() => t.close());

  const add = async (questions: unknown[], headers = org.headers) => {
    const response = await t.request({ method: 'POST', url: '/v1/question-bank/questions', headers, payload: { questions } });
    expect(response.statusCode).toBe(201);
    return response.data.questions;
  };
  const list = (query = '', headers = org.headers) => t.request({ method: 'GET', url: `/v1/question-bank/questions${query}`, headers });
  const patch = (id: string, payload: unknown, headers = org.headers) =>
    t.request({ method: 'PATCH', url: `/v1/question-bank/questions/${id}`, headers, payload: payload as object });
  const retire = (id: string, headers = org.headers) => t.request({ method: 'DELETE', url: `/v1/question-bank/questions/${id}`, headers });
  const restore = (id: string, headers = org.headers) => t.request({ method: 'POST', url: `/v1/question-bank/questions/${id}/restore`, headers });
  const single = (text: string, category: string, difficulty: string, answer = 0) => ({ text, type: 'single', options: ['yes', 'no'], answer, category, difficulty });

  it('edits a question as a new version: a new id in the bank, the old one out of it and naming its successor', async () => {
    const [question] = await add([{ ...single('Is 2 prime?', 'edit', 'easy'), points: 3 }]);
    const edited = await patch(question.id, { text: 'Is 3 prime?', difficulty: 'medium' });
    expect(edited.statusCode).toBe(200);
    expect(edited.data.question).toMatchObject({ text: 'Is 3 prime?', difficulty: 'medium', options: ['yes', 'no'], answer: 0, points: 3, category: 'edit', retiredAt: null });
    expect(edited.data.question.id).not.toBe(question.id);
    expect((await list('?category=edit')).data.questions.map((q: BankQuestion) => q.id)).toEqual([edited.data.question.id]);
    const old = await t.database.db.selectFrom('questions').select(['deleted_at', 'replaced_by', 'text']).where('id', '=', question.id).executeTakeFirstOrThrow();
    expect(old).toMatchObject({ replaced_by: edited.data.question.id, text: 'Is 2 prime?' });
    expect(old.deleted_at).not.toBeNull();
    // An old version is neither current nor retired.
    expect((await list('?category=edit&status=retired')).data.questions).toEqual([]);
  });

  it('stores nothing for an edit that changes nothing', async () => {
    const [question] = await add([single('Unchanged?', 'same', 'easy')]);
    const response = await patch(question.id, { text: 'Unchanged?', options: ['yes', 'no'] });
    expect(response.statusCode).toBe(200);
    expect(response.data.question.id).toBe(question.id);
    const rows = await t.database.db.selectFrom('questions').select('id').where('org_id', '=', org.org.id).where('category', '=', 'same').execute();
    expect(rows).toHaveLength(1);
  });

  it('writes one audit entry for an edit, with who, which question and what changed', async () => {
    const [question] = await add([single('Audited question?', 'audited', 'hard')]);
    const edited = await patch(question.id, { answer: 1 });
    expect(edited.statusCode).toBe(200);
    const entries = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('org_id', '=', org.org.id)
      .where('resource_id', '=', question.id)
      .where('action', '<>', 'question.create')
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'question.update', resource_type: 'question', resource_title: 'Audited question?', actor_type: 'api_key' });
    expect(entries[0]!.actor_name).toBeTruthy();
    expect(JSON.parse(entries[0]!.changes!)).toEqual({ before: { answer: 0 }, after: { answer: 1 } });
    expect(JSON.parse(entries[0]!.details!)).toEqual({ currentId: edited.data.question.id });
  });

  it.each([
    ['a type that does not fit the options', { type: 'text' }, 'options'],
    ['an answer out of range', { answer: 7 }, 'answer'],
    ['a blank text', { text: '   ' }, 'text'],
    ['an unknown field', { explanation: 'x' }, 'explanation'],
    ['an empty edit', {}, 'body'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, payload, field) => {
    const [question] = await add([single(`Refused ${field}?`, 'refused', 'easy')]);
    const response = await patch(question.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.message).toContain(field);
    expect((await list('?category=refused')).data.questions.map((q: BankQuestion) => q.id)).toContain(question.id);
  });

  it('changes the type when the edit brings options and an answer that fit it', async () => {
    const [question] = await add([single('Default HTTP port?', 'retype', 'easy')]);
    const response = await patch(question.id, { type: 'text', options: [], answer: ['80'] });
    expect(response.statusCode).toBe(200);
    expect(response.data.question).toMatchObject({ type: 'text', options: [], answer: ['80'] });
  });

  it('answers 409 for a retired question or an old version, 404 for another organization or an assessment question', async () => {
    const [retired, edited] = await add([single('Retired?', 'states', 'easy'), single('Edited?', 'states', 'easy')]);
    expect((await retire(retired.id)).statusCode).toBe(200);
    const onRetired = await patch(retired.id, { text: 'Changed?' });
    expect(onRetired.statusCode).toBe(409);
    expect(onRetired.data.error.code).toBe('question_retired');

    const current = (await patch(edited.id, { text: 'Edited once?' })).data.question;
    const onOld = await patch(edited.id, { text: 'Edited twice?' });
    expect(onOld.statusCode).toBe(409);
    expect(onOld.data.error.code).toBe('question_replaced');
    expect(onOld.data.error.message).toContain(current.id);
    expect((await restore(edited.id)).data.error.code).toBe('question_replaced');

    expect((await patch(current.id, { text: 'Foreign edit?' }, other.headers)).statusCode).toBe(404);
    expect((await restore(retired.id, other.headers)).statusCode).toBe(404);
    const assessment = await createAssessment(t, org, { questions: sampleQuestions });
    expect((await patch(assessment.questions[0].id, { text: 'Not a bank question' })).statusCode).toBe(404);
    expect((await restore(assessment.questions[0].id)).statusCode).toBe(404);
  });

  it('lists retired questions on their own, restores them into the bank, and audits the restore', async () => {
    const [kept, retired] = await add([single('Kept?', 'retiring', 'easy'), single('Retired for now?', 'retiring', 'easy')]);
    expect((await retire(retired.id)).statusCode).toBe(200);
    expect((await list('?category=retiring')).data.questions.map((q: BankQuestion) => q.id)).toEqual([kept.id]);
    const retiredList = await list('?category=retiring&status=retired');
    expect(retiredList.data.total).toBe(1);
    expect(retiredList.data.questions[0]).toMatchObject({ id: retired.id, text: 'Retired for now?' });
    expect(retiredList.data.questions[0].retiredAt).toEqual(expect.any(String));

    const restored = await restore(retired.id);
    expect(restored.statusCode).toBe(200);
    expect(restored.data.question).toMatchObject({ id: retired.id, retiredAt: null });
    expect((await list('?category=retiring')).data.questions.map((q: BankQuestion) => q.id)).toEqual([kept.id, retired.id]);
    // Restoring a current question changes nothing.
    const again = await restore(retired.id);
    expect(again.statusCode).toBe(200);
    const entries = await t.database.db.selectFrom('audit_log').select(['action', 'resource_title']).where('resource_id', '=', retired.id).where('action', '=', 'question.restore').execute();
    expect(entries).toEqual([{ action: 'question.restore', resource_title: 'Retired for now?' }]);
  });

  it('counts current questions per category and difficulty, and retired ones per category', async () => {
    const fresh = await t.createOrg();
    const questions = await add(
      [single('a', 'sql', 'easy'), single('b', 'sql', 'easy'), single('c', 'sql', 'hard'), single('d', 'http', 'medium'), single('e', 'http', 'medium')],
      fresh.headers,
    );
    expect((await retire(questions[4].id, fresh.headers)).statusCode).toBe(200);
    await patch(questions[0].id, { text: 'a, edited' }, fresh.headers);
    const response = await t.request({ method: 'GET', url: '/v1/question-bank/categories', headers: fresh.headers });
    expect(response.statusCode).toBe(200);
    expect(response.data).toEqual({
      categories: [
        { category: 'http', counts: { easy: 0, medium: 1, hard: 0 }, total: 1, retired: 1 },
        { category: 'sql', counts: { easy: 2, medium: 0, hard: 1 }, total: 3, retired: 0 },
      ],
    });
    const empty = await t.request({ method: 'GET', url: '/v1/question-bank/categories', headers: (await t.createOrg()).headers });
    expect(empty.data).toEqual({ categories: [] });
  });

  it('needs assessments:write to edit or restore, and assessments:read to count', async () => {
    const [question] = await add([single('Scoped?', 'scoped', 'easy')]);
    const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'reader', scopes: ['assessments:read'] } });
    const reader = { authorization: `Bearer ${key.data.key}` };
    expect((await patch(question.id, { text: 'Nope?' }, reader)).statusCode).toBe(403);
    expect((await restore(question.id, reader)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/v1/question-bank/categories', headers: reader })).statusCode).toBe(200);
    const results = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'results', scopes: ['results:read'] } });
    const categories = await t.request({ method: 'GET', url: '/v1/question-bank/categories', headers: { authorization: `Bearer ${results.data.key}` } });
    expect(categories.statusCode).toBe(403);
  });

  it('keeps an attempt on the version it drew: its text, its answer key and its score; later attempts draw the edit', async () => {
    const [first, second] = await add([single('Drawn one?', 'drawn', 'medium', 0), single('Drawn two?', 'drawn', 'medium', 1)]);
    const assessment = await createAssessment(t, org, { blueprint: [{ category: 'drawn', difficulty: 'medium', count: 2 }] });
    const [key, laterKey] = await createKeys(t, org, assessment.id, { count: 2 });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers, payload: {} });
    expect(started.statusCode).toBe(201);
    const keyOf = new Map([[first.id, 0], [second.id, 1]]);
    for (const question of started.data.session.questions as Array<{ id: string; options: string[] }>) {
      // Options may be shuffled: answer by text.
      const correct = question.options.indexOf(['yes', 'no'][keyOf.get(question.id)!]!);
      const saved = await t.request({ method: 'PUT', url: `/v1/candidate/answers/${question.id}`, headers: candidate.headers, payload: { selectedAnswer: correct } });
      expect(saved.statusCode).toBe(200);
    }

    // While the attempt is open, the reviewer rewrites the first question and flips its answer key.
    const edited = await patch(first.id, { text: 'Drawn one, rewritten?', answer: 1 });
    expect(edited.statusCode).toBe(200);
    const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers, payload: {} });
    expect(submitted.statusCode).toBe(200);
    const sessionId = submitted.data.session.id;
    const result = await t.request({ method: 'GET', url: `/results/${sessionId}`, headers: org.headers });
    expect(result.data.score).toBe(100);
    const answers = await t.request({ method: 'GET', url: `/results/${sessionId}/answers`, headers: org.headers });
    expect(answers.data.data.map((answer: { question: string }) => answer.question).sort()).toEqual(['Drawn one?', 'Drawn two?']);

    const later = await redeem(t, laterKey.key);
    const laterStart = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: later.headers, payload: {} });
    expect(laterStart.data.session.questions.map((q: BankQuestion) => q.text).sort()).toEqual(['Drawn one, rewritten?', 'Drawn two?']);
  });

  it('draws a restored question again and refuses a blueprint the retired bank cannot fill', async () => {
    const [only] = await add([single('The only one?', 'lonely', 'hard')]);
    expect((await retire(only.id)).statusCode).toBe(200);
    const refused = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: assessmentBody({ blueprint: [{ category: 'lonely', difficulty: 'hard', count: 1 }] }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error.code).toBe('insufficient_bank_questions');
    expect((await restore(only.id)).statusCode).toBe(200);
    const accepted = await createAssessment(t, org, { blueprint: [{ category: 'lonely', difficulty: 'hard', count: 1 }] });
    const [key] = await createKeys(t, org, accepted.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers, payload: {} });
    expect(started.data.session.questions.map((q: BankQuestion) => q.id)).toEqual([only.id]);
  });
});
