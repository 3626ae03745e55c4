import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** SQL of throttles: one row per limited subject, the same statements on SQLite and PostgreSQL. */

/**
 * Counts one hit, atomically: the first hit (or the first after the window
 * ended) starts a window of one hit ending at `resetsAt`; any other adds one
 * to the open window. One statement, so concurrent hits from any number of
 * instances each get a distinct count.
 */
export async function countHit(db: Executor, input: { key: string; now: string; resetsAt: string }): Promise<{ hits: number; resets_at: string }> {
  return db
    .insertInto('throttles')
    .values({ key: input.key, hits: 1, resets_at: input.resetsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // Both read the row as it was before this hit.
        hits: sql<number>`case when throttles.resets_at <= ${input.now} then 1 else throttles.hits + 1 end`,
        resets_at: sql<string>`case when throttles.resets_at <= ${input.now} then excluded.resets_at else throttles.resets_at end`,
      }),
    )
    .returning(['hits', 'resets_at'])
    .executeTakeFirstOrThrow();
}

/** Moves the window's end later (never earlier: of two concurrent extensions, the later end stays). */
export async function extendWindow(db: Executor, key: string, resetsAt: string): Promise<void> {
  await db.updateTable('throttles').set({ resets_at: resetsAt }).where('key', '=', key).where('resets_at', '<', resetsAt).execute();
}

/** Deletes every row whose window has ended; answers how many. */
export async function deleteEndedWindows(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('throttles').where('resets_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
