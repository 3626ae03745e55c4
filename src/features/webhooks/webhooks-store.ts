import type { Executor } from '../../db/database.js';
import type { DomainEventsTable, WebhookDeliveriesTable, WebhookDeliveryAttemptsTable, WebhookEndpointsTable } from '../../db/schema.js';

export type EndpointRow = WebhookEndpointsTable;
export type DeliveryRow = WebhookDeliveriesTable;
export type AttemptRow = WebhookDeliveryAttemptsTable;
export type DomainEventRow = DomainEventsTable;

// ── endpoints ───────────────────────────────────────────────────────────────

export async function insertEndpoint(db: Executor, row: EndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export function findEndpoint(db: Executor, orgId: string, id: string): Promise<EndpointRow | undefined> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listEndpoints(db: Executor, orgId: string): Promise<EndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function countEndpoints(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Enabled endpoints of an org; the caller filters by subscribed event type. */
export function listEnabledEndpoints(db: Executor, orgId: string): Promise<EndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .where('enabled', '=', 1)
    .orderBy('id')
    .execute();
}

export async function updateEndpoint(
  db: Executor,
  orgId: string,
  id: string,
  changes: Partial<Omit<EndpointRow, 'id' | 'org_id' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set(changes)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records an attempt's outcome on its endpoint and returns the start of the
 * current failing streak (null after a success). It is the first write of a
 * delivery's transaction: whenever a transaction locks an endpoint row it does
 * so before any of the endpoint's delivery rows, so two deliveries (or a
 * delivery and a disable) never wait on each other in opposite orders.
 */
export async function recordEndpointOutcome(db: Executor, id: string, delivered: boolean, now: string): Promise<string | null> {
  if (delivered) {
    // Only a failing endpoint is written (and locked) on success: deliveries to a
    // healthy endpoint do not queue behind each other on its row.
    await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).execute();
    return null;
  }
  const row = await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({ failing_since: eb.fn.coalesce('failing_since', eb.val(now)) }))
    .where('id', '=', id)
    .returning('failing_since')
    .executeTakeFirst();
  return row?.failing_since ?? null;
}

export async function disableEndpoint(db: Executor, id: string, reason: string, now: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ enabled: 0, disabled_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .execute();
}

// ── events ──────────────────────────────────────────────────────────────────

export function findDomainEvent(db: Executor, id: string): Promise<DomainEventRow | undefined> {
  return db.selectFrom('domain_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDomainEvent(db: Executor, row: DomainEventRow): Promise<void> {
  await db.insertInto('domain_events').values(row).execute();
}

// ── deliveries ──────────────────────────────────────────────────────────────

/** Inserts the deliveries that do not exist yet (a fan-out may run twice); returns the ids inserted. */
export async function insertDeliveries(db: Executor, rows: DeliveryRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('webhook_deliveries')
    .values(rows)
    .onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((row) => row.id);
}

export function findDelivery(db: Executor, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrgDelivery(db: Executor, orgId: string, endpointId: string, id: string): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface DeliveryPageQuery {
  status?: string;
  eventType?: string;
  /** Newest first: only deliveries with an id below this. */
  beforeId?: string;
  limit: number;
}

export function pageDeliveries(db: Executor, orgId: string, endpointId: string, query: DeliveryPageQuery): Promise<DeliveryRow[]> {
  let select = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('endpoint_id', '=', endpointId)
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.status) select = select.where('status', '=', query.status);
  if (query.eventType) select = select.where('event_type', '=', query.eventType);
  if (query.beforeId) select = select.where('id', '<', query.beforeId);
  return select.execute();
}

export async function updateDelivery(db: Executor, id: string, changes: Partial<Omit<DeliveryRow, 'id' | 'org_id'>>): Promise<void> {
  await db.updateTable('webhook_deliveries').set(changes).where('id', '=', id).execute();
}

/** Counts one more attempt and returns its number (atomic, so concurrent attempts never share a number). */
export async function nextAttemptNumber(db: Executor, id: string, now: string): Promise<number> {
  const row = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_attempt_at: now, updated_at: now }))
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

export async function insertAttempt(db: Executor, row: AttemptRow): Promise<void> {
  await db.insertInto('webhook_delivery_attempts').values(row).execute();
}

export function listAttempts(db: Executor, deliveryId: string): Promise<AttemptRow[]> {
  return db
    .selectFrom('webhook_delivery_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('attempt_number')
    .execute();
}

/** Deliveries still waiting on an endpoint that was disabled or deleted are closed as failed. */
export async function failPendingDeliveries(db: Executor, endpointId: string, reason: string, now: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: reason, next_attempt_at: null, updated_at: now })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .execute();
}
