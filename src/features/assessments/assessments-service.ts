import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { ConflictError, NotFoundError, QuotaExceededError, invalidFields } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { firstFreeSlug, slugify } from '../../shared/slug.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import type { Principal } from '../auth/auth-principal.js';
import type { IssueObject } from '../issues/issues-schemas.js';
import { findIssueObject, findIssueObjects } from '../issues/issues-service.js';
import { assertSubscriptionActive, getOrganization } from '../orgs/orgs-service.js';
import { countBankQuestionsFor } from '../question-bank/question-bank-service.js';
import { fieldError, normalizeQuestions, type NormalizedQuestion } from '../questions/questions-fns.js';
import { countQuestionsOfAssessments, questionsOfAssessment, replaceAssessmentQuestions } from '../questions/questions-service.js';
import { findRubricSummary } from '../rubrics/rubrics-service.js';
import { revokeKeysOfAssessment } from '../invitations/invitations-lifecycle.js';
import {
  caseRows,
  countAssessmentCases,
  insertCaseRows,
  listAssessmentCases,
  softDeleteAssessmentCases,
} from './assessment-cases-store.js';
import {
  ASSESSMENT_DEFAULTS,
  RUBRIC_EXCEEDS_MAX_SCORE,
  assessmentAuditView,
  assessmentRubricProblems,
  isRepoUrl,
  monthWindowUtc,
  normalizeBlueprint,
  normalizeCases,
  normalizeSkills,
  toAssessmentObject,
  toAssessmentSummary,
  toCandidateAssessment,
  type AssessmentRow,
  type CaseForRubric,
  type CaseRow,
  type NormalizedCase,
} from './assessments-fns.js';
import type {
  AssessmentObject,
  AssessmentSummaryObject,
  BlueprintEntry,
  CandidateAssessmentObject,
  CreateAssessmentBody,
  UpdateAssessmentBody,
} from './assessments-schemas.js';
import {
  assessmentHasSessions,
  assessmentSlugsStartingWith,
  countAssessmentsCreated,
  findAssessment,
  insertAssessment,
  listAssessments,
  lockOrganization,
  softDeleteAssessment,
  touchAssessment,
  updateAssessment,
} from './assessments-store.js';

const BRIEF_REQUIRED = 'Brief is required unless you link an issue (issueId)';

/** The content parts of a body that can be checked without the database. */
interface NormalizedContent {
  questions?: NormalizedQuestion[];
  blueprint?: BlueprintEntry[] | null;
  cases?: NormalizedCase[];
  skills?: string[];
}

function normalizeContent(body: UpdateAssessmentBody): NormalizedContent {
  if (body.repoUrl != null && !isRepoUrl(body.repoUrl)) {
    throw fieldError('repoUrl', 'Repository URL must be an http(s), ssh or git URL with a host, like https://github.com/acme/api');
  }
  const content: NormalizedContent = {};
  if (body.questions !== undefined) content.questions = normalizeQuestions(body.questions ?? []);
  if (body.blueprint !== undefined) content.blueprint = body.blueprint === null ? null : normalizeBlueprint(body.blueprint);
  if (body.cases !== undefined) content.cases = normalizeCases(body.cases ?? []);
  if (body.skills !== undefined) content.skills = normalizeSkills(body.skills ?? []);
  if ((content.questions?.length ?? 0) > 0 && content.blueprint) {
    throw fieldError('blueprint', 'An assessment has either a fixed question list or a blueprint, not both');
  }
  return content;
}

/** 400 unless the question bank holds enough current questions for every blueprint entry. */
async function assertBankCanServe(trx: Executor, orgId: string, blueprint: readonly BlueprintEntry[]): Promise<void> {
  const available = await countBankQuestionsFor(trx, orgId, blueprint);
  blueprint.forEach((entry, index) => {
    const have = available[index] ?? 0;
    if (have < entry.count) {
      const message = `The question bank has ${have} ${entry.difficulty} question(s) in "${entry.category}"; ${entry.count} requested`;
      throw fieldError(`blueprint.${index}.count`, message, 'insufficient_bank_questions');
    }
  });
}

async function requireIssue(trx: Executor, orgId: string, issueId: string): Promise<IssueObject> {
  const issue = await findIssueObject(trx, orgId, issueId);
  if (!issue) throw fieldError('issueId', `There is no issue "${issueId}" (see GET /v1/issues)`);
  return issue;
}

async function requireRubric(trx: Executor, orgId: string, rubricId: string): Promise<{ name: string; totalPoints: number }> {
  const rubric = await findRubricSummary(trx, orgId, rubricId);
  if (!rubric) throw fieldError('rubricId', `There is no rubric "${rubricId}" (see GET /v1/rubrics)`);
  return rubric;
}

/** 400 when the assessment's rubric is worth more than a case it grades (see assessmentRubricProblems). */
function assertRubricFitsCases(cases: readonly CaseForRubric[], rubric: { name: string; totalPoints: number }, report: { cases: boolean; rubricId: boolean }): void {
  const problems = assessmentRubricProblems(cases, rubric, report);
  if (problems.length > 0) throw invalidFields(problems, RUBRIC_EXCEEDS_MAX_SCORE);
}

const savedCaseForRubric = (item: NormalizedCase): CaseForRubric => ({ title: item.title, maxScore: item.maxScore, hasOwnRubric: item.rubric !== null });
const storedCaseForRubric = (row: CaseRow): CaseForRubric => ({ title: row.title, maxScore: row.max_score, hasOwnRubric: row.rubric !== null });

function slugTaken(slug: string): ConflictError {
  const message = `Another assessment already uses the slug "${slug}"`;
  return new ConflictError(message, 'slug_taken', [{ field: 'slug', message }]);
}

async function replaceCases(trx: Executor, orgId: string, assessmentId: string, cases: NormalizedCase[], now: string) {
  await softDeleteAssessmentCases(trx, orgId, assessmentId, now);
  await insertCaseRows(trx, caseRows(cases, { orgId, assessmentId, now }));
}

async function loadAssessmentObject(db: Executor, orgId: string, row: AssessmentRow): Promise<AssessmentObject> {
  const issue = row.issue_id ? await findIssueObject(db, orgId, row.issue_id) : undefined;
  const questions = await questionsOfAssessment(db, orgId, row.id);
  const cases = await listAssessmentCases(db, orgId, row.id);
  return toAssessmentObject(row, issue ?? null, questions, cases);
}

/** Unique-violation of the per-org slug index → 409 (a concurrent request took the slug). */
async function withSlugConflict<T>(slug: () => string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug());
    throw error;
  }
}

export function createAssessmentsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async create(context: AuditContext, body: CreateAssessmentBody): Promise<AssessmentObject> {
      const { orgId } = context;
      const content = normalizeContent(body);
      if (!body.taskBrief && !body.issueId) throw fieldError('taskBrief', BRIEF_REQUIRED);
      let slug = body.slug ?? '';
      return withSlugConflict(
        () => slug,
        () =>
          inTransaction(db, async (trx) => {
            await lockOrganization(trx, orgId);
            const org = await getOrganization(trx, orgId);
            const now = clock.now();
            assertSubscriptionActive(org, now);
            if (org.monthly_assessment_quota !== null) {
              const window = monthWindowUtc(now);
              const used = await countAssessmentsCreated(trx, orgId, window.start, window.end);
              if (used >= org.monthly_assessment_quota) throw new QuotaExceededError(used, org.monthly_assessment_quota);
            }
            const issue = body.issueId ? await requireIssue(trx, orgId, body.issueId) : null;
            if (body.rubricId) {
              const rubric = await requireRubric(trx, orgId, body.rubricId);
              assertRubricFitsCases((content.cases ?? []).map(savedCaseForRubric), rubric, { cases: body.cases != null, rubricId: true });
            }
            if (content.blueprint) await assertBankCanServe(trx, orgId, content.blueprint);
            if (body.slug) {
              if ((await assessmentSlugsStartingWith(trx, orgId, body.slug)).has(body.slug)) throw slugTaken(body.slug);
            } else {
              const base = slugify(body.title);
              slug = firstFreeSlug(base, await assessmentSlugsStartingWith(trx, orgId, base));
            }
            const at = now.toISOString();
            const row: AssessmentRow = {
              id: newId('asmt'),
              org_id: orgId,
              slug,
              title: body.title,
              role: body.role,
              task_brief: body.taskBrief || issue?.brief || null,
              repo_url: body.repoUrl ?? null,
              issue_id: issue?.id ?? null,
              time_limit_minutes: body.timeLimitMinutes ?? null,
              expires_in_days: body.expiresInDays ?? ASSESSMENT_DEFAULTS.expiresInDays,
              rubric_id: body.rubricId ?? null,
              passing_score: body.passingScore ?? ASSESSMENT_DEFAULTS.passingScore,
              low_pass_band: body.lowPassBand ?? ASSESSMENT_DEFAULTS.lowPassBand,
              max_attempts: body.maxAttempts ?? ASSESSMENT_DEFAULTS.maxAttempts,
              lock_on_pass: (body.lockOnPass ?? ASSESSMENT_DEFAULTS.lockOnPass) ? 1 : 0,
              show_result: (body.showResult ?? ASSESSMENT_DEFAULTS.showResult) ? 1 : 0,
              result_email: body.resultEmail ?? ASSESSMENT_DEFAULTS.resultEmail,
              red_flag_threshold: body.redFlagThreshold ?? ASSESSMENT_DEFAULTS.redFlagThreshold,
              require_candidate_details: (body.requireCandidateDetails ?? ASSESSMENT_DEFAULTS.requireCandidateDetails) ? 1 : 0,
              skills: JSON.stringify(content.skills ?? []),
              blueprint: content.blueprint ? JSON.stringify(content.blueprint) : null,
              created_at: at,
              updated_at: at,
              deleted_at: null,
            };
            await insertAssessment(trx, row);
            await replaceAssessmentQuestions(trx, { orgId, assessmentId: row.id, now: at }, content.questions ?? []);
            await replaceCases(trx, orgId, row.id, content.cases ?? [], at);
            const created = await loadAssessmentObject(trx, orgId, row);
            await recordAudit(trx, clock, context, {
              action: 'assessment.create',
              resourceType: 'assessment',
              resourceId: created.id,
              resourceTitle: created.title,
              details: { slug: created.slug, questions: created.questions.length, cases: created.cases.length, blueprint: created.blueprint !== null },
            });
            return created;
          }),
      );
    },

    /** Current assessments, oldest first, each with its linked issue. */
    async list(orgId: string): Promise<AssessmentSummaryObject[]> {
      const rows = await listAssessments(db, orgId);
      const ids = rows.map((row) => row.id);
      const issueIds = [...new Set(rows.flatMap((row) => (row.issue_id ? [row.issue_id] : [])))];
      const [issues, questionCounts, caseCounts] = await Promise.all([
        findIssueObjects(db, orgId, issueIds),
        countQuestionsOfAssessments(db, orgId, ids),
        countAssessmentCases(db, orgId, ids),
      ]);
      return rows.map((row) => {
        const issue = row.issue_id ? issues.get(row.issue_id) : undefined;
        return toAssessmentSummary(row, issue ?? null, {
          questions: questionCounts.get(row.id) ?? 0,
          cases: caseCounts.get(row.id) ?? 0,
        });
      });
    },

    /**
     * Reviewers get the full assessment; a candidate only their own, as the
     * candidate view (anything else is 404, like a foreign id).
     */
    async get(principal: Principal, id: string): Promise<AssessmentObject | CandidateAssessmentObject> {
      if (principal.kind === 'operator') throw new NotFoundError('Assessment');
      const orgId = principal.orgId;
      if (principal.kind === 'candidate' && principal.assessmentId !== id) throw new NotFoundError('Assessment');
      const row = await findAssessment(db, orgId, id);
      if (!row) throw new NotFoundError('Assessment');
      if (principal.kind !== 'candidate') return loadAssessmentObject(db, orgId, row);
      const issue = row.issue_id ? await findIssueObject(db, orgId, row.issue_id) : undefined;
      const questions = await questionsOfAssessment(db, orgId, row.id);
      const cases = await listAssessmentCases(db, orgId, row.id);
      return toCandidateAssessment(row, issue ?? null, questions, cases);
    },

    /** PATCH: absent = unchanged, null = cleared. Content is frozen once a session exists. */
    async update(context: AuditContext, id: string, body: UpdateAssessmentBody): Promise<AssessmentObject> {
      const { orgId } = context;
      const content = normalizeContent(body);
      return withSlugConflict(
        () => body.slug ?? '',
        () =>
          inTransaction(db, async (trx) => {
            const now = clock.now().toISOString();
            // The update takes the row lock first, so concurrent PATCHes of one assessment run one after the other.
            if (!(await touchAssessment(trx, orgId, id, now))) throw new NotFoundError('Assessment');
            const row = (await findAssessment(trx, orgId, id))!;
            const before = await loadAssessmentObject(trx, orgId, row);

            const changesContent = body.questions !== undefined || body.blueprint !== undefined || body.cases !== undefined;
            if (changesContent && (await assessmentHasSessions(trx, orgId, id))) {
              throw new ConflictError(
                'Candidates have already taken this assessment; its questions, blueprint and cases can no longer change. Create a new assessment instead.',
                'assessment_in_use',
              );
            }

            const changes: Partial<AssessmentRow> = { updated_at: now };
            if (body.title !== undefined) changes.title = body.title;
            if (body.role !== undefined) changes.role = body.role;
            if (body.repoUrl !== undefined) changes.repo_url = body.repoUrl;
            if (body.timeLimitMinutes !== undefined) changes.time_limit_minutes = body.timeLimitMinutes;
            if (body.expiresInDays !== undefined) changes.expires_in_days = body.expiresInDays;
            if (body.passingScore !== undefined) changes.passing_score = body.passingScore;
            if (body.lowPassBand !== undefined) changes.low_pass_band = body.lowPassBand;
            if (body.maxAttempts !== undefined) changes.max_attempts = body.maxAttempts;
            if (body.lockOnPass !== undefined) changes.lock_on_pass = body.lockOnPass ? 1 : 0;
            if (body.showResult !== undefined) changes.show_result = body.showResult ? 1 : 0;
            if (body.resultEmail !== undefined) changes.result_email = body.resultEmail;
            if (body.redFlagThreshold !== undefined) changes.red_flag_threshold = body.redFlagThreshold;
            if (body.requireCandidateDetails !== undefined) changes.require_candidate_details = body.requireCandidateDetails ? 1 : 0;
            if (content.skills !== undefined) changes.skills = JSON.stringify(content.skills);

            if (body.rubricId !== undefined) changes.rubric_id = body.rubricId;
            // A new rubric or new cases: the rubric must fit every case it grades.
            const rubricId = body.rubricId !== undefined ? body.rubricId : row.rubric_id;
            if (rubricId !== null && (body.rubricId !== undefined || content.cases !== undefined)) {
              const rubric = body.rubricId ? await requireRubric(trx, orgId, body.rubricId) : await findRubricSummary(trx, orgId, rubricId);
              const cases = content.cases ? content.cases.map(savedCaseForRubric) : (await listAssessmentCases(trx, orgId, id)).map(storedCaseForRubric);
              if (rubric) assertRubricFitsCases(cases, rubric, { cases: content.cases !== undefined, rubricId: body.rubricId != null });
            }

            // The brief follows the issue: a new issue refills a brief that was the old issue's (or none),
            // and a cleared brief falls back to the linked issue's.
            const oldIssue = row.issue_id ? await findIssueObject(trx, orgId, row.issue_id) : undefined;
            let issue = oldIssue;
            if (body.issueId !== undefined) {
              issue = body.issueId === null ? undefined : await requireIssue(trx, orgId, body.issueId);
              changes.issue_id = issue?.id ?? null;
            }
            let taskBrief = row.task_brief;
            if (body.taskBrief !== undefined) {
              taskBrief = body.taskBrief;
            } else if (issue && issue.id !== oldIssue?.id && (taskBrief === null || taskBrief === oldIssue?.brief)) {
              taskBrief = issue.brief;
            }
            if (!taskBrief && issue) taskBrief = issue.brief;
            if (!taskBrief) throw fieldError('taskBrief', BRIEF_REQUIRED);
            changes.task_brief = taskBrief;

            const hasFixedQuestions =
              content.questions !== undefined
                ? content.questions.length > 0
                : ((await countQuestionsOfAssessments(trx, orgId, [id])).get(id) ?? 0) > 0;
            const blueprint = content.blueprint !== undefined ? content.blueprint : row.blueprint;
            if (hasFixedQuestions && blueprint) {
              throw fieldError(
                content.blueprint ? 'blueprint' : 'questions',
                'An assessment has either a fixed question list or a blueprint, not both (clear the other with null)',
              );
            }
            if (content.blueprint !== undefined) {
              if (content.blueprint) await assertBankCanServe(trx, orgId, content.blueprint);
              changes.blueprint = content.blueprint ? JSON.stringify(content.blueprint) : null;
            }

            if (body.slug !== undefined && body.slug !== row.slug) {
              if ((await assessmentSlugsStartingWith(trx, orgId, body.slug)).has(body.slug)) throw slugTaken(body.slug);
              changes.slug = body.slug;
            }

            await updateAssessment(trx, orgId, id, changes);
            if (content.questions !== undefined) await replaceAssessmentQuestions(trx, { orgId, assessmentId: id, now }, content.questions);
            if (content.cases !== undefined) await replaceCases(trx, orgId, id, content.cases, now);
            const updated = await loadAssessmentObject(trx, orgId, (await findAssessment(trx, orgId, id))!);
            await recordAudit(trx, clock, context, {
              action: 'assessment.update',
              resourceType: 'assessment',
              resourceId: id,
              resourceTitle: updated.title,
              changes: diffFields(assessmentAuditView(before), assessmentAuditView(updated)),
            });
            return updated;
          }),
      );
    },

    /** Soft-deletes the assessment and revokes all of its keys. */
    async remove(context: AuditContext, id: string): Promise<void> {
      const { orgId } = context;
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        const row = await findAssessment(trx, orgId, id);
        if (!row || !(await softDeleteAssessment(trx, orgId, id, at))) throw new NotFoundError('Assessment');
        const keysRevoked = await revokeKeysOfAssessment(trx, orgId, id, at);
        await recordAudit(trx, clock, context, {
          action: 'assessment.delete',
          resourceType: 'assessment',
          resourceId: id,
          resourceTitle: row.title,
          details: { slug: row.slug, keysRevoked },
        });
      });
    },
  };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
