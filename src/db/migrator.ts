import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Executor } from './database.js';
import { withMigrationLock, type DialectName } from './dialect.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Splits a migration file into statements: one per `;` at the end of a line. */
export function splitStatements(source: string): string[] {
  const withoutComments = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export class MigrationError extends Error {}

/**
 * A step that needs the application's code, not only SQL (rebuilding derived
 * data after a format change). It runs in its place among the SQL files, by
 * name, in the migration's transaction; migrations/NNNN_name.code marks the
 * place, so the numbering stays in one folder.
 */
export type CodeMigration = (db: Executor) => Promise<void>;

/** Numbered plain-SQL migrations (migrations/NNNN_name.sql) and code steps (NNNN_name.code), forward only. */
export class SqlFileMigrationProvider implements MigrationProvider {
  constructor(
    private readonly directory: string = MIGRATIONS_DIR,
    private readonly code: Readonly<Record<string, CodeMigration>> = {},
  ) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of fs.readdirSync(this.directory).filter((name) => /^\d{4}_.+\.code$/.test(name))) {
      const name = file.replace(/\.code$/, '');
      const step = this.code[name];
      if (!step) throw new MigrationError(`migrations/${file} has no code step named ${name}`);
      migrations[name] = { up: step };
    }
    for (const file of fs.readdirSync(this.directory).filter((name) => /^\d{4}_.+\.sql$/.test(name)).sort()) {
      const statements = splitStatements(fs.readFileSync(path.join(this.directory, file), 'utf8'));
      migrations[file.replace(/\.sql$/, '')] = {
        async up(db: Kysely<any>) {
          for (const statement of statements) await sql.raw(statement).execute(db);
        },
      };
    }
    return migrations;
  }
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/**
 * Brings the database to the newest schema. Safe to run from several processes
 * at once: PostgreSQL serialises them with an advisory lock; on SQLite a
 * process that loses the race for the write lock retries and then finds the
 * migrations already applied.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  dialect: DialectName,
  code: Readonly<Record<string, CodeMigration>> = {},
): Promise<MigrationResultSet> {
  const provider = new SqlFileMigrationProvider(MIGRATIONS_DIR, code);
  let result: MigrationResultSet;
  for (let attempt = 1; ; attempt++) {
    try {
      result = await withMigrationLock(db, dialect, (connection) => new Migrator({ db: connection, provider }).migrateToLatest());
    } catch (error) {
      // SQLite: the other process held the write lock for longer than busy_timeout.
      if (!(dialect === 'sqlite' && isSqliteBusy(error) && attempt < 20)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      continue;
    }
    if (!(dialect === 'sqlite' && isSqliteBusy(result.error) && attempt < 20)) break;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`);
  }
  return result;
}
