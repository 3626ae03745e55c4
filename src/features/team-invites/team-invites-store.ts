import type { Executor } from '../../db/database.js';
import type { TeamInvitesTable } from '../../db/schema.js';
import type { InviteEmailStatus } from './team-invites-fns.js';

export type TeamInviteRow = TeamInvitesTable;

export async function insertInvite(db: Executor, row: TeamInviteRow): Promise<void> {
  await db.insertInto('team_invites').values(row).execute();
}

export function findInvite(db: Executor, orgId: string, id: string): Promise<TeamInviteRow | undefined> {
  return db.selectFrom('team_invites').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The invite a link's token opens, in whichever organization: the token is the only thing its holder knows. */
export function findInviteByTokenHash(db: Executor, tokenHash: string): Promise<TeamInviteRow | undefined> {
  return db.selectFrom('team_invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** The invite of this address that is neither accepted nor revoked (pending or expired), if any. */
export function findOpenInviteByEmail(db: Executor, orgId: string, email: string): Promise<TeamInviteRow | undefined> {
  return db
    .selectFrom('team_invites')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Invites neither accepted nor revoked, newest first. */
export function listOpenInvites(db: Executor, orgId: string): Promise<TeamInviteRow[]> {
  return db
    .selectFrom('team_invites')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
}

/** A new link (the older one stops working), a new expiry, and possibly a new role and inviter. */
export async function renewInvite(
  db: Executor,
  orgId: string,
  id: string,
  changes: Pick<TeamInviteRow, 'token_hash' | 'sent_at' | 'expires_at' | 'role' | 'invited_by_type' | 'invited_by_id' | 'invited_by_name'>,
): Promise<void> {
  await db
    .updateTable('team_invites')
    .set({ ...changes, email_status: 'queued' })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Withdraws an open invite; false when it was already accepted or revoked. */
export async function revokeInvite(db: Executor, orgId: string, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('team_invites')
    .set({ revoked_at: now })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks the invite accepted by this link, once: true only for the request
 * that finds it still pending with this token (two tabs submitting at once:
 * one account).
 */
export async function markInviteAccepted(db: Executor, input: { id: string; tokenHash: string; userId: string; now: string }): Promise<boolean> {
  const result = await db
    .updateTable('team_invites')
    .set({ accepted_at: input.now, accepted_user_id: input.userId })
    .where('id', '=', input.id)
    .where('token_hash', '=', input.tokenHash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', input.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The delivery outcome of the email carrying this link (a resend's newer email is not overwritten by an older one). */
export async function setInviteEmailStatus(db: Executor, id: string, tokenHash: string, status: InviteEmailStatus): Promise<void> {
  await db.updateTable('team_invites').set({ email_status: status }).where('id', '=', id).where('token_hash', '=', tokenHash).execute();
}
