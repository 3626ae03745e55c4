import type { Db, Executor } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { IssueObject } from './issues-schemas.js';
import { findIssue, findIssuesByIds, listIssues, type IssueRow } from './issues-store.js';

export function toIssueObject(row: IssueRow): IssueObject {
  return {
    id: row.id,
    title: row.title,
    repoUrl: row.repo_url,
    issueUrl: row.issue_url,
    brief: row.brief,
    labels: JSON.parse(row.labels) as string[],
    createdAt: row.created_at,
  };
}

/**
 * An issue of the organization, as the API shows it; undefined when unknown or
 * foreign. For the assessments feature, which links an issue (and takes its
 * brief); joins the caller's transaction.
 */
export async function findIssueObject(db: Executor, orgId: string, id: string): Promise<IssueObject | undefined> {
  const row = await findIssue(db, orgId, id);
  return row ? toIssueObject(row) : undefined;
}

/** The same for several ids at once: unknown and foreign ids are simply absent. */
export async function findIssueObjects(db: Executor, orgId: string, ids: readonly string[]): Promise<Map<string, IssueObject>> {
  const rows = await findIssuesByIds(db, orgId, ids);
  return new Map([...rows].map(([id, row]) => [id, toIssueObject(row)]));
}

export function createIssuesService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async list(orgId: string): Promise<IssueObject[]> {
      return (await listIssues(db, orgId)).map(toIssueObject);
    },
    async get(orgId: string, id: string): Promise<IssueObject> {
      const row = await findIssue(db, orgId, id);
      if (!row) throw new NotFoundError('Issue');
      return toIssueObject(row);
    },
  };
}
