import type { Executor } from '../../db/database.js';
import type { OssIssuesTable } from '../../db/schema.js';

export type IssueRow = OssIssuesTable;

export function listIssues(db: Executor, orgId: string): Promise<IssueRow[]> {
  return db.selectFrom('oss_issues').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
}

export function findIssue(db: Executor, orgId: string, id: string): Promise<IssueRow | undefined> {
  return db.selectFrom('oss_issues').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The given issues of one organization, by id (unknown and foreign ids are simply absent). */
export async function findIssuesByIds(db: Executor, orgId: string, ids: readonly string[]): Promise<Map<string, IssueRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('oss_issues').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}
