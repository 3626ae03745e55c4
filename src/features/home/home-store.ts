import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/**
 * The read model of the reviewers' home page: one organization's attempts
 * awaiting a grade, attempts just completed, unused keys about to expire and
 * the latest changes in the audit log. Every list is read through an index
 * (migration 0013) and stops at `limit`; attempts and keys of deleted
 * assessments are left out, as the results list leaves them out.
 */

/** Closed attempts a reviewer can grade and decide (not revoked ones). */
const GRADABLE_STATUSES = ['completed', 'expired', 'hired'] as const;

export interface AttemptRow {
  id: string;
  assessment_id: string;
  assessment_title: string;
  attempt_number: number;
  completed_at: string;
  status: string;
  score_status: string;
  percentage: number | null;
  passed: number | null;
  decision: string | null;
  red_flag: number;
  candidate_name: string | null;
  candidate_email: string | null;
}

function attempts(db: Executor, orgId: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .where('s.org_id', '=', orgId)
    .where('a.deleted_at', 'is', null)
    .where('s.status', 'in', GRADABLE_STATUSES)
    .where('s.completed_at', 'is not', null);
}

/** Attempts with ungraded tasks and no decision (score status PENDING once closed). */
function awaitingGrading(db: Executor, orgId: string) {
  return attempts(db, orgId).where('s.score_status', '=', 'PENDING').where('s.decision', 'is', null);
}

function recentlyCompleted(db: Executor, orgId: string, since: string) {
  return attempts(db, orgId).where('s.completed_at', '>=', since);
}

function selectAttempts<Query extends ReturnType<typeof attempts>>(query: Query) {
  return query
    .innerJoin('invitations as i', 'i.id', 's.invitation_id')
    .leftJoin('candidates as c', 'c.id', 's.candidate_id')
    .select([
      's.id',
      's.assessment_id',
      'a.title as assessment_title',
      's.attempt_number',
      's.completed_at',
      's.status',
      's.score_status',
      's.percentage',
      's.passed',
      's.decision',
      's.red_flag',
      (eb) => eb.fn.coalesce('c.name', 'i.candidate_name').as('candidate_name'),
      (eb) => eb.fn.coalesce('c.email', 'i.candidate_email').as('candidate_email'),
    ]);
}

async function countOf(query: ReturnType<typeof attempts>): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Longest waiting first. */
export async function listAwaitingGrading(db: Executor, orgId: string, limit: number): Promise<{ rows: AttemptRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    selectAttempts(awaitingGrading(db, orgId)).orderBy('s.completed_at').orderBy('s.id').limit(limit).execute(),
    countOf(awaitingGrading(db, orgId)),
  ]);
  return { rows: rows as AttemptRow[], total };
}

/** Newest first. */
export async function listRecentlyCompleted(
  db: Executor,
  orgId: string,
  since: string,
  limit: number,
): Promise<{ rows: AttemptRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    selectAttempts(recentlyCompleted(db, orgId, since)).orderBy('s.completed_at', 'desc').orderBy('s.id', 'desc').limit(limit).execute(),
    countOf(recentlyCompleted(db, orgId, since)),
  ]);
  return { rows: rows as AttemptRow[], total };
}

/** How many hands-on tasks of each attempt still have no grade (attempts with none: absent). */
export async function countUngradedCases(db: Executor, orgId: string, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_results')
    .select(['session_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('org_id', '=', orgId)
    .where('session_id', 'in', sessionIds)
    .where('status', '<>', 'graded')
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((row) => [row.session_id, Number(row.count)]));
}

export interface ExpiringKeyRow {
  id: string;
  key: string;
  assessment_id: string;
  assessment_title: string;
  expires_at: string;
  candidate_name: string | null;
  candidate_email: string | null;
}

/** Keys nobody has started with (status pending, not revoked), expiring after `now` and by `before`. */
function expiringKeys(db: Executor, orgId: string, now: string, before: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .where('i.org_id', '=', orgId)
    .where('i.status', '=', 'pending')
    .where('i.expires_at', '>', now)
    .where('i.expires_at', '<=', before)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null);
}

/** Soonest expiry first. */
export async function listExpiringKeys(
  db: Executor,
  orgId: string,
  window: { now: string; before: string },
  limit: number,
): Promise<{ rows: ExpiringKeyRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    expiringKeys(db, orgId, window.now, window.before)
      .leftJoin('candidates as c', 'c.id', 'i.candidate_id')
      .select([
        'i.id',
        'i.key',
        'i.assessment_id',
        'a.title as assessment_title',
        'i.expires_at',
        (eb) => eb.fn.coalesce('c.name', 'i.candidate_name').as('candidate_name'),
        (eb) => eb.fn.coalesce('c.email', 'i.candidate_email').as('candidate_email'),
      ])
      .orderBy('i.expires_at')
      .orderBy('i.id')
      .limit(limit)
      .execute(),
    expiringKeys(db, orgId, window.now, window.before)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

/**
 * Entries that record a change, not a read: the predicate of the partial index
 * audit_log_changes_idx (migration 0013), written as the same literal text so
 * that SQLite and PostgreSQL both match it to the index.
 */
const IS_CHANGE = sql<boolean>`action NOT LIKE '%.read' AND action NOT LIKE '%.list' AND action NOT LIKE '%.view' AND action NOT LIKE '%.export'`;

export interface ActivityRow {
  id: string;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  resource_title: string | null;
  created_at: string;
}

/** The query of listRecentChanges, also compiled by the test that checks its plan uses the partial index. */
export function recentChangesQuery(db: Executor, orgId: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'actor_type', 'actor_id', 'actor_name', 'action', 'resource_type', 'resource_id', 'resource_title', 'created_at'])
    .where('org_id', '=', orgId)
    .where(IS_CHANGE)
    .orderBy('id', 'desc')
    .limit(limit);
}

/** The organization's latest changes in the audit log, newest first. */
export function listRecentChanges(db: Executor, orgId: string, limit: number): Promise<ActivityRow[]> {
  return recentChangesQuery(db, orgId, limit).execute();
}

/** The organization's newest live assessment, if any. */
export function findLatestAssessment(db: Executor, orgId: string): Promise<{ id: string; title: string } | undefined> {
  return db
    .selectFrom('assessments')
    .select(['id', 'title'])
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function hasAnyKey(db: Executor, orgId: string): Promise<boolean> {
  const row = await db.selectFrom('invitations').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst();
  return row !== undefined;
}
