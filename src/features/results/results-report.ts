import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { parseJsonValue, questionOrderOf } from '../../shared/stored-json.js';
import { scorePercentiles } from '../cohort/cohort-read.js';
import { parseStoredBreakdown, type BreakdownWithStrengths } from '../scoring/scoring-fns.js';
import {
  criterionGradesOf,
  durationMinutesOf,
  durationMsOf,
  resultStatusOf,
  rubricOfTask,
  taskStateOf,
  type CriterionGrade,
  type ResultStatus,
  type TaskState,
} from './results-fns.js';
import { findResultRow, listAnswerRows, listCaseRows, type ResultDetailRow } from './results-store.js';

/**
 * Everything the result views print about one finished session: the 000
 * detail, its answers, the export files and the HTML report are all views of
 * this one model. Answer keys are part of it (reviewers see them); it is never
 * sent to a candidate.
 */

export interface ResultAnswer {
  number: number;
  questionId: string;
  question: string;
  type: string;
  options: string[];
  category: string;
  difficulty: string;
  selected: unknown;
  correctAnswer: unknown;
  isCorrect: boolean;
  points: number;
  maxPoints: number;
  timeSpentSeconds: number | null;
}

export interface ResultCase {
  order: number;
  caseId: string;
  title: string;
  /** null while awaiting its grade. */
  score: number | null;
  maxScore: number;
  state: TaskState;
  /** The rubric's criteria with the points given (points null until graded); empty for a task without a rubric. */
  criteria: CriterionGrade[];
  timeSpentSeconds: number | null;
  feedback: string | null;
}

export interface ResultReport {
  id: string;
  candidate: { id: string | null; name: string | null; email: string | null };
  assessment: { id: string; title: string; slug: string; role: string; passingScore: number };
  inviteToken: string;
  attemptNumber: number;
  sessionStatus: string;
  decision: string | null;
  decidedAt: string | null;
  status: ResultStatus;
  scoreStatus: string;
  percentage: number | null;
  percentile: number | null;
  passed: boolean | null;
  score: number | null;
  maxScore: number | null;
  correctCount: number | null;
  totalQuestions: number;
  startedAt: string;
  completedAt: string;
  durationMs: number | null;
  durationMinutes: number | null;
  breakdown: BreakdownWithStrengths;
  integrity: { fullscreenViolations: number; copyPasteViolations: number; focusLostCount: number; redFlag: boolean };
  telemetry: {
    promptCount: number;
    commandCount: number;
    commandFailRate: number | null;
    verifyIntensity: number | null;
    manualEditRatio: number | null;
    firstChangeLatencyMs: number | null;
    testPassRate: number | null;
    typingSpeedWpm: number | null;
  };
  cases: ResultCase[];
  /** Present when asked for. */
  answers?: ResultAnswer[];
}

function toAnswers(rows: Awaited<ReturnType<typeof listAnswerRows>>, order: string[]): ResultAnswer[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const sorted = [...rows].sort(
    (a, b) => (rank.get(a.question_id) ?? order.length + a.position) - (rank.get(b.question_id) ?? order.length + b.position),
  );
  return sorted.map((row, index) => ({
    number: index + 1,
    questionId: row.question_id,
    question: row.text,
    type: row.type,
    options: (parseJsonValue(row.options) as string[] | null) ?? [],
    category: row.category,
    difficulty: row.difficulty,
    selected: parseJsonValue(row.selected),
    correctAnswer: parseJsonValue(row.answer),
    isCorrect: row.is_correct === 1,
    points: row.points_awarded ?? 0,
    maxPoints: row.points,
    timeSpentSeconds: row.time_spent_ms === null ? null : Math.round(row.time_spent_ms / 1000),
  }));
}

/** What closing an attempt (sessions-completion) writes as the feedback of a task never handed in: the task's state says it already. */
const NOT_HANDED_IN_FEEDBACK = 'Not handed in';

function candidateOf(row: ResultDetailRow) {
  return {
    id: row.candidate_id,
    name: row.invitation_name ?? row.candidate_name,
    email: row.invitation_email ?? row.candidate_email,
  };
}

/** The report of one result of the org; 404 for unknown, foreign or unfinished sessions. */
export async function loadResultReport(
  db: Executor,
  orgId: string,
  sessionId: string,
  options: { answers: boolean },
): Promise<ResultReport> {
  const row = await findResultRow(db, orgId, sessionId);
  if (!row || row.completed_at === null) throw new NotFoundError('Result');
  const [percentiles, caseRows, answerRows] = await Promise.all([
    scorePercentiles(db, [row]),
    listCaseRows(db, orgId, sessionId),
    options.answers ? listAnswerRows(db, orgId, sessionId, questionOrderOf(row.question_order)) : Promise.resolve(null),
  ]);
  const report: ResultReport = {
    id: row.id,
    candidate: candidateOf(row),
    assessment: { id: row.assessment_id, title: row.assessment_title, slug: row.assessment_slug, role: row.assessment_role, passingScore: row.passing_score },
    inviteToken: row.invite_token,
    attemptNumber: row.attempt_number,
    sessionStatus: row.status,
    decision: row.decision,
    decidedAt: row.decided_at,
    status: resultStatusOf(row),
    scoreStatus: row.score_status,
    percentage: row.percentage,
    percentile: percentiles.get(row.id) ?? null,
    passed: row.passed === null ? null : row.passed === 1,
    score: row.score,
    maxScore: row.max_score,
    correctCount: row.correct_count,
    totalQuestions: row.total_questions,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    durationMs: durationMsOf(row),
    durationMinutes: durationMinutesOf(row),
    breakdown: parseStoredBreakdown(row.breakdown),
    integrity: {
      fullscreenViolations: row.fullscreen_violations,
      copyPasteViolations: row.copy_paste_violations,
      focusLostCount: row.focus_lost_count,
      redFlag: row.red_flag === 1,
    },
    telemetry: {
      promptCount: row.prompt_count,
      commandCount: row.command_count,
      commandFailRate: row.command_fail_rate,
      verifyIntensity: row.verify_intensity,
      manualEditRatio: row.manual_edit_ratio,
      firstChangeLatencyMs: row.first_change_latency_ms,
      testPassRate: row.test_pass_rate,
      typingSpeedWpm: row.typing_speed_wpm,
    },
    cases: caseRows.map((item, index) => {
      const state = taskStateOf({ status: item.status, score: item.score, handedInAt: item.handed_in_at, hasDeliverable: item.has_deliverable === 1 });
      return {
        order: index + 1,
        caseId: item.case_id,
        title: item.title,
        score: state === 'awaiting_grading' ? null : item.score,
        maxScore: item.max_score,
        state,
        criteria: criterionGradesOf(rubricOfTask(parseJsonValue(item.case_rubric), parseJsonValue(item.assessment_rubric)), parseJsonValue(item.grades)),
        timeSpentSeconds: item.time_spent_seconds,
        feedback: state === 'not_handed_in' && item.feedback === NOT_HANDED_IN_FEEDBACK ? null : item.feedback,
      };
    }),
  };
  if (answerRows) report.answers = toAnswers(answerRows, questionOrderOf(row.question_order));
  return report;
}
