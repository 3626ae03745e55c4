import type { Executor } from '../../db/database.js';
import type { AssessmentsTable } from '../../db/schema.js';
import { newId } from '../../ids.js';
import { candidateDetailChanges, pendingKeyHasExpired, type InvitationRow } from './invitations-fns.js';
import {
  claimNextAttempt,
  findOrCreateCandidate,
  findActiveInvitationByKey,
  findInvitation,
  findInvitationByKey,
  findInvitationByRecordId,
  markExpiredKeys,
  markInvitationExpired,
  revokeAssessmentInvitations,
  setRedeemedAt,
  updateInvitation,
} from './invitations-store.js';

/**
 * What other features may read of a candidate key and do with it. Every
 * change of a key's status (pending → started → completed, expired, hired,
 * rejected, locked) goes through here, so the rules of a key's life sit in this
 * feature. Each function takes the caller's executor: it joins the caller's
 * transaction.
 */

export type { CandidateDetail, InvitationRow } from './invitations-fns.js';
export { candidateDetailsNeeded, candidateVisibleKeyStatus, isPastExpiry, pendingKeyHasExpired } from './invitations-fns.js';

/** A key of the organization by id (revoked ones included). */
export function findKey(db: Executor, orgId: string, id: string): Promise<InvitationRow | undefined> {
  return findInvitation(db, orgId, id);
}

/** A key by its candidate key (`PST-…`), across organizations, with its assessment; null when unknown. */
export function findKeyByCandidateKey(db: Executor, key: string): Promise<{ invitation: InvitationRow; assessment: AssessmentsTable } | null> {
  return findInvitationByKey(db, key);
}

/** The id of the key holding this candidate key, unless it is revoked or its assessment deleted; null otherwise. */
export async function findLiveKeyIdByCandidateKey(db: Executor, key: string): Promise<string | null> {
  return (await findActiveInvitationByKey(db, key))?.id ?? null;
}

/** A live key of the organization by its reference-002 record verification id. */
export function findKeyByRecordId(db: Executor, orgId: string, recordVerificationId: string): Promise<InvitationRow | undefined> {
  return findInvitationByRecordId(db, orgId, recordVerificationId);
}

/** Marks a pending key past its expiry as expired; answers whether the key has expired (now or before). */
export async function expireIfDue(db: Executor, invitation: InvitationRow, now: Date): Promise<boolean> {
  if (invitation.status === 'expired') return true;
  if (!pendingKeyHasExpired(invitation, now)) return false;
  await markInvitationExpired(db, invitation.id, now.toISOString());
  return true;
}

/** The sweep: every pending key past its expiry becomes expired. Answers how many. */
export function expirePendingKeys(db: Executor, now: Date): Promise<number> {
  return markExpiredKeys(db, now.toISOString());
}

/** Records the first redemption; answers true only for that first one. */
export function markRedeemed(db: Executor, invitationId: string, at: string): Promise<boolean> {
  return setRedeemedAt(db, invitationId, at);
}

/**
 * Who the key is for, as the candidate gave it (at redemption or before
 * starting): fills only what the key does not hold yet. A new email links the
 * key to the organization's candidate with that address (created when new).
 * Answers whether anything changed.
 */
export async function identifyCandidate(
  db: Executor,
  invitation: Pick<InvitationRow, 'id' | 'org_id' | 'candidate_name' | 'candidate_email'>,
  given: { name?: string | null; email?: string | null },
  now: string,
): Promise<boolean> {
  const changes = candidateDetailChanges(invitation, given);
  if (changes.name === undefined && changes.email === undefined) return false;
  const candidateId =
    changes.email === undefined
      ? undefined
      : await findOrCreateCandidate(db, { id: newId('cand'), org_id: invitation.org_id, email: changes.email, name: changes.name ?? null, created_at: now });
  await updateInvitation(db, invitation.id, {
    ...(candidateId === undefined ? {} : { candidate_id: candidateId, candidate_email: changes.email }),
    ...(changes.name === undefined ? {} : { candidate_name: changes.name }),
  });
  return true;
}

/**
 * Claims the key's next attempt for `sessionId` (the key becomes started). The
 * guard is the attempt count the caller read: of concurrent starts, one wins;
 * false for the others and for a locked key.
 */
export function claimAttempt(db: Executor, invitation: Pick<InvitationRow, 'id' | 'attempt_count'>, sessionId: string): Promise<boolean> {
  return claimNextAttempt(db, invitation.id, invitation.attempt_count, sessionId);
}

/** The key's attempt closed: the key is completed (a hired key stays hired). */
export async function markAttemptClosed(db: Executor, invitation: Pick<InvitationRow, 'id' | 'status'>, closedAt: string): Promise<void> {
  if (invitation.status !== 'hired') await updateInvitation(db, invitation.id, { status: 'completed', completed_at: closedAt });
}

/** No further attempt (passed with lock-on-pass). */
export async function lockKey(db: Executor, invitation: Pick<InvitationRow, 'id' | 'locked'>): Promise<void> {
  if (invitation.locked !== 1) await updateInvitation(db, invitation.id, { locked: 1 });
}

/**
 * A reviewer's decision on the key's current attempt: the key reads `hired`
 * or `rejected` (the attempt itself stays completed or expired for the
 * cohort; a hired attempt reads hired). A later decision replaces it.
 */
export async function markDecision(db: Executor, invitationId: string, decision: 'hired' | 'rejected'): Promise<void> {
  await updateInvitation(db, invitationId, { status: decision });
}

/** The assessment was deleted: none of its keys works any more. Answers how many keys were revoked. */
export function revokeKeysOfAssessment(db: Executor, orgId: string, assessmentId: string, at: string): Promise<number> {
  return revokeAssessmentInvitations(db, orgId, assessmentId, at);
}
