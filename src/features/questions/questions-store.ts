import type { Executor } from '../../db/database.js';
import type { QuestionsTable } from '../../db/schema.js';
import { newId } from '../../ids.js';
import { rowToQuestion, type NormalizedQuestion, type StoredQuestion } from './questions-fns.js';

/**
 * SQL for the `questions` table. Rows with assessment_id NULL are the
 * organization's question bank; the others are an assessment's fixed list,
 * ordered by position. Replaced or deleted questions are soft-deleted, because
 * candidates' answers keep pointing at them.
 */

export type QuestionRow = QuestionsTable;

export function questionRow(
  question: NormalizedQuestion,
  target: { orgId: string; assessmentId: string | null; position: number; now: string },
): QuestionRow {
  return {
    id: newId('q'),
    org_id: target.orgId,
    assessment_id: target.assessmentId,
    position: target.position,
    text: question.text,
    type: question.type,
    options: JSON.stringify(question.options),
    pinned_options: JSON.stringify(question.pinnedOptions),
    answer: JSON.stringify(question.answer),
    category: question.category,
    difficulty: question.difficulty,
    points: question.points,
    created_at: target.now,
    deleted_at: null,
    replaced_by: null,
  };
}

/** Inserts rows in chunks (PostgreSQL caps bind parameters per statement). */
export async function insertQuestionRows(db: Executor, rows: readonly QuestionRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    await db.insertInto('questions').values(rows.slice(start, start + 200)).execute();
  }
}

/** An assessment's current fixed questions, in order. */
export async function listAssessmentQuestions(db: Executor, orgId: string, assessmentId: string): Promise<StoredQuestion[]> {
  const rows = await db
    .selectFrom('questions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map(rowToQuestion);
}

/** Questions by id within one organization (bank or assessment), e.g. the ones a session drew. */
export async function findQuestionsByIds(db: Executor, orgId: string, ids: readonly string[]): Promise<StoredQuestion[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('questions').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return rows.map(rowToQuestion);
}

/** How many current fixed questions each of the given assessments has. */
export async function countAssessmentQuestions(
  db: Executor,
  orgId: string,
  assessmentIds: readonly string[],
): Promise<Map<string, number>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('questions')
    .select(['assessment_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('org_id', '=', orgId)
    .where('assessment_id', 'in', assessmentIds)
    .where('deleted_at', 'is', null)
    .groupBy('assessment_id')
    .execute();
  return new Map(rows.map((row) => [row.assessment_id!, Number(row.count)]));
}

/** Soft-deletes an assessment's fixed questions (when they are replaced). */
export async function softDeleteAssessmentQuestions(db: Executor, orgId: string, assessmentId: string, at: string): Promise<void> {
  await db
    .updateTable('questions')
    .set({ deleted_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .execute();
}
