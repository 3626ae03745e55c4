import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { assessmentBody, createAssessment } from '../../../test/helpers/assessment-fixtures.js';

/** An assessment's resultEmail: when its candidates get the result email. */
describe('assessment resultEmail', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  it('defaults to immediately, is kept as given, and shows in the list, the detail and after a PATCH', async () => {
    const plain = await createAssessment(t, org, { title: 'Plain' });
    expect(plain.resultEmail).toBe('immediately');
    const quiet = await createAssessment(t, org, { title: 'Quiet', resultEmail: 'never' });
    expect(quiet.resultEmail).toBe('never');

    const patched = await t.request({ method: 'PATCH', url: `/v1/assessments/${plain.id}`, headers: org.headers, payload: { resultEmail: 'after_decision' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.data.assessment.resultEmail).toBe('after_decision');
    // Absent means unchanged.
    const renamed = await t.request({ method: 'PATCH', url: `/v1/assessments/${plain.id}`, headers: org.headers, payload: { title: 'Renamed' } });
    expect(renamed.data.assessment.resultEmail).toBe('after_decision');

    const detail = await t.request({ method: 'GET', url: `/v1/assessments/${plain.id}`, headers: org.headers });
    expect(detail.data.assessment.resultEmail).toBe('after_decision');
    const listed = await t.request({ method: 'GET', url: '/v1/assessments', headers: org.headers });
    expect(Object.fromEntries(listed.data.assessments.map((item: { title: string; resultEmail: string }) => [item.title, item.resultEmail]))).toMatchObject({ Renamed: 'after_decision', Quiet: 'never' });
  });

  it.each([['sometimes'], [''], [null], [true]])('refuses resultEmail %j with 400 naming the field, on create and PATCH', async (value) => {
    const created = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: assessmentBody({ resultEmail: value }) });
    expect(created.statusCode).toBe(400);
    expect(JSON.stringify(created.data.error)).toContain('resultEmail');
    const existing = await createAssessment(t, org, { title: 'Kept' });
    const patched = await t.request({ method: 'PATCH', url: `/v1/assessments/${existing.id}`, headers: org.headers, payload: { resultEmail: value } });
    expect(patched.statusCode).toBe(400);
    const read = await t.request({ method: 'GET', url: `/v1/assessments/${existing.id}`, headers: org.headers });
    expect(read.data.assessment.resultEmail).toBe('immediately');
  });
});
