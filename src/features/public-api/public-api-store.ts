import type { Executor } from '../../db/database.js';
import type { InvitationsTable, SessionsTable } from '../../db/schema.js';
import type { PublicCursor } from './public-api-fns.js';

/** SQL of the public results API: finished sessions of one assessment, keyset-paged on (completed_at, id); one invitation's result with its case results. */

export function findAssessmentBySlug(db: Executor, orgId: string, slug: string) {
  return db
    .selectFrom('assessments')
    .select(['id', 'slug', 'title', 'role', 'passing_score'])
    .where('org_id', '=', orgId)
    .where('slug', '=', slug)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface PublicResultRow
  extends Pick<
    SessionsTable,
    | 'id'
    | 'status'
    | 'percentage'
    | 'passed'
    | 'duration_ms'
    | 'started_at'
    | 'completed_at'
    | 'fullscreen_violations'
    | 'copy_paste_violations'
  > {
  invite_token: string;
  invitation_email: string | null;
  invitation_name: string | null;
  candidate_email: string | null;
  candidate_name: string | null;
}

/**
 * A page of the assessment's finished sessions: after the position (older,
 * newest first) or, for a reverse cursor, before it (newer, returned oldest
 * first; the caller flips it).
 */
export function pageAssessmentResults(
  db: Executor,
  orgId: string,
  assessmentId: string,
  cursor: PublicCursor | null,
  limit: number,
): Promise<PublicResultRow[]> {
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('invitations as i', 'i.id', 's.invitation_id')
    .leftJoin('candidates as c', 'c.id', 's.candidate_id')
    .select([
      's.id',
      's.status',
      's.percentage',
      's.passed',
      's.duration_ms',
      's.started_at',
      's.completed_at',
      's.fullscreen_violations',
      's.copy_paste_violations',
      'i.invite_token',
      'i.candidate_email as invitation_email',
      'i.candidate_name as invitation_name',
      'c.email as candidate_email',
      'c.name as candidate_name',
    ])
    .where('s.org_id', '=', orgId)
    .where('s.assessment_id', '=', assessmentId)
    .where('s.completed_at', 'is not', null);
  if (cursor && !cursor.reverse) {
    query = query.where((eb) =>
      eb(eb.refTuple('s.completed_at', 's.id'), '<', eb.tuple(cursor.completedAt, cursor.id)),
    );
  }
  if (cursor?.reverse) {
    query = query.where((eb) =>
      eb(eb.refTuple('s.completed_at', 's.id'), '>', eb.tuple(cursor.completedAt, cursor.id)),
    );
    return query.orderBy('s.completed_at', 'asc').orderBy('s.id', 'asc').limit(limit).execute();
  }
  return query.orderBy('s.completed_at', 'desc').orderBy('s.id', 'desc').limit(limit).execute();
}

export function findInvitationByToken(db: Executor, orgId: string, token: string): Promise<(InvitationsTable & { assessment_title: string; passing_score: number; candidate_row_email: string | null; candidate_row_name: string | null }) | undefined> {
  return db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .leftJoin('candidates as c', 'c.id', 'i.candidate_id')
    .selectAll('i')
    .select(['a.title as assessment_title', 'a.passing_score', 'c.email as candidate_row_email', 'c.name as candidate_row_name'])
    .where('i.org_id', '=', orgId)
    .where('i.invite_token', '=', token)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The invitation's result: its latest finished attempt, else its latest attempt. */
export async function latestSessionOf(db: Executor, orgId: string, invitationId: string): Promise<SessionsTable | undefined> {
  const finished = await db
    .selectFrom('sessions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('invitation_id', '=', invitationId)
    .where('completed_at', 'is not', null)
    .orderBy('attempt_number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (finished) return finished;
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('invitation_id', '=', invitationId)
    .orderBy('attempt_number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function invitationTokenOf(db: Executor, orgId: string, invitationId: string) {
  return db
    .selectFrom('invitations')
    .select(['invite_token'])
    .where('org_id', '=', orgId)
    .where('id', '=', invitationId)
    .executeTakeFirstOrThrow();
}

/** The session's case results with their case titles, in the assessment's case order. */
export function listCaseResultsOf(db: Executor, orgId: string, sessionId: string) {
  return db
    .selectFrom('case_results as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select(['c.title', 'r.score', 'r.max_score', 'r.status', 'r.time_spent_seconds'])
    .where('r.org_id', '=', orgId)
    .where('r.session_id', '=', sessionId)
    .orderBy('c.position')
    .orderBy('r.case_id')
    .execute();
}
