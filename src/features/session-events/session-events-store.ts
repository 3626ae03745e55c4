import type { Executor } from '../../db/database.js';

export interface EventRow {
  id: string;
  type: string;
  payload: string;
  occurred_at: string;
  received_at: string;
}

export async function sessionExists(db: Executor, orgId: string, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}

/** One page of a session's events in occurrence order, after the (occurredAt, id) position when given. */
export async function listSessionEvents(
  db: Executor,
  input: { orgId: string; sessionId: string; type?: string; after?: { occurredAt: string; id: string }; limit: number },
): Promise<EventRow[]> {
  let query = db
    .selectFrom('events')
    .select(['id', 'type', 'payload', 'occurred_at', 'received_at'])
    .where('org_id', '=', input.orgId)
    .where('session_id', '=', input.sessionId);
  if (input.type) query = query.where('type', '=', input.type);
  if (input.after) {
    const { occurredAt, id } = input.after;
    query = query.where((eb) => eb(eb.refTuple('occurred_at', 'id'), '>', eb.tuple(occurredAt, id)));
  }
  return query.orderBy('occurred_at', 'asc').orderBy('id', 'asc').limit(input.limit).execute();
}

/** Every event of the given kinds of a session (the violations: a few per session, read whole), in occurrence order. */
export function listSessionEventsOfTypes(
  db: Executor,
  input: { orgId: string; sessionId: string; types: readonly string[] },
): Promise<Array<EventRow & { client_event_id: string }>> {
  return db
    .selectFrom('events')
    .select(['id', 'type', 'payload', 'occurred_at', 'received_at', 'client_event_id'])
    .where('org_id', '=', input.orgId)
    .where('session_id', '=', input.sessionId)
    .where('type', 'in', [...input.types])
    .orderBy('occurred_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}
