import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { AssessmentsTable, Database as Schema } from '../../db/schema.js';
import type { InvitationRow } from './invitations-fns.js';

/** SQL for candidate keys (invitations) and the per-org candidates they invite. Revoked = soft-deleted. */

export async function insertInvitations(db: Executor, rows: readonly InvitationRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('invitations').values([...rows]).execute();
}

/** Which of the given keys already exist (in any organization: keys are globally unique). */
export async function existingKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('invitations').select('key').where('key', 'in', keys).execute();
  return new Set(rows.map((row) => row.key));
}

/** An assessment's non-revoked keys, oldest first. */
export function listActiveKeys(db: Executor, orgId: string, assessmentId: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The non-revoked invitation holding a key (how a candidate redeems it), with the assessment still current. */
export function findActiveInvitationByKey(db: Executor, key: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .selectAll('i')
    .where('i.key', '=', key)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Revokes one non-revoked key of a current assessment; false when there is no such key. */
export async function revokeInvitation(
  db: Executor,
  orgId: string,
  assessmentId: string,
  keyId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The assessment keys are made for, unless deleted. */
export function findLiveAssessment(db: Executor, orgId: string, id: string): Promise<AssessmentsTable | undefined> {
  return db.selectFrom('assessments').selectAll().where('org_id', '=', orgId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Revokes every key of an assessment (when it is deleted); answers how many were live. */
export async function revokeAssessmentInvitations(db: Executor, orgId: string, assessmentId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The organization's candidate with this (lowercased) email, created when
 * new; a given name replaces the stored one. Returns the candidate id.
 */
export async function upsertCandidate(
  db: Executor,
  candidate: { id: string; orgId: string; email: string; name: string | null; now: string },
): Promise<string> {
  const row = await db
    .insertInto('candidates')
    .values({ id: candidate.id, org_id: candidate.orgId, email: candidate.email, name: candidate.name, created_at: candidate.now })
    .onConflict((oc) =>
      oc.columns(['org_id', 'email']).doUpdateSet((eb) => ({
        name: eb.fn.coalesce(eb.ref('excluded.name'), eb.ref('candidates.name')),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The organization's candidate with this (lowercased) email, created when
 * new; an existing candidate keeps the name the team knows. Returns the id.
 */
export async function findOrCreateCandidate(
  db: Executor,
  row: { id: string; org_id: string; email: string; name: string | null; created_at: string },
): Promise<string> {
  await db
    .insertInto('candidates')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'email']).doNothing())
    .execute();
  const found = await db
    .selectFrom('candidates')
    .select('id')
    .where('org_id', '=', row.org_id)
    .where('email', '=', row.email)
    .executeTakeFirstOrThrow();
  return found.id;
}

export interface CandidateListRow extends InvitationRow {
  assessment_title: string;
}

/** Non-revoked keys of current assessments across the organization, oldest first, with the assessment title. */
export async function pageOrgCandidates(
  db: Executor,
  orgId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: CandidateListRow[]; total: number }> {
  const base = db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .where('i.org_id', '=', orgId)
    .where('a.org_id', '=', orgId)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null);
  const rows = await base
    .selectAll('i')
    .select('a.title as assessment_title')
    .orderBy('i.created_at')
    .orderBy('i.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.count) };
}

/** A key with its assessment, across organizations (keys are globally unique); null when unknown. */
export async function findInvitationByKey(db: Executor, key: string): Promise<{ invitation: InvitationRow; assessment: AssessmentsTable } | null> {
  const invitation = await db.selectFrom('invitations').selectAll().where('key', '=', key).executeTakeFirst();
  if (!invitation) return null;
  const assessment = await db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', invitation.org_id)
    .where('id', '=', invitation.assessment_id)
    .executeTakeFirst();
  return assessment ? { invitation, assessment } : null;
}

export function findInvitationByRecordId(db: Executor, orgId: string, recordVerificationId: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('record_verification_id', '=', recordVerificationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * The SQL form of the expiry rule (invitations-fns.ts `pendingKeyHasExpired`):
 * pending, not revoked, and past `expires_at`.
 */
function pendingKeyExpired(now: string) {
  return (eb: ExpressionBuilder<Schema, 'invitations'>) =>
    eb.and([eb('status', '=', 'pending'), eb('revoked_at', 'is', null), eb('expires_at', '<=', now)]);
}

/** Marks the key expired when the rule says so; returns whether this call changed it. */
export async function markInvitationExpired(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('invitations').set({ status: 'expired' }).where('id', '=', id).where(pendingKeyExpired(now)).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The sweep: every pending key past its expiry becomes `expired`; answers how many. */
export async function markExpiredKeys(db: Executor, now: string): Promise<number> {
  const result = await db.updateTable('invitations').set({ status: 'expired' }).where(pendingKeyExpired(now)).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setRedeemedAt(db: Executor, invitationId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ redeemed_at: now })
    .where('id', '=', invitationId)
    .where('redeemed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findInvitation(db: Executor, orgId: string, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function updateInvitation(db: Executor, id: string, changes: Partial<Omit<InvitationRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('invitations').set(changes).where('id', '=', id).execute();
}

/**
 * The guard of starting an attempt: takes the next attempt number only if
 * nobody took it meanwhile (two concurrent starts: one wins, the other
 * finds the winner's session).
 */
export async function claimNextAttempt(
  db: Executor,
  invitationId: string,
  expectedAttempts: number,
  sessionId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ attempt_count: expectedAttempts + 1, status: 'started', current_session_id: sessionId, completed_at: null })
    .where('id', '=', invitationId)
    .where('attempt_count', '=', expectedAttempts)
    .where('locked', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
