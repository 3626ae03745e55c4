import type { SessionsTable } from '../../db/schema.js';

/**
 * Pure rules of results: grading a case by its rubric, and the sentence that
 * tells a candidate what their result means (reference 002's `result.message`).
 */

/**
 * A new session's columns that are filled in as it is taken and closed: score,
 * violations, telemetry metrics, decision. Written by the candidate flow when
 * an attempt opens.
 */
export const UNSCORED_SESSION = {
  completed_at: null,
  score: null,
  max_score: null,
  percentage: null,
  passed: null,
  score_status: 'PENDING',
  correct_count: null,
  total_questions: 0,
  breakdown: null,
  fullscreen_violations: 0,
  copy_paste_violations: 0,
  focus_lost_count: 0,
  red_flag: 0,
  duration_ms: null,
  prompt_count: 0,
  command_count: 0,
  command_fail_rate: null,
  verify_intensity: null,
  manual_edit_ratio: null,
  first_change_latency_ms: null,
  test_pass_rate: null,
  typing_speed_wpm: null,
  decision: null,
  decided_at: null,
  decided_by: null,
  closed_reason: null,
  questions_handed_in_at: null,
  result_emailed_at: null,
  decided_by_name: null,
} as const satisfies Partial<SessionsTable>;

/** The id of an attempt's question section among its parts (a case's part id is the case id). */
export const QUESTIONS_PART_ID = 'questions';

/** One part of an attempt: the question section, or one hands-on case. */
export interface AttemptPart {
  id: string;
  kind: 'questions' | 'case';
  title: string;
  state: 'open' | 'handed_in';
  handedInAt: string | null;
}

export interface PartsInput {
  /** How many questions the attempt holds; without any there is no question section. */
  questionCount: number;
  questionsHandedInAt: string | null;
  cases: ReadonlyArray<{ caseId: string; title: string; order: number; handedInAt: string | null }>;
}

/** The parts of an attempt in the order the candidate meets them: the questions, then the cases by order. */
export function attemptParts(input: PartsInput): AttemptPart[] {
  const parts: AttemptPart[] = [];
  if (input.questionCount > 0) {
    const handedInAt = input.questionsHandedInAt;
    parts.push({ id: QUESTIONS_PART_ID, kind: 'questions', title: 'Questions', state: handedInAt ? 'handed_in' : 'open', handedInAt });
  }
  for (const item of [...input.cases].sort((a, b) => a.order - b.order)) {
    parts.push({ id: item.caseId, kind: 'case', title: item.title, state: item.handedInAt ? 'handed_in' : 'open', handedInAt: item.handedInAt });
  }
  return parts;
}

/** True when nothing is left to hand in: the attempt completes. */
export function everyPartHandedIn(parts: readonly AttemptPart[]): boolean {
  return parts.every((part) => part.state === 'handed_in');
}

export interface RubricCriterion {
  name: string;
  maxPoints: number;
}

export interface CaseGradeInput {
  /** Points per rubric criterion; required when the case has a rubric. */
  criteria?: { name: string; points: number }[];
  /** The case score directly; only for a case without a rubric. */
  score?: number;
}

export type CaseGradeOutcome =
  | { score: number; grades: { name: string; points: number }[] | null }
  | { problem: { field: string; message: string } };

function roundScore(value: number): number {
  return Number(value.toFixed(2));
}

/**
 * A case's score from a reviewer's grade. With a rubric every criterion gets
 * points (0 to its maximum) and the score is their share of the rubric's total,
 * scaled to the case's maximum; without one the reviewer gives the score.
 */
export function gradeCase(
  maxScore: number,
  rubric: readonly RubricCriterion[] | null,
  grade: CaseGradeInput,
  field: string,
): CaseGradeOutcome {
  if (!rubric || rubric.length === 0) {
    if (grade.criteria !== undefined) {
      return { problem: { field: `${field}.criteria`, message: 'This task has no rubric: give a score instead' } };
    }
    if (grade.score === undefined) return { problem: { field: `${field}.score`, message: 'Score is required for a task without a rubric' } };
    if (grade.score < 0 || grade.score > maxScore) {
      return { problem: { field: `${field}.score`, message: `Score must be between 0 and ${maxScore} (the task's maximum)` } };
    }
    return { score: roundScore(grade.score), grades: null };
  }
  if (grade.score !== undefined) {
    return { problem: { field: `${field}.score`, message: 'This task is graded by its rubric: give points per criterion instead' } };
  }
  if (grade.criteria === undefined) {
    return { problem: { field: `${field}.criteria`, message: 'Points per criterion are required: this task is graded by its rubric' } };
  }
  const given = new Map<string, number>();
  for (const [index, item] of grade.criteria.entries()) {
    const criterion = rubric.find((c) => c.name.toLowerCase() === item.name.trim().toLowerCase());
    if (!criterion) return { problem: { field: `${field}.criteria.${index}.name`, message: `"${item.name}" is not a criterion of this rubric` } };
    if (given.has(criterion.name)) return { problem: { field: `${field}.criteria.${index}.name`, message: `"${item.name}" is graded twice` } };
    if (item.points < 0 || item.points > criterion.maxPoints) {
      return { problem: { field: `${field}.criteria.${index}.points`, message: `Points must be between 0 and ${criterion.maxPoints}` } };
    }
    given.set(criterion.name, item.points);
  }
  const missing = rubric.filter((criterion) => !given.has(criterion.name));
  if (missing.length > 0) {
    return { problem: { field: `${field}.criteria`, message: `Every criterion needs points; missing: ${missing.map((c) => c.name).join(', ')}` } };
  }
  const total = rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const earned = rubric.reduce((sum, criterion) => sum + given.get(criterion.name)!, 0);
  return {
    score: roundScore((earned / total) * maxScore),
    grades: rubric.map((criterion) => ({ name: criterion.name, points: given.get(criterion.name)! })),
  };
}

export interface ResultMessageInput {
  scoreStatus: 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL';
  percentage: number | null;
  passingScore: number;
  hasSkills: boolean;
  attemptsLeft: number;
}

/** What the candidate is told about a completed attempt. */
export function resultMessage(input: ResultMessageInput): string {
  if (input.scoreStatus === 'PENDING') {
    return 'Your attempt was handed in. The hands-on tasks are awaiting a reviewer; you will be told the result when they are graded.';
  }
  if (input.scoreStatus !== 'FAIL') {
    return input.hasSkills
      ? 'You have successfully passed the assessment and earned the Verified skill.'
      : 'You have successfully passed the assessment.';
  }
  const left =
    input.attemptsLeft === 0
      ? 'You have no attempts left.'
      : `You have ${input.attemptsLeft} attempt${input.attemptsLeft === 1 ? '' : 's'} left.`;
  return `You scored ${input.percentage ?? 0}% and did not reach the passing score of ${input.passingScore}%. ${left}`;
}
