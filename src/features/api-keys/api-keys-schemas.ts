import { Type, type Static } from '@sinclair/typebox';
import { SCOPES } from '../auth/auth-scopes.js';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

export const ScopeSchema = Type.Union(SCOPES.map((scope) => Type.Literal(scope)));

export const ApiKeyObject = Type.Object({
  id: Type.String(),
  name: Type.String(),
  mode: Type.Union([Type.Literal('live'), Type.Literal('test')]),
  prefix: Type.String({ description: 'The first characters of the key, to recognise it' }),
  scopes: Type.Array(ScopeSchema),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
});

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('test')], { default: 'live' })),
    scopes: Type.Optional(Type.Array(ScopeSchema, { minItems: 1, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type CreateApiKeyBody = Static<typeof CreateApiKeyBody>;

export const CreatedApiKeyResponse = Type.Object({
  apiKey: ApiKeyObject,
  key: Type.String({ description: 'The secret key. Shown only in this response.' }),
});

export const ApiKeyListResponse = Type.Object({ apiKeys: Type.Array(ApiKeyObject) });
