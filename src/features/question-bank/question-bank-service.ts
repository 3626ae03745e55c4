import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { clampPage } from '../../shared/paging.js';
import { recordAudit, shortTitle, type AuditContext } from '../audit/audit-service.js';
import { normalizeQuestions, toQuestionObject } from '../questions/questions-fns.js';
import type { QuestionObject } from '../questions/questions-schemas.js';
import { addBankQuestions } from '../questions/questions-service.js';
import { BANK_PAGE, type BankQuestionsQuery, type CreateBankQuestionsBody } from './question-bank-schemas.js';
import { bankBucket, countBankQuestions, findBankQuestion, pageBankQuestions, softDeleteBankQuestion } from './question-bank-store.js';

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
    async add(context: AuditContext, body: CreateBankQuestionsBody): Promise<QuestionObject[]> {
      const questions = normalizeQuestions(body.questions);
      const now = clock.now().toISOString();
      const stored = await inTransaction(db, async (trx) => {
        const added = await addBankQuestions(trx, { orgId: context.orgId, now }, questions);
        for (const question of added) {
          await recordAudit(trx, clock, context, {
            action: 'question.create',
            resourceType: 'question',
            resourceId: question.id,
            resourceTitle: shortTitle(question.text),
            details: { category: question.category, difficulty: question.difficulty, type: question.type, points: question.points },
          });
        }
        return added;
      });
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
    async remove(context: AuditContext, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const question = await findBankQuestion(trx, context.orgId, id);
        if (!question || !(await softDeleteBankQuestion(trx, context.orgId, id, clock.now().toISOString()))) throw new NotFoundError('Question');
        await recordAudit(trx, clock, context, {
          action: 'question.delete',
          resourceType: 'question',
          resourceId: id,
          resourceTitle: shortTitle(question.text),
          details: { category: question.category, difficulty: question.difficulty },
        });
      });
    },
  };
}
