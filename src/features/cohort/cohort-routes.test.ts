import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, updateResultFixture, type FixtureAssessment, type ResultFixture } from '../../../test/helpers/result-fixtures.js';
import { EXAMPLE_004_COHORT, expectShape } from '../../../test/helpers/reference-shapes.js';

const clock = fixedClock('2026-04-01T09:00:00.000Z');

/**
 * Twelve values per metric whose mean is the reference example's, and the
 * rank the example's session holds among them (its percentile × 11).
 */
const spread = (mean: number, step: number) => Array.from({ length: 12 }, (_, index) => Number((mean + (index - 5.5) * step).toFixed(6)));
const PLAN = {
  durationMs: { values: spread(4_320_000, 60_000), subject: 8 },
  promptCount: { values: spread(38.5, 1), subject: 5 },
  commandFailRate: { values: spread(0.142, 0.01), subject: 2 },
  verifyIntensity: { values: spread(0.61, 0.02), subject: 7 },
  manualEditRatio: { values: spread(0.33, 0.02), subject: 8 },
  firstChangeLatencyMs: { values: spread(180_000, 2_000), subject: 4 },
  testPassRate: { values: spread(75, 2), subject: 0 },
};

/** Session j's value of a metric: the subject (j = 0) takes its planned rank, the others the rest in order. */
function valueFor(metric: keyof typeof PLAN, j: number): number {
  const { values, subject } = PLAN[metric];
  if (j === 0) return values[subject]!;
  const rest = values.filter((_, index) => index !== subject);
  return rest[j - 1]!;
}

describe('GET /v1/assessments/:id/cohort-stats (reference 004)', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let assessment: FixtureAssessment;
  let subject: ResultFixture;
  const statuses = ['completed', 'expired', 'hired'] as const;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    orgA = await t.createOrg();
    orgB = await t.createOrg();
    assessment = await createAssessmentFixture(t.database.db, clock, orgA.org.id);
    for (let j = 0; j < 12; j++) {
      const result = await createResultFixture(t.database.db, clock, assessment, {
        status: statuses[j % 3],
        metrics: {
          durationMs: valueFor('durationMs', j),
          promptCount: valueFor('promptCount', j),
          commandCount: 20,
          commandFailRate: valueFor('commandFailRate', j),
          verifyIntensity: valueFor('verifyIntensity', j),
          manualEditRatio: valueFor('manualEditRatio', j),
          firstChangeLatencyMs: valueFor('firstChangeLatencyMs', j),
          testPassRate: valueFor('testPassRate', j),
        },
      });
      if (j === 0) subject = result;
    }
    // Neither a session in progress nor a rejected one is part of the cohort.
    await createResultFixture(t.database.db, clock, assessment, { status: 'started', metrics: { durationMs: 1, promptCount: 1000 } });
    await createResultFixture(t.database.db, clock, assessment, { status: 'rejected', metrics: { durationMs: 1, promptCount: 1000 } });
  });
  afterAll(() => t.close());

  it('reproduces the reference example exactly, field by field', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${subject.sessionId}`,
      headers: orgA.headers,
    });
    expect(response.statusCode).toBe(200);
    expectShape(response.data, EXAMPLE_004_COHORT);
    expect(response.data).toEqual(EXAMPLE_004_COHORT);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'cohort_stats.read').execute();
    expect(audit.map((row) => [row.resource_id, JSON.parse(row.details!)])).toEqual([[assessment.id, { sessionId: subject.sessionId }]]);
  });

  it('leaves percentiles out without sessionId', async () => {
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats`, headers: orgA.headers });
    expect(response.statusCode).toBe(200);
    expect(response.data.cohortStats.percentiles).toBeUndefined();
    expect(response.data.cohortStats.sessionCount).toBe(12);
    expect(response.data.cohortStats.metrics).toEqual(EXAMPLE_004_COHORT.cohortStats.metrics);
  });

  it('ranks a lower commandFailRate higher, and the other metrics the other way round', async () => {
    const sessions = await t.database.db
      .selectFrom('sessions')
      .select(['id', 'command_fail_rate', 'duration_ms'])
      .where('assessment_id', '=', assessment.id)
      .where('status', 'in', ['completed', 'expired', 'hired'])
      .execute();
    const lowestFail = sessions.reduce((a, b) => (a.command_fail_rate! < b.command_fail_rate! ? a : b));
    const longest = sessions.reduce((a, b) => (a.duration_ms! > b.duration_ms! ? a : b));
    const best = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${lowestFail.id}`, headers: orgA.headers });
    expect(best.data.cohortStats.percentiles.commandFailRate).toBe(1);
    const top = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${longest.id}`, headers: orgA.headers });
    expect(top.data.cohortStats.percentiles.durationMs).toBe(1);
  });

  it('ranks a session outside the cohort against the whole cohort, with null for metrics it lacks', async () => {
    const outsider = await createResultFixture(t.database.db, clock, assessment, {
      status: 'started',
      metrics: { durationMs: 5_000_000, promptCount: 0, commandFailRate: null },
    });
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${outsider.sessionId}`, headers: orgA.headers });
    expect(response.data.cohortStats.sessionCount).toBe(12);
    expect(response.data.cohortStats.percentiles).toEqual({
      durationMs: 1,
      promptCount: 0,
      commandFailRate: null,
      verifyIntensity: null,
      manualEditRatio: null,
      firstChangeLatencyMs: null,
    });
  });

  it('answers { cohortStats: null } without completed sessions, and no percentiles below two sessions', async () => {
    const empty = await createAssessmentFixture(t.database.db, clock, orgA.org.id);
    const none = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats`, headers: orgA.headers });
    expect(none.statusCode).toBe(200);
    expect(none.data).toEqual({ cohortStats: null });
    const started = await createResultFixture(t.database.db, clock, empty, { status: 'started' });
    const stillNone = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${started.sessionId}`, headers: orgA.headers });
    expect(stillNone.data).toEqual({ cohortStats: null });

    await updateResultFixture(t.database.db, clock, started.sessionId, { status: 'completed', completed_at: clock.now().toISOString(), duration_ms: 1000, command_fail_rate: 0.5 });
    const one = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${started.sessionId}`, headers: orgA.headers });
    expect(one.data.cohortStats).toEqual({
      sessionCount: 1,
      metrics: {
        avgDurationMs: 1000,
        avgPromptCount: 0,
        avgCommandFailRate: 0.5,
        avgVerifyIntensity: null,
        avgManualEditRatio: null,
        avgFirstChangeLatencyMs: null,
        testPassRate: null,
      },
    });
    const second = await createResultFixture(t.database.db, clock, empty, { status: 'expired', metrics: { durationMs: 3000, commandFailRate: 0.25 } });
    const two = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${second.sessionId}`, headers: orgA.headers });
    expect(two.data.cohortStats.sessionCount).toBe(2);
    expect(two.data.cohortStats.metrics.avgDurationMs).toBe(2000);
    expect(two.data.cohortStats.percentiles).toMatchObject({ durationMs: 1, commandFailRate: 1, promptCount: 0, verifyIntensity: null });
  });

  it.each([
    ['an unknown assessment', () => `/v1/assessments/asmt_unknown/cohort-stats`, () => orgA],
    ["another org's assessment", () => `/v1/assessments/${assessment.id}/cohort-stats`, () => orgB],
    ["a session of another assessment", () => `/v1/assessments/${assessment.id}/cohort-stats?sessionId=res_unknown`, () => orgA],
  ])('answers 404 for %s', async (_name, url, org) => {
    const response = await t.request({ method: 'GET', url: url(), headers: org().headers });
    expect(response.statusCode).toBe(404);
    expect(response.data.error.code).toBe('not_found');
  });

  it('needs results:read and rejects unknown parameters', async () => {
    const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'no results', scopes: ['assessments:read'] } });
    const denied = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats`, headers: { authorization: `Bearer ${key.data.key}` } });
    expect(denied.statusCode).toBe(403);
    const bad = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats?session=1`, headers: orgA.headers });
    expect(bad.statusCode).toBe(400);
  });
});
