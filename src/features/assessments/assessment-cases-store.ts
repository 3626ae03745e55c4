import type { Executor } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { CaseRow, NormalizedCase } from './assessments-fns.js';

/** SQL for an assessment's cases (hands-on tasks). Replaced cases are soft-deleted: case results point at them. */

export function caseRows(cases: readonly NormalizedCase[], target: { orgId: string; assessmentId: string; now: string }): CaseRow[] {
  return cases.map((item, index) => ({
    id: newId('case'),
    org_id: target.orgId,
    assessment_id: target.assessmentId,
    position: index + 1,
    title: item.title,
    max_score: item.maxScore,
    description: item.description,
    rubric: item.rubric ? JSON.stringify(item.rubric) : null,
    created_at: target.now,
    deleted_at: null,
  }));
}

export async function insertCaseRows(db: Executor, rows: readonly CaseRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('cases').values([...rows]).execute();
}

/** An assessment's current cases, in order. */
export function listAssessmentCases(db: Executor, orgId: string, assessmentId: string): Promise<CaseRow[]> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

export async function countAssessmentCases(db: Executor, orgId: string, assessmentIds: readonly string[]): Promise<Map<string, number>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['assessment_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('org_id', '=', orgId)
    .where('assessment_id', 'in', assessmentIds)
    .where('deleted_at', 'is', null)
    .groupBy('assessment_id')
    .execute();
  return new Map(rows.map((row) => [row.assessment_id, Number(row.count)]));
}

export async function softDeleteAssessmentCases(db: Executor, orgId: string, assessmentId: string, at: string): Promise<void> {
  await db
    .updateTable('cases')
    .set({ deleted_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    .execute();
}
