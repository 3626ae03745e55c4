import type { Executor } from '../../db/database.js';
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

/** The key's latest attempt, if it has one. */
export async function currentSessionIdOf(db: Executor, orgId: string, keyId: string): Promise<string | null> {
  const row = await db.selectFrom('invitations').select('current_session_id').where('org_id', '=', orgId).where('id', '=', keyId).executeTakeFirst();
  return row?.current_session_id ?? null;
}

/** Revokes every key of an assessment (when it is deleted). */
export async function revokeAssessmentInvitations(db: Executor, orgId: string, assessmentId: string, at: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('revoked_at', 'is', null)
    .execute();
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
