import type { Executor } from '../../db/database.js';
import type { CandidateTokensTable } from '../../db/schema.js';

/** SQL of redemption: candidate tokens, and the candidate a key's email names. */

export async function insertCandidateToken(db: Executor, row: CandidateTokensTable): Promise<void> {
  await db.insertInto('candidate_tokens').values(row).execute();
}

/** The organization's candidate with this email, or a new one. */
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
