import type { MigrationResultSet } from 'kysely';
import type { DatabaseHandle } from './db/database.js';
import { migrateToLatest, type CodeMigration } from './db/migrator.js';
import { rebuildEveryAssessmentAggregates } from './features/cohort/cohort-aggregates.js';
import { systemClock } from './shared/clock.js';

/**
 * The migration steps that need the application's code, by the name of their
 * `migrations/NNNN_name.code` marker. They run in order with the SQL files.
 */
export const CODE_MIGRATIONS: Readonly<Record<string, CodeMigration>> = {
  // The cohort rank tree went from five 8-bit levels to ten 4-bit levels.
  '0006_cohort_rank_tree_layout': async (db) => {
    await rebuildEveryAssessmentAggregates(db, systemClock);
  },
};

/** Brings the database to the newest schema: the SQL files and the code steps. */
export function migrateDatabase(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): Promise<MigrationResultSet> {
  return migrateToLatest(handle.db, handle.dialect, CODE_MIGRATIONS);
}
