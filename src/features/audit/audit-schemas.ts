import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import type { Scope } from '../auth/auth-scopes.js';

/** Who read which results is an administrator's question: reading the audit log takes the same scope as managing credentials. */
export const AUDIT_LOG_SCOPE = 'api_keys:manage' satisfies Scope;

export const AuditLogQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'e.g. result.read, result.export' })),
    resourceType: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'e.g. result, assessment' })),
    resourceId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Actor id: an API key id or a user id' })),
    actorType: Type.Optional(Type.Union([Type.Literal('api_key'), Type.Literal('user'), Type.Literal('candidate'), Type.Literal('operator')])),
    from: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'ISO 8601; entries at or after' })),
    to: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'ISO 8601; entries before' })),
    limit: Type.Optional(Type.Integer({ default: 50, description: 'Clamped to 1–200' })),
    cursor: Type.Optional(Type.String({ maxLength: 64, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type AuditLogQuery = Static<typeof AuditLogQuery>;

export const AuditEntry = Type.Object({
  id: Type.String(),
  actor: Type.Object({
    type: Type.String(),
    id: Nullable(Type.String()),
    name: Nullable(Type.String({ description: "The user's or API key's name when the entry was written" })),
  }),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Nullable(Type.String()),
  resourceTitle: Nullable(Type.String({ description: 'The resource by name (an assessment title, a candidate name) when the entry was written' })),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  details: Nullable(Type.Record(Type.String(), Type.Unknown())),
  changes: Nullable(
    Type.Object(
      { before: Type.Record(Type.String(), Type.Unknown()), after: Type.Record(Type.String(), Type.Unknown()) },
      { description: 'For edits: the fields that changed, as they were and as they became' },
    ),
  ),
  createdAt: Timestamp,
});

export const AuditLogResponse = Type.Object({
  entries: Type.Array(AuditEntry),
  nextCursor: Nullable(Type.String()),
});
