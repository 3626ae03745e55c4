import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { AppError, ConflictError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Principal } from '../auth/auth-principal.js';
import {
  assertCanStartAttempt,
  currentSession,
  loadContext,
  openAttempt,
  questionCountOf,
  sessionQuestions,
  type FlowContext,
} from './sessions-attempts.js';
import { selectionProblem, toStoredSelection, type Selection } from './sessions-layout-fns.js';
import { expireIfDue, findKeyByRecordId } from '../invitations/invitations-lifecycle.js';
import {
  closeIfOverdue,
  closeSession,
  parseLayout,
  verificationResult,
  type SessionEngineDeps,
  type VerifiedSkill,
} from './sessions-completion.js';
import {
  deleteAnswers,
  findAssessmentRow,
  findQuestionContent,
  listAnswers,
  listSessionSkills,
  lockOpenSession,
  upsertAnswer,
  type SessionRow,
} from './sessions-store.js';
import { attemptsLeft } from './sessions-layout-fns.js';

/**
 * The attempt's side of skill verification (reference 002; the verification
 * feature adapts it to HTTP): generate draws the questions of the
 * record's attempt; submit takes every answer at once, scores, verifies or
 * rejects the skills, locks on pass, and queues the webhook and the email,
 * all in one transaction.
 */

export class VerificationError extends AppError {
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export const missingVerificationId = () =>
  new VerificationError(400, 'MISSING_VERIFICATION_ID', 'No recordVerificationId in session: an API key must name the verification record');
export const missingAnswers = () => new VerificationError(400, 'MISSING_ANSWERS', 'answers is missing or empty');
export const noQuestions = () => new VerificationError(404, 'NO_QUESTIONS', 'No questions found — generate must be called first');
export const incompleteAnswers = (message: string) => new VerificationError(400, 'INCOMPLETE_ANSWERS', message);

export interface SubmittedAnswer {
  questionId: string;
  selectedAnswer: unknown;
}

export function createVerificationService(deps: SessionEngineDeps & { db: Db }) {
  const { db, clock } = deps;

  /** The record a request acts on: the candidate token's, or the one an org API key names. */
  async function resolveRecord(principal: Principal, recordVerificationId: string | undefined): Promise<FlowContext> {
    if (principal.kind === 'candidate') {
      const context = await loadContext(db, principal.orgId, principal.invitationId);
      if (recordVerificationId !== undefined && recordVerificationId !== context.invitation.record_verification_id) {
        throw new VerificationError(404, 'RECORD_NOT_FOUND', 'No such verification record for this session');
      }
      return context;
    }
    if (principal.kind !== 'apiKey' && principal.kind !== 'user') throw missingVerificationId();
    if (!recordVerificationId) throw missingVerificationId();
    const invitation = await findKeyByRecordId(db, principal.orgId, recordVerificationId);
    const assessment = invitation ? await findAssessmentRow(db, principal.orgId, invitation.assessment_id) : undefined;
    if (!invitation || !assessment || assessment.deleted_at !== null) {
      throw new VerificationError(404, 'RECORD_NOT_FOUND', 'No such verification record');
    }
    return { invitation, assessment };
  }

  async function refreshed(context: FlowContext): Promise<FlowContext> {
    const closed = await closeIfOverdue(db, deps, context.invitation.org_id, context.invitation.current_session_id);
    return closed ? loadContext(db, context.invitation.org_id, context.invitation.id) : context;
  }

  function skillView(row: { id: string; name: string; status: string; verified_at: string | null; verified_by: string | null }): VerifiedSkill {
    return {
      skillId: row.id,
      name: row.name,
      verified: row.status === 'verified',
      status: row.status === 'verified' ? 'verified' : 'rejected',
      verifiedAt: row.verified_at ?? '',
      verifiedBy: row.verified_by ?? 'assessment',
    };
  }

  /** The submit answer for a closed session, as it was first given. */
  async function submitData(trx: Executor, context: FlowContext, session: SessionRow) {
    const skills = (await listSessionSkills(trx, session.org_id, session.id)).map(skillView);
    const order = JSON.parse(context.assessment.skills) as string[];
    skills.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    const left = attemptsLeft(context.assessment.max_attempts, context.invitation.attempt_count, context.invitation.locked === 1);
    return {
      recordVerificationId: context.invitation.record_verification_id,
      result: verificationResult(session, context.assessment, left),
      verifiedSkills: skills,
      skillsUpdated: skills.length,
      webhook: { sent: session.score_status !== 'PENDING' },
    };
  }

  /** Stored selections of a submission (option indexes mapped to the question's own order). */
  function storedSelections(session: SessionRow, answers: readonly SubmittedAnswer[]): Map<string, string> | null {
    const layout = new Map(parseLayout(session).map((entry) => [entry.questionId, entry]));
    const result = new Map<string, string>();
    for (const answer of answers) {
      const entry = layout.get(answer.questionId);
      if (!entry || answer.selectedAnswer === null || answer.selectedAnswer === undefined) return null;
      try {
        result.set(answer.questionId, JSON.stringify(toStoredSelection(answer.selectedAnswer as Selection, entry)));
      } catch {
        return null;
      }
    }
    return result;
  }

  /** A repeat of the submission that closed the session gets the same answer; anything else is refused. */
  async function replayOrRefuse(trx: Executor, context: FlowContext, session: SessionRow, answers: readonly SubmittedAnswer[]) {
    const stored = await listAnswers(trx, session.id);
    const submitted = storedSelections(session, answers);
    const same =
      submitted !== null &&
      submitted.size === answers.length &&
      stored.length === submitted.size &&
      stored.every((row) => submitted.get(row.question_id) === row.selected);
    if (same) return submitData(trx, context, session);
    if (context.invitation.locked === 1) {
      throw new VerificationError(403, 'ASSESSMENT_LOCKED', 'This verification was passed and is locked (isLocked: true); no further attempts are possible');
    }
    throw noQuestions();
  }

  return {
    async generate(principal: Principal, recordVerificationId: string | undefined) {
      const context = await refreshed(await resolveRecord(principal, recordVerificationId));
      let session = await currentSession(db, context.invitation);
      if (session?.status !== 'started') {
        await expireIfDue(db, context.invitation, clock.now());
        assertCanStartAttempt(context, clock.now());
        if ((await questionCountOf(db, context.assessment)) === 0) throw noQuestions();
        session = await inTransaction(db, async (trx) => {
          const latest = await loadContext(trx, context.invitation.org_id, context.invitation.id);
          // A concurrent generate may have opened the attempt since the check above.
          const raced = await currentSession(trx, latest.invitation);
          if (raced?.status === 'started') return raced;
          const opened = await openAttempt(trx, deps, latest);
          return opened ?? (await currentSession(trx, (await loadContext(trx, latest.invitation.org_id, latest.invitation.id)).invitation));
        });
        if (!session) throw new ConflictError('The attempt could not be started; try again', 'start_conflict');
      }
      const questions = await sessionQuestions(db, session);
      return {
        recordVerificationId: context.invitation.record_verification_id,
        totalQuestions: questions.length,
        questions: questions.map((question) => ({
          questionId: question.id,
          text: question.text,
          type: question.type,
          options: question.options,
          category: question.category,
          difficulty: question.difficulty,
        })),
      };
    },

    async submit(principal: Principal, input: { recordVerificationId?: string; answers?: SubmittedAnswer[] }) {
      const resolved = await resolveRecord(principal, input.recordVerificationId);
      const answers = input.answers ?? [];
      if (answers.length === 0) throw missingAnswers();
      const context = await refreshed(resolved);
      return inTransaction(db, async (trx) => {
        const latest = await loadContext(trx, context.invitation.org_id, context.invitation.id);
        const session = await currentSession(trx, latest.invitation);
        if (!session) throw noQuestions();
        if (session.status !== 'started') return replayOrRefuse(trx, latest, session, answers);

        if (answers.length !== session.total_questions) {
          throw incompleteAnswers(`${answers.length} answer(s) for ${session.total_questions} question(s): submit exactly one answer per question`);
        }
        const layout = new Map(parseLayout(session).map((entry) => [entry.questionId, entry]));
        const seen = new Set<string>();
        for (const [index, answer] of answers.entries()) {
          if (!layout.has(answer.questionId) || seen.has(answer.questionId)) {
            throw incompleteAnswers(
              `answers.${index}.questionId: "${answer.questionId}" is ${seen.has(answer.questionId) ? 'answered twice' : 'not one of the generated questions'}; submit exactly one answer per question`,
            );
          }
          seen.add(answer.questionId);
        }
        const questions = new Map((await findQuestionContent(trx, session.org_id, [...seen])).map((row) => [row.id, row]));
        for (const [index, answer] of answers.entries()) {
          const question = questions.get(answer.questionId)!;
          const entry = layout.get(answer.questionId)!;
          const problem = selectionProblem(question.type as 'single' | 'multiple' | 'text', entry.optionOrder.length, answer.selectedAnswer);
          if (problem) {
            const field = `answers.${index}.selectedAnswer`;
            throw new VerificationError(400, 'INVALID_ANSWER', `${field}: ${problem}`, [{ field, message: problem }]);
          }
        }

        const now = clock.now().toISOString();
        // The row lock orders concurrent submits: the first writes and closes,
        // the others wait and then find the session closed.
        if (!(await lockOpenSession(trx, session.id, now))) {
          const after = await loadContext(trx, latest.invitation.org_id, latest.invitation.id);
          const current = (await currentSession(trx, after.invitation))!;
          if (current.status === 'started') throw new ConflictError('The time limit has passed', 'DEADLINE_PASSED');
          return replayOrRefuse(trx, after, current, answers);
        }
        await deleteAnswers(trx, session.id);
        for (const answer of answers) {
          await upsertAnswer(trx, {
            id: newId('ans'),
            org_id: session.org_id,
            session_id: session.id,
            question_id: answer.questionId,
            selected: JSON.stringify(toStoredSelection(answer.selectedAnswer as Selection, layout.get(answer.questionId)!)),
            is_correct: null,
            points_awarded: null,
            time_spent_ms: 0,
            created_at: now,
            updated_at: now,
          });
        }
        // Reference 002's submit: its result email goes out now, whatever the assessment's resultEmail says.
        const outcome = await closeSession(trx, deps, session.org_id, session.id, 'submitted', 'verification');
        const after = await loadContext(trx, latest.invitation.org_id, latest.invitation.id);
        return submitData(trx, after, outcome.session);
      });
    },
  };
}

export type VerificationService = ReturnType<typeof createVerificationService>;
