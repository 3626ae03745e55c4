import type { Executor } from '../../db/database.js';

/**
 * API keys looked up by hash, kept for a few seconds so that a busy
 * integration does not cost a query per request. A revoke in this process
 * forgets the key at once; another instance on the same database can still
 * accept a revoked key for at most API_KEY_CACHE_TTL_MS (documented in
 * SECURITY.md). A lookup that started before a revoke never puts the old row
 * back: each revoke moves a generation counter, and a lookup stores its row
 * only if the counter has not moved since it began.
 */

export const API_KEY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

export interface CachedApiKey {
  id: string;
  org_id: string;
  name: string;
  scopes: string;
  last_used_at: string | null;
}

interface Entry {
  key: CachedApiKey;
  expiresAt: number;
}

export interface ApiKeyCache {
  /** The key for this hash, if it was looked up less than the TTL ago. */
  get(keyHash: string, now: number): CachedApiKey | undefined;
  /** The generation to pass to `set` for a lookup that starts now. */
  generation(): number;
  /** Stores a looked-up key unless a revoke happened since `generation`. */
  set(keyHash: string, key: CachedApiKey, now: number, generation: number): void;
  /** Forgets a key at once (it was revoked). */
  forget(apiKeyId: string): void;
}

export function createApiKeyCache(ttlMs = API_KEY_CACHE_TTL_MS): ApiKeyCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    get(keyHash, now) {
      const entry = entries.get(keyHash);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(keyHash);
        return undefined;
      }
      return entry.key;
    },
    generation: () => generation,
    set(keyHash, key, now, startedAt) {
      if (startedAt !== generation) return;
      entries.delete(keyHash);
      entries.set(keyHash, { key, expiresAt: now + ttlMs });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    },
    forget(apiKeyId) {
      generation += 1;
      for (const [hash, entry] of entries) if (entry.key.id === apiKeyId) entries.delete(hash);
    },
  };
}

const caches = new WeakMap<Executor, ApiKeyCache>();

/** The cache of this process's connection to a database (one per app instance). */
export function apiKeyCacheFor(db: Executor): ApiKeyCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = createApiKeyCache();
    caches.set(db, cache);
  }
  return cache;
}
