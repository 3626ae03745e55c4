import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.js';
import {
  leafOf,
  rangesBelow,
  type AggregateDelta,
  type AggregateMetric,
  type Contribution,
  type RankedMetric,
  type SessionFacts,
} from './cohort-aggregates-fns.js';

/**
 * SQL of the cohort aggregates (docs/cohort-aggregates.md). Writes take the
 * transaction of the change that causes them; every read touches a bounded
 * number of rows whatever the cohort size.
 */

export type AggregateSessionRow = SessionFacts & Pick<SessionsTable, 'id' | 'org_id' | 'assessment_id'>;

/** The columns a session contributes to the aggregates from. */
export const FACT_COLUMNS = [
  'id',
  'org_id',
  'assessment_id',
  'status',
  'completed_at',
  'percentage',
  'score_status',
  'duration_ms',
  'prompt_count',
  'command_fail_rate',
  'verify_intensity',
  'manual_edit_ratio',
  'first_change_latency_ms',
  'test_pass_rate',
] as const;

/**
 * Reads a session and, on PostgreSQL, row-locks it until the transaction ends
 * (a no-op self-assignment), so that two transactions refreshing the same
 * session apply their deltas one after the other. SQLite has one writer.
 */
export function lockSessionFacts(trx: Executor, sessionId: string): Promise<AggregateSessionRow | undefined> {
  return trx
    .updateTable('sessions')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', sessionId)
    .returning(FACT_COLUMNS)
    .executeTakeFirst();
}

/** One batch of an assessment's sessions in id order, after `afterId` (a rebuild's full scan). */
export function listSessionFactsAfter(trx: Executor, assessmentId: string, afterId: string, limit: number): Promise<AggregateSessionRow[]> {
  return trx
    .selectFrom('sessions')
    .select(FACT_COLUMNS)
    .where('assessment_id', '=', assessmentId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Every assessment's id (deleted ones included), in id order; or only the one given, when it exists. */
export async function listAssessmentIds(trx: Executor, onlyId?: string): Promise<string[]> {
  let query = trx.selectFrom('assessments').select('id').orderBy('id');
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  return (await query.execute()).map((row) => row.id);
}

export function selectSessionFacts(db: Executor, orgId: string, sessionIds: readonly string[]): Promise<AggregateSessionRow[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('sessions').select(FACT_COLUMNS).where('org_id', '=', orgId).where('id', 'in', sessionIds).execute();
}

export async function findContribution(db: Executor, sessionId: string): Promise<Contribution | null> {
  const row = await db
    .selectFrom('cohort_contributions')
    .select('contribution')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.contribution) as Contribution) : null;
}

export async function findContributions(db: Executor, sessionIds: readonly string[]): Promise<Map<string, Contribution>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cohort_contributions')
    .select(['session_id', 'contribution'])
    .where('session_id', 'in', sessionIds)
    .execute();
  return new Map(rows.map((row) => [row.session_id, JSON.parse(row.contribution) as Contribution]));
}

export async function saveContribution(
  trx: Executor,
  row: { sessionId: string; orgId: string; assessmentId: string; contribution: Contribution; at: string },
): Promise<void> {
  await trx
    .insertInto('cohort_contributions')
    .values({
      session_id: row.sessionId,
      org_id: row.orgId,
      assessment_id: row.assessmentId,
      contribution: JSON.stringify(row.contribution),
      updated_at: row.at,
    })
    .onConflict((oc) =>
      oc.column('session_id').doUpdateSet((eb) => ({
        contribution: eb.ref('excluded.contribution'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** Inserts the contributions of sessions that have none yet (a rebuild, after clearAggregates). */
export async function insertContributions(
  trx: Executor,
  rows: readonly { sessionId: string; orgId: string; assessmentId: string; contribution: Contribution; at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('cohort_contributions')
    .values(
      rows.map((row) => ({
        session_id: row.sessionId,
        org_id: row.orgId,
        assessment_id: row.assessmentId,
        contribution: JSON.stringify(row.contribution),
        updated_at: row.at,
      })),
    )
    .execute();
}

/**
 * Adds a delta to the totals and the count tree. Rows are written in a fixed
 * order (metric, node) so that concurrent refreshes on PostgreSQL take their
 * row locks in the same order and cannot deadlock on each other.
 */
export async function applyDelta(
  trx: Executor,
  scope: { orgId: string; assessmentId: string; at: string },
  delta: AggregateDelta,
): Promise<void> {
  const totals = [...delta.totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (totals.length > 0) {
    await trx
      .insertInto('cohort_totals')
      .values(
        totals.map(([metric, change]) => ({
          assessment_id: scope.assessmentId,
          metric,
          org_id: scope.orgId,
          value_count: change.count,
          key_sum: change.sum,
          updated_at: scope.at,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['assessment_id', 'metric']).doUpdateSet((eb) => ({
          value_count: eb('cohort_totals.value_count', '+', eb.ref('excluded.value_count')),
          key_sum: eb('cohort_totals.key_sum', '+', eb.ref('excluded.key_sum')),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  const nodes = [...delta.nodes.values()].sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.node - b.node));
  if (nodes.length === 0) return;
  await trx
    .insertInto('cohort_rank_counts')
    .values(
      nodes.map((entry) => ({
        assessment_id: scope.assessmentId,
        metric: entry.metric,
        node: entry.node,
        org_id: scope.orgId,
        value_count: entry.count,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['assessment_id', 'metric', 'node']).doUpdateSet((eb) => ({
        value_count: eb('cohort_rank_counts.value_count', '+', eb.ref('excluded.value_count')),
      })),
    )
    .execute();
  // Nodes that lost their last key are dropped, so the tree only holds the live cohort.
  const emptied = nodes.filter((entry) => entry.count < 0);
  if (emptied.length > 0) {
    await trx
      .deleteFrom('cohort_rank_counts')
      .where('assessment_id', '=', scope.assessmentId)
      .where('value_count', '=', 0)
      .where((eb) => eb(eb.refTuple('metric', 'node'), 'in', emptied.map((entry) => eb.tuple(entry.metric, entry.node))))
      .execute();
  }
}

export interface MetricTotal {
  count: number;
  sum: number;
}

/** The totals of one assessment: one row per metric, at most ten rows. */
export async function readTotals(db: Executor, assessmentId: string): Promise<Map<AggregateMetric, MetricTotal>> {
  const rows = await db
    .selectFrom('cohort_totals')
    .select(['metric', 'value_count', 'key_sum'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return new Map(rows.map((row) => [row.metric as AggregateMetric, { count: Number(row.value_count), sum: Number(row.key_sum) }]));
}

/** The same, for several assessments at once. */
export async function readTotalsOf(
  db: Executor,
  assessmentIds: readonly string[],
  metrics: readonly AggregateMetric[],
): Promise<Map<string, Map<AggregateMetric, MetricTotal>>> {
  const result = new Map<string, Map<AggregateMetric, MetricTotal>>();
  if (assessmentIds.length === 0) return result;
  const rows = await db
    .selectFrom('cohort_totals')
    .select(['assessment_id', 'metric', 'value_count', 'key_sum'])
    .where('assessment_id', 'in', assessmentIds)
    .where('metric', 'in', metrics)
    .execute();
  for (const row of rows) {
    const byMetric = result.get(row.assessment_id) ?? new Map<AggregateMetric, MetricTotal>();
    byMetric.set(row.metric as AggregateMetric, { count: Number(row.value_count), sum: Number(row.key_sum) });
    result.set(row.assessment_id, byMetric);
  }
  return result;
}

export interface RankProbe {
  assessmentId: string;
  metric: RankedMetric;
  key: number;
}

export interface RankCounts {
  /** Keys strictly below the probe's key. */
  below: number;
  /** Keys equal to it. */
  equal: number;
}

function probeId(probe: RankProbe): string {
  return `${probe.assessmentId} ${probe.metric} ${probe.key}`;
}

/**
 * For each probe, how many keys of its assessment's metric lie strictly below
 * and exactly at its key. One statement: a VALUES list of node ranges (per
 * probe at most five ranges of at most 255 nodes, and its own leaf) joined to
 * the tree's primary key, so each range is one index range scan — never the
 * cohort. Both databases plan it as a nested loop over the VALUES rows.
 */
export async function countRanks(db: Executor, probes: readonly RankProbe[]): Promise<RankCounts[]> {
  const index = new Map<string, number>();
  const distinct: RankProbe[] = [];
  for (const probe of probes) {
    if (index.has(probeId(probe))) continue;
    index.set(probeId(probe), distinct.length);
    distinct.push(probe);
  }
  if (distinct.length === 0) return [];
  const ranges = distinct.flatMap((probe, number) => {
    const leaf = leafOf(probe.key);
    return [
      ...rangesBelow(probe.key).map((range) => ({ number, kind: 0, probe, from: range.from, to: range.to })),
      { number, kind: 1, probe, from: leaf, to: leaf },
    ];
  });
  const counts = distinct.map<RankCounts>(() => ({ below: 0, equal: 0 }));
  for (let start = 0; start < ranges.length; start += 400) {
    const rows = ranges
      .slice(start, start + 400)
      .map(
        (range) =>
          sql`(${sql.lit(range.number)}, ${sql.lit(range.kind)}, ${range.probe.assessmentId}, ${range.probe.metric}, cast(${range.from} as bigint), cast(${range.to} as bigint))`,
      );
    // VALUES columns are column1…column6 on both databases.
    const query = sql<{ probe: number; kind: number; total: number | string }>`
      select r.column1 as probe, r.column2 as kind, sum(c.value_count) as total
      from (values ${sql.join(rows)}) as r
      join cohort_rank_counts c
        on c.assessment_id = r.column3 and c.metric = r.column4 and c.node between r.column5 and r.column6
      group by r.column1, r.column2`;
    const { rows: sums } = await query.execute(db);
    for (const row of sums) {
      const entry = counts[Number(row.probe)]!;
      if (Number(row.kind) === 1) entry.equal += Number(row.total);
      else entry.below += Number(row.total);
    }
  }
  return probes.map((probe) => counts[index.get(probeId(probe))!]!);
}

/** Removes every aggregate of an assessment (before a rebuild). */
export async function clearAggregates(trx: Executor, assessmentId: string): Promise<void> {
  await trx.deleteFrom('cohort_rank_counts').where('assessment_id', '=', assessmentId).execute();
  await trx.deleteFrom('cohort_totals').where('assessment_id', '=', assessmentId).execute();
  await trx.deleteFrom('cohort_contributions').where('assessment_id', '=', assessmentId).execute();
}
