import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { findKey, lockKey, markAttemptClosed } from '../invitations/invitations-lifecycle.js';
import { queueEmail, queueResultFinal, recordDomainEvent } from '../outbox/outbox-publish.js';
import { refreshSessionAggregates } from '../cohort/cohort-aggregates.js';
import {
  breakdownOf,
  scoreSession,
  strengthsAndWeaknesses,
  timeSpentOf,
  type AnswerKey,
  type QuestionType,
  type ScorableQuestion,
  type SelectedAnswer,
} from '../scoring/scoring-fns.js';
import { computeMetrics } from '../telemetry/telemetry-fns.js';
import type { RenderedEmail } from '../emails/emails-layout.js';
import { sendsResultEmailWhenFinal, type HandInRoute, type ResultEmailPolicy } from './sessions-email-fns.js';
import { resultMessage } from './sessions-fns.js';
import { attemptsLeft as attemptsLeftOf } from './sessions-layout-fns.js';
import { renderResultEmail } from './sessions-result-email.js';
import {
  claimOpenSession,
  findAssessmentRow,
  findCandidate,
  findOrgName,
  findSession,
  findSkill,
  insertSkill,
  listAnswers,
  listCaseResults,
  listEvents,
  listOverdueSessions,
  listSessionSkills,
  setAnswerOutcome,
  updateCaseResult,
  updateSession,
  updateSkill,
  type AssessmentRow,
  type InvitationRow,
  type SessionRow,
} from './sessions-store.js';
import { toSessionView, type StoredBreakdown } from './sessions-views.js';

/**
 * Closing, scoring and finalising sessions: the one place that turns saved
 * answers, case grades and events into a result, and writes the webhooks,
 * email, skills and lock a result causes, in the caller's transaction.
 */

export interface SessionEngineDeps {
  clock: Clock;
  /** Public origin for links in emails; null when not configured. */
  publicUrl: string | null;
}

export interface LayoutEntryRow {
  questionId: string;
  optionOrder: number[];
}

export function parseLayout(session: Pick<SessionRow, 'question_order'>): LayoutEntryRow[] {
  return JSON.parse(session.question_order) as LayoutEntryRow[];
}

export interface SessionQuestion extends ScorableQuestion {
  text: string;
  options: string[];
}

/** The questions of a session, in its order (deleted ones included: the session keeps them). */
export async function loadSessionQuestions(db: Executor, session: SessionRow): Promise<SessionQuestion[]> {
  const layout = parseLayout(session);
  if (layout.length === 0) return [];
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'type', 'text', 'options', 'answer', 'category', 'difficulty', 'points'])
    .where('org_id', '=', session.org_id)
    .where(
      'id',
      'in',
      layout.map((entry) => entry.questionId),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return layout.flatMap((entry) => {
    const row = byId.get(entry.questionId);
    if (!row) return [];
    return [
      {
        id: row.id,
        type: row.type as QuestionType,
        text: row.text,
        options: JSON.parse(row.options) as string[],
        answer: JSON.parse(row.answer) as AnswerKey,
        category: row.category,
        difficulty: row.difficulty,
        points: row.points,
      },
    ];
  });
}

/**
 * Recomputes a closed session's score, breakdown and metrics from what is
 * stored, and writes them. Idempotent; used at close and after grading.
 */
export async function rescoreSession(trx: Executor, session: SessionRow, assessment: AssessmentRow, now: string): Promise<SessionRow> {
  const questions = await loadSessionQuestions(trx, session);
  const answers = await listAnswers(trx, session.id);
  const caseResults = await listCaseResults(trx, session.id);
  const events = await listEvents(trx, session.id);

  const selected = new Map<string, SelectedAnswer>(answers.map((answer) => [answer.question_id, JSON.parse(answer.selected) as SelectedAnswer]));
  const score = scoreSession({
    questions,
    selectedByQuestion: selected,
    cases: caseResults.map((item) => ({
      caseId: item.case_id,
      maxScore: item.max_score,
      score: item.status === 'graded' ? item.score : null,
    })),
    passingScore: assessment.passing_score,
    lowPassBand: assessment.low_pass_band,
  });
  const breakdown = breakdownOf(questions, score.outcomes);
  const stored: StoredBreakdown = {
    ...breakdown,
    ...strengthsAndWeaknesses(breakdown.byCategory),
    timeSpent: timeSpentOf(
      questions.map((question) => question.id),
      new Map(answers.map((answer) => [answer.question_id, answer.time_spent_ms])),
      caseResults.map((item) => ({ caseId: item.case_id, timeSpentSeconds: item.time_spent_seconds })),
    ),
  };
  const metrics = computeMetrics({
    events: events.map((event) => ({
      type: event.type,
      occurredAt: event.occurred_at,
      payload: JSON.parse(event.payload) as Record<string, unknown>,
      clientEventId: event.client_event_id,
    })),
    startedAt: session.started_at,
    endedAt: session.completed_at,
    redFlagThreshold: assessment.red_flag_threshold,
  });

  const outcomeById = new Map(score.outcomes.map((outcome) => [outcome.questionId, outcome]));
  for (const answer of answers) {
    const outcome = outcomeById.get(answer.question_id);
    const correct = outcome?.correct ?? false;
    const points = outcome?.pointsAwarded ?? 0;
    if (answer.is_correct !== (correct ? 1 : 0) || answer.points_awarded !== points) {
      await setAnswerOutcome(trx, answer.id, correct, points);
    }
  }

  const changes: Partial<SessionRow> = {
    score: score.score,
    max_score: score.maxScore,
    percentage: score.percentage,
    passed: score.passed === null ? null : score.passed ? 1 : 0,
    score_status: score.scoreStatus,
    correct_count: score.correctCount,
    total_questions: score.totalQuestions,
    breakdown: JSON.stringify(stored),
    fullscreen_violations: metrics.fullscreenViolations,
    copy_paste_violations: metrics.copyPasteViolations,
    focus_lost_count: metrics.focusLostCount,
    red_flag: metrics.redFlag ? 1 : 0,
    duration_ms: metrics.durationMs,
    prompt_count: metrics.promptCount,
    command_count: metrics.commandCount,
    command_fail_rate: metrics.commandFailRate,
    verify_intensity: metrics.verifyIntensity,
    manual_edit_ratio: metrics.manualEditRatio,
    first_change_latency_ms: metrics.firstChangeLatencyMs,
    test_pass_rate: metrics.testPassRate,
    typing_speed_wpm: metrics.typingSpeedWpm,
    updated_at: now,
  };
  await updateSession(trx, session.id, changes);
  return { ...session, ...changes };
}

export async function sessionView(db: Executor, session: SessionRow) {
  return toSessionView(session, await listCaseResults(db, session.id));
}

export interface VerifiedSkill {
  skillId: string;
  name: string;
  verified: boolean;
  status: 'verified' | 'rejected';
  verifiedAt: string;
  verifiedBy: string;
}

export interface Finalization {
  verifiedSkills: VerifiedSkill[];
  skillsUpdated: number;
  /** The verification.completed event was queued in this transaction. */
  webhookSent: boolean;
}

function skillNames(assessment: AssessmentRow): string[] {
  return JSON.parse(assessment.skills) as string[];
}

/**
 * What a session's final result causes, once: skills verified or rejected,
 * the lock on pass, the verification.completed event and the result email.
 */
async function finalizeResult(
  trx: Executor,
  deps: SessionEngineDeps,
  session: SessionRow,
  assessment: AssessmentRow,
  invitation: InvitationRow,
  route: HandInRoute,
): Promise<Finalization> {
  const now = deps.clock.now().toISOString();
  const passed = session.passed === 1;
  const status: VerifiedSkill['status'] = passed ? 'verified' : 'rejected';
  const verifiedSkills: VerifiedSkill[] = [];
  if (session.candidate_id) {
    for (const name of skillNames(assessment)) {
      const existing = await findSkill(trx, session.org_id, session.candidate_id, name);
      const skillId = existing?.id ?? newId('skill');
      const fields = { status, verified_at: now, verified_by: 'assessment', session_id: session.id, updated_at: now };
      if (existing) await updateSkill(trx, existing.id, fields);
      else await insertSkill(trx, { id: skillId, org_id: session.org_id, candidate_id: session.candidate_id, name, ...fields });
      verifiedSkills.push({ skillId, name, verified: passed, status, verifiedAt: now, verifiedBy: 'assessment' });
    }
  }

  const locked = invitation.locked === 1 || (passed && assessment.lock_on_pass === 1);
  if (locked) await lockKey(trx, invitation);
  const attemptsLeft = locked ? 0 : Math.max(0, assessment.max_attempts - invitation.attempt_count);

  const view = await sessionView(trx, session);
  await recordDomainEvent(trx, deps.clock, {
    orgId: session.org_id,
    type: 'verification.completed',
    data: {
      recordVerificationId: invitation.record_verification_id,
      invitationId: invitation.id,
      candidateId: session.candidate_id,
      assessmentId: assessment.id,
      sessionId: session.id,
      isLocked: locked,
      result: verificationResult(session, assessment, attemptsLeft),
      verifiedSkills,
      session: view,
    },
  });

  await queueResultFinal(trx, deps.clock, { orgId: session.org_id, sessionId: session.id, invitationId: invitation.id });

  if (sendsResultEmailWhenFinal(assessment.result_email as ResultEmailPolicy, route)) {
    await queueResultEmail(trx, deps, { session, assessment, invitation, locked, attemptsLeft, skills: verifiedSkills, route });
  }
  return { verifiedSkills, skillsUpdated: verifiedSkills.length, webhookSent: true };
}

export interface ResultEmailSubject {
  session: SessionRow;
  assessment: AssessmentRow;
  invitation: InvitationRow;
  locked: boolean;
  attemptsLeft: number;
  skills: ReadonlyArray<{ name: string; status: 'verified' | 'rejected' }>;
  route: HandInRoute;
}

/** Where a candidate's emails go: the key's address, else the candidate's; null when none is known. */
export async function candidateContactOf(trx: Executor, session: SessionRow, invitation: InvitationRow): Promise<{ email: string | null; name: string | null }> {
  const candidate = session.candidate_id ? await findCandidate(trx, session.org_id, session.candidate_id) : undefined;
  return { email: invitation.candidate_email ?? candidate?.email ?? null, name: invitation.candidate_name ?? candidate?.name ?? null };
}

/**
 * The result email of a final result and its address; null when no address
 * is known. It says only what the assessment lets candidates see: reference
 * 002's submissions keep the documented email (pass or fail, skills), every
 * other one says nothing of the outcome unless the score is shown.
 */
export async function renderResultEmailOf(trx: Executor, deps: SessionEngineDeps, subject: ResultEmailSubject): Promise<{ to: string; email: RenderedEmail } | null> {
  const { session, assessment, invitation } = subject;
  const contact = await candidateContactOf(trx, session, invitation);
  if (!contact.email) return null;
  const email = renderResultEmail({
    orgName: await findOrgName(trx, session.org_id),
    candidateName: contact.name,
    assessmentTitle: assessment.title,
    showScore: assessment.show_result === 1,
    percentage: session.percentage ?? 0,
    passingScore: assessment.passing_score,
    passed: session.passed === 1,
    attemptNumber: session.attempt_number,
    attemptsLeft: subject.attemptsLeft,
    locked: subject.locked,
    skills: subject.skills.map((skill) => ({ name: skill.name, status: skill.status })),
    link: deps.publicUrl ? `${deps.publicUrl}/take` : null,
    withholdOutcome: subject.route !== 'verification',
  });
  return { to: contact.email, email };
}

/** Queues the result email (when an address is known) and marks the attempt emailed; the email id, or null. */
export async function queueResultEmail(trx: Executor, deps: SessionEngineDeps, subject: ResultEmailSubject): Promise<string | null> {
  const rendered = await renderResultEmailOf(trx, deps, subject);
  if (!rendered) return null;
  const { session } = subject;
  const id = await queueEmail(trx, deps.clock, { orgId: session.org_id, kind: 'result', to: rendered.to, ...rendered.email, relatedId: session.id });
  await updateSession(trx, session.id, { result_emailed_at: deps.clock.now().toISOString() });
  return id;
}

/** What the result email of a final result needs, as stored now (for an email sent after the result became final). */
export async function storedResultEmailSubject(trx: Executor, session: SessionRow): Promise<ResultEmailSubject> {
  const assessment = (await findAssessmentRow(trx, session.org_id, session.assessment_id))!;
  const invitation = (await findKey(trx, session.org_id, session.invitation_id))!;
  const locked = invitation.locked === 1;
  const order = skillNames(assessment);
  const skills = (await listSessionSkills(trx, session.org_id, session.id))
    .map((row) => ({ name: row.name, status: row.status === 'verified' ? ('verified' as const) : ('rejected' as const) }))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return {
    session,
    assessment,
    invitation,
    locked,
    attemptsLeft: attemptsLeftOf(assessment.max_attempts, invitation.attempt_count, locked),
    skills,
    route: 'attempt',
  };
}

/** The `result` object of reference 002 for a session. */
export function verificationResult(session: SessionRow, assessment: AssessmentRow, attemptsLeft: number) {
  return {
    score: session.percentage ?? 0,
    passed: session.passed === 1,
    attemptNumber: session.attempt_number,
    correctAnswers: session.correct_count ?? 0,
    totalQuestions: session.total_questions,
    message: resultMessage({
      scoreStatus: session.score_status as 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL',
      percentage: session.percentage,
      passingScore: assessment.passing_score,
      hasSkills: skillNames(assessment).length > 0,
      attemptsLeft,
    }),
  };
}

/**
 * At the close every part still open is handed in as it was last saved: the
 * answers as they stand, a case with its saved deliverable. A case with
 * nothing saved is recorded as not handed in and scores 0, so the result does
 * not wait on a grade for work that does not exist.
 */
async function handInOpenParts(trx: Executor, session: SessionRow, closedAt: string, now: string): Promise<SessionRow> {
  for (const item of await listCaseResults(trx, session.id)) {
    if (item.handed_in_at !== null) continue;
    if (item.deliverable !== null) {
      await updateCaseResult(trx, item.id, { handed_in_at: closedAt, updated_at: now });
    } else if (item.status !== 'graded') {
      await updateCaseResult(trx, item.id, { status: 'graded', score: 0, feedback: 'Not handed in', graded_at: closedAt, graded_by: null, updated_at: now });
    }
  }
  if (session.questions_handed_in_at !== null) return session;
  await updateSession(trx, session.id, { questions_handed_in_at: closedAt });
  return { ...session, questions_handed_in_at: closedAt };
}

export interface CloseOutcome {
  /** False when the session was already closed (another request won). */
  closed: boolean;
  session: SessionRow;
  finalization: Finalization | null;
}

/**
 * Closes an open session and scores it with what was saved, in the caller's
 * transaction. The conditional update is the guard: of concurrent callers
 * exactly one closes; the others get closed: false and the stored session.
 * A deadline close is dated at the deadline, not when it was noticed.
 */
export async function closeSession(
  trx: Executor,
  deps: SessionEngineDeps,
  orgId: string,
  sessionId: string,
  reason: 'submitted' | 'deadline',
  /** How it was handed in: reference 002's submit sends its result email whatever the assessment says. */
  route: HandInRoute = 'attempt',
): Promise<CloseOutcome> {
  const now = deps.clock.now();
  const before = await findSession(trx, orgId, sessionId);
  if (!before) throw new Error(`session ${sessionId} vanished`);
  const completedAt =
    reason === 'deadline' && before.deadline_at && Date.parse(before.deadline_at) < now.getTime() ? before.deadline_at : now.toISOString();
  const claimed = await claimOpenSession(trx, sessionId, {
    status: reason === 'deadline' ? 'expired' : 'completed',
    reason,
    completedAt,
    now: now.toISOString(),
  });
  const closedRow = (await findSession(trx, orgId, sessionId))!;
  if (!claimed) return { closed: false, session: closedRow, finalization: null };
  const current = await handInOpenParts(trx, closedRow, completedAt, now.toISOString());

  const assessment = (await findAssessmentRow(trx, orgId, current.assessment_id))!;
  const invitation = (await findKey(trx, orgId, current.invitation_id))!;
  const scored = await rescoreSession(trx, current, assessment, now.toISOString());
  await markAttemptClosed(trx, invitation, completedAt);
  const view = await sessionView(trx, scored);
  await recordDomainEvent(trx, deps.clock, {
    orgId,
    type: reason === 'deadline' ? 'session.expired' : 'session.completed',
    data: { session: view },
  });
  let finalization: Finalization | null = null;
  if (scored.score_status !== 'PENDING') {
    await recordDomainEvent(trx, deps.clock, { orgId, type: 'result.scored', data: { session: view } });
    finalization = await finalizeResult(trx, deps, scored, assessment, invitation, route);
  }
  await refreshSessionAggregates(trx, deps.clock, sessionId);
  const final = (await findSession(trx, orgId, sessionId))!;
  return { closed: true, session: final, finalization };
}

/**
 * Ends an open attempt because its key was revoked, in the caller's
 * transaction: it keeps what was saved (scored as it stands, for the
 * reviewer), hands nothing in, and causes no completion, result or email; the
 * cohort leaves it out. False when the attempt was no longer open.
 */
export async function revokeSession(trx: Executor, deps: SessionEngineDeps, orgId: string, sessionId: string): Promise<boolean> {
  const now = deps.clock.now().toISOString();
  if (!(await claimOpenSession(trx, sessionId, { status: 'revoked', reason: 'revoked', completedAt: now, now }))) return false;
  const session = (await findSession(trx, orgId, sessionId))!;
  const assessment = (await findAssessmentRow(trx, orgId, session.assessment_id))!;
  await rescoreSession(trx, session, assessment, now);
  await refreshSessionAggregates(trx, deps.clock, sessionId);
  return true;
}

/**
 * Rescores a closed session after a reviewer graded cases; the first time the
 * result becomes final it is finalised (skills, lock, webhook, email).
 */
export async function regradeSession(trx: Executor, deps: SessionEngineDeps, session: SessionRow): Promise<SessionRow> {
  const assessment = (await findAssessmentRow(trx, session.org_id, session.assessment_id))!;
  const invitation = (await findKey(trx, session.org_id, session.invitation_id))!;
  const wasPending = session.score_status === 'PENDING';
  const scored = await rescoreSession(trx, session, assessment, deps.clock.now().toISOString());
  await recordDomainEvent(trx, deps.clock, { orgId: session.org_id, type: 'result.graded', data: { session: await sessionView(trx, scored) } });
  if (wasPending && scored.score_status !== 'PENDING') await finalizeResult(trx, deps, scored, assessment, invitation, 'attempt');
  await refreshSessionAggregates(trx, deps.clock, session.id);
  return (await findSession(trx, session.org_id, session.id))!;
}

/** Closes the session if it is open and past its deadline, in the caller's transaction; true when this call closed it. */
export async function closeIfOverdueIn(trx: Executor, deps: SessionEngineDeps, orgId: string, sessionId: string | null): Promise<boolean> {
  if (!sessionId) return false;
  const session = await findSession(trx, orgId, sessionId);
  if (!session || session.status !== 'started' || !session.deadline_at) return false;
  if (Date.parse(session.deadline_at) > deps.clock.now().getTime()) return false;
  return (await closeSession(trx, deps, orgId, sessionId, 'deadline')).closed;
}

/**
 * Closes the session if it is open and past its deadline, committed on its
 * own: for requests that must keep the close even when they then refuse (a
 * candidate's late answer is refused, the attempt stays closed). True when
 * this call closed it.
 */
export async function closeIfOverdue(db: Db, deps: SessionEngineDeps, orgId: string, sessionId: string | null): Promise<boolean> {
  if (!sessionId) return false;
  const session = await findSession(db, orgId, sessionId);
  if (!session || session.status !== 'started' || !session.deadline_at) return false;
  if (Date.parse(session.deadline_at) > deps.clock.now().getTime()) return false;
  return inTransaction(db, (trx) => closeIfOverdueIn(trx, deps, orgId, sessionId));
}

/**
 * The deadline sweep: closes and scores every open session past its deadline,
 * each in its own transaction. Returns how many it closed. Safe to run on
 * several instances at once (the close guard lets one win per session).
 */
export async function closeOverdueSessions(db: Db, clock: Clock, options: { publicUrl?: string | null; batchSize?: number } = {}): Promise<number> {
  const deps: SessionEngineDeps = { clock, publicUrl: options.publicUrl ?? null };
  const batchSize = options.batchSize ?? 100;
  let closed = 0;
  for (;;) {
    const overdue = await listOverdueSessions(db, clock.now().toISOString(), batchSize);
    let closedInBatch = 0;
    for (const session of overdue) {
      if (await closeIfOverdue(db, deps, session.org_id, session.id)) closedInBatch += 1;
    }
    closed += closedInBatch;
    if (overdue.length < batchSize || closedInBatch === 0) return closed;
  }
}
