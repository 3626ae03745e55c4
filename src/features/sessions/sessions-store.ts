import type { Executor } from '../../db/database.js';
import type {
  AnswersTable,
  AssessmentsTable,
  CaseResultsTable,
  CasesTable,
  EventsTable,
  InvitationsTable,
  QuestionsTable,
  SessionsTable,
  SkillsTable,
} from '../../db/schema.js';

/**
 * SQL for one session (attempt) and what hangs off it: answers, case results,
 * events, skills. Every function takes the executor it runs on, usually the
 * request's transaction.
 *
 * Answers are stored with the question's own (unshuffled) option indexes; the
 * candidate flow maps them to and from the order the candidate sees.
 */

export type SessionRow = SessionsTable;
export type AnswerRow = AnswersTable;
export type CaseResultRow = CaseResultsTable;
export type EventRow = EventsTable;
export type InvitationRow = InvitationsTable;
export type AssessmentRow = AssessmentsTable;
export type SkillRow = SkillsTable;

export const OPEN = 'started';
/** Statuses of a closed session (a result). */
export const CLOSED_STATUSES = ['completed', 'expired', 'hired'] as const;

export async function insertSession(db: Executor, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export function findSession(db: Executor, orgId: string, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The organization's sessions among these ids (others' and unknown ones are simply absent). */
export function findSessions(db: Executor, orgId: string, ids: readonly string[]): Promise<SessionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('sessions').selectAll().where('org_id', '=', orgId).where('id', 'in', [...ids]).execute();
}

/**
 * The concurrency guard of every close: moves an open session to its closed
 * status. Exactly one caller gets true; on PostgreSQL the others wait for the
 * row lock and then see the session closed, on SQLite writes are serial.
 */
export async function claimOpenSession(
  db: Executor,
  id: string,
  close: { status: 'completed' | 'expired' | 'revoked'; reason: 'submitted' | 'deadline' | 'revoked'; completedAt: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ status: close.status, closed_reason: close.reason, completed_at: close.completedAt, updated_at: close.now })
    .where('id', '=', id)
    .where('status', '=', OPEN)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes the session's row lock if it is open and before its deadline, so that
 * a write (an answer, events) and a concurrent close are ordered: the close
 * then scores with the write included. False when closed or overdue.
 */
export async function lockOpenSession(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ updated_at: now })
    .where('id', '=', id)
    .where('status', '=', OPEN)
    .where((eb) => eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateSession(db: Executor, id: string, changes: Partial<Omit<SessionRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

/** Open sessions past their deadline (oldest deadline first), for the sweep. */
export function listOverdueSessions(db: Executor, now: string, limit: number): Promise<Pick<SessionRow, 'id' | 'org_id'>[]> {
  return db
    .selectFrom('sessions')
    .select(['id', 'org_id'])
    .where('status', '=', OPEN)
    .where('deadline_at', 'is not', null)
    .where('deadline_at', '<=', now)
    .orderBy('deadline_at')
    .limit(limit)
    .execute();
}

// Answers

export function listAnswers(db: Executor, sessionId: string): Promise<AnswerRow[]> {
  return db.selectFrom('answers').selectAll().where('session_id', '=', sessionId).orderBy('id').execute();
}

/** Autosave: last write wins. */
export async function upsertAnswer(db: Executor, row: AnswerRow): Promise<void> {
  await db
    .insertInto('answers')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['session_id', 'question_id']).doUpdateSet({
        selected: row.selected,
        time_spent_ms: row.time_spent_ms,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function deleteAnswer(db: Executor, sessionId: string, questionId: string): Promise<void> {
  await db.deleteFrom('answers').where('session_id', '=', sessionId).where('question_id', '=', questionId).execute();
}

export async function deleteAnswers(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('answers').where('session_id', '=', sessionId).execute();
}

export async function setAnswerOutcome(db: Executor, id: string, correct: boolean, points: number): Promise<void> {
  await db
    .updateTable('answers')
    .set({ is_correct: correct ? 1 : 0, points_awarded: points })
    .where('id', '=', id)
    .execute();
}

// Case results

export async function insertCaseResults(db: Executor, rows: readonly CaseResultRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('case_results').values([...rows]).execute();
}

export function listCaseResults(
  db: Executor,
  sessionId: string,
): Promise<(CaseResultRow & Pick<CasesTable, 'title' | 'position' | 'rubric' | 'description'>)[]> {
  return db
    .selectFrom('case_results as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .selectAll('r')
    .select(['c.title', 'c.position', 'c.rubric', 'c.description'])
    .where('r.session_id', '=', sessionId)
    .orderBy('c.position')
    .execute();
}

export async function updateCaseResult(db: Executor, id: string, changes: Partial<Omit<CaseResultRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('case_results').set(changes).where('id', '=', id).execute();
}

// Events

/** Inserts the events the session does not have yet (by client event id); returns how many were new. */
export async function insertEvents(db: Executor, rows: readonly EventRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 100) {
    const result = await db
      .insertInto('events')
      .values(rows.slice(start, start + 100))
      .onConflict((oc) => oc.columns(['session_id', 'client_event_id']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function countKnownEvents(db: Executor, sessionId: string, clientIds: readonly string[]): Promise<number> {
  if (clientIds.length === 0) return 0;
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('session_id', '=', sessionId)
    .where('client_event_id', 'in', clientIds)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listEvents(db: Executor, sessionId: string): Promise<Pick<EventRow, 'type' | 'payload' | 'occurred_at' | 'client_event_id'>[]> {
  return db
    .selectFrom('events')
    .select(['type', 'payload', 'occurred_at', 'client_event_id'])
    .where('session_id', '=', sessionId)
    .orderBy('occurred_at')
    .execute();
}

// Invitations and assessments, as the session rules need them

/** The assessment a session belongs to, deleted or not: a result outlives its assessment. */
export function findAssessmentRow(db: Executor, orgId: string, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findOrgName(db: Executor, orgId: string): Promise<string> {
  const row = await db.selectFrom('organizations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '';
}

export function findCandidate(db: Executor, orgId: string, id: string) {
  return db.selectFrom('candidates').select(['id', 'email', 'name']).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

// Skills

export function findSkill(db: Executor, orgId: string, candidateId: string, name: string): Promise<SkillRow | undefined> {
  return db
    .selectFrom('skills')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertSkill(db: Executor, row: SkillRow): Promise<void> {
  await db.insertInto('skills').values(row).execute();
}

export async function updateSkill(db: Executor, id: string, changes: Partial<Omit<SkillRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('skills').set(changes).where('id', '=', id).execute();
}

export function listSessionSkills(db: Executor, orgId: string, sessionId: string): Promise<SkillRow[]> {
  return db
    .selectFrom('skills')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('session_id', '=', sessionId)
    .orderBy('name')
    .execute();
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

export function listCases(
  db: Executor,
  orgId: string,
  assessmentId: string,
): Promise<Pick<CasesTable, 'id' | 'title' | 'position' | 'max_score' | 'description'>[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'title', 'position', 'max_score', 'description'])
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
