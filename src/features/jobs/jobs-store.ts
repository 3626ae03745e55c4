import type { Executor } from '../../db/database.js';
import { lockForClaim, type DialectName } from '../../db/dialect.js';
import type { JobsTable } from '../../db/schema.js';

export type JobRow = JobsTable;

/**
 * Every statement that changes a claimed job is guarded by `locked_by = worker
 * AND status = 'running'`: a worker whose lease expired (or that released its
 * jobs at shutdown) can no longer complete, retry or bury a job another worker
 * has taken over.
 */

export interface ClaimInput {
  workerId: string;
  now: string;
  lockedUntil: string;
  limit: number;
  /** Only jobs of these types; all types when absent. */
  types?: readonly string[];
}

/**
 * Claims up to `limit` jobs that are due, or whose worker's lease expired, in
 * one statement: `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` on
 * PostgreSQL (concurrent workers never take the same row), the same UPDATE
 * without row locks on SQLite (one writer at a time). Each claim counts as an
 * attempt.
 */
export function claimJobs(db: Executor, dialect: DialectName, input: ClaimInput): Promise<JobRow[]> {
  const due = lockForClaim(
    dialect,
    db
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', input.now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', input.now)]),
        ]),
      )
      .$if(input.types !== undefined, (query) => query.where('type', 'in', [...input.types!]))
      .orderBy('run_at')
      .orderBy('id')
      .limit(input.limit),
  );
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: input.workerId,
      locked_until: input.lockedUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: input.now,
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Renews the lease of the jobs this worker is still running. */
export async function extendLeases(db: Executor, workerId: string, ids: string[], lockedUntil: string, now: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ locked_until: lockedUntil, updated_at: now })
    .where('id', 'in', ids)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

/** A finished one-off job leaves the queue (its effects live in their own tables). */
export async function deleteCompletedJob(db: Executor, workerId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('jobs')
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface RescheduleInput {
  runAt: string;
  now: string;
  lastError: string | null;
  /** Start the attempt count again (a recurring job's next occurrence). */
  resetAttempts: boolean;
}

/** Back to pending at runAt: a retry after a failure, or a recurring job's next run. */
export async function rescheduleJob(db: Executor, workerId: string, id: string, input: RescheduleInput): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: 'pending',
      run_at: input.runAt,
      last_error: input.lastError,
      locked_by: null,
      locked_until: null,
      updated_at: input.now,
      ...(input.resetAttempts ? { attempts: 0 } : {}),
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Out of attempts: the job stays, `dead`, with its last error, for an operator
 * to read or retry. It no longer reserves its unique key, so the same work can
 * be queued again.
 */
export async function buryJob(db: Executor, workerId: string, id: string, lastError: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'dead', last_error: lastError, locked_by: null, locked_until: null, unique_key: null, updated_at: now })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Graceful shutdown: hands this worker's unfinished jobs back to the queue at
 * once, without charging the interrupted attempt.
 */
export async function releaseJobs(db: Executor, workerId: string, now: string): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'pending', locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1), updated_at: now }))
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ListJobsInput {
  status?: string;
  type?: string;
  afterId?: string;
  limit: number;
}

export function listJobs(db: Executor, input: ListJobsInput): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll().orderBy('id').limit(input.limit);
  if (input.status) query = query.where('status', '=', input.status);
  if (input.type) query = query.where('type', '=', input.type);
  if (input.afterId) query = query.where('id', '>', input.afterId);
  return query.execute();
}

/** An operator's retry of a dead job: a fresh set of attempts, now. */
export async function retryDeadJob(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'pending', run_at: now, attempts: 0, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
