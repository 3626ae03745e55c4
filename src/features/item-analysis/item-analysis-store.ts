import type { Executor } from '../../db/database.js';

/**
 * The rows item analysis reads: an assessment's submitted sessions, their
 * answers and the questions they were shown. This is a report over the whole
 * cohort (O(sessions × questions)); it is not on any per-result read path.
 */

export function listAnalysedSessions(db: Executor, orgId: string, assessmentId: string, firstAttemptsOnly: boolean) {
  let query = db
    .selectFrom('sessions')
    .select(['id', 'question_order'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('completed_at', 'is not', null);
  if (firstAttemptsOnly) query = query.where('attempt_number', '=', 1);
  return query.orderBy('id').execute();
}

export interface AnalysedAnswerRow {
  session_id: string;
  question_id: string;
  selected: string;
  is_correct: number | null;
  points_awarded: number | null;
}

export async function listAnalysedAnswers(db: Executor, orgId: string, sessionIds: readonly string[]): Promise<AnalysedAnswerRow[]> {
  const rows: AnalysedAnswerRow[] = [];
  for (let start = 0; start < sessionIds.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('answers')
        .select(['session_id', 'question_id', 'selected', 'is_correct', 'points_awarded'])
        .where('org_id', '=', orgId)
        .where('session_id', 'in', sessionIds.slice(start, start + 500))
        .execute()),
    );
  }
  return rows;
}

export async function listAnalysedQuestions(db: Executor, orgId: string, questionIds: readonly string[]) {
  const rows = [];
  for (let start = 0; start < questionIds.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('questions')
        .select(['id', 'position', 'text', 'type', 'options', 'answer', 'category', 'difficulty', 'points'])
        .where('org_id', '=', orgId)
        .where('id', 'in', questionIds.slice(start, start + 500))
        .execute()),
    );
  }
  return rows;
}
