import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

export const EmailStatus = Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed')], {
  description: '`queued` (waiting or being retried), `sent`, or `failed` after its last attempt',
});

export const EmailSummaryObject = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: '`invitation`, `result`, `reminder`, …' }),
  to: Type.String(),
  subject: Type.String(),
  status: EmailStatus,
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  messageId: Nullable(Type.String()),
  relatedId: Nullable(Type.String({ description: 'The key or result the email is about' })),
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
});

export const EmailObject = Type.Composite([
  EmailSummaryObject,
  Type.Object({ text: Type.String(), html: Type.String() }),
]);

export const EmailsQuery = Type.Object(
  {
    status: Type.Optional(EmailStatus),
    kind: Type.Optional(Type.String({ maxLength: 50 })),
    to: Type.Optional(Type.String({ maxLength: 320 })),
    relatedId: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: '`nextCursor` of the previous page' })),
  },
  { additionalProperties: false },
);
export type EmailsQuery = Static<typeof EmailsQuery>;

export const EmailListResponse = Type.Object({
  emails: Type.Array(EmailSummaryObject),
  pagination: Type.Object({ limit: Type.Integer(), hasMore: Type.Boolean(), nextCursor: Nullable(Type.String()) }),
});

export const EmailResponse = Type.Object({ email: EmailObject });
