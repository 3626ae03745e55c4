import type { Executor } from '../../db/database.js';
import type { CandidateTokensTable } from '../../db/schema.js';

/** SQL of redemption: candidate tokens. */

export async function insertCandidateToken(db: Executor, row: CandidateTokensTable): Promise<void> {
  await db.insertInto('candidate_tokens').values(row).execute();
}
