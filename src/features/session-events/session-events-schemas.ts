import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { EVENT_TYPES, VIOLATION_TYPES } from '../telemetry/telemetry-fns.js';

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

const IntegrityCountObject = Type.Object({
  events: Type.Integer({ description: 'Events recorded' }),
  violations: Type.Integer({ description: 'Violations they make: bursts (events within mergeWindowSeconds merged), each counted once' }),
});

export const IntegrityBurstObject = Type.Object({
  type: Type.Union(VIOLATION_TYPES.map((type) => Type.Literal(type))),
  firstAt: Timestamp,
  lastAt: Timestamp,
  events: Type.Integer({ description: 'Events merged into this entry (1 for a single event)' }),
  questionIds: Type.Array(Type.String(), { description: 'Questions on screen during these events' }),
});

export const SessionIntegrityResponse = Type.Object({
  integrity: Type.Object({
    mergeWindowSeconds: Type.Number({ description: 'Events of one kind less than this long after the first event of a burst join that burst' }),
    fullscreenExits: IntegrityCountObject,
    copyPaste: Type.Object(IntegrityCountObject.properties, { description: 'Copies (and cuts) and pastes, each kind merged on its own, then added' }),
    focusLost: IntegrityCountObject,
    totalViolations: Type.Integer({ description: 'What the red flag is compared with' }),
    bursts: Type.Array(IntegrityBurstObject, {
      description: 'The integrity timeline: one entry per violation counted, in the order they began',
    }),
  }),
});
