import type { AssessmentsTable, CasesTable } from '../../db/schema.js';
import { fieldError, toCandidateQuestionObject, toQuestionObject, type StoredQuestion } from '../questions/questions-fns.js';
import type { IssueObject } from '../issues/issues-schemas.js';
import { normalizeCriteria } from '../rubrics/rubrics-fns.js';
import type { CriterionObject } from '../rubrics/rubrics-schemas.js';
import type {
  AssessmentObject,
  AssessmentSummaryObject,
  BlueprintEntry,
  CandidateAssessmentObject,
  CaseInput,
  CaseObject,
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
      throw fieldError(`blueprint.${index}`, `repeats category "${category}" with difficulty ${entry.difficulty}; merge the counts`);
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

export function normalizeCases(cases: readonly CaseInput[]): NormalizedCase[] {
  return cases.map((item, index) => ({
    title: item.title.trim(),
    maxScore: item.maxScore,
    description: item.description?.trim() ? item.description.trimEnd() : null,
    rubric: item.rubric ? { criteria: normalizeCriteria(item.rubric.criteria, `cases.${index}.rubric.criteria`) } : null,
  }));
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
