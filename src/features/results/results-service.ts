import type { Db } from '../../db/database.js';
import { ValidationError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { parseStorableInstant } from '../../shared/timestamps.js';
import { recordAudit, resultTitleOf, type AuditContext } from '../audit/audit-service.js';
import { resultCountsOf, scorePercentiles } from '../cohort/cohort-read.js';
import { decodeCursor, durationMinutesOf, encodeCursor, resultStatusOf } from './results-fns.js';
import { loadResultReport, type ResultReport } from './results-report.js';
import type { ResultsQuery } from './results-schemas.js';
import { liveAssessmentExists } from '../assessments/assessments-catalog.js';
import { countResultRows, listResultRows, type ResultFilters, type ResultListRow } from './results-store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

function toItem(row: ResultListRow, percentile: number | null) {
  return {
    id: row.id,
    candidate_id: row.candidate_id,
    exam_id: row.assessment_id,
    score: row.percentage,
    percentile,
    status: resultStatusOf(row),
    completed_at: row.completed_at!,
    duration_minutes: durationMinutesOf(row),
    revoked: row.status === 'revoked',
    decision: decisionOf(row.decision),
    red_flag: row.red_flag === 1,
  };
}

function decisionOf(value: string | null): 'hired' | 'rejected' | null {
  return value === 'hired' || value === 'rejected' ? value : null;
}

export function toResultDetail(report: ResultReport) {
  return {
    id: report.id,
    candidate_id: report.candidate.id,
    exam_id: report.assessment.id,
    score: report.percentage,
    percentile: report.percentile,
    status: report.status,
    completed_at: report.completedAt,
    duration_minutes: report.durationMinutes,
    revoked: report.sessionStatus === 'revoked',
    decision: decisionOf(report.decision),
    red_flag: report.integrity.redFlag,
    breakdown: {
      by_category: report.breakdown.byCategory.map(({ category, score, correct, total }) => ({ category, score, correct, total })),
      by_difficulty: report.breakdown.byDifficulty.map(({ difficulty, score, correct, total }) => ({ difficulty, score, correct, total })),
    },
    strengths: report.breakdown.strengths,
    weaknesses: report.breakdown.weaknesses,
  };
}

/** The result as the audit trail names it (from the report already loaded: no extra query). */
function titleOf(report: ResultReport): string {
  return resultTitleOf(report.candidate, report.assessment.title);
}

function filtersOf(query: ResultsQuery): ResultFilters {
  const filters: ResultFilters = {};
  if (query.exam_id !== undefined) filters.examId = query.exam_id;
  if (query.candidate_id !== undefined) filters.candidateId = query.candidate_id;
  if (query.min_score !== undefined) filters.minScore = query.min_score;
  if (query.decision !== undefined) filters.decision = query.decision;
  if (query.red_flag !== undefined) filters.redFlag = query.red_flag;
  if (query.completed_after !== undefined) {
    const instant = parseStorableInstant(query.completed_after);
    if (!instant) {
      throw new ValidationError('querystring: completed_after must be an ISO 8601 date or date-time', [
        { field: 'completed_after', message: 'must be an ISO 8601 date or date-time' },
      ]);
    }
    filters.completedAfter = instant;
  }
  return filters;
}

export function createResultsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /**
   * The number of results matching the filters. With only an exam filter it
   * is the exam's maintained `results` counter (no count over the cohort).
   */
  async function totalOf(orgId: string, filters: ResultFilters): Promise<number> {
    const keys = Object.keys(filters);
    if (keys.length === 1 && filters.examId !== undefined) {
      if (!(await liveAssessmentExists(db, orgId, filters.examId))) return 0;
      return (await resultCountsOf(db, [filters.examId])).get(filters.examId) ?? 0;
    }
    return countResultRows(db, orgId, filters);
  }

  return {
    async list(context: AuditContext, query: ResultsQuery) {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      if (query.cursor !== undefined && after === null) {
        throw new ValidationError('querystring: cursor is not a cursor from this endpoint', [{ field: 'cursor', message: 'is invalid' }], 'invalid_cursor');
      }
      const filters = filtersOf(query);
      const rows = await listResultRows(db, context.orgId, filters, after, limit + 1);
      const page = rows.slice(0, limit);
      const [percentiles, total] = await Promise.all([scorePercentiles(db, page), totalOf(context.orgId, filters)]);
      const last = page[page.length - 1];
      const hasMore = rows.length > limit;
      await recordAudit(db, clock, context, {
        action: 'result.list',
        resourceType: 'result',
        details: { filters: { ...query, cursor: undefined, limit }, resultIds: page.map((row) => row.id) },
      });
      return {
        data: page.map((row) => toItem(row, percentiles.get(row.id) ?? null)),
        pagination: {
          total,
          limit,
          has_more: hasMore,
          next_cursor: hasMore && last ? encodeCursor({ completedAt: last.completed_at!, id: last.id }) : null,
        },
      };
    },

    async get(context: AuditContext, id: string) {
      const report = await loadResultReport(db, context.orgId, id, { answers: false });
      await recordAudit(db, clock, context, { action: 'result.read', resourceType: 'result', resourceId: id, resourceTitle: titleOf(report) });
      return toResultDetail(report);
    },

    async answers(context: AuditContext, id: string) {
      const report = await loadResultReport(db, context.orgId, id, { answers: true });
      await recordAudit(db, clock, context, { action: 'result.answers.read', resourceType: 'result', resourceId: id, resourceTitle: titleOf(report) });
      return {
        result_id: id,
        data: (report.answers ?? []).map((answer) => ({
          number: answer.number,
          question_id: answer.questionId,
          question: answer.question,
          type: answer.type,
          options: answer.options,
          category: answer.category,
          difficulty: answer.difficulty,
          selected: answer.selected as never,
          correct_answer: answer.correctAnswer as never,
          is_correct: answer.isCorrect,
          points: answer.points,
          max_points: answer.maxPoints,
          time_spent_seconds: answer.timeSpentSeconds,
        })),
      };
    },

    /** The report to export; the audit entry says in which format and whether with answers. */
    async exportReport(context: AuditContext, id: string, options: { format: 'pdf' | 'csv'; includeAnswers: boolean }): Promise<ResultReport> {
      const report = await loadResultReport(db, context.orgId, id, { answers: options.includeAnswers });
      await recordAudit(db, clock, context, {
        action: 'result.export',
        resourceType: 'result',
        resourceId: id,
        resourceTitle: titleOf(report),
        details: { format: options.format, includeAnswers: options.includeAnswers },
      });
      return report;
    },

    /** The HTML report page (detailed_report_url of reference 001). */
    async reportPage(context: AuditContext, id: string): Promise<ResultReport> {
      const report = await loadResultReport(db, context.orgId, id, { answers: true });
      await recordAudit(db, clock, context, { action: 'result.report.view', resourceType: 'result', resourceId: id, resourceTitle: titleOf(report) });
      return report;
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
