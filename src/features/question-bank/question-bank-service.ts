import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { clampPage } from '../../shared/paging.js';
import { diffFields, recordAudit, shortTitle, type AuditContext } from '../audit/audit-service.js';
import { normalizeQuestions, toQuestionObject, type StoredQuestion } from '../questions/questions-fns.js';
import { DIFFICULTIES } from '../questions/questions-schemas.js';
import { addBankQuestions } from '../questions/questions-service.js';
import { applyEdit, bankStateOf, contentOf, isUnchanged, questionTitle } from './question-bank-fns.js';
import {
  BANK_PAGE,
  type BankCategoriesResponse,
  type BankQuestionObject,
  type BankQuestionsQuery,
  type CreateBankQuestionsBody,
  type UpdateBankQuestionBody,
} from './question-bank-schemas.js';
import {
  bankBucket,
  countBankQuestions,
  countRetiredBankQuestions,
  findBankQuestion,
  markBankQuestionReplaced,
  pageBankQuestions,
  restoreBankQuestion,
  softDeleteBankQuestion,
  type BankQuestionRow,
} from './question-bank-store.js';

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

function toBankQuestionObject(question: StoredQuestion & { retiredAt?: string | null }): BankQuestionObject {
  return { ...toQuestionObject(question), retiredAt: question.retiredAt ?? null };
}

class QuestionReplacedError extends ConflictError {
  constructor(successorId: string) {
    super(`This question was edited since; its current version is ${successorId}`, 'question_replaced', { currentId: successorId });
  }
}

/** The bank question behind `id` as it stands, or 404 (unknown, another organization's, or an assessment's own question). */
async function loadBankQuestion(db: Executor, orgId: string, id: string): Promise<BankQuestionRow> {
  const question = await findBankQuestion(db, orgId, id);
  if (!question) throw new NotFoundError('Question');
  return question;
}

export function createQuestionBankService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Adds questions to the bank; all or none. */
    async add(context: AuditContext, body: CreateBankQuestionsBody): Promise<BankQuestionObject[]> {
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
      return stored.map(toBankQuestionObject);
    },
    async list(orgId: string, query: BankQuestionsQuery) {
      const page = clampPage(query, BANK_PAGE);
      const { questions, total } = await pageBankQuestions(
        db,
        orgId,
        { category: query.category, difficulty: query.difficulty, status: query.status },
        page,
      );
      return { questions: questions.map(toBankQuestionObject), total, ...page };
    },
    /** Every category of the bank with its current questions per difficulty and its retired ones. */
    async categories(orgId: string): Promise<BankCategoriesResponse> {
      const [current, retired] = await Promise.all([countBankQuestions(db, orgId), countRetiredBankQuestions(db, orgId)]);
      const names = new Set(retired.keys());
      for (const bucket of current.keys()) names.add(bucket.split('\u0000')[0]!);
      const categories = [...names]
        .sort((left, right) => left.localeCompare(right))
        .map((category) => {
          const counts = Object.fromEntries(DIFFICULTIES.map((difficulty) => [difficulty, current.get(bankBucket(category, difficulty)) ?? 0])) as Record<
            (typeof DIFFICULTIES)[number],
            number
          >;
          return { category, counts, total: counts.easy + counts.medium + counts.hard, retired: retired.get(category) ?? 0 };
        });
      return { categories };
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
    /**
     * Edits a current bank question. The edit is stored as a new version (a
     * new id) and the old one leaves the bank, so attempts that drew it keep
     * the text, options and answer key they were scored on. An edit that
     * changes nothing stores nothing.
     */
    async update(context: AuditContext, id: string, body: UpdateBankQuestionBody): Promise<BankQuestionObject> {
      const { orgId } = context;
      return inTransaction(db, async (trx) => {
        const current = await loadBankQuestion(trx, orgId, id);
        const state = bankStateOf(current);
        if (state === 'replaced') throw new QuestionReplacedError(current.replacedBy!);
        if (state === 'retired') throw new ConflictError('This question is retired; restore it before editing it', 'question_retired');
        const edited = applyEdit(current, body);
        if (isUnchanged(current, edited)) return toBankQuestionObject(current);
        const now = clock.now().toISOString();
        const [successor] = await addBankQuestions(trx, { orgId, now }, [edited]);
        if (!(await markBankQuestionReplaced(trx, orgId, id, successor!.id, now))) {
          const again = await loadBankQuestion(trx, orgId, id);
          if (again.replacedBy) throw new QuestionReplacedError(again.replacedBy);
          throw new ConflictError('This question was retired meanwhile; restore it before editing it', 'question_retired');
        }
        await recordAudit(trx, clock, context, {
          action: 'question.update',
          resourceType: 'question',
          resourceId: id,
          resourceTitle: questionTitle(edited.text),
          details: { currentId: successor!.id },
          changes: diffFields(contentOf(current), contentOf(edited)),
        });
        return toBankQuestionObject(successor!);
      });
    },
    /** Puts a retired question back in the bank (blueprints draw it again); a current one is answered as it is. */
    async restore(context: AuditContext, id: string): Promise<BankQuestionObject> {
      const { orgId } = context;
      return inTransaction(db, async (trx) => {
        const question = await loadBankQuestion(trx, orgId, id);
        const state = bankStateOf(question);
        if (state === 'replaced') throw new QuestionReplacedError(question.replacedBy!);
        if (state === 'active') return toBankQuestionObject(question);
        if (!(await restoreBankQuestion(trx, orgId, id))) throw new ConflictError('This question changed meanwhile; reload it and try again');
        await recordAudit(trx, clock, context, {
          action: 'question.restore',
          resourceType: 'question',
          resourceId: id,
          resourceTitle: questionTitle(question.text),
        });
        return toBankQuestionObject({ ...question, retiredAt: null });
      });
    },
  };
}
