import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { migrateDatabase } from '../../src/migrations.js';

export interface TestDatabase extends DatabaseHandle {
  /** Connection string of this test database (PostgreSQL) or null (SQLite). */
  url: string | null;
  /** SQLite file, when on SQLite. */
  file: string | null;
  /** Closes the connection and deletes the database. */
  drop(): Promise<void>;
}

/** PostgreSQL server URL for tests, or null to use SQLite. CI sets DATABASE_URL for the second run. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || null;

export function testDialect(): 'sqlite' | 'postgres' {
  return TEST_DATABASE_URL ? 'postgres' : 'sqlite';
}

/** Creates an empty database (PostgreSQL: a new database on the server in DATABASE_URL). */
export async function createEmptyDatabase(): Promise<{ url: string | null; file: string | null; remove(): Promise<void> }> {
  if (TEST_DATABASE_URL) {
    const name = `assay_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      file: null,
      async remove() {
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL! });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-test-'));
  return {
    url: null,
    file: path.join(dir, 'assay.db'),
    async remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  const handle = openDatabase({ databaseUrl: empty.url, sqliteFile: empty.file ?? ':memory:', poolSize: 5 });
  await migrateDatabase(handle);
  return {
    ...handle,
    url: empty.url,
    file: empty.file,
    async drop() {
      await handle.close();
      await empty.remove();
    },
  };
}

/**
 * A second connection (pool) to an existing test database, as another app
 * instance or a restarted one would open it. drop() only closes it: the
 * database belongs to whoever created it.
 */
export function connectAgain(database: Pick<TestDatabase, 'url' | 'file'>): TestDatabase {
  const handle = openDatabase({ databaseUrl: database.url, sqliteFile: database.file ?? ':memory:', poolSize: 5 });
  return { ...handle, url: database.url, file: database.file, drop: () => handle.close() };
}
