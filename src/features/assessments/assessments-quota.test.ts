import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, OPERATOR_KEY, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { assessmentBody } from '../../../test/helpers/assessment-fixtures.js';
import { fixedClock } from '../../shared/clock.js';

describe('monthly assessment quota', () => {
  const clock = fixedClock('2026-04-15T12:00:00.000Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  const post = (org: TestOrg, title = 'Quota test') =>
    t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: assessmentBody({ title }) });

  it('answers 403 quota_exceeded with numeric used and quota once the month is used up; deleting gives nothing back; a new UTC month does', async () => {
    clock.set('2026-04-15T12:00:00.000Z');
    const org = await t.createOrg({ monthlyAssessmentQuota: 2 });
    const first = await post(org);
    expect(first.statusCode).toBe(201);
    expect((await post(org)).statusCode).toBe(201);

    const refused = await post(org);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.error.code).toBe('quota_exceeded');
    expect(refused.data.used).toBe(2);
    expect(refused.data.quota).toBe(2);
    expect(typeof refused.data.requestId).toBe('string');

    const deleted = await t.request({ method: 'DELETE', url: `/v1/assessments/${first.data.assessment.id}`, headers: org.headers });
    expect(deleted.statusCode).toBe(200);
    const stillRefused = await post(org);
    expect(stillRefused.statusCode).toBe(403);
    expect(stillRefused.data).toMatchObject({ used: 2, quota: 2 });

    clock.set('2026-04-30T23:59:59.999Z');
    expect((await post(org)).statusCode).toBe(403);
    clock.set('2026-05-01T00:00:00.000Z');
    expect((await post(org)).statusCode).toBe(201);
    expect((await post(org)).statusCode).toBe(201);
    const mayFull = await post(org);
    expect(mayFull.statusCode).toBe(403);
    expect(mayFull.data).toMatchObject({ used: 2, quota: 2 });
  });

  it('counts only the own organization, allows unlimited when the quota is null, refuses everything at 0', async () => {
    clock.set('2026-06-10T08:00:00.000Z');
    const limited = await t.createOrg({ monthlyAssessmentQuota: 1 });
    const unlimited = await t.createOrg();
    for (let i = 0; i < 3; i++) expect((await post(unlimited)).statusCode).toBe(201);
    expect((await post(limited)).statusCode).toBe(201);
    expect((await post(limited)).statusCode).toBe(403);

    const none = await t.createOrg({ monthlyAssessmentQuota: 1 });
    // Set directly: the operator API's schema currently coerces a quota of 0 into null (unlimited).
    await t.database.db.updateTable('organizations').set({ monthly_assessment_quota: 0 }).where('id', '=', none.org.id).execute();
    const refused = await post(none);
    expect(refused.statusCode).toBe(403);
    expect(refused.data).toMatchObject({ used: 0, quota: 0 });
  });

  it('raising the quota lets the org create again', async () => {
    clock.set('2026-07-10T08:00:00.000Z');
    const org = await t.createOrg({ monthlyAssessmentQuota: 1 });
    expect((await post(org)).statusCode).toBe(201);
    expect((await post(org)).statusCode).toBe(403);
    await t.request({
      method: 'PATCH',
      url: `/v1/admin/orgs/${org.org.id}`,
      headers: { authorization: `Bearer ${OPERATOR_KEY}` },
      payload: { monthlyAssessmentQuota: 2 },
    });
    expect((await post(org)).statusCode).toBe(201);
  });

  it('never lets concurrent creates exceed the quota', async () => {
    clock.set('2026-08-10T08:00:00.000Z');
    const org = await t.createOrg({ monthlyAssessmentQuota: 3 });
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => post(org, `Concurrent ${i}`)));
    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 403, 403, 403]);
    const rows = await t.database.db.selectFrom('assessments').select('id').where('org_id', '=', org.org.id).execute();
    expect(rows).toHaveLength(3);
  });
});
