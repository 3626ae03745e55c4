import type { Executor } from '../../db/database.js';

/** The non-revoked key of a current assessment with what its invitation email needs. */
export function findResendableKey(db: Executor, orgId: string, assessmentId: string, keyId: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .select([
      'i.id',
      'i.key',
      'i.status',
      'i.candidate_email',
      'i.candidate_name',
      'i.expires_at',
      'i.time_multiplier',
      'a.title',
      'a.role',
      'a.time_limit_minutes',
    ])
    .where('i.org_id', '=', orgId)
    .where('i.assessment_id', '=', assessmentId)
    .where('i.id', '=', keyId)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** When the last invitation email for this key was queued, if ever. */
export async function lastInvitationEmailAt(db: Executor, orgId: string, keyId: string): Promise<string | null> {
  const row = await db
    .selectFrom('emails')
    .select('created_at')
    .where('org_id', '=', orgId)
    .where('related_id', '=', keyId)
    .where('kind', '=', 'invitation')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

export async function organizationName(db: Executor, orgId: string): Promise<string> {
  const row = await db.selectFrom('organizations').select('name').where('id', '=', orgId).executeTakeFirstOrThrow();
  return row.name;
}
