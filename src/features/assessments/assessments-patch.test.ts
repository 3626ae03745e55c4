import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, insertStartedSession, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';

describe('PATCH /v1/assessments/:id', () => {
  let t: TestApp;
  let org: TestOrg;
  let issues: any[];

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    issues = (await t.request({ method: 'GET', url: '/v1/issues', headers: org.headers })).data.issues;
  });
  afterAll(() => t.close());

  const patch = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/v1/assessments/${id}`, headers: org.headers, payload });

  it('changes what is given, keeps what is absent, clears what is null', async () => {
    const created = await createAssessment(t, org, {
      title: 'Patch me',
      repoUrl: 'https://github.com/a/b',
      timeLimitMinutes: 60,
      skills: ['sql'],
      questions: sampleQuestions,
    });
    const response = await patch(created.id, { title: 'Patched', repoUrl: null, timeLimitMinutes: null, passingScore: 80, lockOnPass: false });
    expect(response.statusCode).toBe(200);
    const updated = response.data.assessment;
    expect(updated).toMatchObject({
      id: created.id,
      title: 'Patched',
      role: created.role,
      taskBrief: created.taskBrief,
      repoUrl: null,
      timeLimitMinutes: null,
      passingScore: 80,
      lockOnPass: false,
      skills: ['sql'],
      slug: created.slug,
      createdAt: created.createdAt,
      expiresInDays: 7,
    });
    expect(updated.questions).toEqual(created.questions);
    expect(updated.updatedAt >= created.updatedAt).toBe(true);

    const empty = await patch(created.id, {});
    expect(empty.statusCode).toBe(200);
    expect({ ...empty.data.assessment, updatedAt: null }).toEqual({ ...updated, updatedAt: null });

    const cleared = await patch(created.id, { skills: null, questions: null });
    expect(cleared.data.assessment).toMatchObject({ skills: [], questions: [], questionCount: 0 });
  });

  it.each([
    ['a null title', { title: null }, 'title'],
    ['a 256-character title', { title: 'x'.repeat(256) }, 'title'],
    ['a null role', { role: null }, 'role'],
    ['a zero timeLimitMinutes (not a way to clear it)', { timeLimitMinutes: 0 }, 'timeLimitMinutes'],
    ['an empty taskBrief', { taskBrief: '' }, 'taskBrief'],
    ['a bad repoUrl', { repoUrl: 'nope' }, 'repoUrl'],
    ['a null expiresInDays', { expiresInDays: null }, 'expiresInDays'],
    ['a null slug', { slug: null }, 'slug'],
    ['an unknown issueId', { issueId: 'iss_unknown' }, 'issueId'],
    ['an unknown rubricId', { rubricId: '0190a5b2-0000-7000-8000-000000000001' }, 'rubricId'],
    ['a bad question', { questions: [{ ...sampleQuestions[0], answer: 9 }] }, 'questions.0.answer'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, payload, field) => {
    const created = await createAssessment(t, org, { title: `Invalid patch ${field}`, questions: sampleQuestions, timeLimitMinutes: 30 });
    const response = await patch(created.id, payload);
    expect(response.statusCode).toBe(400);
    const detail = response.data.error.details.find((item: { field: string }) => item.field === field);
    expect(detail).toBeDefined();
    expect(response.data.error.message).toContain(detail.message);
    const after = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
    expect(after.data.assessment).toEqual(created);
  });

  it('refuses clearing the taskBrief when no issue is linked', async () => {
    const created = await createAssessment(t, org, { title: 'Needs brief' });
    const response = await patch(created.id, { taskBrief: null });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details).toEqual([{ field: 'taskBrief', message: 'Brief is required unless you link an issue (issueId)' }]);
  });

  it('follows the issue: a new issue replaces a brief that came from the old one, but not an own brief', async () => {
    const fromIssue = await createAssessment(t, org, { title: 'Issue linked', taskBrief: undefined, issueId: issues[0].id });
    const moved = await patch(fromIssue.id, { issueId: issues[1].id });
    expect(moved.data.assessment).toMatchObject({ issueId: issues[1].id, taskBrief: issues[1].brief, issue: { id: issues[1].id } });

    const own = await createAssessment(t, org, { title: 'Own brief', taskBrief: 'Written by us', issueId: issues[0].id });
    const kept = await patch(own.id, { issueId: issues[2].id });
    expect(kept.data.assessment).toMatchObject({ issueId: issues[2].id, taskBrief: 'Written by us' });

    const fallback = await patch(own.id, { taskBrief: null });
    expect(fallback.statusCode).toBe(200);
    expect(fallback.data.assessment.taskBrief).toBe(issues[2].brief);

    const unlinked = await patch(own.id, { issueId: null });
    expect(unlinked.data.assessment).toMatchObject({ issueId: null, issue: null, taskBrief: issues[2].brief });
  });

  it('links and unlinks a rubric', async () => {
    const rubric = await t.request({ method: 'POST', url: '/v1/rubrics', headers: org.headers, payload: { criteria: [{ name: 'Tests', maxPoints: 3 }] } });
    const created = await createAssessment(t, org, { title: 'Rubric patch' });
    const linked = await patch(created.id, { rubricId: rubric.data.rubric.id });
    expect(linked.data.assessment.rubricId).toBe(rubric.data.rubric.id);
    const unlinked = await patch(created.id, { rubricId: null });
    expect(unlinked.data.assessment.rubricId).toBeNull();
  });

  it('changes the slug, refusing one another assessment uses (409)', async () => {
    const a = await createAssessment(t, org, { title: 'Slug A' });
    const b = await createAssessment(t, org, { title: 'Slug B' });
    const taken = await patch(b.id, { slug: a.slug });
    expect(taken.statusCode).toBe(409);
    expect(taken.data.error.code).toBe('slug_taken');
    const same = await patch(a.id, { slug: a.slug });
    expect(same.statusCode).toBe(200);
    const renamed = await patch(b.id, { slug: 'slug-b-renamed' });
    expect(renamed.data.assessment.slug).toBe('slug-b-renamed');
  });

  it('replaces questions and cases before anyone started; the old rows are kept, soft-deleted', async () => {
    const created = await createAssessment(t, org, {
      title: 'Replace content',
      questions: sampleQuestions,
      cases: [{ title: 'Old case', maxScore: 5 }],
    });
    await createKeys(t, org, created.id, { count: 1 });
    const replaced = await patch(created.id, {
      questions: [{ text: 'New?', type: 'single', options: ['yes', 'no'], answer: 0, category: 'new', difficulty: 'hard' }],
      cases: [{ title: 'New case', maxScore: 8 }],
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.data.assessment.questions.map((q: any) => q.text)).toEqual(['New?']);
    expect(replaced.data.assessment.cases.map((c: any) => [c.title, c.order])).toEqual([['New case', 1]]);
    const rows = await t.database.db.selectFrom('questions').select(['text', 'deleted_at']).where('assessment_id', '=', created.id).execute();
    expect(rows.filter((row) => row.deleted_at === null).map((row) => row.text)).toEqual(['New?']);
    expect(rows.filter((row) => row.deleted_at !== null)).toHaveLength(3);
  });

  it('refuses changing questions, blueprint or cases with 409 assessment_in_use once a session exists, but allows settings', async () => {
    const created = await createAssessment(t, org, { title: 'In use', questions: sampleQuestions });
    const [key] = await createKeys(t, org, created.id, { count: 1 });
    await insertStartedSession(t.database.db, { orgId: org.org.id, assessmentId: created.id, invitationId: key.id });

    for (const payload of [
      { questions: [sampleQuestions[0]] },
      { questions: null },
      { cases: [{ title: 'x', maxScore: 1 }] },
      { blueprint: null },
    ]) {
      const response = await patch(created.id, payload);
      expect(response.statusCode).toBe(409);
      expect(response.data.error.code).toBe('assessment_in_use');
    }
    const after = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
    expect(after.data.assessment.questions).toEqual(created.questions);

    const settings = await patch(created.id, { title: 'Renamed while in use', passingScore: 70 });
    expect(settings.statusCode).toBe(200);
    expect(settings.data.assessment).toMatchObject({ title: 'Renamed while in use', passingScore: 70 });
  });

  it('switches between a fixed list and a blueprint only when the other is cleared', async () => {
    await t.request({
      method: 'POST',
      url: '/v1/question-bank/questions',
      headers: org.headers,
      payload: { questions: [sampleQuestions[0], { ...sampleQuestions[0], text: 'Second bank question' }] },
    });
    const created = await createAssessment(t, org, { title: 'Switch', questions: sampleQuestions });
    const blueprint = [{ category: 'http', difficulty: 'easy', count: 2 }];
    const both = await patch(created.id, { blueprint });
    expect(both.statusCode).toBe(400);
    expect(both.data.error.details).toEqual([expect.objectContaining({ field: 'blueprint' })]);

    const switched = await patch(created.id, { blueprint, questions: null });
    expect(switched.statusCode).toBe(200);
    expect(switched.data.assessment).toMatchObject({ blueprint, questions: [], questionCount: 2 });

    const backWithoutClearing = await patch(created.id, { questions: sampleQuestions });
    expect(backWithoutClearing.statusCode).toBe(400);
    expect(backWithoutClearing.data.error.details).toEqual([expect.objectContaining({ field: 'questions' })]);

    const tooMany = await patch(created.id, { blueprint: [{ category: 'http', difficulty: 'easy', count: 3 }] });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.data.error.code).toBe('insufficient_bank_questions');
  });

  it('answers 404 for an unknown assessment', async () => {
    const response = await patch('asmt_unknown', { title: 'x' });
    expect(response.statusCode).toBe(404);
  });
});
