import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/database.js';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import {
  createAssessmentFixture,
  createResultFixture,
  updateResultFixture,
  type FixtureAssessment,
} from '../../../test/helpers/result-fixtures.js';
import { COHORT_STATUSES, keyOf, leafOf, type RankedMetric } from '../cohort/cohort-aggregates-fns.js';
import { countRanks, readTotals } from '../cohort/cohort-aggregates-store.js';
import { rebuildAssessmentAggregates, refreshSessionAggregates } from './results-aggregates.js';

const clock = fixedClock('2026-03-01T12:00:00.000Z');

describe('refreshSessionAggregates', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: FixtureAssessment;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    assessment = await createAssessmentFixture(t.database.db, clock, org.org.id);
  });
  afterAll(() => t.close());

  /** Everything the aggregates should say, computed from the sessions table. */
  async function naive() {
    const rows = await t.database.db.selectFrom('sessions').selectAll().where('assessment_id', '=', assessment.id).execute();
    const cohort = rows.filter((row) => COHORT_STATUSES.includes(row.status));
    const scores = cohort.filter((row) => row.percentage !== null && row.score_status !== 'PENDING').map((row) => keyOf('score', row.percentage)!);
    const durations = cohort.filter((row) => row.duration_ms !== null).map((row) => row.duration_ms!);
    return {
      results: rows.filter((row) => row.completed_at !== null).length,
      sessions: cohort.length,
      scores,
      durations,
    };
  }

  async function snapshot() {
    const db = t.database.db;
    return {
      totals: await db.selectFrom('cohort_totals').select(['metric', 'value_count', 'key_sum']).where('assessment_id', '=', assessment.id).orderBy('metric').execute(),
      nodes: await db.selectFrom('cohort_rank_counts').select(['metric', 'node', 'value_count']).where('assessment_id', '=', assessment.id).orderBy('metric').orderBy('node').execute(),
    };
  }

  async function expectMatchesNaive() {
    const expected = await naive();
    const totals = await readTotals(t.database.db, assessment.id);
    expect(totals.get('results')?.count ?? 0).toBe(expected.results);
    expect(totals.get('sessions')?.count ?? 0).toBe(expected.sessions);
    expect(totals.get('score')?.count ?? 0).toBe(expected.scores.length);
    expect(totals.get('score')?.sum ?? 0).toBe(expected.scores.reduce((a, b) => a + b, 0));
    expect(totals.get('durationMs')?.sum ?? 0).toBe(expected.durations.reduce((a, b) => a + b, 0));
    const probes = [0, 3000, 5000, 7000, 10000].map((key) => ({ assessmentId: assessment.id, metric: 'score' as RankedMetric, key }));
    const ranks = await countRanks(t.database.db, probes);
    probes.forEach((probe, index) => {
      expect(ranks[index]).toEqual({
        below: expected.scores.filter((score) => score < probe.key).length,
        equal: expected.scores.filter((score) => score === probe.key).length,
      });
    });
  }

  it('counts completed, expired and hired sessions; leaves out started, rejected and pending ones', async () => {
    const db = t.database.db;
    await createResultFixture(db, clock, assessment, { correct: [true, true, true, true, true, false, false, false, false, false] });
    await createResultFixture(db, clock, assessment, { status: 'expired', correct: [true, true, true] });
    await createResultFixture(db, clock, assessment, { status: 'hired' });
    await createResultFixture(db, clock, assessment, { status: 'rejected' });
    await createResultFixture(db, clock, assessment, { status: 'started' });
    await createResultFixture(db, clock, assessment, { percentage: null });
    const totals = await readTotals(db, assessment.id);
    expect(totals.get('results')?.count).toBe(5);
    expect(totals.get('sessions')?.count).toBe(4);
    expect(totals.get('score')).toEqual({ count: 3, sum: 5000 + 3000 + 10000 });
    await expectMatchesNaive();
  });

  it('is idempotent: refreshing again changes nothing', async () => {
    const before = await snapshot();
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('assessment_id', '=', assessment.id).execute();
    await inTransaction(t.database.db, async (trx) => {
      for (const { id } of sessions) {
        await refreshSessionAggregates(trx, clock, id);
        await refreshSessionAggregates(trx, clock, id);
      }
    });
    expect(await snapshot()).toEqual(before);
  });

  it('replaces what a session contributed when it is graded, decided or changes metrics', async () => {
    const db = t.database.db;
    const result = await createResultFixture(db, clock, assessment, { status: 'started' });
    await updateResultFixture(db, clock, result.sessionId, { status: 'completed', completed_at: clock.now().toISOString(), percentage: 40, score_status: 'FAIL', duration_ms: 1234 });
    await expectMatchesNaive();
    await updateResultFixture(db, clock, result.sessionId, { percentage: 70, score_status: 'PASS', duration_ms: 999 });
    await expectMatchesNaive();
    await updateResultFixture(db, clock, result.sessionId, { status: 'rejected' });
    await expectMatchesNaive();
    await updateResultFixture(db, clock, result.sessionId, { status: 'hired' });
    await expectMatchesNaive();
  });

  it('drops emptied nodes, so the tree only holds the live cohort', async () => {
    const db = t.database.db;
    const result = await createResultFixture(db, clock, assessment, { percentage: 33 });
    const node = leafOf(3300);
    const find = () => db.selectFrom('cohort_rank_counts').select('value_count').where('assessment_id', '=', assessment.id).where('metric', '=', 'score').where('node', '=', node).executeTakeFirst();
    expect(Number((await find())?.value_count)).toBe(1);
    await updateResultFixture(db, clock, result.sessionId, { percentage: 34 });
    expect(await find()).toBeUndefined();
  });

  it('ignores an unknown session', async () => {
    const before = await snapshot();
    await inTransaction(t.database.db, (trx) => refreshSessionAggregates(trx, clock, 'res_unknown'));
    expect(await snapshot()).toEqual(before);
  });

  it('a rebuild from the sessions table gives the same aggregates as the refreshes', async () => {
    const before = await snapshot();
    const seen = await inTransaction(t.database.db, (trx) => rebuildAssessmentAggregates(trx, clock, assessment.id));
    expect(seen).toBeGreaterThan(5);
    expect(await snapshot()).toEqual(before);
    await expectMatchesNaive();
  });
});
