import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { newId } from '../../ids.js';
import { NotFoundError, fieldError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { hashApiKey } from '../auth/auth-credentials.js';
import { SCOPES, isScope, type Scope } from '../auth/auth-scopes.js';
import { displayPrefix, generateApiKey, type ApiKeyMode } from './api-keys-fns.js';
import { insertApiKey, listActiveApiKeys, revokeApiKey, type ApiKeyRow } from './api-keys-store.js';

export interface ApiKeyView {
  id: string;
  name: string;
  mode: ApiKeyMode;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
}

export function toApiKeyView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    mode: row.mode as ApiKeyMode,
    prefix: row.key_prefix,
    scopes: (JSON.parse(row.scopes) as string[]).filter(isScope),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

export interface CreateApiKeyInput {
  name: string;
  mode?: ApiKeyMode;
  scopes?: string[];
  createdBy?: string | null;
}

/** Creates a key inside the caller's transaction; the plain key is returned only here. */
export async function createApiKey(
  trx: Executor,
  clock: Clock,
  orgId: string,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKeyView; key: string }> {
  const scopes = input.scopes ?? [...SCOPES];
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0) {
    throw fieldError('scopes', `Unknown scope: ${unknown.join(', ')}. Choose from: ${SCOPES.join(', ')}`);
  }
  const mode = input.mode ?? 'live';
  const key = generateApiKey(mode);
  const row: ApiKeyRow = {
    id: newId('apikey'),
    org_id: orgId,
    name: input.name,
    mode,
    key_prefix: displayPrefix(key),
    key_hash: hashApiKey(key),
    scopes: JSON.stringify([...new Set(scopes)]),
    created_by: input.createdBy ?? null,
    created_at: clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await insertApiKey(trx, row);
  return { apiKey: toApiKeyView(row), key };
}

export function createApiKeysService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    create(orgId: string, input: CreateApiKeyInput) {
      return inTransaction(db, (trx) => createApiKey(trx, clock, orgId, input));
    },
    async list(orgId: string): Promise<ApiKeyView[]> {
      return (await listActiveApiKeys(db, orgId)).map(toApiKeyView);
    },
    async revoke(orgId: string, id: string): Promise<void> {
      const revoked = await revokeApiKey(db, orgId, id, clock.now().toISOString());
      if (!revoked) throw new NotFoundError('API key');
    },
  };
}

export type ApiKeysService = ReturnType<typeof createApiKeysService>;
