import type { Db } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { AUDIT_LOG_SCOPE } from '../audit/audit-schemas.js';
import type { Scope } from '../auth/auth-scopes.js';
import { HOME_LISTS, homeWindows, minutesSince } from './home-fns.js';
import type { HomeResponse } from './home-schemas.js';
import {
  countUngradedCases,
  findLatestAssessment,
  hasAnyKey,
  listAwaitingGrading,
  listExpiringKeys,
  listRecentChanges,
  listRecentlyCompleted,
  type AttemptRow,
} from './home-store.js';

const attemptRefs = (row: AttemptRow) => ({
  assessment: { id: row.assessment_id, title: row.assessment_title },
  candidate: { name: row.candidate_name, email: row.candidate_email },
});

/**
 * The reviewers' home page in one read: what needs doing (attempts awaiting a
 * grade, unused keys about to expire), what just happened (attempts completed
 * in the last days, the latest changes), and where a new team stands. Each part
 * is there only for a caller holding its scope; the others are null.
 */
export function createHomeService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function awaitingGrading(orgId: string, now: Date): Promise<NonNullable<HomeResponse['awaitingGrading']>> {
    const { rows, total } = await listAwaitingGrading(db, orgId, HOME_LISTS.items);
    const ungraded = await countUngradedCases(db, orgId, rows.map((row) => row.id));
    const items: NonNullable<HomeResponse['awaitingGrading']>['items'] = rows.map((row) => ({
      id: row.id,
      ...attemptRefs(row),
      attemptNumber: row.attempt_number,
      completedAt: row.completed_at,
      waitingMinutes: minutesSince(row.completed_at, now),
      casesToGrade: ungraded.get(row.id) ?? 0,
    }));
    return { total, items };
  }

  async function recentlyCompleted(orgId: string, since: string): Promise<NonNullable<HomeResponse['recentlyCompleted']>> {
    const { rows, total } = await listRecentlyCompleted(db, orgId, since, HOME_LISTS.items);
    const items: NonNullable<HomeResponse['recentlyCompleted']>['items'] = rows.map((row) => ({
      id: row.id,
      ...attemptRefs(row),
      completedAt: row.completed_at,
      status: row.status as 'completed' | 'expired' | 'hired',
      scoreStatus: row.score_status as 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL',
      percentage: row.percentage,
      passed: row.passed === null ? null : row.passed === 1,
      decision: row.decision as 'hired' | 'rejected' | null,
      redFlag: row.red_flag === 1,
    }));
    return { since, total, items };
  }

  async function expiringKeys(orgId: string, now: string, before: string): Promise<NonNullable<HomeResponse['expiringKeys']>> {
    const { rows, total } = await listExpiringKeys(db, orgId, { now, before }, HOME_LISTS.items);
    const items: NonNullable<HomeResponse['expiringKeys']>['items'] = rows.map((row) => ({
      id: row.id,
      key: row.key,
      assessment: { id: row.assessment_id, title: row.assessment_title },
      candidate: { name: row.candidate_name, email: row.candidate_email },
      expiresAt: row.expires_at,
      canResend: row.candidate_email !== null,
    }));
    return { before, total, items };
  }

  async function recentActivity(orgId: string): Promise<NonNullable<HomeResponse['recentActivity']>> {
    const rows = await listRecentChanges(db, orgId, HOME_LISTS.items);
    return {
      items: rows.map((row) => ({
        id: row.id,
        actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        resourceTitle: row.resource_title,
        createdAt: row.created_at,
      })),
    };
  }

  return {
    async get(context: AuditContext, scopes: ReadonlySet<Scope>): Promise<HomeResponse> {
      const { orgId } = context;
      const now = clock.now();
      const windows = homeWindows(now);
      const readsResults = scopes.has('results:read');
      const [awaiting, completed, keys, activity, latestAssessment, hasKey] = await Promise.all([
        readsResults ? awaitingGrading(orgId, now) : null,
        readsResults ? recentlyCompleted(orgId, windows.completedSince) : null,
        scopes.has('candidates:read') ? expiringKeys(orgId, windows.now, windows.expiringBefore) : null,
        scopes.has(AUDIT_LOG_SCOPE) ? recentActivity(orgId) : null,
        findLatestAssessment(db, orgId),
        hasAnyKey(db, orgId),
      ]);
      // Scores and candidates of results were shown: a read of results, as the results list records one.
      const shown = [...(awaiting?.items ?? []), ...(completed?.items ?? [])].map((item) => item.id);
      if (shown.length > 0) {
        await recordAudit(db, clock, context, {
          action: 'result.list',
          resourceType: 'result',
          details: { view: 'home', resultIds: [...new Set(shown)] },
        });
      }
      return {
        generatedAt: windows.now,
        awaitingGrading: awaiting,
        recentlyCompleted: completed,
        expiringKeys: keys,
        recentActivity: activity,
        setup: {
          hasAssessment: latestAssessment !== undefined,
          hasKey,
          latestAssessment: latestAssessment && scopes.has('assessments:read') ? latestAssessment : null,
        },
      };
    },
  };
}
