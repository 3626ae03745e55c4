import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/database.js';
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
} from '../../../test/helpers/result-fixtures.js';
import { COHORT_STATUSES, keyOf, leafOf } from './cohort-aggregates-fns.js';
import { countRanks, readTotals, type RankProbe } from './cohort-aggregates-store.js';
import { rebuildAssessmentAggregates, refreshSessionAggregates } from './cohort-aggregates.js';

const clock = fixedClock('2026-03-01T12:00:00.000Z');

/** Per question of the ten: the first `count` right, the rest wrong. */
const firstRight = (count: number) => Array.from({ length: 10 }, (_, index) => index < count);

describe('refreshSessionAggregates', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: FixtureAssessment;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    // Ten one-point questions and a task worth 90: a result's points are its percentage.
    assessment = await createAssessmentFixture(t.database.db, clock, org.org.id, { cases: [{ title: 'Task', maxScore: 90 }] });
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
    const probes = [0, 3000, 5000, 7000, 10000].map((key): RankProbe => ({ assessmentId: assessment.id, metric: 'score', key }));
    const ranks = await countRanks(t.database.db, probes);
    probes.forEach((probe, index) => {
      expect(ranks[index]).toEqual({
        below: expected.scores.filter((score) => score < probe.key).length,
        equal: expected.scores.filter((score) => score === probe.key).length,
      });
    });
  }

  it('counts completed, expired and hired sessions; leaves out started, revoked and pending ones', async () => {
    const db = t.database.db;
    await createResultFixture(db, clock, assessment, { correct: firstRight(5), caseScores: [45] });
    await createResultFixture(db, clock, assessment, { status: 'expired', correct: [true, true, true], caseScores: [27] });
    await createResultFixture(db, clock, assessment, { status: 'hired' });
    await createResultFixture(db, clock, assessment, { status: 'revoked' });
    await createResultFixture(db, clock, assessment, { status: 'started' });
    await createResultFixture(db, clock, assessment, { caseScores: [null] });
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

  it('replaces what a session contributed when it closes, is graded or decided', async () => {
    const db = t.database.db;
    const result = await createResultFixture(db, clock, assessment, { status: 'started', correct: firstRight(4), durationMs: 1234 });
    // Closed with its metrics; the task awaits its grade, so no score yet.
    await closeResultFixture(db, clock, result, { events: eventsOf('prompt', 3, { fromMs: 100, everyMs: 100 }) });
    await expectMatchesNaive();
    await gradeResultFixture(db, clock, result, [36]);
    await expectMatchesNaive();
    await gradeResultFixture(db, clock, result, [66]);
    await expectMatchesNaive();
    await decideResultFixture(db, clock, result, 'rejected');
    await expectMatchesNaive();
    await decideResultFixture(db, clock, result, 'hired');
    await expectMatchesNaive();
    const session = await db.selectFrom('sessions').select(['status', 'percentage', 'score_status', 'duration_ms']).where('id', '=', result.sessionId).executeTakeFirstOrThrow();
    expect(session).toEqual({ status: 'hired', percentage: 70, score_status: 'PASS', duration_ms: 1234 });
  });

  it('drops emptied nodes, so the tree only holds the live cohort', async () => {
    const db = t.database.db;
    const result = await createResultFixture(db, clock, assessment, { correct: firstRight(3), caseScores: [30] });
    const node = leafOf(3300);
    const find = () => db.selectFrom('cohort_rank_counts').select('value_count').where('assessment_id', '=', assessment.id).where('metric', '=', 'score').where('node', '=', node).executeTakeFirst();
    expect(Number((await find())?.value_count)).toBe(1);
    await gradeResultFixture(db, clock, result, [31]);
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
