import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { UsersTable, WebSessionsTable } from '../../db/schema.js';

export type UserRow = UsersTable;
export type WebSessionRow = WebSessionsTable;

export async function insertUser(db: Executor, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Emails are unique across the whole installation (one login, one organization). */
export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** The member of one organization with this email, if any (a question about the caller's own team only). */
export function findMemberByEmail(db: Executor, orgId: string, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('org_id', '=', orgId).where('email', '=', email).executeTakeFirst();
}

export function findUser(db: Executor, orgId: string, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Executor, orgId: string): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
}

export async function countOwners(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function updateUser(
  db: Executor,
  orgId: string,
  id: string,
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'last_login_at'>>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Removes a member and every session they hold (sessions reference the user). */
export async function deleteUser(db: Executor, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('org_id', '=', orgId).where('user_id', '=', id).execute();
  await db.deleteFrom('users').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/**
 * Serialises team changes of one organization, so that two owners removing
 * each other at once cannot leave it without an owner. PostgreSQL: a row lock
 * on the organization until the transaction ends. SQLite: a transaction is
 * already the only writer.
 */
export async function lockTeam(db: Executor, dialect: DialectName, orgId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select id from organizations where id = ${orgId} for update`.execute(db);
}

export async function insertWebSession(db: Executor, row: WebSessionRow): Promise<void> {
  await db.insertInto('web_sessions').values(row).execute();
}

export async function revokeWebSession(db: Executor, tokenHash: string, at: string): Promise<void> {
  await db
    .updateTable('web_sessions')
    .set({ revoked_at: at })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}
