import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import type { Scope } from '../auth/auth-scopes.js';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES } from './audit-actions.js';

/** Who changed what and who read which results is an administrator's question: reading the audit log takes the same scope as managing credentials. */
export const AUDIT_LOG_SCOPE = 'api_keys:manage' satisfies Scope;

const ACTION_DESCRIPTION =
  'One action of the catalog (GET /v1/audit-log/actions): ' +
  AUDIT_ACTION_NAMES.map((action) => `\`${action}\` (${AUDIT_ACTIONS[action].kind}: ${AUDIT_ACTIONS[action].label})`).join('; ');

export const ACTOR_TYPES = ['user', 'api_key', 'candidate', 'operator', 'system'] as const;

export const AuditLogQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: ACTION_DESCRIPTION })),
    kind: Type.Optional(
      Type.Union([Type.Literal('change'), Type.Literal('read')], {
        description: '`change`: changes of the organization\'s data; `read`: reads and exports of results and scores',
      }),
    ),
    resourceType: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: `One of: ${AUDIT_RESOURCE_TYPES.map((type) => `\`${type}\``).join(', ')}` }),
    ),
    resourceId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The id of the resource (an assessment, key, result, webhook, user …)' })),
    actor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Actor id: a user id (GET /v1/users) or an API key id (GET /v1/api-keys)' }),
    ),
    actorType: Type.Optional(
      Type.Union(
        ACTOR_TYPES.map((type) => Type.Literal(type)),
        { description: '`system`: changes made outside a request (the demo data)' },
      ),
    ),
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

export const AuditActionObject = Type.Object({
  action: Type.String({ description: '`resource.verb`, as entries and the `action` filter name it' }),
  kind: Type.Union([Type.Literal('change'), Type.Literal('read')]),
  resourceType: Type.String(),
  label: Type.String({ description: 'What happened, in words' }),
});

export const AuditActionsResponse = Type.Object({
  actions: Type.Array(AuditActionObject),
  resourceTypes: Type.Array(Type.String()),
});
