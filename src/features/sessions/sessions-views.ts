import type { Static } from '@sinclair/typebox';
import type { Breakdown, ScoreStatus, TimeSpent } from '../scoring/scoring-fns.js';
import { attemptParts, type AttemptPart } from './sessions-fns.js';
import type { SessionCaseObject, SessionObject } from './sessions-schemas.js';
import type { CaseResultRow, SessionRow } from './sessions-store.js';

/**
 * The session (result) as reviewers, webhooks and the candidate flow's
 * reviewer endpoints show it. Built by picking fields: answers and answer
 * keys are not part of it.
 */

/** What sessions.breakdown holds (JSON). */
export interface StoredBreakdown extends Breakdown {
  strengths: string[];
  weaknesses: string[];
  timeSpent: TimeSpent;
}

export type SessionCaseView = Static<typeof SessionCaseObject>;
export type SessionView = Static<typeof SessionObject>;

export type CaseResultWithCase = CaseResultRow & { title: string; position: number; rubric: string | null };

export function parseBreakdown(session: Pick<SessionRow, 'breakdown'>): StoredBreakdown | null {
  return session.breakdown === null ? null : (JSON.parse(session.breakdown) as StoredBreakdown);
}

export function toCaseView(row: CaseResultWithCase): SessionCaseView {
  return {
    caseId: row.case_id,
    title: row.title,
    order: row.position,
    score: row.score,
    maxScore: row.max_score,
    status: row.status as SessionCaseView['status'],
    grades: row.grades === null ? null : (JSON.parse(row.grades) as { name: string; points: number }[]),
    feedback: row.feedback,
    deliverable: row.deliverable,
    timeSpentSeconds: row.time_spent_seconds,
    gradedAt: row.graded_at,
    gradedBy: row.graded_by,
  };
}

/** The parts of an attempt (question section, cases) with their hand-in state. */
export function partsOf(
  session: Pick<SessionRow, 'total_questions' | 'questions_handed_in_at'>,
  cases: ReadonlyArray<Pick<CaseResultWithCase, 'case_id' | 'title' | 'position' | 'handed_in_at'>>,
): AttemptPart[] {
  return attemptParts({
    questionCount: session.total_questions,
    questionsHandedInAt: session.questions_handed_in_at,
    cases: cases.map((item) => ({ caseId: item.case_id, title: item.title, order: item.position, handedInAt: item.handed_in_at })),
  });
}

export function toSessionView(session: SessionRow, cases: readonly CaseResultWithCase[]): SessionView {
  const breakdown = parseBreakdown(session);
  return {
    id: session.id,
    assessmentId: session.assessment_id,
    invitationId: session.invitation_id,
    candidateId: session.candidate_id,
    attemptNumber: session.attempt_number,
    status: session.status as SessionView['status'],
    closedReason: session.closed_reason as SessionView['closedReason'],
    startedAt: session.started_at,
    deadlineAt: session.deadline_at,
    completedAt: session.completed_at,
    score: session.score,
    maxScore: session.max_score,
    percentage: session.percentage,
    passed: session.passed === null ? null : session.passed === 1,
    scoreStatus: session.score_status as ScoreStatus,
    correctCount: session.correct_count,
    totalQuestions: session.total_questions,
    breakdown: breakdown ? { byCategory: breakdown.byCategory, byDifficulty: breakdown.byDifficulty } : null,
    strengths: breakdown?.strengths ?? [],
    weaknesses: breakdown?.weaknesses ?? [],
    timeSpent: breakdown?.timeSpent ?? null,
    violationCounts: {
      fullscreen_violations: session.fullscreen_violations,
      copy_paste_violations: session.copy_paste_violations,
    },
    focusLostCount: session.focus_lost_count,
    redFlag: session.red_flag === 1,
    metrics: {
      durationMs: session.duration_ms,
      promptCount: session.prompt_count,
      commandCount: session.command_count,
      commandFailRate: session.command_fail_rate,
      verifyIntensity: session.verify_intensity,
      manualEditRatio: session.manual_edit_ratio,
      firstChangeLatencyMs: session.first_change_latency_ms,
      testPassRate: session.test_pass_rate,
      typingSpeedWpm: session.typing_speed_wpm,
    },
    cases: cases.map(toCaseView),
    parts: partsOf(session, cases),
    decision: session.decision as SessionView['decision'],
    decidedAt: session.decided_at,
    decidedBy: session.decided_by,
    decidedByName: session.decided_by_name,
  };
}
