import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { EVENT_TYPES } from '../telemetry/telemetry-fns.js';

export const EVENTS_PAGE = { limit: 100, max: 500 };

export const SessionEventsQuery = Type.Object(
  {
    type: Type.Optional(Type.Union(EVENT_TYPES.map((type) => Type.Literal(type)), { description: 'Only events of this type' })),
    limit: Type.Optional(Type.Integer({ description: `Events per page; clamped to 1–${EVENTS_PAGE.max}, default ${EVENTS_PAGE.limit}` })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type SessionEventsQuery = Static<typeof SessionEventsQuery>;

export const SessionEventObject = Type.Object({
  id: Type.String(),
  type: Type.String(),
  occurredAt: Timestamp,
  receivedAt: Timestamp,
  payload: Type.Record(Type.String(), Type.Unknown()),
});
export type SessionEventObject = Static<typeof SessionEventObject>;

export const SessionEventsResponse = Type.Object({
  events: Type.Array(SessionEventObject, { description: 'In the order they happened' }),
  nextCursor: Nullable(Type.String()),
});
