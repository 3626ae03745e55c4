import type { AssessmentsTable, CasesTable } from '../../db/schema.js';
import { fieldError, toCandidateQuestionObject, toQuestionObject, type StoredQuestion } from '../questions/questions-fns.js';
import type { IssueObject } from '../issues/issues-schemas.js';
import { invalidFields } from '../../errors.js';
import { formatNumber, type FieldIssue } from '../../validation-messages.js';
import { normalizeCriteria, totalPoints } from '../rubrics/rubrics-fns.js';
import type { CriterionObject } from '../rubrics/rubrics-schemas.js';
import type {
  AssessmentObject,
  AssessmentSummaryObject,
  BlueprintEntry,
  CandidateAssessmentObject,
  CaseInput,
  CaseObject,
  ResultEmailPolicy,
} from './assessments-schemas.js';

export type AssessmentRow = AssessmentsTable;
export type CaseRow = CasesTable;

export const ASSESSMENT_DEFAULTS = {
  expiresInDays: 7,
  passingScore: 60,
  lowPassBand: 10,
  maxAttempts: 1,
  lockOnPass: true,
  showResult: false,
  resultEmail: 'immediately',
  redFlagThreshold: 3,
  requireCandidateDetails: true,
} as const;

/** The UTC calendar month `now` falls in, as ISO bounds [start, end): the monthly quota window. */
export function monthWindowUtc(now: Date): { start: string; end: string } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start: start.toISOString(), end: end.toISOString() };
}

const REPO_PROTOCOLS = new Set(['http:', 'https:', 'ssh:', 'git:']);

/** A repository URL a candidate can clone: an absolute http(s), ssh or git URL with a host. */
export function isRepoUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return REPO_PROTOCOLS.has(url.protocol) && url.hostname.length > 0;
}

/** One entry per category and difficulty; throws a 400 naming the repeated entry. */
export function normalizeBlueprint(entries: readonly BlueprintEntry[]): BlueprintEntry[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const category = entry.category.trim();
    const key = `${category}\u0000${entry.difficulty}`;
    if (seen.has(key)) {
      throw fieldError(`blueprint.${index}`, `Blueprint entry ${index + 1} repeats category "${category}" with difficulty ${entry.difficulty}; merge the counts`);
    }
    seen.add(key);
    return { category, difficulty: entry.difficulty, count: entry.count };
  });
}

export interface NormalizedCase {
  title: string;
  maxScore: number;
  /** Null when none was given or it was only whitespace. */
  description: string | null;
  rubric: { criteria: CriterionObject[] } | null;
}

/** The code of a refusal because a rubric is worth more than the task it grades. */
export const RUBRIC_EXCEEDS_MAX_SCORE = 'rubric_exceeds_max_score';

/**
 * A rubric may be worth at most its task's maximum score: grading scales the
 * rubric's points to the task, so criteria worth more than the task would
 * promise the reviewer points the task cannot give. (Worth less is fine.)
 */
export function exceedsMaxScore(rubricPoints: number, maxScore: number): boolean {
  // Criteria points are decimals: 0.1 + 0.2 is not above 0.3.
  return rubricPoints - maxScore > 1e-9;
}

const points = (value: number) => `${formatNumber(value)} ${value === 1 ? 'point' : 'points'}`;

/** Trims titles, checks criteria names; throws a 400 for every case whose own rubric is worth more than the case. */
export function normalizeCases(cases: readonly CaseInput[]): NormalizedCase[] {
  const normalized = cases.map((item, index) => ({
    title: item.title.trim(),
    maxScore: item.maxScore,
    description: item.description?.trim() ? item.description.trimEnd() : null,
    rubric: item.rubric ? { criteria: normalizeCriteria(item.rubric.criteria, `cases.${index}.rubric.criteria`) } : null,
  }));
  const problems = normalized.flatMap((item, index): FieldIssue[] => {
    const total = item.rubric ? totalPoints(item.rubric.criteria) : 0;
    if (!item.rubric || !exceedsMaxScore(total, item.maxScore)) return [];
    const message = `The criteria add up to ${points(total)}, more than the task's maximum score of ${formatNumber(item.maxScore)}`;
    return [{ field: `cases.${index}.rubric`, message }];
  });
  if (problems.length > 0) throw invalidFields(problems, RUBRIC_EXCEEDS_MAX_SCORE);
  return normalized;
}

/** A case as the assessment-rubric check sees it: one being saved, or one already stored. */
export interface CaseForRubric {
  title: string;
  maxScore: number;
  hasOwnRubric: boolean;
}

/**
 * The assessment's rubric grades every case without a rubric of its own; each
 * such case worth less than the rubric is a problem. Reported beside each
 * case's maximum score when the request sets the cases, and on `rubricId`
 * when it sets the rubric (a form that sends both shows both).
 */
export function assessmentRubricProblems(
  cases: readonly CaseForRubric[],
  rubric: { name: string; totalPoints: number },
  report: { cases: boolean; rubricId: boolean },
): FieldIssue[] {
  const tooSmall = cases.flatMap((item, index) =>
    !item.hasOwnRubric && exceedsMaxScore(rubric.totalPoints, item.maxScore) ? [{ item, index }] : [],
  );
  if (tooSmall.length === 0) return [];
  const problems: FieldIssue[] = [];
  if (report.rubricId) {
    const tasks = tooSmall.map(({ item, index }) => `task ${index + 1} "${item.title}" (${points(item.maxScore)})`).join(', ');
    problems.push({
      field: 'rubricId',
      message: `The rubric "${rubric.name}" is worth ${points(rubric.totalPoints)}, more than ${tasks}; choose a smaller rubric, give the task a rubric of its own, or raise its maximum score`,
    });
  }
  if (report.cases) {
    for (const { index } of tooSmall) {
      problems.push({
        field: `cases.${index}.maxScore`,
        message: `Maximum score must be at least ${formatNumber(rubric.totalPoints)}: the assessment's rubric "${rubric.name}" grades this task and is worth ${points(rubric.totalPoints)}`,
      });
    }
  }
  return problems;
}

export function normalizeSkills(skills: readonly string[]): string[] {
  return [...new Set(skills.map((skill) => skill.trim()))];
}

export function parseBlueprint(row: Pick<AssessmentRow, 'blueprint'>): BlueprintEntry[] | null {
  return row.blueprint === null ? null : (JSON.parse(row.blueprint) as BlueprintEntry[]);
}

/** How many questions a candidate of this assessment answers. */
export function questionCountOf(row: Pick<AssessmentRow, 'blueprint'>, fixedQuestionCount: number): number {
  const blueprint = parseBlueprint(row);
  return blueprint ? blueprint.reduce((sum, entry) => sum + entry.count, 0) : fixedQuestionCount;
}

export function toCaseObject(row: CaseRow): CaseObject {
  return {
    id: row.id,
    title: row.title,
    order: row.position,
    maxScore: row.max_score,
    description: row.description,
    rubric: row.rubric === null ? null : (JSON.parse(row.rubric) as { criteria: CriterionObject[] }),
  };
}

export function toAssessmentSummary(
  row: AssessmentRow,
  issue: IssueObject | null,
  counts: { questions: number; cases: number },
): AssessmentSummaryObject {
  return {
    id: row.id,
    title: row.title,
    role: row.role,
    taskBrief: row.task_brief,
    repoUrl: row.repo_url,
    issueId: row.issue_id,
    issue,
    timeLimitMinutes: row.time_limit_minutes,
    expiresInDays: row.expires_in_days,
    createdAt: row.created_at,
    slug: row.slug,
    rubricId: row.rubric_id,
    passingScore: row.passing_score,
    lowPassBand: row.low_pass_band,
    maxAttempts: row.max_attempts,
    lockOnPass: row.lock_on_pass === 1,
    showResult: row.show_result === 1,
    resultEmail: row.result_email as ResultEmailPolicy,
    redFlagThreshold: row.red_flag_threshold,
    requireCandidateDetails: row.require_candidate_details === 1,
    skills: JSON.parse(row.skills) as string[],
    blueprint: parseBlueprint(row),
    questionCount: questionCountOf(row, counts.questions),
    caseCount: counts.cases,
    updatedAt: row.updated_at,
  };
}

export function toAssessmentObject(
  row: AssessmentRow,
  issue: IssueObject | null,
  questions: readonly StoredQuestion[],
  cases: readonly CaseRow[],
): AssessmentObject {
  return {
    ...toAssessmentSummary(row, issue, { questions: questions.length, cases: cases.length }),
    questions: questions.map(toQuestionObject),
    cases: cases.map(toCaseObject),
  };
}

/** The candidate's view: picks what a candidate may see; answer keys and rubrics never enter it. */
export function toCandidateAssessment(
  row: AssessmentRow,
  issue: IssueObject | null,
  questions: readonly StoredQuestion[],
  cases: readonly CaseRow[],
): CandidateAssessmentObject {
  const blueprint = parseBlueprint(row);
  return {
    id: row.id,
    title: row.title,
    role: row.role,
    taskBrief: row.task_brief,
    repoUrl: row.repo_url,
    issueId: row.issue_id,
    issue,
    timeLimitMinutes: row.time_limit_minutes,
    expiresInDays: row.expires_in_days,
    createdAt: row.created_at,
    slug: row.slug,
    passingScore: row.passing_score,
    maxAttempts: row.max_attempts,
    skills: JSON.parse(row.skills) as string[],
    questionCount: questionCountOf(row, questions.length),
    questions: blueprint ? [] : questions.map(toCandidateQuestionObject),
    cases: cases.map((item) => ({ id: item.id, title: item.title, order: item.position, maxScore: item.max_score, description: item.description })),
  };
}

/** Fields the audit trail does not compare: ids and times that change with every edit, and what other fields already say. */
const NOT_AUDITED = new Set(['id', 'createdAt', 'updatedAt', 'issue', 'questionCount', 'caseCount', 'questions', 'cases']);

/**
 * An assessment as the audit trail compares it before and after an edit: its
 * settings by name, and each question and case by its position
 * (`questions[2]`, `cases[1]`), without their ids (a content edit replaces
 * them all), so that a diff shows only the questions and cases that changed.
 * Reviewers see the answer keys, and so does the trail: who changed a key is
 * what an audit must be able to tell.
 */
export function assessmentAuditView(assessment: AssessmentObject): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(assessment)) if (!NOT_AUDITED.has(field)) view[field] = value;
  assessment.questions.forEach((question, index) => {
    view[`questions[${index + 1}]`] = {
      text: question.text,
      type: question.type,
      options: question.options,
      answer: question.answer,
      category: question.category,
      difficulty: question.difficulty,
      points: question.points,
      pinnedOptions: question.pinnedOptions,
    };
  });
  assessment.cases.forEach((item, index) => {
    view[`cases[${index + 1}]`] = { title: item.title, maxScore: item.maxScore, rubric: item.rubric };
  });
  return view;
}
