import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { WEBHOOK_EVENT_TYPES } from '../outbox/outbox-publish.js';

export const EventTypeSchema = Type.Union(
  WEBHOOK_EVENT_TYPES.map((type) => Type.Literal(type)),
  { description: 'An event type this endpoint receives' },
);

const Url = Type.String({ minLength: 1, maxLength: 2048, description: 'http(s) URL that receives POSTed events' });
const EventTypes = Type.Array(EventTypeSchema, { minItems: 1, uniqueItems: true });
const Description = Type.String({ maxLength: 500 });

/** The fields of an endpoint that may leave; the signing secret is never one of them. */
export const WebhookObject = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  eventTypes: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  disabledReason: Nullable(
    Type.String({ description: '`gone` (the endpoint answered 410), `failing` (5 days without a success) or `manual`' }),
  ),
  failingSince: Nullable(Timestamp),
  previousSecretExpiresAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const CreateWebhookBody = Type.Object(
  {
    url: Url,
    eventTypes: EventTypes,
    description: Type.Optional(Nullable(Description)),
    enabled: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

/** PATCH: an absent field is unchanged, `description: null` clears it. */
export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(Url),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Nullable(Description)),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateWebhookBody = Static<typeof UpdateWebhookBody>;

const SecretField = Type.String({
  description: 'The signing secret (`whsec_…`, Standard Webhooks). Shown only in this response.',
});

export const WebhookWithSecretResponse = Type.Object({ webhook: WebhookObject, secret: SecretField });
export const WebhookResponse = Type.Object({ webhook: WebhookObject });
export const WebhookListResponse = Type.Object({ webhooks: Type.Array(WebhookObject) });

export const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]);

export const DeliveryObject = Type.Object({
  id: Type.String(),
  webhookId: Type.String(),
  eventId: Type.String({ description: 'The `webhook-id` header of every attempt' }),
  eventType: Type.String(),
  status: DeliveryStatus,
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  responseBody: Nullable(Type.String()),
  durationMs: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Timestamp),
  lastAttemptAt: Nullable(Timestamp),
  deliveredAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const AttemptObject = Type.Object({
  attemptNumber: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  responseBody: Nullable(Type.String()),
  durationMs: Type.Integer(),
  error: Nullable(Type.String()),
  attemptedAt: Timestamp,
});

export const DeliveryDetailObject = Type.Composite([
  DeliveryObject,
  Type.Object({
    payload: Type.Unknown({ description: 'The body that was POSTed: `{ type, timestamp, data }`' }),
    attemptLog: Type.Array(AttemptObject),
  }),
]);

export const DeliveryResponse = Type.Object({ delivery: DeliveryObject });
export const DeliveryDetailResponse = Type.Object({ delivery: DeliveryDetailObject });

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(DeliveryStatus),
    eventType: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: '`nextCursor` of the previous page' })),
  },
  { additionalProperties: false },
);
export type DeliveriesQuery = Static<typeof DeliveriesQuery>;

export const Pagination = Type.Object({
  limit: Type.Integer(),
  hasMore: Type.Boolean(),
  nextCursor: Nullable(Type.String()),
});

export const DeliveryListResponse = Type.Object({ deliveries: Type.Array(DeliveryObject), pagination: Pagination });

export const DeliveryParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
});
