import type { Executor } from '../../db/database.js';

/** Lookups the auth plugin needs to turn a credential into a principal. */
export function findActiveApiKey(db: Executor, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'org_id', 'name', 'scopes', 'last_used_at'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiKey(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
}

export function findCandidateToken(db: Executor, tokenHash: string, now: string) {
  return db
    .selectFrom('candidate_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .select(['t.org_id', 'i.id as invitation_id', 'i.assessment_id', 'i.revoked_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.expires_at', '>', now)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findWebSession(db: Executor, tokenHash: string, now: string) {
  return db
    .selectFrom('web_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.org_id', 'u.id as user_id', 'u.name', 'u.email', 'u.role'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}
