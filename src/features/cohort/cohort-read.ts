import type { Executor } from '../../db/database.js';
import {
  METRIC_SPEC,
  keyOf,
  metricValues,
  percentileRank,
  roundTo,
  type AggregateMetric,
  type RankedMetric,
  type SessionFacts,
  type ValueMetric,
} from './cohort-aggregates-fns.js';
import { countRanks, findContributions, readTotals, readTotalsOf, type MetricTotal, type RankProbe } from './cohort-aggregates-store.js';

/**
 * The read model over the cohort aggregates, for the result views and the
 * cohort statistics route: score percentiles of results, result counts, and
 * the cohort statistics of reference 004. Every function here reads a bounded
 * number of rows per session or assessment asked about, whatever the size of
 * the cohort (docs/cohort-aggregates.md); none scans the sessions table.
 */

export interface PercentileSubject {
  id: string;
  assessment_id: string;
  percentage: number | null;
  score_status: string;
}

/**
 * Each result's score percentile, 0–100: the share of the other scored results
 * of its assessment's cohort that scored strictly below it (DESIGN §3). null
 * without a final score or when there is no other result to compare with.
 */
export async function scorePercentiles(db: Executor, subjects: readonly PercentileSubject[]): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>();
  const scored = subjects.filter((subject) => subject.percentage !== null && subject.score_status !== 'PENDING');
  for (const subject of subjects) result.set(subject.id, null);
  if (scored.length === 0) return result;
  const probes: RankProbe[] = scored.map((subject) => ({ assessmentId: subject.assessment_id, metric: 'score', key: keyOf('score', subject.percentage)! }));
  const [contributions, totals, ranks] = await Promise.all([
    findContributions(
      db,
      scored.map((subject) => subject.id),
    ),
    readTotalsOf(db, [...new Set(scored.map((subject) => subject.assessment_id))], ['score']),
    countRanks(db, probes),
  ]);
  scored.forEach((subject, index) => {
    const count = totals.get(subject.assessment_id)?.get('score')?.count ?? 0;
    const self = contributions.get(subject.id)?.score !== undefined ? 1 : 0;
    const rank = percentileRank(ranks[index]!.below, count - self);
    result.set(subject.id, rank === null ? null : Math.round(rank * 100));
  });
  return result;
}

/**
 * How many results (finished sessions) each given assessment has: its
 * maintained `results` counter, one row per assessment, never a count over
 * the sessions. An assessment without any is absent.
 */
export async function resultCountsOf(db: Executor, assessmentIds: readonly string[]): Promise<Map<string, number>> {
  const totals = await readTotalsOf(db, assessmentIds, ['results']);
  return new Map([...totals].map(([assessmentId, byMetric]) => [assessmentId, byMetric.get('results')?.count ?? 0]));
}

export interface CohortMetrics {
  avgDurationMs: number | null;
  avgPromptCount: number | null;
  avgCommandFailRate: number | null;
  avgVerifyIntensity: number | null;
  avgManualEditRatio: number | null;
  avgFirstChangeLatencyMs: number | null;
  testPassRate: number | null;
}

export type PercentileMetric = Exclude<RankedMetric, 'score'>;
export const PERCENTILE_METRICS: readonly PercentileMetric[] = [
  'durationMs',
  'promptCount',
  'commandFailRate',
  'verifyIntensity',
  'manualEditRatio',
  'firstChangeLatencyMs',
];

export type CohortPercentiles = Record<PercentileMetric, number | null>;

export interface CohortStats {
  sessionCount: number;
  metrics: CohortMetrics;
  percentiles?: CohortPercentiles;
}

/** Decimals each statistic is reported with. */
export const STAT_DECIMALS = {
  avgDurationMs: 0,
  avgPromptCount: 2,
  avgCommandFailRate: 3,
  avgVerifyIntensity: 3,
  avgManualEditRatio: 3,
  avgFirstChangeLatencyMs: 0,
  testPassRate: 1,
  percentile: 3,
} as const;

/** The mean of a metric from its exact integer sum of keys. */
export function meanOf(metric: ValueMetric, total: MetricTotal | undefined, decimals: number): number | null {
  if (!total || total.count <= 0) return null;
  return roundTo(total.sum / total.count / METRIC_SPEC[metric].scale, decimals);
}

export function cohortMetricsOf(totals: ReadonlyMap<AggregateMetric, MetricTotal>): CohortMetrics {
  return {
    avgDurationMs: meanOf('durationMs', totals.get('durationMs'), STAT_DECIMALS.avgDurationMs),
    avgPromptCount: meanOf('promptCount', totals.get('promptCount'), STAT_DECIMALS.avgPromptCount),
    avgCommandFailRate: meanOf('commandFailRate', totals.get('commandFailRate'), STAT_DECIMALS.avgCommandFailRate),
    avgVerifyIntensity: meanOf('verifyIntensity', totals.get('verifyIntensity'), STAT_DECIMALS.avgVerifyIntensity),
    avgManualEditRatio: meanOf('manualEditRatio', totals.get('manualEditRatio'), STAT_DECIMALS.avgManualEditRatio),
    avgFirstChangeLatencyMs: meanOf('firstChangeLatencyMs', totals.get('firstChangeLatencyMs'), STAT_DECIMALS.avgFirstChangeLatencyMs),
    testPassRate: meanOf('testPassRate', totals.get('testPassRate'), STAT_DECIMALS.testPassRate),
  };
}

/**
 * Reference 004's cohort statistics of an assessment: null without any
 * completed, expired or hired session. With a session, also its percentile
 * per metric, when the cohort has at least two sessions: the share of the
 * other sessions with a value that it beats (for commandFailRate, those with
 * a higher fail rate). A metric the session has no value for is null.
 */
export async function cohortStatsOf(
  db: Executor,
  assessmentId: string,
  session?: SessionFacts & { id: string },
): Promise<CohortStats | null> {
  const values = session ? metricValues(session) : null;
  const asked = values
    ? PERCENTILE_METRICS.flatMap((metric) => {
        const key = keyOf(metric, values[metric]);
        return key === null ? [] : [{ metric, key }];
      })
    : [];
  // Independent reads: on PostgreSQL they go out on separate pooled connections at once.
  const [totals, contributions, ranks] = await Promise.all([
    readTotals(db, assessmentId),
    session ? findContributions(db, [session.id]) : Promise.resolve(new Map()),
    countRanks(
      db,
      asked.map(({ metric, key }) => ({ assessmentId, metric, key })),
    ),
  ]);
  const sessionCount = totals.get('sessions')?.count ?? 0;
  if (sessionCount <= 0) return null;
  const stats: CohortStats = { sessionCount, metrics: cohortMetricsOf(totals) };
  if (!session || sessionCount < 2) return stats;

  const contribution = contributions.get(session.id) ?? {};
  const percentiles = Object.fromEntries(PERCENTILE_METRICS.map((metric) => [metric, null])) as CohortPercentiles;
  asked.forEach(({ metric }, index) => {
    const count = totals.get(metric)?.count ?? 0;
    const others = count - (contribution[metric] !== undefined ? 1 : 0);
    const { below, equal } = ranks[index]!;
    const beaten = METRIC_SPEC[metric].lowerIsBetter ? count - below - equal : below;
    const rank = percentileRank(beaten, others);
    percentiles[metric] = rank === null ? null : roundTo(rank, STAT_DECIMALS.percentile);
  });
  stats.percentiles = percentiles;
  return stats;
}
