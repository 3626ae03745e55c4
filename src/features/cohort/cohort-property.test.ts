import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionsTable } from '../../db/schema.js';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import {
  closeResultFixture,
  createAssessmentFixture,
  createResultFixture,
  decideResultFixture,
  eventsOf,
  gradeResultFixture,
  type FixtureAssessment,
  type ResultFixture,
  type ResultFixtureStatus,
  type TelemetryInput,
} from '../../../test/helpers/result-fixtures.js';

/**
 * Property: on random cohorts changed at random (closes, expiry, grading,
 * decisions), every percentile and cohort statistic read from the maintained
 * aggregates equals a naive computation over all the sessions. The sessions
 * are scored and measured by the product from random answers, grades and
 * telemetry; only the cohort statistics have a second, naive implementation.
 */

const clock = fixedClock('2026-05-01T08:00:00.000Z');

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

type Row = SessionsTable;
const COHORT = ['completed', 'expired', 'hired'];

/**
 * Random telemetry, within the first minute of an attempt, whose metrics have
 * ties and nulls on purpose: no commands (no rates), no edits (no edit ratio or
 * first change), no test run.
 */
function randomEvents(random: () => number): TelemetryInput[] {
  const events = eventsOf('prompt', Math.floor(random() * 15));
  events.push(...eventsOf('command', Math.floor(random() * 12), { payload: () => ({ exitCode: random() < 0.3 ? 1 : 0, isVerify: random() < 0.5 }) }));
  if (random() >= 0.15) {
    const edits = 1 + Math.floor(random() * 7);
    events.push(...eventsOf('edit', edits, { fromMs: Math.floor(random() * 10) * 5_000, payload: () => ({ source: random() < 0.4 ? 'manual' : 'ai' }) }));
  }
  if (random() >= 0.15) events.push({ type: 'test_run', afterMs: 55_000, payload: { passed: Math.floor(random() * 9), total: 8 } });
  return events;
}

/** At least a minute (so the events fit), in whole minutes and a few seconds: ties happen. */
const randomDuration = (random: () => number) => (1 + Math.floor(random() * 40)) * 60_000 + Math.floor(random() * 3) * 1000;

const METRIC_COLUMNS = {
  durationMs: 'duration_ms',
  promptCount: 'prompt_count',
  commandFailRate: 'command_fail_rate',
  verifyIntensity: 'verify_intensity',
  manualEditRatio: 'manual_edit_ratio',
  firstChangeLatencyMs: 'first_change_latency_ms',
} as const;
const SCALE = { durationMs: 1, promptCount: 1, commandFailRate: 1e6, verifyIntensity: 1e6, manualEditRatio: 1e6, firstChangeLatencyMs: 1, testPassRate: 1e6 };
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The documented statistics, computed the slow way from every session of the assessment. */
function naiveStats(rows: Row[], subject?: Row) {
  const cohort = rows.filter((row) => COHORT.includes(row.status));
  if (cohort.length === 0) return { cohortStats: null };
  const mean = (column: keyof Row, scale: number, digits: number) => {
    const values = cohort.map((row) => row[column] as number | null).filter((value): value is number => value !== null);
    if (values.length === 0) return null;
    // Means are exact at the stored resolution: the sum of value × scale as integers.
    const sum = values.reduce((total, value) => total + Math.round(value * scale), 0);
    return round(sum / values.length / scale, digits);
  };
  const stats: Record<string, unknown> = {
    sessionCount: cohort.length,
    metrics: {
      avgDurationMs: mean('duration_ms', 1, 0),
      avgPromptCount: mean('prompt_count', 1, 2),
      avgCommandFailRate: mean('command_fail_rate', SCALE.commandFailRate, 3),
      avgVerifyIntensity: mean('verify_intensity', SCALE.verifyIntensity, 3),
      avgManualEditRatio: mean('manual_edit_ratio', SCALE.manualEditRatio, 3),
      avgFirstChangeLatencyMs: mean('first_change_latency_ms', 1, 0),
      testPassRate: mean('test_pass_rate', SCALE.testPassRate, 1),
    },
  };
  if (subject && cohort.length >= 2) {
    const percentiles: Record<string, number | null> = {};
    for (const [metric, column] of Object.entries(METRIC_COLUMNS)) {
      const mine = subject[column] as number | null;
      const others = cohort.filter((row) => row.id !== subject.id && row[column] !== null).map((row) => row[column] as number);
      if (mine === null || others.length === 0) {
        percentiles[metric] = null;
        continue;
      }
      const beaten = metric === 'commandFailRate' ? others.filter((value) => value > mine).length : others.filter((value) => value < mine).length;
      percentiles[metric] = round(beaten / others.length, 3);
    }
    stats.percentiles = percentiles;
  }
  return { cohortStats: stats };
}

function naiveScorePercentile(rows: Row[], subject: Row): number | null {
  if (subject.percentage === null || subject.score_status === 'PENDING') return null;
  const others = rows.filter(
    (row) => row.id !== subject.id && COHORT.includes(row.status) && row.percentage !== null && row.score_status !== 'PENDING',
  );
  if (others.length === 0) return null;
  return Math.round((100 * others.filter((row) => row.percentage! < subject.percentage!).length) / others.length);
}

describe('cohort aggregates equal a full scan (property)', () => {
  let t: TestApp;
  let org: TestOrg;
  const assessments: FixtureAssessment[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  it.each([1, 2, 3])('random cohort #%i', async (seed) => {
    const random = prng(seed * 7919);
    const db = t.database.db;
    // Four one-point questions and a task worth 4: percentages in steps of 12.5 (rounded), with ties.
    const assessment = await createAssessmentFixture(db, clock, org.org.id, {
      questions: Array.from({ length: 4 }, (_, index) => ({
        text: `Q${index}`,
        type: 'single' as const,
        options: ['a', 'b'],
        answer: 0,
        category: index % 2 ? 'Even' : 'Odd',
        difficulty: 'easy' as const,
        points: 1,
      })),
      cases: [{ title: 'Task', maxScore: 4 }],
    });
    assessments.push(assessment);
    const size = 15 + Math.floor(random() * 25);
    const statuses: ResultFixtureStatus[] = ['completed', 'completed', 'expired', 'hired', 'rejected', 'started', 'revoked'];
    const results: Array<{ fixture: ResultFixture; state: 'open' | 'closed' | 'revoked' }> = [];
    // A grade, or (one time in ten) none yet.
    const randomGrade = () => (random() < 0.1 ? null : Math.floor(random() * 5));
    for (let index = 0; index < size; index++) {
      clock.advance(1000);
      const status = statuses[Math.floor(random() * statuses.length)]!;
      const open = status === 'started' || status === 'revoked';
      const fixture = await createResultFixture(db, clock, assessment, {
        status,
        correct: Array.from({ length: 4 }, () => (random() < 0.1 ? null : random() < 0.6)),
        caseScores: open ? undefined : [randomGrade()],
        durationMs: randomDuration(random),
        events: randomEvents(random),
      });
      results.push({ fixture, state: status === 'started' ? 'open' : status === 'revoked' ? 'revoked' : 'closed' });
    }
    // Later changes: open attempts submitted or expired, grades given or changed, decisions taken or changed.
    for (let index = 0; index < size; index++) {
      if (random() < 0.5) continue;
      clock.advance(1000);
      const result = results[Math.floor(random() * results.length)]!;
      if (result.state === 'revoked') continue;
      if (result.state === 'open') {
        await closeResultFixture(db, clock, result.fixture, { reason: random() < 0.5 ? 'submitted' : 'deadline', events: randomEvents(random) });
        result.state = 'closed';
      } else if (random() < 0.5) {
        const grade = randomGrade();
        if (grade !== null) await gradeResultFixture(db, clock, result.fixture, [grade]);
      } else {
        await decideResultFixture(db, clock, result.fixture, random() < 0.5 ? 'hired' : 'rejected');
      }
    }

    const rows = await db.selectFrom('sessions').selectAll().where('assessment_id', '=', assessment.id).execute();
    const plain = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats`, headers: org.headers });
    expect(plain.data).toEqual(naiveStats(rows));
    for (const row of rows) {
      const response = await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${row.id}`, headers: org.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data, `session ${row.id}`).toEqual(naiveStats(rows, row));
    }
    const list = await t.request({ method: 'GET', url: `/results?exam_id=${assessment.id}&limit=100`, headers: org.headers });
    const finished = rows.filter((row) => row.completed_at !== null);
    expect(list.data.pagination.total).toBe(finished.length);
    expect(list.data.data).toHaveLength(finished.length);
    for (const item of list.data.data as Array<{ id: string; percentile: number | null }>) {
      expect(item.percentile, `result ${item.id}`).toBe(naiveScorePercentile(rows, rows.find((row) => row.id === item.id)!));
    }
  });
});
