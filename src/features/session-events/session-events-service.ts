import type { Db } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { parseStorableInstant } from '../../shared/timestamps.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { VIOLATION_TYPES, integritySummary } from '../telemetry/telemetry-fns.js';
import { EVENTS_PAGE, type SessionEventObject, type SessionEventsQuery } from './session-events-schemas.js';
import { listSessionEvents, listSessionEventsOfTypes, sessionExists, type EventRow } from './session-events-store.js';

export function encodeEventsCursor(position: { occurredAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([position.occurredAt, position.id])).toString('base64url');
}

/** Our event ids (`evt_…`): anything else in a cursor was not made by encodeEventsCursor. */
const EVENT_ID = /^evt_[0-9A-Za-z]{1,60}$/;

/** The position inside a cursor; its parts go to SQL, so both are checked to be what encode wrote. */
export function decodeEventsCursor(cursor: string): { occurredAt: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const occurredAt = parseStorableInstant(parsed[0]);
      if (occurredAt !== null && EVENT_ID.test(parsed[1])) return { occurredAt, id: parsed[1] };
    }
  } catch {
    // Falls through to the validation error.
  }
  throw new ValidationError('query: cursor is not a cursor this endpoint issued', [{ field: 'cursor', message: 'is invalid' }]);
}

export function clampEventsLimit(limit: number | undefined): number {
  if (limit === undefined) return EVENTS_PAGE.limit;
  return Math.min(EVENTS_PAGE.max, Math.max(1, Math.trunc(limit)));
}

function payloadOf(row: Pick<EventRow, 'payload'>): Record<string, unknown> {
  try {
    const parsed = JSON.parse(row.payload) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Falls through: an unreadable payload reads as empty.
  }
  return {};
}

function toEventObject(row: EventRow): SessionEventObject {
  return { id: row.id, type: row.type, occurredAt: row.occurred_at, receivedAt: row.received_at, payload: payloadOf(row) };
}

/**
 * The proctoring and telemetry timeline of one session, for reviewers. Reading
 * it is a sensitive read of a result, so it leaves an audit entry.
 */
export function createSessionEventsService(deps: { db: Db; clock: Clock }) {
  return {
    async list(context: AuditContext, sessionId: string, query: SessionEventsQuery) {
      if (!(await sessionExists(deps.db, context.orgId, sessionId))) throw new NotFoundError('Session');
      const limit = clampEventsLimit(query.limit);
      const after = query.cursor ? decodeEventsCursor(query.cursor) : undefined;
      const rows = await listSessionEvents(deps.db, { orgId: context.orgId, sessionId, type: query.type, after, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await recordAudit(deps.db, deps.clock, context, {
        action: 'result.events.read',
        resourceType: 'result',
        resourceId: sessionId,
        details: { type: query.type ?? null, count: page.length },
      });
      return {
        events: page.map(toEventObject),
        nextCursor: rows.length > limit && last ? encodeEventsCursor({ occurredAt: last.occurred_at, id: last.id }) : null,
      };
    },

    /**
     * The integrity card of one session: its violations counted by the merge
     * rule, and the timeline entries they make (one per violation counted),
     * from every violation event of the session. Also a sensitive read.
     */
    async integrity(context: AuditContext, sessionId: string) {
      if (!(await sessionExists(deps.db, context.orgId, sessionId))) throw new NotFoundError('Session');
      const rows = await listSessionEventsOfTypes(deps.db, { orgId: context.orgId, sessionId, types: VIOLATION_TYPES });
      const summary = integritySummary(
        rows.map((row) => ({ type: row.type, occurredAt: row.occurred_at, payload: payloadOf(row), clientEventId: row.client_event_id })),
      );
      await recordAudit(deps.db, deps.clock, context, {
        action: 'result.integrity.read',
        resourceType: 'result',
        resourceId: sessionId,
        details: { events: rows.length },
      });
      const { mergeWindowMs, ...counts } = summary;
      return { integrity: { mergeWindowSeconds: mergeWindowMs / 1000, ...counts } };
    },
  };
}
