import type { Executor } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.js';
import type { KeysetPosition } from './results-fns.js';

/**
 * The results read model (reference 000): finished sessions (completed_at
 * set) of live assessments, newest completion first. Lists are keyset-paged
 * on (completed_at, id) through sessions_org_completed_idx and
 * sessions_assessment_completed_idx (decision and red-flag filters through
 * sessions_org_decision_idx and sessions_org_red_flag_idx).
 */

export interface ResultFilters {
  examId?: string;
  candidateId?: string;
  minScore?: number;
  completedAfter?: string;
  decision?: 'hired' | 'rejected' | 'none';
  redFlag?: boolean;
}

export type ResultListRow = Pick<
  SessionsTable,
  | 'id'
  | 'candidate_id'
  | 'assessment_id'
  | 'percentage'
  | 'score_status'
  | 'passed'
  | 'status'
  | 'started_at'
  | 'completed_at'
  | 'duration_ms'
  | 'decision'
  | 'red_flag'
>;

function filtered(db: Executor, orgId: string, filters: ResultFilters) {
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .where('s.org_id', '=', orgId)
    .where('a.deleted_at', 'is', null)
    .where('s.completed_at', 'is not', null);
  if (filters.examId !== undefined) query = query.where('s.assessment_id', '=', filters.examId);
  if (filters.candidateId !== undefined) query = query.where('s.candidate_id', '=', filters.candidateId);
  if (filters.minScore !== undefined) query = query.where('s.percentage', '>=', filters.minScore);
  if (filters.completedAfter !== undefined) query = query.where('s.completed_at', '>=', filters.completedAfter);
  if (filters.decision === 'none') query = query.where('s.decision', 'is', null);
  else if (filters.decision !== undefined) query = query.where('s.decision', '=', filters.decision);
  if (filters.redFlag !== undefined) query = query.where('s.red_flag', '=', filters.redFlag ? 1 : 0);
  return query;
}

export function listResultRows(
  db: Executor,
  orgId: string,
  filters: ResultFilters,
  after: KeysetPosition | null,
  limit: number,
): Promise<ResultListRow[]> {
  return resultRowsQuery(db, orgId, filters, after, limit).execute();
}

/** The query of one page of results after a keyset position (exported for the query-plan test). */
export function resultRowsQuery(db: Executor, orgId: string, filters: ResultFilters, after: KeysetPosition | null, limit: number) {
  let query = filtered(db, orgId, filters).select([
    's.id',
    's.candidate_id',
    's.assessment_id',
    's.percentage',
    's.score_status',
    's.passed',
    's.status',
    's.started_at',
    's.completed_at',
    's.duration_ms',
    's.decision',
    's.red_flag',
  ]);
  if (after) {
    query = query.where((eb) =>
      // A row-value comparison: both databases bound the index scan by it (an OR of the two parts is not bounded).
      eb(eb.refTuple('s.completed_at', 's.id'), '<', eb.tuple(after.completedAt, after.id)),
    );
  }
  return query.orderBy('s.completed_at', 'desc').orderBy('s.id', 'desc').limit(limit);
}

export async function countResultRows(db: Executor, orgId: string, filters: ResultFilters): Promise<number> {
  const row = await filtered(db, orgId, filters)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export interface ResultDetailRow extends SessionsTable {
  assessment_title: string;
  assessment_slug: string;
  assessment_role: string;
  passing_score: number;
  invitation_email: string | null;
  invitation_name: string | null;
  invite_token: string;
  candidate_email: string | null;
  candidate_name: string | null;
}

/** One finished session of the org, with what the views print about its assessment and candidate. */
export function findResultRow(db: Executor, orgId: string, sessionId: string): Promise<ResultDetailRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .innerJoin('invitations as i', 'i.id', 's.invitation_id')
    .leftJoin('candidates as c', 'c.id', 's.candidate_id')
    .selectAll('s')
    .select([
      'a.title as assessment_title',
      'a.slug as assessment_slug',
      'a.role as assessment_role',
      'a.passing_score',
      'i.candidate_email as invitation_email',
      'i.candidate_name as invitation_name',
      'i.invite_token',
      'c.email as candidate_email',
      'c.name as candidate_name',
    ])
    .where('s.org_id', '=', orgId)
    .where('s.id', '=', sessionId)
    .where('s.completed_at', 'is not', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface AnswerDetailRow {
  question_id: string;
  text: string;
  type: string;
  options: string;
  answer: string;
  category: string;
  difficulty: string;
  points: number;
  position: number;
  selected: string | null;
  is_correct: number | null;
  points_awarded: number | null;
  time_spent_ms: number | null;
}

/** The session's questions joined with its answers (unanswered questions have null answer fields). */
export async function listAnswerRows(db: Executor, orgId: string, sessionId: string, questionIds: readonly string[]): Promise<AnswerDetailRow[]> {
  const answers = await db
    .selectFrom('answers as an')
    .innerJoin('questions as q', 'q.id', 'an.question_id')
    .select([
      'q.id as question_id',
      'q.text',
      'q.type',
      'q.options',
      'q.answer',
      'q.category',
      'q.difficulty',
      'q.points',
      'q.position',
      'an.selected',
      'an.is_correct',
      'an.points_awarded',
      'an.time_spent_ms',
    ])
    .where('an.org_id', '=', orgId)
    .where('an.session_id', '=', sessionId)
    .execute();
  const answered = new Set(answers.map((row) => row.question_id));
  const missing = questionIds.filter((id) => !answered.has(id));
  const unanswered =
    missing.length === 0
      ? []
      : await db
          .selectFrom('questions as q')
          .select(['q.id as question_id', 'q.text', 'q.type', 'q.options', 'q.answer', 'q.category', 'q.difficulty', 'q.points', 'q.position'])
          .where('q.org_id', '=', orgId)
          .where('q.id', 'in', missing)
          .execute();
  return [
    ...answers,
    ...unanswered.map((row) => ({ ...row, selected: null, is_correct: null, points_awarded: null, time_spent_ms: null })),
  ];
}

export interface CaseDetailRow {
  case_id: string;
  title: string;
  position: number;
  score: number | null;
  max_score: number;
  status: string;
  /** JSON: the points given per rubric criterion, [{ name, points }]. */
  grades: string | null;
  time_spent_seconds: number | null;
  feedback: string | null;
  handed_in_at: string | null;
  /** 1 when a deliverable was saved (its text is not read here). */
  has_deliverable: number;
  /** JSON: the case's own rubric, { criteria: [{ name, maxPoints, description }] }. */
  case_rubric: string | null;
  /** JSON: the assessment's rubric criteria, [{ name, maxPoints, description }], for cases without their own. */
  assessment_rubric: string | null;
}

export async function listCaseRows(db: Executor, orgId: string, sessionId: string): Promise<CaseDetailRow[]> {
  const rows = await db
    .selectFrom('case_results as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('assessments as a', 'a.id', 'c.assessment_id')
    .leftJoin('rubrics as rb', (join) => join.onRef('rb.id', '=', 'a.rubric_id').onRef('rb.org_id', '=', 'r.org_id'))
    .select((eb) => [
      'r.case_id',
      'c.title',
      'c.position',
      'r.score',
      'r.max_score',
      'r.status',
      'r.grades',
      'r.time_spent_seconds',
      'r.feedback',
      'r.handed_in_at',
      eb.case().when('r.deliverable', 'is', null).then(0).else(1).end().as('has_deliverable'),
      'c.rubric as case_rubric',
      'rb.criteria as assessment_rubric',
    ])
    .where('r.org_id', '=', orgId)
    .where('r.session_id', '=', sessionId)
    .orderBy('c.position')
    .orderBy('r.case_id')
    .execute();
  return rows.map((row) => ({ ...row, has_deliverable: Number(row.has_deliverable) }));
}
