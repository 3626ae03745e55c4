import type { Executor } from '../../db/database.js';
import type {
  GreenhouseCallsTable,
  GreenhouseDeliveriesTable,
  GreenhouseDeliveryAttemptsTable,
  GreenhouseErrorsTable,
  GreenhouseInterviewsTable,
  GreenhouseSettingsTable,
} from '../../db/schema.js';

/** SQL of the Greenhouse integration: its settings, interviews, PATCH deliveries, and the call and error logs. */

export type SettingsRow = GreenhouseSettingsTable;
export type InterviewRow = GreenhouseInterviewsTable;
export type DeliveryRow = GreenhouseDeliveriesTable;
export type DeliveryAttemptRow = GreenhouseDeliveryAttemptsTable;
export type CallRow = GreenhouseCallsTable;
export type ErrorRow = GreenhouseErrorsTable;

export function findSettings(db: Executor, orgId: string): Promise<SettingsRow | undefined> {
  return db.selectFrom('greenhouse_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveSettings(db: Executor, row: SettingsRow): Promise<void> {
  await db
    .insertInto('greenhouse_settings')
    .values(row)
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ patch_credential_encrypted: row.patch_credential_encrypted, updated_at: row.updated_at }))
    .execute();
}

/** Inserts the interview unless one with its request key exists; true when inserted. */
export async function insertInterview(db: Executor, row: InterviewRow): Promise<boolean> {
  const inserted = await db
    .insertInto('greenhouse_interviews')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'request_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findInterviewByRequestKey(db: Executor, orgId: string, requestKey: string): Promise<InterviewRow | undefined> {
  return db.selectFrom('greenhouse_interviews').selectAll().where('org_id', '=', orgId).where('request_key', '=', requestKey).executeTakeFirst();
}

export function findInterview(db: Executor, orgId: string, id: string): Promise<InterviewRow | undefined> {
  return db.selectFrom('greenhouse_interviews').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findInterviewOfInvitation(db: Executor, orgId: string, invitationId: string): Promise<InterviewRow | undefined> {
  return db
    .selectFrom('greenhouse_interviews')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('invitation_id', '=', invitationId)
    .executeTakeFirst();
}

export function listInterviews(db: Executor, orgId: string, filter: { invitationIds?: readonly string[] }, limit: number): Promise<InterviewRow[]> {
  let query = db.selectFrom('greenhouse_interviews').selectAll().where('org_id', '=', orgId);
  if (filter.invitationIds) {
    if (filter.invitationIds.length === 0) return Promise.resolve([]);
    query = query.where('invitation_id', 'in', [...filter.invitationIds]);
  }
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Inserts the interview's delivery unless it has one; true when inserted. */
export async function insertDelivery(db: Executor, row: DeliveryRow): Promise<boolean> {
  const inserted = await db
    .insertInto('greenhouse_deliveries')
    .values(row)
    .onConflict((oc) => oc.column('interview_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findDelivery(db: Executor, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('greenhouse_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateDelivery(db: Executor, id: string, changes: Partial<Omit<DeliveryRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('greenhouse_deliveries').set(changes).where('id', '=', id).execute();
}

export async function insertDeliveryAttempt(db: Executor, row: DeliveryAttemptRow): Promise<void> {
  await db.insertInto('greenhouse_delivery_attempts').values(row).execute();
}

export async function nextAttemptNumber(db: Executor, deliveryId: string): Promise<number> {
  const row = await db
    .selectFrom('greenhouse_delivery_attempts')
    .select((eb) => eb.fn.max<number>('attempt_number').as('last'))
    .where('delivery_id', '=', deliveryId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export function listDeliveries(db: Executor, orgId: string, limit: number): Promise<DeliveryRow[]> {
  return db.selectFrom('greenhouse_deliveries').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').limit(limit).execute();
}

export function listDeliveryAttempts(db: Executor, orgId: string, deliveryIds: readonly string[]): Promise<DeliveryAttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('greenhouse_delivery_attempts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('delivery_id', 'in', [...deliveryIds])
    .orderBy('delivery_id')
    .orderBy('attempt_number')
    .execute();
}

export async function insertCall(db: Executor, row: CallRow): Promise<void> {
  await db.insertInto('greenhouse_calls').values(row).execute();
}

export function listCalls(db: Executor, orgId: string, limit: number): Promise<CallRow[]> {
  return db.selectFrom('greenhouse_calls').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').limit(limit).execute();
}

export async function insertError(db: Executor, row: ErrorRow): Promise<void> {
  await db.insertInto('greenhouse_errors').values(row).execute();
}

export function listErrors(db: Executor, orgId: string, limit: number): Promise<ErrorRow[]> {
  return db.selectFrom('greenhouse_errors').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').limit(limit).execute();
}
