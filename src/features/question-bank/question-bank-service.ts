import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { clampPage } from '../../shared/paging.js';
import { normalizeQuestions, toQuestionObject } from '../questions/questions-fns.js';
import type { QuestionObject } from '../questions/questions-schemas.js';
import { addBankQuestions } from '../questions/questions-service.js';
import { BANK_PAGE, type BankQuestionsQuery, type CreateBankQuestionsBody } from './question-bank-schemas.js';
import { bankBucket, countBankQuestions, pageBankQuestions, softDeleteBankQuestion } from './question-bank-store.js';

/**
 * For the assessments feature, which checks a blueprint against the bank: how
 * many current bank questions the organization has for each (category,
 * difficulty) asked about, in the order asked. Joins the caller's transaction.
 */
export async function countBankQuestionsFor(
  db: Executor,
  orgId: string,
  draws: readonly { category: string; difficulty: string }[],
): Promise<number[]> {
  const available = await countBankQuestions(db, orgId);
  return draws.map((draw) => available.get(bankBucket(draw.category, draw.difficulty)) ?? 0);
}

export function createQuestionBankService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Adds questions to the bank; all or none. */
    async add(orgId: string, body: CreateBankQuestionsBody): Promise<QuestionObject[]> {
      const questions = normalizeQuestions(body.questions);
      const now = clock.now().toISOString();
      const stored = await inTransaction(db, (trx) => addBankQuestions(trx, { orgId, now }, questions));
      return stored.map(toQuestionObject);
    },
    async list(orgId: string, query: BankQuestionsQuery) {
      const page = clampPage(query, BANK_PAGE);
      const { questions, total } = await pageBankQuestions(
        db,
        orgId,
        { category: query.category, difficulty: query.difficulty },
        page,
      );
      return { questions: questions.map(toQuestionObject), total, ...page };
    },
    async remove(orgId: string, id: string): Promise<void> {
      const deleted = await softDeleteBankQuestion(db, orgId, id, clock.now().toISOString());
      if (!deleted) throw new NotFoundError('Question');
    },
  };
}
