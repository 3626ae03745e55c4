/**
 * The arithmetic of the cohort aggregates (docs/cohort-aggregates.md), without
 * I/O: which sessions count, how a metric value becomes an integer key, the
 * nodes of the radix count tree, and the ranges that count the keys below a
 * value. Reads of percentiles and cohort statistics touch a bounded number of
 * rows whatever the cohort size; these functions say which.
 */

/** Session statuses that form an assessment's cohort (reference 004). */
export const COHORT_STATUSES: readonly string[] = ['completed', 'expired', 'hired'];

export type RankedMetric =
  | 'score'
  | 'durationMs'
  | 'promptCount'
  | 'commandFailRate'
  | 'verifyIntensity'
  | 'manualEditRatio'
  | 'firstChangeLatencyMs';
export type ValueMetric = RankedMetric | 'testPassRate';
/** `sessions`: cohort members; `results`: finished sessions (completed_at set). Count only. */
export type CounterMetric = 'sessions' | 'results';
export type AggregateMetric = ValueMetric | CounterMetric;

export interface MetricSpec {
  name: ValueMetric;
  /** Key = round(value × scale): the resolution at which values are summed and compared. */
  scale: number;
  /** Kept in the radix count tree, so that percentiles can be read. */
  ranked: boolean;
  /** Lower is better (commandFailRate): the percentile counts the sessions above. */
  lowerIsBetter: boolean;
}

export const METRIC_SPECS: readonly MetricSpec[] = [
  { name: 'score', scale: 100, ranked: true, lowerIsBetter: false },
  { name: 'durationMs', scale: 1, ranked: true, lowerIsBetter: false },
  { name: 'promptCount', scale: 1, ranked: true, lowerIsBetter: false },
  { name: 'commandFailRate', scale: 1e6, ranked: true, lowerIsBetter: true },
  { name: 'verifyIntensity', scale: 1e6, ranked: true, lowerIsBetter: false },
  { name: 'manualEditRatio', scale: 1e6, ranked: true, lowerIsBetter: false },
  { name: 'firstChangeLatencyMs', scale: 1, ranked: true, lowerIsBetter: false },
  { name: 'testPassRate', scale: 1e6, ranked: false, lowerIsBetter: false },
];

export const METRIC_SPEC: Readonly<Record<ValueMetric, MetricSpec>> = Object.fromEntries(
  METRIC_SPECS.map((spec) => [spec.name, spec]),
) as Record<ValueMetric, MetricSpec>;

/**
 * Keys are integers in [0, 2^40): 34 years in milliseconds, rates at 1e-6 (the
 * telemetry stores them at 1e-4), scores at 0.01. Sums of keys stay exact
 * integers below 2^53 for billions of sessions.
 */
export const KEY_BITS = 40;
export const MAX_KEY = 2 ** KEY_BITS - 1;
export const LEVELS = 10;
export const DIGIT_BITS = 4;
const FANOUT = 2 ** DIGIT_BITS;
const LEVEL_STRIDE = 2 ** KEY_BITS;

/** The integer key of a metric value; null stays null (the session does not count for that metric). */
export function keyOf(metric: ValueMetric, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const key = Math.round(value * METRIC_SPEC[metric].scale);
  return Math.min(Math.max(key, 0), MAX_KEY);
}

/** The value a key stands for (the inverse of keyOf at the metric's resolution). */
export function valueOfKey(metric: ValueMetric, key: number): number {
  return key / METRIC_SPEC[metric].scale;
}

/** The prefix of `key` at `level` (1 = the top 4 bits … 10 = the whole key). */
export function prefixAt(key: number, level: number): number {
  return Math.floor(key / 2 ** (DIGIT_BITS * (LEVELS - level)));
}

/** The tree node holding the count of keys that share `key`'s prefix at `level`. */
export function nodeOf(key: number, level: number): number {
  return level * LEVEL_STRIDE + prefixAt(key, level);
}

/** The leaf node of a key: the count of sessions with exactly this key. */
export function leafOf(key: number): number {
  return nodeOf(key, LEVELS);
}

/** Every node a key is counted in: one per level. */
export function nodesOf(key: number): number[] {
  const nodes: number[] = [];
  for (let level = 1; level <= LEVELS; level++) nodes.push(nodeOf(key, level));
  return nodes;
}

export interface NodeRange {
  /** Inclusive bounds on `node`. */
  from: number;
  to: number;
}

/**
 * The node ranges whose counts add up to the number of keys strictly below
 * `key`: at each level, the siblings of key's prefix with a smaller last
 * digit (at most 15 nodes per level). Empty ranges are left out.
 */
export function rangesBelow(key: number): NodeRange[] {
  const ranges: NodeRange[] = [];
  for (let level = 1; level <= LEVELS; level++) {
    const prefix = prefixAt(key, level);
    const firstSibling = prefix - (prefix % FANOUT);
    if (prefix > firstSibling) {
      ranges.push({ from: level * LEVEL_STRIDE + firstSibling, to: level * LEVEL_STRIDE + prefix - 1 });
    }
  }
  return ranges;
}

/** The one contribution a session makes: metric → key, only for the metrics it counts in. */
export type Contribution = Partial<Record<AggregateMetric, number>>;

export interface SessionFacts {
  status: string;
  completed_at: string | null;
  percentage: number | null;
  score_status: string;
  duration_ms: number | null;
  prompt_count: number | null;
  command_fail_rate: number | null;
  verify_intensity: number | null;
  manual_edit_ratio: number | null;
  first_change_latency_ms: number | null;
  test_pass_rate: number | null;
}

export function isCohortMember(session: Pick<SessionFacts, 'status'>): boolean {
  return COHORT_STATUSES.includes(session.status);
}

/** Whether a session's percentage is final: it has one and no case is waiting for a grade. */
export function hasFinalScore(session: Pick<SessionFacts, 'percentage' | 'score_status'>): boolean {
  return session.percentage !== null && session.score_status !== 'PENDING';
}

/** The value of each metric of a session, as stored on the session row. */
export function metricValues(session: SessionFacts): Record<ValueMetric, number | null> {
  return {
    score: hasFinalScore(session) ? session.percentage : null,
    durationMs: session.duration_ms,
    promptCount: session.prompt_count,
    commandFailRate: session.command_fail_rate,
    verifyIntensity: session.verify_intensity,
    manualEditRatio: session.manual_edit_ratio,
    firstChangeLatencyMs: session.first_change_latency_ms,
    testPassRate: session.test_pass_rate,
  };
}

/**
 * What a session contributes now. A finished session counts in `results`; a
 * cohort member (completed, expired, hired) counts in `sessions` and in every
 * metric it has a value for (its score only once final).
 */
export function contributionOf(session: SessionFacts): Contribution {
  const contribution: Contribution = {};
  if (session.completed_at !== null) contribution.results = 0;
  if (!isCohortMember(session)) return contribution;
  contribution.sessions = 0;
  const values = metricValues(session);
  for (const spec of METRIC_SPECS) {
    const key = keyOf(spec.name, values[spec.name]);
    if (key !== null) contribution[spec.name] = key;
  }
  return contribution;
}

export interface AggregateDelta {
  /** metric → change of value_count and key_sum; metrics without change are absent. */
  totals: Map<AggregateMetric, { count: number; sum: number }>;
  /** `metric node` → change of value_count; zero changes are absent. */
  nodes: Map<string, { metric: RankedMetric; node: number; count: number }>;
}

function isRanked(metric: AggregateMetric): metric is RankedMetric {
  return metric !== 'sessions' && metric !== 'results' && METRIC_SPEC[metric].ranked;
}

/** How the aggregates change when a session's contribution goes from `before` to `after`. */
export function deltaOf(before: Contribution, after: Contribution): AggregateDelta {
  const totals = new Map<AggregateMetric, { count: number; sum: number }>();
  const nodes = new Map<string, { metric: RankedMetric; node: number; count: number }>();
  const metrics = new Set([...Object.keys(before), ...Object.keys(after)] as AggregateMetric[]);
  for (const metric of metrics) {
    const old = before[metric];
    const now = after[metric];
    if (old === now) continue;
    totals.set(metric, {
      count: (now === undefined ? 0 : 1) - (old === undefined ? 0 : 1),
      sum: (now ?? 0) - (old ?? 0),
    });
    if (!isRanked(metric)) continue;
    const change = (key: number, by: number) => {
      for (const node of nodesOf(key)) {
        const id = `${metric} ${node}`;
        const entry = nodes.get(id) ?? { metric, node, count: 0 };
        entry.count += by;
        if (entry.count === 0) nodes.delete(id);
        else nodes.set(id, entry);
      }
    };
    if (old !== undefined) change(old, -1);
    if (now !== undefined) change(now, +1);
  }
  return { totals, nodes };
}

/** Rounds to `digits` decimals (halves up). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * A percentile rank in [0, 1]: the share of the *other* sessions with a value
 * that this one beats (strictly below it, or strictly above for a
 * lower-is-better metric). null when there is nobody to compare with.
 */
export function percentileRank(beaten: number, others: number): number | null {
  if (others <= 0) return null;
  return Math.min(Math.max(beaten / others, 0), 1);
}
