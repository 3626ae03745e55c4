import type { Executor } from '../../db/database.js';
import type { AssessmentRow } from './assessments-fns.js';

/** SQL for assessment rows. "Current" means not soft-deleted. */

export async function insertAssessment(db: Executor, row: AssessmentRow): Promise<void> {
  await db.insertInto('assessments').values(row).execute();
}

/** A current assessment of the organization (what every reviewer and candidate read goes through). */
export function findAssessment(db: Executor, orgId: string, id: string): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listAssessments(db: Executor, orgId: string): Promise<AssessmentRow[]> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Slugs of current assessments starting with `base` (slugs hold no LIKE wildcards). */
export async function assessmentSlugsStartingWith(db: Executor, orgId: string, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('assessments')
    .select('slug')
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .where('slug', 'like', `${base}%`)
    .execute();
  return new Set(rows.map((row) => row.slug));
}

/** Assessments created in [start, end), deleted ones included: deleting does not give quota back. */
export async function countAssessmentsCreated(db: Executor, orgId: string, start: string, end: string): Promise<number> {
  const row = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('org_id', '=', orgId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Takes the organization's row lock until the transaction ends (a no-op
 * update: PostgreSQL locks the row, SQLite the database), so that two
 * concurrent creates cannot both take the last unit of quota.
 */
export async function lockOrganization(db: Executor, orgId: string): Promise<void> {
  await db
    .updateTable('organizations')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', orgId)
    .execute();
}

export async function updateAssessment(
  db: Executor,
  orgId: string,
  id: string,
  changes: Partial<Omit<AssessmentRow, 'id' | 'org_id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('assessments').set(changes).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Soft-deletes a current assessment; false when there is none with that id in the org. */
export async function softDeleteAssessment(db: Executor, orgId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('assessments')
    .set({ deleted_at: at, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether any candidate has started a session of the assessment (its content is then frozen). */
export async function assessmentHasSessions(db: Executor, orgId: string, assessmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Sets updated_at of a current assessment, taking its row lock; false when there is none. */
export async function touchAssessment(db: Executor, orgId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('assessments')
    .set({ updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
