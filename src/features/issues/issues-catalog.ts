import type { Executor } from '../../db/database.js';
import { newId } from '../../ids.js';

/**
 * The pre-configured open-source issues every new organization starts with.
 * An assessment can point at one with `issueId`; its brief then becomes the
 * assessment's taskBrief unless one is given.
 */
export const DEFAULT_ISSUES = [
  {
    title: 'Add retry with exponential backoff to the HTTP client',
    repoUrl: 'https://github.com/sindresorhus/got',
    issueUrl: 'https://github.com/sindresorhus/got/issues',
    brief:
      'Requests that fail with a 5xx or a network error should be retried up to a configurable limit, waiting longer after each failure (exponential backoff with jitter). Add tests for the retry schedule and for giving up.',
    labels: ['backend', 'networking'],
  },
  {
    title: 'Stream large CSV exports instead of buffering them',
    repoUrl: 'https://github.com/adaltas/node-csv',
    issueUrl: 'https://github.com/adaltas/node-csv/issues',
    brief:
      'Exporting 1M rows currently builds the whole file in memory. Change the export to stream rows from the database cursor to the response, keeping memory flat, and add a test that exports more rows than fit in the old buffer.',
    labels: ['backend', 'performance'],
  },
  {
    title: 'Fix keyboard focus trap in the modal dialog',
    repoUrl: 'https://github.com/reach/reach-ui',
    issueUrl: 'https://github.com/reach/reach-ui/issues',
    brief:
      'When the dialog opens, Tab moves focus to elements behind the overlay. Keep focus inside the dialog while it is open, return it to the trigger on close, and cover both with an accessibility test.',
    labels: ['frontend', 'accessibility'],
  },
  {
    title: 'Add cursor pagination to the list endpoint',
    repoUrl: 'https://github.com/fastify/demo',
    issueUrl: 'https://github.com/fastify/demo/issues',
    brief:
      'The tasks list uses offset paging, which skips and repeats rows when tasks are created while a client pages. Replace it with an opaque cursor ordered by id and test that paging returns every row exactly once.',
    labels: ['backend', 'api'],
  },
] as const;

export async function seedIssueCatalog(trx: Executor, orgId: string, now: string): Promise<void> {
  await trx
    .insertInto('oss_issues')
    .values(
      DEFAULT_ISSUES.map((issue) => ({
        id: newId('iss'),
        org_id: orgId,
        title: issue.title,
        repo_url: issue.repoUrl,
        issue_url: issue.issueUrl,
        brief: issue.brief,
        labels: JSON.stringify(issue.labels),
        created_at: now,
      })),
    )
    .execute();
}
