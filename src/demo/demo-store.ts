import { sql } from 'kysely';
import type { Db, Executor, Trx } from '../db/database.js';
import type { DialectName } from '../db/dialect.js';

/** Arbitrary constant naming the demo seed's advisory lock (the migrator uses 7341001). */
const DEMO_SEED_LOCK = 7341002;

export async function hasAnyOrganization(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Makes concurrent first starts seed one after the other, so the second one
 * sees the first one's organization and does nothing. PostgreSQL: a
 * transaction-level advisory lock. SQLite: a no-op write, which takes the
 * database's write lock before the emptiness check reads anything (waiting
 * for it under busy_timeout instead of failing on a stale snapshot).
 */
export async function lockDemoSeed(trx: Executor, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(trx);
  } else {
    await sql`update organizations set name = name where 1 = 0`.execute(trx);
  }
}

/**
 * A Db whose `transaction()` joins the open transaction `trx` instead of
 * starting a new one. The demo seed hands it to the feature services (which
 * open their own transaction at their edge), so that the whole demo commits
 * together or not at all, and on SQLite nothing waits for the connection the
 * seed holds.
 */
export function joinTransaction(trx: Trx): Db {
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') {
        return () => ({ execute: <T>(fn: (inner: Trx) => Promise<T>) => fn(target) });
      }
      const value = Reflect.get(target, property, target) as unknown;
      // Kysely keeps its state in private fields: methods must run on the real object.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Db;
}
