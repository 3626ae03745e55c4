import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { newId } from '../../ids.js';
import { NotFoundError, fieldError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { hashApiKey } from '../auth/auth-credentials.js';
import { SCOPES, isScope, type Scope } from '../auth/auth-scopes.js';
import { displayPrefix, generateApiKey, type ApiKeyMode } from './api-keys-fns.js';
import { apiKeyCacheFor } from '../auth/auth-key-cache.js';
import { findActiveApiKey, insertApiKey, listActiveApiKeys, revokeApiKey, type ApiKeyRow } from './api-keys-store.js';

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
    /** A key made by the context's actor (recorded as its creator). */
    create(context: AuditContext, input: Omit<CreateApiKeyInput, 'createdBy'>) {
      return inTransaction(db, async (trx) => {
        const created = await createApiKey(trx, clock, context.orgId, { ...input, createdBy: context.actor.id });
        // Name, mode and scopes only: neither the key nor its prefix enters the trail.
        await recordAudit(trx, clock, context, {
          action: 'api_key.create',
          resourceType: 'api_key',
          resourceId: created.apiKey.id,
          resourceTitle: created.apiKey.name,
          details: { mode: created.apiKey.mode, scopes: created.apiKey.scopes },
        });
        return created;
      });
    },
    async list(orgId: string): Promise<ApiKeyView[]> {
      return (await listActiveApiKeys(db, orgId)).map(toApiKeyView);
    },
    async revoke(context: AuditContext, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const key = await findActiveApiKey(trx, context.orgId, id);
        if (!key || !(await revokeApiKey(trx, context.orgId, id, clock.now().toISOString()))) throw new NotFoundError('API key');
        await recordAudit(trx, clock, context, {
          action: 'api_key.revoke',
          resourceType: 'api_key',
          resourceId: id,
          resourceTitle: key.name,
          details: { mode: key.mode, scopes: toApiKeyView(key).scopes, lastUsedAt: key.last_used_at },
        });
      });
      // After the commit: a lookup that starts now reads the revoked row.
      apiKeyCacheFor(db).forget(id);
    },
  };
}

export type ApiKeysService = ReturnType<typeof createApiKeysService>;
