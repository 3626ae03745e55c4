import type { Executor } from '../../db/database.js';
import type { CandidateTokensTable, CasesTable, QuestionsTable } from '../../db/schema.js';
import type { AssessmentRow, InvitationRow } from '../sessions/sessions-store.js';

/** SQL the candidate flow needs beyond the session store: keys, tokens, content to draw from. */

/** A key with its assessment, across organizations (keys are globally unique); null when unknown. */
export async function findInvitationByKey(db: Executor, key: string): Promise<{ invitation: InvitationRow; assessment: AssessmentRow } | null> {
  const invitation = await db.selectFrom('invitations').selectAll().where('key', '=', key).executeTakeFirst();
  if (!invitation) return null;
  const assessment = await db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', invitation.org_id)
    .where('id', '=', invitation.assessment_id)
    .executeTakeFirst();
  return assessment ? { invitation, assessment } : null;
}

export function findInvitationByRecordId(db: Executor, orgId: string, recordVerificationId: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('record_verification_id', '=', recordVerificationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Pending keys past expiry become `expired`; returns whether this call changed it. */
export async function markInvitationExpired(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ status: 'expired' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCandidateToken(db: Executor, row: CandidateTokensTable): Promise<void> {
  await db.insertInto('candidate_tokens').values(row).execute();
}

/**
 * The guard of starting an attempt: takes the next attempt number only if
 * nobody took it meanwhile (two concurrent starts: one wins, the other
 * finds the winner's session).
 */
export async function claimNextAttempt(
  db: Executor,
  invitationId: string,
  expectedAttempts: number,
  sessionId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ attempt_count: expectedAttempts + 1, status: 'started', current_session_id: sessionId, completed_at: null })
    .where('id', '=', invitationId)
    .where('attempt_count', '=', expectedAttempts)
    .where('locked', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setRedeemedAt(db: Executor, invitationId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ redeemed_at: now })
    .where('id', '=', invitationId)
    .where('redeemed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type QuestionContentRow = Pick<
  QuestionsTable,
  'id' | 'type' | 'text' | 'options' | 'pinned_options' | 'category' | 'difficulty' | 'points'
>;

const QUESTION_COLUMNS = ['id', 'type', 'text', 'options', 'pinned_options', 'category', 'difficulty', 'points'] as const;

/** The assessment's current fixed questions (without their answer keys). */
export function listFixedQuestions(db: Executor, orgId: string, assessmentId: string): Promise<QuestionContentRow[]> {
  return db
    .selectFrom('questions')
    .select(QUESTION_COLUMNS)
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** Current bank questions of one category and difficulty (without their answer keys). */
export function listBankBucket(db: Executor, orgId: string, category: string, difficulty: string): Promise<QuestionContentRow[]> {
  return db
    .selectFrom('questions')
    .select(QUESTION_COLUMNS)
    .where('org_id', '=', orgId)
    .where('assessment_id', 'is', null)
    .where('deleted_at', 'is', null)
    .where('category', '=', category)
    .where('difficulty', '=', difficulty)
    .execute();
}

/** Questions by id (a session's; deleted ones included), without their answer keys. */
export async function findQuestionContent(db: Executor, orgId: string, ids: readonly string[]): Promise<QuestionContentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('questions').select(QUESTION_COLUMNS).where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function countFixedQuestions(db: Executor, orgId: string, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('questions')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listCases(db: Executor, orgId: string, assessmentId: string): Promise<Pick<CasesTable, 'id' | 'title' | 'position' | 'max_score'>[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'title', 'position', 'max_score'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

export function findIssue(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('oss_issues')
    .select(['id', 'title', 'repo_url', 'issue_url'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The organization's candidate with this email, or a new one. */
export async function findOrCreateCandidate(
  db: Executor,
  row: { id: string; org_id: string; email: string; name: string | null; created_at: string },
): Promise<string> {
  await db
    .insertInto('candidates')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'email']).doNothing())
    .execute();
  const found = await db
    .selectFrom('candidates')
    .select('id')
    .where('org_id', '=', row.org_id)
    .where('email', '=', row.email)
    .executeTakeFirstOrThrow();
  return found.id;
}
