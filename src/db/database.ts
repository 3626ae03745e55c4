import fs from 'node:fs';
import path from 'node:path';
import { Kysely, type Transaction } from 'kysely';
import type { Database as Schema } from './schema.js';
import { createPostgresDialect, createSqliteDialect, type DialectName } from './dialect.js';

export type Db = Kysely<Schema>;
export type Trx = Transaction<Schema>;
/** Anything a store function can run on: the pool or an open transaction. */
export type Executor = Kysely<Schema>;

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  /** SQLite file path, or ':memory:'. Used when databaseUrl is null. */
  sqliteFile: string;
  poolSize?: number;
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const { dialect } = createPostgresDialect(options.databaseUrl, options.poolSize);
    const db = new Kysely<Schema>({ dialect });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (options.sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
  const { dialect } = createSqliteDialect(options.sqliteFile);
  const db = new Kysely<Schema>({ dialect });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * Runs fn in one transaction: the request edge uses this so that a request's
 * writes, and the jobs they cause, commit together or not at all.
 */
export function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
