import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import {
  closeResultFixture,
  createAssessmentFixture,
  createResultFixture,
  eventsOf,
  type FixtureAssessment,
  type ResultFixture,
  type TelemetryInput,
} from '../../../test/helpers/result-fixtures.js';
import { EXAMPLE_004_COHORT, expectShape } from '../../../test/helpers/reference-shapes.js';

const clock = fixedClock('2026-04-01T09:00:00.000Z');

/**
 * Twelve sessions whose metrics, as the product derives them from their
 * events, have the reference example's means, and the rank the example's
 * session holds among them (its percentile × 11). Rates are counts out of 50
 * commands or 50 edits.
 */
const spread = (mean: number, step: number) => Array.from({ length: 12 }, (_, index) => Number((mean + (index - 5.5) * step).toFixed(6)));
const PLAN = {
  durationMs: { values: spread(4_320_000, 60_000), subject: 8 },
  prompts: { values: spread(38.5, 1), subject: 5 },
  // 85 failures in 600 commands: a mean rate of 0.1417, which the API gives as 0.142.
  failingCommands: { values: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14], subject: 2 },
  verifyCommands: { values: spread(30.5, 1), subject: 7 },
  manualEdits: { values: spread(16.5, 1), subject: 8 },
  firstChangeLatencyMs: { values: spread(180_000, 2_000), subject: 4 },
  testsPassed: { values: spread(75, 2), subject: 0 },
};

/** Session j's value of a plan row: the subject (j = 0) takes its planned rank, the others the rest in order. */
function valueFor(metric: keyof typeof PLAN, j: number): number {
  const { values, subject } = PLAN[metric];
  if (j === 0) return values[subject]!;
  const rest = values.filter((_, index) => index !== subject);
  return rest[j - 1]!;
}

/** What session j's client sent: prompts, then 50 commands, 50 edits from its first change on, one test run of 100 tests. */
function eventsFor(j: number): TelemetryInput[] {
  const failing = valueFor('failingCommands', j);
  const verify = valueFor('verifyCommands', j);
  const manual = valueFor('manualEdits', j);
  return [
    ...eventsOf('prompt', valueFor('prompts', j), { fromMs: 60_000 }),
    ...eventsOf('command', 50, { fromMs: 600_000, payload: (index) => ({ exitCode: index < failing ? 1 : 0, isVerify: index < verify }) }),
    ...eventsOf('edit', 50, { fromMs: valueFor('firstChangeLatencyMs', j), payload: (index) => ({ source: index < manual ? 'manual' : 'ai' }) }),
    { type: 'test_run', afterMs: 3_600_000, payload: { passed: valueFor('testsPassed', j), total: 100 } },
  ];
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
        durationMs: valueFor('durationMs', j),
        events: eventsFor(j),
      });
      if (j === 0) subject = result;
    }
    // Neither a session in progress nor a revoked one is part of the cohort.
    const outliers = { durationMs: 1_000, events: eventsOf('prompt', 100, { fromMs: 0, everyMs: 5 }) };
    await createResultFixture(t.database.db, clock, assessment, { status: 'started', ...outliers });
    await createResultFixture(t.database.db, clock, assessment, { status: 'revoked', ...outliers });
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
    expect(audit.map((row) => [row.resource_id, row.resource_title, JSON.parse(row.details!)])).toEqual([[assessment.id, assessment.title, { sessionId: subject.sessionId }]]);
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
    // A revoked attempt: closed and measured, but not a cohort member. Without events it has no rates.
    const outsider = await createResultFixture(t.database.db, clock, assessment, { status: 'revoked', durationMs: 5_000_000 });
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
    const started = await createResultFixture(t.database.db, clock, empty, { status: 'started', durationMs: 1000 });
    const stillNone = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${started.sessionId}`, headers: orgA.headers });
    expect(stillNone.data).toEqual({ cohortStats: null });

    // Submitted after a second, with one failed command of two (and no verify command: intensity 0).
    const oneFailing = (count: number) => eventsOf('command', count, { fromMs: 100, everyMs: 100, payload: (index) => ({ exitCode: index === 0 ? 1 : 0, isVerify: false }) });
    await closeResultFixture(t.database.db, clock, started, { events: oneFailing(2) });
    const one = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${started.sessionId}`, headers: orgA.headers });
    expect(one.data.cohortStats).toEqual({
      sessionCount: 1,
      metrics: {
        avgDurationMs: 1000,
        avgPromptCount: 0,
        avgCommandFailRate: 0.5,
        avgVerifyIntensity: 0,
        avgManualEditRatio: null,
        avgFirstChangeLatencyMs: null,
        testPassRate: null,
      },
    });
    const second = await createResultFixture(t.database.db, clock, empty, { status: 'expired', durationMs: 3000, events: oneFailing(4) });
    const two = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/cohort-stats?sessionId=${second.sessionId}`, headers: orgA.headers });
    expect(two.data.cohortStats.sessionCount).toBe(2);
    expect(two.data.cohortStats.metrics.avgDurationMs).toBe(2000);
    expect(two.data.cohortStats.percentiles).toMatchObject({ durationMs: 1, commandFailRate: 1, promptCount: 0, verifyIntensity: 0 });
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
