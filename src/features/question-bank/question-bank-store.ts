import type { Executor } from '../../db/database.js';
import { rowToQuestion, type StoredQuestion } from '../questions/questions-fns.js';
import type { Difficulty } from '../questions/questions-schemas.js';

/**
 * The organization's question bank: rows of `questions` with assessment_id
 * NULL. Blueprint assessments draw from it, per candidate.
 */

export interface BankFilter {
  category?: string;
  difficulty?: Difficulty;
}

function bankQuery(db: Executor, orgId: string, filter: BankFilter) {
  let query = db
    .selectFrom('questions')
    .where('org_id', '=', orgId)
    .where('assessment_id', 'is', null)
    .where('deleted_at', 'is', null);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.difficulty !== undefined) query = query.where('difficulty', '=', filter.difficulty);
  return query;
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
): Promise<{ questions: StoredQuestion[]; total: number }> {
  const rows = await bankQuery(db, orgId, filter).selectAll().orderBy('id').limit(page.limit).offset(page.offset).execute();
  const count = await bankQuery(db, orgId, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { questions: rows.map(rowToQuestion), total: Number(count.count) };
}

/** How many current bank questions there are per category and difficulty (`category\u0000difficulty` keys). */
export async function countBankQuestions(db: Executor, orgId: string): Promise<Map<string, number>> {
  const rows = await bankQuery(db, orgId, {})
    .select(['category', 'difficulty', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['category', 'difficulty'])
    .execute();
  return new Map(rows.map((row) => [bankBucket(row.category, row.difficulty), Number(row.count)]));
}

export function bankBucket(category: string, difficulty: string): string {
  return `${category}\u0000${difficulty}`;
}

/** One current bank question of the organization. */
export async function findBankQuestion(db: Executor, orgId: string, id: string): Promise<StoredQuestion | undefined> {
  const row = await bankQuery(db, orgId, {}).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToQuestion(row) : undefined;
}

/** Soft-deletes one bank question; false when it is unknown, foreign, already deleted or not a bank question. */
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
