import type { Db } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { IssueObject } from './issues-schemas.js';
import { findIssue, listIssues, type IssueRow } from './issues-store.js';

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
