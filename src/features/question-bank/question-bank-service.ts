import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { clampPage } from '../../shared/paging.js';
import { normalizeQuestions, toQuestionObject } from '../questions/questions-fns.js';
import type { QuestionObject } from '../questions/questions-schemas.js';
import { insertQuestionRows, questionRow, rowToQuestion } from '../questions/questions-store.js';
import { BANK_PAGE, type BankQuestionsQuery, type CreateBankQuestionsBody } from './question-bank-schemas.js';
import { pageBankQuestions, softDeleteBankQuestion } from './question-bank-store.js';

export function createQuestionBankService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Adds questions to the bank; all or none. */
    async add(orgId: string, body: CreateBankQuestionsBody): Promise<QuestionObject[]> {
      const questions = normalizeQuestions(body.questions);
      const now = clock.now().toISOString();
      const rows = questions.map((question) => questionRow(question, { orgId, assessmentId: null, position: 0, now }));
      await inTransaction(db, (trx) => insertQuestionRows(trx, rows));
      return rows.map((row) => toQuestionObject(rowToQuestion(row)));
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
