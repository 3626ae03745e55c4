import type { Executor } from '../../db/database.js';
import type { RubricsTable } from '../../db/schema.js';

export type RubricRow = RubricsTable;

export async function insertRubric(db: Executor, row: RubricRow): Promise<void> {
  await db.insertInto('rubrics').values(row).execute();
}

export function listRubrics(db: Executor, orgId: string): Promise<RubricRow[]> {
  return db
    .selectFrom('rubrics')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findRubric(db: Executor, orgId: string, id: string): Promise<RubricRow | undefined> {
  return db
    .selectFrom('rubrics')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
