/**
 * Pure rules of the results views (reference 000): the opaque cursor, the
 * result status and durations, a hands-on task's state and rubric grades,
 * and how a chosen answer reads.
 */
import { parseStorableInstant } from '../../shared/timestamps.js';

export type ResultStatus = 'passed' | 'failed' | 'pending';

/** passed / failed once the score is final; pending while a case waits for a grade. */
export function resultStatusOf(session: { score_status: string; passed: number | null }): ResultStatus {
  if (session.score_status === 'PENDING' || session.passed === null) return 'pending';
  return session.passed === 1 ? 'passed' : 'failed';
}

/** Whole minutes spent: the measured duration, else completion minus start. */
export function durationMinutesOf(session: { duration_ms: number | null; started_at: string; completed_at: string | null }): number | null {
  const ms = durationMsOf(session);
  return ms === null ? null : Math.round(ms / 60_000);
}

export function durationMsOf(session: { duration_ms: number | null; started_at: string; completed_at: string | null }): number | null {
  if (session.duration_ms !== null) return Math.max(0, session.duration_ms);
  if (session.completed_at === null) return null;
  const ms = Date.parse(session.completed_at) - Date.parse(session.started_at);
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

export interface KeysetPosition {
  completedAt: string;
  id: string;
}

/** Opaque cursor: base64url of the last item's (completed_at, id). */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.completedAt, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor stands for, or null when it is not one of ours. */
export function decodeCursor(cursor: string): KeysetPosition | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [completedAt, id] = value as unknown[];
    if (typeof completedAt !== 'string' || typeof id !== 'string') return null;
    const instant = parseStorableInstant(completedAt);
    if (instant === null || !/^res_[0-9A-Za-z]{1,40}$/.test(id)) return null;
    return { completedAt: instant, id };
  } catch {
    return null;
  }
}

/** Where a hands-on task of a finished attempt stands, as the reports print it. */
export type TaskState = 'graded' | 'awaiting_grading' | 'not_handed_in';

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  graded: 'Graded',
  awaiting_grading: 'Awaiting grading',
  not_handed_in: 'Not handed in',
};

/**
 * Not handed in: the attempt closed with nothing saved for the task (it
 * scores 0, and a reviewer may still grade it). Otherwise graded once a
 * grade is stored, else awaiting grading.
 */
export function taskStateOf(task: { status: string; score: number | null; handedInAt: string | null; hasDeliverable: boolean }): TaskState {
  if (task.handedInAt === null && !task.hasDeliverable) return 'not_handed_in';
  return task.status === 'graded' && task.score !== null ? 'graded' : 'awaiting_grading';
}

export interface RubricCriterionRow {
  name: string;
  maxPoints: number;
  description: string | null;
}

export interface CriterionGrade {
  name: string;
  description: string | null;
  /** null while not graded. */
  points: number | null;
  /** null for a graded criterion the rubric no longer has. */
  maxPoints: number | null;
}

function criteriaIn(value: unknown): RubricCriterionRow[] | null {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { criteria?: unknown }).criteria : null;
  if (!Array.isArray(list)) return null;
  return list.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const { name, maxPoints, description } = item as Record<string, unknown>;
    if (typeof name !== 'string' || typeof maxPoints !== 'number') return [];
    return [{ name, maxPoints, description: typeof description === 'string' && description.trim() !== '' ? description : null }];
  });
}

/** A task is graded by its own rubric (cases.rubric) when it has one, else by its assessment's (as grading does). */
export function rubricOfTask(caseRubric: unknown, assessmentRubric: unknown): RubricCriterionRow[] {
  const own = criteriaIn(caseRubric);
  if (own && own.length > 0) return own;
  return criteriaIn(assessmentRubric) ?? [];
}

/**
 * Each criterion of the rubric with the points given, in the rubric's order;
 * criteria graded under a name the rubric no longer has come last, without a
 * maximum. Names match as grading matches them (trimmed, any case).
 */
export function criterionGradesOf(rubric: readonly RubricCriterionRow[], grades: unknown): CriterionGrade[] {
  const given = Array.isArray(grades)
    ? grades.flatMap((item) => {
        const { name, points } = (item ?? {}) as Record<string, unknown>;
        return typeof name === 'string' && typeof points === 'number' ? [{ name, points }] : [];
      })
    : [];
  const key = (name: string) => name.trim().toLowerCase();
  const rows: CriterionGrade[] = rubric.map((criterion) => ({
    name: criterion.name,
    description: criterion.description,
    points: given.find((grade) => key(grade.name) === key(criterion.name))?.points ?? null,
    maxPoints: criterion.maxPoints,
  }));
  for (const grade of given) {
    if (!rubric.some((criterion) => key(criterion.name) === key(grade.name))) {
      rows.push({ name: grade.name, description: null, points: grade.points, maxPoints: null });
    }
  }
  return rows;
}

export interface AnswerPart {
  /** The option's index for a chosen option, null for typed text. */
  option: number | null;
  text: string;
}

/**
 * A stored answer (or answer key) in parts: for a choice question, the
 * chosen options' texts (an index the question no longer has reads "option N
 * (removed)"); for a text question, the text (or each accepted text).
 */
export function answerPartsOf(question: { type: string; options: readonly string[] }, value: unknown): AnswerPart[] {
  if (value === null || value === undefined || value === '') return [];
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.map((item) => {
    if (question.type === 'text' || typeof item !== 'number') return { option: null, text: String(item) };
    const known = Number.isInteger(item) && item >= 0 && item < question.options.length;
    return { option: item, text: known ? question.options[item]! : `option ${item + 1} (removed)` };
  });
}

/** The answer as one text: the parts joined by "; ". */
export function answerTextOf(question: { type: string; options: readonly string[] }, value: unknown): string {
  return answerPartsOf(question, value)
    .map((part) => part.text)
    .join('; ');
}

/** How the reports say a result's status, its score status and its decision. */
export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  pending: 'Awaiting grading',
};

export function scoreStatusLabelOf(scoreStatus: string): string {
  const labels: Record<string, string> = {
    PASS: 'Pass',
    LOW_PASS: 'Low pass (just above the passing threshold)',
    FAIL: 'Fail',
    PENDING: 'Awaiting grading',
  };
  return labels[scoreStatus] ?? scoreStatus.toLowerCase().replace(/_/g, ' ');
}

export function decisionLabelOf(decision: string | null): string {
  if (decision === 'hired') return 'Hired';
  if (decision === 'rejected') return 'Rejected';
  return decision === null ? 'No decision yet' : decision;
}
