import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/**
 * The naive way of the two cohort reads that the maintained aggregates answer
 * (docs/cohort-aggregates.md): a full scan of the cohort per read. The bench
 * serves them next to the real routes, and checks that both agree.
 */

const COHORT = ['completed', 'expired', 'hired'];

/** Means and the ranks of one session's metrics, by scanning the cohort. */
export async function naiveCohortStats(db: Db, assessmentId: string, sessionId: string): Promise<Record<string, number>> {
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirstOrThrow();
  const below = (column: string, value: number | null) =>
    value === null ? sql`0` : sql`sum(case when ${sql.ref(column)} < ${value} then 1 else 0 end)`;
  const { rows } = await sql<Record<string, number>>`
    select count(*) as n,
      avg(duration_ms) as avg_duration, avg(prompt_count) as avg_prompts, avg(command_fail_rate) as avg_fail,
      avg(verify_intensity) as avg_verify, avg(manual_edit_ratio) as avg_manual, avg(first_change_latency_ms) as avg_latency,
      avg(test_pass_rate) as avg_tests,
      ${below('duration_ms', session.duration_ms)} as below_duration, count(duration_ms) as n_duration,
      ${below('prompt_count', session.prompt_count)} as below_prompts,
      sum(case when command_fail_rate > ${session.command_fail_rate ?? -1} then 1 else 0 end) as above_fail, count(command_fail_rate) as n_fail,
      ${below('verify_intensity', session.verify_intensity)} as below_verify, count(verify_intensity) as n_verify,
      ${below('manual_edit_ratio', session.manual_edit_ratio)} as below_manual, count(manual_edit_ratio) as n_manual,
      ${below('first_change_latency_ms', session.first_change_latency_ms)} as below_latency, count(first_change_latency_ms) as n_latency
    from sessions where assessment_id = ${assessmentId} and status in (${sql.join(COHORT)})`.execute(db);
  return rows[0]!;
}

/** One session's score percentile among the rest of its cohort, by scanning it. */
export async function naivePercentile(db: Db, assessmentId: string, sessionId: string): Promise<number | null> {
  const session = await db.selectFrom('sessions').select(['percentage']).where('id', '=', sessionId).executeTakeFirstOrThrow();
  const { rows } = await sql<{ below: number; n: number }>`
    select sum(case when percentage < ${session.percentage} then 1 else 0 end) as below, count(*) as n
    from sessions where assessment_id = ${assessmentId} and status in (${sql.join(COHORT)})
      and percentage is not null and score_status <> 'PENDING' and id <> ${sessionId}`.execute(db);
  const row = rows[0]!;
  return Number(row.n) > 0 ? Math.round((100 * Number(row.below)) / Number(row.n)) : null;
}
