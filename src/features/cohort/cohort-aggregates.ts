import type { Executor } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { contributionOf, deltaOf, type AggregateDelta, type Contribution } from './cohort-aggregates-fns.js';
import {
  applyDelta,
  clearAggregates,
  findContribution,
  insertContributions,
  listAssessmentIds,
  listSessionFactsAfter,
  lockSessionFacts,
  saveContribution,
  type AggregateSessionRow,
} from './cohort-aggregates-store.js';

/**
 * The cohort aggregates' write operations, for other features: the sessions
 * feature refreshes a session's contribution in every transaction that changes
 * its status, score or metrics; migration 0006 and `assay-server aggregates
 * rebuild` rebuild them. Each takes the caller's transaction. What the
 * aggregates answer (percentiles, cohort statistics, counts) is in
 * cohort-read.ts. See docs/cohort-aggregates.md.
 */

/**
 * Keeps the per-assessment cohort aggregates (score and metric count trees,
 * metric sums) in step with one session. Call it inside the transaction that
 * changes a session's status, score or metrics (completion, expiry, grading,
 * decision). It is idempotent: it replaces whatever the session contributed
 * before with what it contributes now, using the stored contribution row.
 */
export async function refreshSessionAggregates(trx: Executor, clock: Clock, sessionId: string): Promise<void> {
  const session = await lockSessionFacts(trx, sessionId);
  if (!session) return;
  const before = (await findContribution(trx, sessionId)) ?? {};
  const after = contributionOf(session);
  const delta = deltaOf(before, after);
  // No metric changed its key, so the stored contribution is already `after`.
  if (delta.totals.size === 0) return;
  const at = clock.now().toISOString();
  const scope = { orgId: session.org_id, assessmentId: session.assessment_id, at };
  await applyDelta(trx, scope, delta);
  await saveContribution(trx, { sessionId, orgId: session.org_id, assessmentId: session.assessment_id, contribution: after, at });
}

const REBUILD_BATCH = 500;

/**
 * Rebuilds the aggregates of every assessment (or of the one given) from a
 * full scan: after a layout change (migration 0006) and for `assay-server
 * aggregates rebuild` after a restore. Answers how many it rebuilt.
 */
export async function rebuildEveryAssessmentAggregates(
  trx: Executor,
  clock: Clock,
  only?: { assessmentId: string },
): Promise<{ assessments: number; sessions: number }> {
  const assessmentIds = await listAssessmentIds(trx, only?.assessmentId);
  let sessions = 0;
  for (const id of assessmentIds) sessions += await rebuildAssessmentAggregates(trx, clock, id);
  return { assessments: assessmentIds.length, sessions };
}

/**
 * Recomputes an assessment's aggregates from its sessions (a full scan: for
 * repair and bulk loading, never on a read path). The result is the same as
 * refreshing every session one by one, which the property test checks.
 */
export async function rebuildAssessmentAggregates(trx: Executor, clock: Clock, assessmentId: string): Promise<number> {
  await clearAggregates(trx, assessmentId);
  const at = clock.now().toISOString();
  let after = '';
  let seen = 0;
  const contributions: { session: AggregateSessionRow; contribution: Contribution }[] = [];
  let total: AggregateDelta | null = null;
  for (;;) {
    const rows = await listSessionFactsAfter(trx, assessmentId, after, REBUILD_BATCH);
    if (rows.length === 0) break;
    for (const session of rows) {
      const contribution = contributionOf(session);
      contributions.push({ session, contribution });
      total = mergeDelta(total, deltaOf({}, contribution));
    }
    seen += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  if (contributions.length === 0 || total === null) return 0;
  const { org_id: orgId } = contributions[0]!.session;
  await applyDeltaInBatches(trx, { orgId, assessmentId, at }, total);
  for (let start = 0; start < contributions.length; start += REBUILD_BATCH) {
    await insertContributions(
      trx,
      contributions.slice(start, start + REBUILD_BATCH).map(({ session, contribution }) => ({
        sessionId: session.id,
        orgId: session.org_id,
        assessmentId: session.assessment_id,
        contribution,
        at,
      })),
    );
  }
  return seen;
}

function mergeDelta(into: AggregateDelta | null, add: AggregateDelta): AggregateDelta {
  if (!into) return add;
  for (const [metric, change] of add.totals) {
    const entry = into.totals.get(metric) ?? { count: 0, sum: 0 };
    entry.count += change.count;
    entry.sum += change.sum;
    into.totals.set(metric, entry);
  }
  for (const [id, change] of add.nodes) {
    const entry = into.nodes.get(id) ?? { ...change, count: 0 };
    entry.count += change.count;
    into.nodes.set(id, entry);
  }
  return into;
}

async function applyDeltaInBatches(trx: Executor, scope: { orgId: string; assessmentId: string; at: string }, delta: AggregateDelta): Promise<void> {
  await applyDelta(trx, scope, { totals: delta.totals, nodes: new Map() });
  const nodes = [...delta.nodes.entries()];
  for (let start = 0; start < nodes.length; start += REBUILD_BATCH) {
    await applyDelta(trx, scope, { totals: new Map(), nodes: new Map(nodes.slice(start, start + REBUILD_BATCH)) });
  }
}
