import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { CASE_DESCRIPTION_MAX } from './assessments-schemas.js';

interface CaseView {
  title: string;
  description: string | null;
}

/** Each hands-on case has its own description: stored, edited, and shown to the candidate without its rubric. */
describe('case descriptions', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  const RUBRIC = { criteria: [{ name: 'HIDDEN-CRITERION', maxPoints: 10, description: 'HIDDEN-GUIDANCE' }] };
  const patch = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/v1/assessments/${id}`, headers: org.headers, payload });

  it('are stored as written (trailing blank lines trimmed), blank ones as null, and replaced or cleared by PATCH', async () => {
    const created = await createAssessment(t, org, {
      cases: [
        { title: 'Paginate', maxScore: 10, description: '## Goal\n\n  - add `?page=`\n  - keep the old shape\n\n\n', rubric: RUBRIC },
        { title: 'Document', maxScore: 5, description: '   ' },
        { title: 'Review', maxScore: 5 },
      ],
    });
    expect(created.cases.map((item: CaseView) => item.description)).toEqual(['## Goal\n\n  - add `?page=`\n  - keep the old shape', null, null]);

    const changed = await patch(created.id, {
      cases: [
        { title: 'Paginate', maxScore: 10, description: 'Add cursor paging instead.' },
        { title: 'Document', maxScore: 5, description: null },
      ],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data.assessment.cases.map((item: CaseView) => [item.title, item.description])).toEqual([
      ['Paginate', 'Add cursor paging instead.'],
      ['Document', null],
    ]);
    const read = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
    expect(read.data.assessment.cases).toEqual(changed.data.assessment.cases);
  });

  it(`accepts ${CASE_DESCRIPTION_MAX} characters and refuses one more, naming the field, without writing anything`, async () => {
    const fits = await createAssessment(t, org, { cases: [{ title: 'Long', maxScore: 1, description: 'x'.repeat(CASE_DESCRIPTION_MAX) }] });
    expect(fits.cases[0].description).toHaveLength(CASE_DESCRIPTION_MAX);

    const before = await t.database.db.selectFrom('cases').select('id').where('org_id', '=', org.org.id).execute();
    const tooLong = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: { title: 'T', role: 'R', taskBrief: 'B', cases: [{ title: 'Long', maxScore: 1, description: 'x'.repeat(CASE_DESCRIPTION_MAX + 1) }] },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.data.error.code).toBe('validation_failed');
    expect(tooLong.data.error.details.map((detail: { field: string }) => detail.field)).toContain('cases.0.description');
    const notText = await patch(fits.id, { cases: [{ title: 'Long', maxScore: 1, description: { text: 'no' } }] });
    expect(notText.statusCode).toBe(400);
    const after = await t.database.db.selectFrom('cases').select('id').where('org_id', '=', org.org.id).execute();
    expect(after).toHaveLength(before.length);
  });

  it('reach the candidate in the overview and the attempt, never with the rubric', async () => {
    const assessment = await createAssessment(t, org, {
      questions: sampleQuestions,
      cases: [
        { title: 'Fix the flaky test', maxScore: 10, description: 'The test in `queue.test.ts` fails one run in ten.', rubric: RUBRIC },
        { title: 'No description', maxScore: 5 },
      ],
    });
    const [key] = await createKeys(t, org, assessment.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    const expected = [
      { id: assessment.cases[0].id, title: 'Fix the flaky test', order: 1, maxScore: 10, description: 'The test in `queue.test.ts` fails one run in ten.' },
      { id: assessment.cases[1].id, title: 'No description', order: 2, maxScore: 5, description: null },
    ];
    expect(candidate.data.assessment.cases).toEqual(expected);

    const overview = await t.request({ method: 'GET', url: '/v1/candidate/assessment', headers: candidate.headers });
    expect(overview.data.assessment.cases).toEqual(expected);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    expect(started.statusCode).toBe(201);
    expect(started.data.session.cases.map((item: CaseView) => [item.title, item.description])).toEqual([
      ['Fix the flaky test', 'The test in `queue.test.ts` fails one run in ten.'],
      ['No description', null],
    ]);
    const candidateView = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}`, headers: candidate.headers });
    expect(candidateView.data.assessment.cases[0].description).toBe('The test in `queue.test.ts` fails one run in ten.');

    for (const response of [candidate.data, overview.data, started.data, candidateView.data]) {
      const body = JSON.stringify(response);
      for (const hidden of ['HIDDEN-CRITERION', 'HIDDEN-GUIDANCE', 'rubric', 'maxPoints']) expect(body).not.toContain(hidden);
    }
  });
});
