import type { Executor } from '../../db/database.js';
import { AppError, ConflictError, GoneError, InvitationRevokedError, UnauthorizedError } from '../../errors.js';
import { newId, randomSecret } from '../../ids.js';
import type { Principal } from '../auth/auth-principal.js';
import { cliCommands } from '../cli-download/cli-download-fns.js';
import { candidateDetailsNeeded, candidateVisibleKeyStatus, claimAttempt, findKey, isPastExpiry } from '../invitations/invitations-lifecycle.js';
import { recordDomainEvent } from '../outbox/outbox-publish.js';
import { parseLayout, sessionView, type SessionEngineDeps } from './sessions-completion.js';
import { resultMessage, UNSCORED_SESSION } from './sessions-fns.js';
import { partsOf } from './sessions-views.js';
import {
  countFixedQuestions,
  findAssessmentRow,
  findIssue,
  findQuestionContent,
  findSession,
  insertCaseResults,
  insertSession,
  listAnswers,
  listBankBucket,
  listCaseResults,
  listCases,
  listFixedQuestions,
  type AssessmentRow,
  type InvitationRow,
  type QuestionContentRow,
  type SessionRow,
} from './sessions-store.js';
import {
  BlueprintShortfall,
  MAX_DELIVERABLE_LENGTH,
  MAX_TEXT_ANSWER,
  attemptsLeft,
  deadlineFor,
  displayedOptions,
  drawQuestions,
  effectiveMinutes,
  layoutSession,
  rulesFor,
  toDisplayedSelection,
  type LayoutQuestion,
  type Selection,
} from './sessions-layout-fns.js';
import type { CandidateAssessmentObject, CandidateInvitationObject, CandidateSessionObject } from './sessions-candidate-schemas.js';

/**
 * Attempts of one candidate key: loading the key's context, opening an
 * attempt (drawing and laying out its questions), and the candidate's views
 * of the assessment, the key and the session. Shared by the candidate flow
 * and the skill-verification endpoints (reference 002).
 */

export type CandidatePrincipal = Extract<Principal, { kind: 'candidate' }>;

export interface FlowContext {
  invitation: InvitationRow;
  assessment: AssessmentRow;
}

export class AssessmentLockedError extends AppError {
  constructor() {
    super(403, 'ASSESSMENT_LOCKED', 'This assessment was passed and is locked (isLocked: true); no further attempts are possible');
  }
}

export class MaxAttemptsReachedError extends AppError {
  constructor(maxAttempts: number) {
    super(403, 'MAX_ATTEMPTS_REACHED', `All ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'} of this assessment have been used`);
  }
}

export class KeyExpiredError extends GoneError {
  constructor(expiresAt: string) {
    super(`This key expired at ${expiresAt}`, 'key_expired');
  }
}

export async function loadContext(db: Executor, orgId: string, invitationId: string): Promise<FlowContext> {
  const invitation = await findKey(db, orgId, invitationId);
  const assessment = invitation ? await findAssessmentRow(db, orgId, invitation.assessment_id) : undefined;
  if (invitation?.revoked_at) throw new InvitationRevokedError();
  if (!invitation || !assessment || assessment.deleted_at !== null) throw new UnauthorizedError('This key was revoked');
  return { invitation, assessment };
}

/** Why a new attempt cannot start, checked in this order: lock, attempts, key expiry. */
export function assertCanStartAttempt(context: FlowContext, now: Date): void {
  const { invitation, assessment } = context;
  if (invitation.locked === 1) throw new AssessmentLockedError();
  if (invitation.attempt_count >= assessment.max_attempts) throw new MaxAttemptsReachedError(assessment.max_attempts);
  if (isPastExpiry(invitation, now)) throw new KeyExpiredError(invitation.expires_at);
}

function toLayoutQuestion(row: QuestionContentRow): LayoutQuestion & { id: string } {
  return {
    id: row.id,
    type: row.type as LayoutQuestion['type'],
    options: JSON.parse(row.options) as string[],
    pinnedOptions: JSON.parse(row.pinned_options) as number[],
    category: row.category,
    difficulty: row.difficulty,
  };
}

interface BlueprintEntry {
  category: string;
  difficulty: string;
  count: number;
}

/** How many questions an attempt of this assessment has (the blueprint total, or the fixed list). */
export async function questionCountOf(db: Executor, assessment: AssessmentRow): Promise<number> {
  if (assessment.blueprint !== null) {
    return (JSON.parse(assessment.blueprint) as BlueprintEntry[]).reduce((sum, entry) => sum + entry.count, 0);
  }
  return countFixedQuestions(db, assessment.org_id, assessment.id);
}

/**
 * Opens the next attempt: draws its questions (fixed list or blueprint),
 * lays them out with a fresh seed, and creates the session with one pending
 * result per case. Returns null when a concurrent call opened it first.
 */
export async function openAttempt(trx: Executor, deps: SessionEngineDeps, context: FlowContext): Promise<SessionRow | null> {
  const { invitation, assessment } = context;
  const now = deps.clock.now();
  assertCanStartAttempt(context, now);
  const orgId = assessment.org_id;
  const seed = randomSecret(16);

  const blueprint = assessment.blueprint === null ? null : (JSON.parse(assessment.blueprint) as BlueprintEntry[]);
  const fixed = blueprint ? [] : (await listFixedQuestions(trx, orgId, assessment.id)).map(toLayoutQuestion);
  const bank = blueprint
    ? (await Promise.all(blueprint.map((entry) => listBankBucket(trx, orgId, entry.category, entry.difficulty)))).flat().map(toLayoutQuestion)
    : [];
  let questions: LayoutQuestion[];
  try {
    questions = drawQuestions(fixed, blueprint, bank, seed);
  } catch (error) {
    if (error instanceof BlueprintShortfall) throw new ConflictError(error.message, 'blueprint_unsatisfiable');
    throw error;
  }
  const cases = await listCases(trx, orgId, assessment.id);
  if (questions.length === 0 && cases.length === 0) {
    throw new ConflictError('This assessment has no questions and no tasks yet', 'assessment_empty');
  }

  const sessionId = newId('res');
  if (!(await claimAttempt(trx, invitation, sessionId))) return null;

  const nowIso = now.toISOString();
  const deadline = deadlineFor(now, assessment.time_limit_minutes, invitation.time_multiplier);
  const row: SessionRow = {
    id: sessionId,
    org_id: orgId,
    assessment_id: assessment.id,
    invitation_id: invitation.id,
    candidate_id: invitation.candidate_id,
    attempt_number: invitation.attempt_count + 1,
    status: 'started',
    seed,
    question_order: JSON.stringify(layoutSession(questions, seed)),
    started_at: nowIso,
    deadline_at: deadline ? deadline.toISOString() : null,
    ...UNSCORED_SESSION,
    total_questions: questions.length,
    created_at: nowIso,
    updated_at: nowIso,
  };
  await insertSession(trx, row);
  await insertCaseResults(
    trx,
    cases.map((item) => ({
      id: newId('cres'),
      org_id: orgId,
      session_id: sessionId,
      case_id: item.id,
      score: null,
      max_score: item.max_score,
      status: 'pending',
      handed_in_at: null,
      grades: null,
      feedback: null,
      deliverable: null,
      time_spent_seconds: null,
      graded_at: null,
      graded_by: null,
      created_at: nowIso,
      updated_at: nowIso,
    })),
  );
  await recordDomainEvent(trx, deps.clock, { orgId, type: 'session.started', data: { session: await sessionView(trx, row) } });
  return row;
}

/** The key's current (latest) attempt, if any. */
export async function currentSession(db: Executor, invitation: InvitationRow): Promise<SessionRow | null> {
  if (!invitation.current_session_id) return null;
  return (await findSession(db, invitation.org_id, invitation.current_session_id)) ?? null;
}

/** The candidate's view of the assessment; `server` is this server as the candidate reaches it (for the CLI commands). */
export async function candidateAssessmentView(db: Executor, context: FlowContext, server: string): Promise<CandidateAssessmentObject> {
  const { invitation, assessment } = context;
  const issue = assessment.issue_id ? await findIssue(db, assessment.org_id, assessment.issue_id) : undefined;
  const cases = await listCases(db, assessment.org_id, assessment.id);
  const questionCount = await questionCountOf(db, assessment);
  return {
    id: assessment.id,
    title: assessment.title,
    role: assessment.role,
    taskBrief: assessment.task_brief,
    repoUrl: assessment.repo_url,
    issue: issue ? { title: issue.title, repoUrl: issue.repo_url, issueUrl: issue.issue_url } : null,
    timeLimitMinutes: effectiveMinutes(assessment.time_limit_minutes, invitation.time_multiplier),
    rules: rulesFor({
      timeLimitMinutes: assessment.time_limit_minutes,
      timeMultiplier: invitation.time_multiplier,
      maxAttempts: assessment.max_attempts,
      lockOnPass: assessment.lock_on_pass === 1,
      questionCount,
      caseCount: cases.length,
    }),
    questionCount,
    cases: cases.map((item) => ({ id: item.id, title: item.title, order: item.position, maxScore: item.max_score, description: item.description })),
    passingScore: assessment.passing_score,
    maxAttempts: assessment.max_attempts,
    attemptsLeft: attemptsLeft(assessment.max_attempts, invitation.attempt_count, invitation.locked === 1),
    limits: { answerCharacters: MAX_TEXT_ANSWER, deliverableCharacters: MAX_DELIVERABLE_LENGTH },
    showResult: assessment.show_result === 1,
    skills: JSON.parse(assessment.skills) as string[],
    commandLine: cases.length > 0 ? cliCommands(server, invitation.key) : null,
  };
}

export function candidateInvitationView(context: FlowContext): CandidateInvitationObject {
  const { invitation, assessment } = context;
  return {
    id: invitation.id,
    status: candidateVisibleKeyStatus(invitation.status),
    candidateName: invitation.candidate_name,
    candidateEmail: invitation.candidate_email,
    recordVerificationId: invitation.record_verification_id,
    expiresAt: invitation.expires_at,
    redeemedAt: invitation.redeemed_at,
    completedAt: invitation.completed_at,
    attemptsUsed: invitation.attempt_count,
    attemptsLeft: attemptsLeft(assessment.max_attempts, invitation.attempt_count, invitation.locked === 1),
    isLocked: invitation.locked === 1,
    sessionId: invitation.current_session_id,
    detailsNeeded: candidateDetailsNeeded(invitation, assessment.require_candidate_details === 1),
  };
}

export interface SessionQuestionView {
  id: string;
  position: number;
  text: string;
  type: LayoutQuestion['type'];
  options: string[];
  category: string;
  difficulty: string;
  points: number;
}

/** The session's questions in its order, options in the order shown; never the answer key. */
export async function sessionQuestions(db: Executor, session: SessionRow): Promise<SessionQuestionView[]> {
  const layout = parseLayout(session);
  const rows = await findQuestionContent(
    db,
    session.org_id,
    layout.map((entry) => entry.questionId),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return layout.flatMap((entry, index) => {
    const row = byId.get(entry.questionId);
    if (!row) return [];
    const options = JSON.parse(row.options) as string[];
    return [
      {
        id: row.id,
        position: index + 1,
        text: row.text,
        type: row.type as LayoutQuestion['type'],
        options: row.type === 'text' ? [] : displayedOptions(options, entry),
        category: row.category,
        difficulty: row.difficulty,
        points: row.points,
      },
    ];
  });
}

/** What the candidate sees of an attempt: questions, saved answers, deadline, and (when allowed) the result. */
export async function candidateSessionView(db: Executor, context: FlowContext, session: SessionRow, now: Date): Promise<CandidateSessionObject> {
  const { invitation, assessment } = context;
  const layout = new Map(parseLayout(session).map((entry) => [entry.questionId, entry]));
  const answers = await listAnswers(db, session.id);
  const cases = await listCaseResults(db, session.id);
  const open = session.status === 'started';
  const remainingSeconds =
    open && session.deadline_at ? Math.max(0, Math.ceil((Date.parse(session.deadline_at) - now.getTime()) / 1000)) : null;
  const showResult = !open && assessment.show_result === 1;
  return {
    id: session.id,
    attemptNumber: session.attempt_number,
    // A hire reads completed: the candidate hears of a decision from the team.
    status: session.status === 'hired' ? 'completed' : session.status,
    startedAt: session.started_at,
    deadlineAt: session.deadline_at,
    completedAt: session.completed_at,
    remainingSeconds,
    questions: await sessionQuestions(db, session),
    answers: answers.flatMap((answer) => {
      const entry = layout.get(answer.question_id);
      if (!entry) return [];
      return [
        {
          questionId: answer.question_id,
          selectedAnswer: toDisplayedSelection(JSON.parse(answer.selected) as Selection, entry),
          timeSpentMs: answer.time_spent_ms,
          savedAt: answer.updated_at,
        },
      ];
    }),
    cases: cases.map((item) => ({
      id: item.case_id,
      title: item.title,
      order: item.position,
      maxScore: item.max_score,
      description: item.description,
      submitted: item.deliverable !== null,
      timeSpentSeconds: item.time_spent_seconds,
    })),
    parts: partsOf(session, cases),
    result: showResult
      ? {
          scoreStatus: session.score_status,
          score: session.score,
          maxScore: session.max_score,
          percentage: session.percentage,
          passed: session.passed === null ? null : session.passed === 1,
          correctAnswers: session.correct_count,
          totalQuestions: session.total_questions,
          message: resultMessage({
            scoreStatus: session.score_status as 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL',
            percentage: session.percentage,
            passingScore: assessment.passing_score,
            hasSkills: (JSON.parse(assessment.skills) as string[]).length > 0,
            attemptsLeft: attemptsLeft(assessment.max_attempts, invitation.attempt_count, invitation.locked === 1),
          }),
        }
      : null,
  };
}
