import type { Db } from '../../db/database.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { decodeIdCursor, encodeIdCursor } from '../../shared/id-cursor.js';
import type { JobsQuery } from './jobs-schemas.js';
import { findJob, listJobs, retryDeadJob, type JobRow } from './jobs-store.js';

export function toJobView(row: JobRow) {
  return {
    id: row.id,
    orgId: row.org_id,
    type: row.type,
    status: row.status as 'pending' | 'running' | 'dead',
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What an operator sees of the queue: what waits, what runs where, what died and why. */
export function createJobsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(query: JobsQuery) {
      const limit = query.limit ?? 50;
      const rows = await listJobs(db, {
        status: query.status,
        type: query.type,
        afterId: query.cursor ? decodeIdCursor(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const hasMore = rows.length > limit;
      return {
        jobs: page.map(toJobView),
        pagination: { limit, hasMore, nextCursor: hasMore ? encodeIdCursor(page[page.length - 1]!.id) : null },
      };
    },

    /** A dead job gets a fresh set of attempts, starting now. */
    async retry(id: string) {
      if (!(await retryDeadJob(db, id, clock.now().toISOString()))) {
        const job = await findJob(db, id);
        if (!job) throw new NotFoundError('Job');
        throw new ConflictError(`Only a dead job can be retried; this one is ${job.status}`, 'job_not_dead');
      }
      return toJobView((await findJob(db, id))!);
    },
  };
}
