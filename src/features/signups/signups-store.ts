import type { Executor } from '../../db/database.js';
import type { PendingSignupsTable } from '../../db/schema.js';

export type PendingSignupRow = PendingSignupsTable;

export async function insertPendingSignup(db: Executor, row: PendingSignupRow): Promise<void> {
  await db.insertInto('pending_signups').values(row).execute();
}

export function findPendingSignup(db: Executor, id: string): Promise<PendingSignupRow | undefined> {
  return db.selectFrom('pending_signups').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPendingSignupByTokenHash(db: Executor, tokenHash: string): Promise<PendingSignupRow | undefined> {
  return db.selectFrom('pending_signups').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Marks the signup completed by the organization it created, once (true only
 * for the request that finds it still pending), and forgets its password
 * hash: the account holds it now.
 */
export async function markSignupCompleted(db: Executor, input: { id: string; orgId: string; now: string }): Promise<boolean> {
  const result = await db
    .updateTable('pending_signups')
    .set({ completed_at: input.now, org_id: input.orgId, password_hash: '' })
    .where('id', '=', input.id)
    .where('completed_at', 'is', null)
    .where('expires_at', '>', input.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes signups that expired before `before` without being completed, and completed ones as old. Returns how many. */
export async function deleteSignupsExpiredBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('pending_signups').where('expires_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
