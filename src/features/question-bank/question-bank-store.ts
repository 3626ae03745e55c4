import type { Executor } from '../../db/database.js';
import type { QuestionsTable } from '../../db/schema.js';
import { rowToQuestion, type StoredQuestion } from '../questions/questions-fns.js';
import type { Difficulty } from '../questions/questions-schemas.js';

/**
 * The organization's question bank: rows of `questions` with assessment_id
 * NULL. Blueprint assessments draw from the current ones (deleted_at NULL).
 * A row out of the bank is retired (replaced_by NULL; restorable) or was
 * replaced by an edit (replaced_by names its successor); either way attempts
 * that drew it keep reading it.
 */

export interface BankFilter {
  category?: string;
  difficulty?: Difficulty;
  /** active (default): current questions; retired: retired ones, not those replaced by an edit. */
  status?: 'active' | 'retired';
}

/** A bank question with where it stands. */
export interface BankQuestion extends StoredQuestion {
  retiredAt: string | null;
}

export interface BankQuestionRow extends BankQuestion {
  replacedBy: string | null;
}

function bankRows(db: Executor, orgId: string) {
  return db.selectFrom('questions').where('org_id', '=', orgId).where('assessment_id', 'is', null);
}

function bankQuery(db: Executor, orgId: string, filter: BankFilter) {
  let query = bankRows(db, orgId);
  query =
    filter.status === 'retired'
      ? query.where('deleted_at', 'is not', null).where('replaced_by', 'is', null)
      : query.where('deleted_at', 'is', null);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.difficulty !== undefined) query = query.where('difficulty', '=', filter.difficulty);
  return query;
}

function toBankQuestion(row: QuestionsTable): BankQuestionRow {
  return { ...rowToQuestion(row), retiredAt: row.replaced_by === null ? row.deleted_at : null, replacedBy: row.replaced_by };
}

/**
 * Every current bank question of one organization matching the filter, oldest
 * first (with their answer keys). What the candidate flow draws a blueprint's
 * questions from.
 */
export async function listBankQuestions(
  db: Executor,
  orgId: string,
  category?: string,
  difficulty?: Difficulty,
): Promise<StoredQuestion[]> {
  const rows = await bankQuery(db, orgId, { category, difficulty }).selectAll().orderBy('id').execute();
  return rows.map(rowToQuestion);
}

export async function pageBankQuestions(
  db: Executor,
  orgId: string,
  filter: BankFilter,
  page: { limit: number; offset: number },
): Promise<{ questions: BankQuestion[]; total: number }> {
  const rows = await bankQuery(db, orgId, filter).selectAll().orderBy('id').limit(page.limit).offset(page.offset).execute();
  const count = await bankQuery(db, orgId, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { questions: rows.map(toBankQuestion), total: Number(count.count) };
}

/** One bank question of the organization, current, retired or replaced; undefined when unknown, foreign or an assessment's own. */
export async function findBankQuestion(db: Executor, orgId: string, id: string): Promise<BankQuestionRow | undefined> {
  const row = await bankRows(db, orgId).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toBankQuestion(row) : undefined;
}

/** How many current bank questions there are per category and difficulty (`category\u0000difficulty` keys). */
export async function countBankQuestions(db: Executor, orgId: string): Promise<Map<string, number>> {
  const rows = await bankQuery(db, orgId, {})
    .select(['category', 'difficulty', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['category', 'difficulty'])
    .execute();
  return new Map(rows.map((row) => [bankBucket(row.category, row.difficulty), Number(row.count)]));
}

/** How many retired bank questions each category has. */
export async function countRetiredBankQuestions(db: Executor, orgId: string): Promise<Map<string, number>> {
  const rows = await bankQuery(db, orgId, { status: 'retired' })
    .select(['category', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('category')
    .execute();
  return new Map(rows.map((row) => [row.category, Number(row.count)]));
}

export function bankBucket(category: string, difficulty: string): string {
  return `${category}\u0000${difficulty}`;
}

/** Retires one bank question (soft delete); false when it is unknown, foreign, already out of the bank or not a bank question. */
export async function softDeleteBankQuestion(db: Executor, orgId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ deleted_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('assessment_id', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes a current bank question out of the bank because `successorId`
 * replaces it. False when it was no longer current (a concurrent edit or
 * retirement came first): the caller's transaction must then be undone.
 */
export async function markBankQuestionReplaced(db: Executor, orgId: string, id: string, successorId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ deleted_at: at, replaced_by: successorId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('assessment_id', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a retired bank question back in the bank; false unless it was retired (not replaced). */
export async function restoreBankQuestion(db: Executor, orgId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ deleted_at: null })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('assessment_id', 'is', null)
    .where('deleted_at', 'is not', null)
    .where('replaced_by', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
