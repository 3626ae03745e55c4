import { stringify, type Stringifier } from 'csv-stringify';
import { answerTextOf } from './results-fns.js';
import type { ResultReport } from './results-report.js';

/**
 * The CSV export of one result, streamed. Without answers: a header and one
 * row for the result. With answers: one row per question, the result's
 * columns repeated on each, so the file loads into a spreadsheet or a
 * dataframe as one tidy table. Chosen options are given by their texts
 * (several joined by "; "), and each hands-on task has its grade columns.
 */

export const RESULT_COLUMNS = [
  'result_id',
  'candidate_id',
  'candidate_name',
  'candidate_email',
  'exam_id',
  'exam_title',
  'score',
  'raw_score',
  'max_score',
  'percentile',
  'status',
  'passing_score',
  'started_at',
  'completed_at',
  'duration_minutes',
  'fullscreen_violations',
  'copy_paste_violations',
  'focus_lost_count',
  'red_flag',
  'strengths',
  'weaknesses',
  'decision',
  'decided_at',
] as const;

export const ANSWER_COLUMNS = [
  'question_number',
  'question_id',
  'question',
  'category',
  'difficulty',
  'selected',
  'correct_answer',
  'is_correct',
  'points',
  'max_points',
  'time_spent_seconds',
] as const;

/** `category:<name>` columns, one per category of the breakdown, in its order. */
export function categoryColumns(report: ResultReport): string[] {
  return report.breakdown.byCategory.map((item) => `category:${item.category}`);
}

/** Per hands-on task, in order: `task_<n>_title`, `_score`, `_max_score`, `_status`, `_criteria`, `_feedback`. */
export const TASK_COLUMN_SUFFIXES = ['title', 'score', 'max_score', 'status', 'criteria', 'feedback'] as const;

export function taskColumns(report: ResultReport): string[] {
  return report.cases.flatMap((task) => TASK_COLUMN_SUFFIXES.map((suffix) => `task_${task.order}_${suffix}`));
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: names and answers come from candidates (CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return neutralizeFormula(value.join('|'));
  return neutralizeFormula(String(value));
};

function resultCells(report: ResultReport): Record<string, string> {
  const cells: Record<string, string> = {
    result_id: report.id,
    candidate_id: cell(report.candidate.id),
    candidate_name: cell(report.candidate.name),
    candidate_email: cell(report.candidate.email),
    exam_id: report.assessment.id,
    exam_title: cell(report.assessment.title),
    score: cell(report.percentage),
    raw_score: cell(report.score),
    max_score: cell(report.maxScore),
    percentile: cell(report.percentile),
    status: report.status,
    passing_score: cell(report.assessment.passingScore),
    started_at: report.startedAt,
    completed_at: report.completedAt,
    duration_minutes: cell(report.durationMinutes),
    fullscreen_violations: cell(report.integrity.fullscreenViolations),
    copy_paste_violations: cell(report.integrity.copyPasteViolations),
    focus_lost_count: cell(report.integrity.focusLostCount),
    red_flag: cell(report.integrity.redFlag),
    strengths: cell(report.breakdown.strengths.join('; ')),
    weaknesses: cell(report.breakdown.weaknesses.join('; ')),
    decision: cell(report.decision),
    decided_at: cell(report.decidedAt),
  };
  for (const item of report.breakdown.byCategory) cells[`category:${item.category}`] = cell(item.score);
  for (const task of report.cases) {
    const prefix = `task_${task.order}_`;
    cells[`${prefix}title`] = cell(task.title);
    cells[`${prefix}score`] = cell(task.score);
    cells[`${prefix}max_score`] = cell(task.maxScore);
    cells[`${prefix}status`] = task.state;
    // "Correctness 4/5; Tests 3/5": the points given per rubric criterion (— while not graded).
    cells[`${prefix}criteria`] = cell(
      task.criteria
        .map((criterion) => `${criterion.name} ${criterion.points ?? '—'}/${criterion.maxPoints ?? '—'}`)
        .join('; '),
    );
    cells[`${prefix}feedback`] = cell(task.feedback);
  }
  return cells;
}

export function resultCsvStream(report: ResultReport): Stringifier {
  const withAnswers = report.answers !== undefined;
  const columns = [...RESULT_COLUMNS, ...categoryColumns(report), ...taskColumns(report), ...(withAnswers ? ANSWER_COLUMNS : [])];
  const stringifier = stringify({ header: true, columns: columns.map((key) => ({ key, header: key })) });
  const base = resultCells(report);
  if (!withAnswers) {
    stringifier.write(base);
  } else {
    for (const answer of report.answers!) {
      stringifier.write({
        ...base,
        question_number: cell(answer.number),
        question_id: answer.questionId,
        question: cell(answer.question),
        category: cell(answer.category),
        difficulty: cell(answer.difficulty),
        selected: cell(answerTextOf(answer, answer.selected)),
        correct_answer: cell(answerTextOf(answer, answer.correctAnswer)),
        is_correct: cell(answer.isCorrect),
        points: cell(answer.points),
        max_points: cell(answer.maxPoints),
        time_spent_seconds: cell(answer.timeSpentSeconds),
      });
    }
  }
  stringifier.end();
  return stringifier;
}
