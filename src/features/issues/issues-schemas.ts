import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

/** A pre-configured open-source issue an assessment can point at with issueId. */
export const IssueObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  repoUrl: Type.String(),
  issueUrl: Nullable(Type.String()),
  brief: Type.String({ description: 'Becomes the taskBrief of an assessment that links the issue without its own' }),
  labels: Type.Array(Type.String()),
  createdAt: Timestamp,
});
export type IssueObject = Static<typeof IssueObject>;

export const IssueResponse = Type.Object({ issue: IssueObject });
export const IssueListResponse = Type.Object({ issues: Type.Array(IssueObject) });
