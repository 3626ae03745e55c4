import SQLite from 'better-sqlite3';
import pg from 'pg';
import { PostgresDialect, SqliteDialect, sql, type Dialect, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';

/**
 * The one place where SQLite and PostgreSQL differ. Everything else (schema,
 * migrations, queries) is written once for both; see
 * docs/decisions/0001-one-schema-two-databases.md.
 */
export type DialectName = 'sqlite' | 'postgres';

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

/**
 * pg would return bigint and numeric as strings and timestamps as Date
 * objects; SQLite returns numbers and the ISO strings we wrote. Parse
 * PostgreSQL values into the same shapes so rows look alike on both.
 */
function pgTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === PG_INT8 || oid === PG_NUMERIC) return (value) => Number(value);
  if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) return (value) => new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
  return pg.types.getTypeParser(oid, format as 'text');
}

export function createPostgresDialect(connectionString: string, poolSize = 10): { dialect: Dialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
  });
  // An idle pooled connection the server closes (restart, failover, DROP DATABASE … FORCE)
  // is emitted as 'error' on the pool; unhandled, that would crash the process. The pool
  // replaces the connection, and queries in flight report their own errors.
  pool.on('error', () => {});
  return { dialect: new PostgresDialect({ pool }), pool };
}

/** Statements kept prepared per SQLite connection (distinct SQL texts; the least recently used is dropped). */
const SQLITE_STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew, and on a request of a
 * few indexed reads preparing costs about as much as running them. The same
 * SQL text gets the same prepared statement again (SQLite re-prepares it by
 * itself after a schema change). A statement still iterating a stream is busy
 * and is never handed out twice: then a fresh one is prepared.
 */
export function withStatementCache(database: SQLite.Database): Pick<SQLite.Database, 'prepare' | 'close'> {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(source: string) {
      const cached = cache.get(source);
      if (cached && !cached.busy) {
        cache.delete(source);
        cache.set(source, cached);
        return cached;
      }
      const statement = database.prepare(source);
      if (!cached) {
        cache.set(source, statement);
        if (cache.size > SQLITE_STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
    close() {
      cache.clear();
      return database.close();
    },
  } as Pick<SQLite.Database, 'prepare' | 'close'>;
}

export function createSqliteDialect(filename: string): { dialect: Dialect; database: SQLite.Database } {
  const database = new SQLite(filename);
  database.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it returns, against power loss too (a 2xx means committed).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return { dialect: new SqliteDialect({ database: withStatementCache(database) as SQLite.Database }), database };
}

/**
 * Serialises migrations across processes and hands `fn` the connection to
 * migrate on. PostgreSQL: a session advisory lock held for the duration
 * (Kysely's migrator also runs each migration in a transaction). SQLite:
 * Kysely's migrator takes no lock there and runs without a transaction, so
 * two processes starting on one empty file would both create the same tables;
 * the whole run goes into one `BEGIN IMMEDIATE` transaction instead, which
 * makes the second process wait for the first (busy_timeout) and then find
 * every migration applied. A failed run is rolled back whole.
 */
export async function withMigrationLock<T extends { error?: unknown }>(
  db: Kysely<any>,
  dialect: DialectName,
  fn: (db: Kysely<any>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') {
    return db.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(7341001)`.execute(connection);
      try {
        return await fn(connection);
      } finally {
        await sql`select pg_advisory_unlock(7341001)`.execute(connection);
      }
    });
  }
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let result: T;
    try {
      result = await fn(connection);
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
    await sql.raw(result.error ? 'rollback' : 'commit').execute(connection);
    return result;
  });
}

/** Case-insensitive LIKE; SQLite's LIKE already ignores ASCII case. */
export function ilike(dialect: DialectName): 'ilike' | 'like' {
  return dialect === 'postgres' ? 'ilike' : 'like';
}

export type { RawBuilder };

/** Whether a database error is a unique-constraint violation (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Locks the rows a job-queue claim selects. PostgreSQL: `FOR UPDATE SKIP LOCKED`,
 * so concurrent workers each take different rows without waiting. SQLite has
 * no row locks and one writer at a time, so the claiming UPDATE alone is atomic.
 */
export function lockForClaim<QB extends SelectQueryBuilder<any, any, any>>(dialect: DialectName, query: QB): QB {
  return dialect === 'postgres' ? (query.forUpdate().skipLocked() as QB) : query;
}
