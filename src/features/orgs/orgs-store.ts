import type { Executor } from '../../db/database.js';
import type { OrganizationsTable } from '../../db/schema.js';

export type OrganizationRow = OrganizationsTable;

export async function insertOrganization(db: Executor, row: OrganizationRow): Promise<void> {
  await db.insertInto('organizations').values(row).execute();
}

export function findOrganization(db: Executor, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function slugsStartingWith(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('organizations').select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((row) => row.slug));
}

export async function updateOrganization(
  db: Executor,
  id: string,
  changes: Partial<Omit<OrganizationRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('organizations').set(changes).where('id', '=', id).execute();
}
