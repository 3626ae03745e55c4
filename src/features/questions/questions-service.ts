import type { Executor } from '../../db/database.js';
import { rowToQuestion, type NormalizedQuestion, type StoredQuestion } from './questions-fns.js';
import {
  countAssessmentQuestions,
  insertQuestionRows,
  listAssessmentQuestions,
  questionRow,
  softDeleteAssessmentQuestions,
} from './questions-store.js';

/**
 * What other features do with questions: an assessment's fixed list (the
 * assessments feature) and the organization's bank (the question bank) are
 * both rows of `questions`, written and read through here. Each function takes
 * the caller's executor, so it joins the caller's transaction, and speaks in
 * StoredQuestion, never in rows.
 */

/**
 * Makes `questions` the assessment's fixed list, in that order. The previous
 * list is soft-deleted, not removed: candidates' answers keep pointing at it.
 */
export async function replaceAssessmentQuestions(
  trx: Executor,
  target: { orgId: string; assessmentId: string; now: string },
  questions: readonly NormalizedQuestion[],
): Promise<void> {
  const { orgId, assessmentId, now } = target;
  await softDeleteAssessmentQuestions(trx, orgId, assessmentId, now);
  await insertQuestionRows(
    trx,
    questions.map((question, index) => questionRow(question, { orgId, assessmentId, position: index + 1, now })),
  );
}

/** An assessment's current fixed questions, in order. */
export function questionsOfAssessment(db: Executor, orgId: string, assessmentId: string): Promise<StoredQuestion[]> {
  return listAssessmentQuestions(db, orgId, assessmentId);
}

/** How many current fixed questions each of the given assessments has (none: absent). */
export function countQuestionsOfAssessments(db: Executor, orgId: string, assessmentIds: readonly string[]): Promise<Map<string, number>> {
  return countAssessmentQuestions(db, orgId, assessmentIds);
}

/** Adds questions to the organization's bank (no assessment, no position) and answers them as stored. */
export async function addBankQuestions(
  trx: Executor,
  target: { orgId: string; now: string },
  questions: readonly NormalizedQuestion[],
): Promise<StoredQuestion[]> {
  const rows = questions.map((question) => questionRow(question, { orgId: target.orgId, assessmentId: null, position: 0, now: target.now }));
  await insertQuestionRows(trx, rows);
  return rows.map(rowToQuestion);
}
