import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { connectAgain } from '../../../test/helpers/test-db.js';
import { API_KEY_CACHE_TTL_MS, createApiKeyCache, type CachedApiKey } from './auth-key-cache.js';

const key = (id: string): CachedApiKey => ({ id, org_id: 'org_1', name: id, scopes: '[]', last_used_at: null });

describe('API-key cache rules', () => {
  it.each([
    // stored at, read at, found
    [0, 0, true],
    [0, API_KEY_CACHE_TTL_MS - 1, true],
    [0, API_KEY_CACHE_TTL_MS, false],
    [1_000, 1_000 + API_KEY_CACHE_TTL_MS + 1, false],
  ])('a key stored at %i is found at %i: %s', (storedAt, readAt, found) => {
    const cache = createApiKeyCache();
    cache.set('hash', key('k1'), storedAt, cache.generation());
    expect(cache.get('hash', readAt) !== undefined).toBe(found);
  });

  it('forgets a revoked key at once, under every hash it was stored with', () => {
    const cache = createApiKeyCache();
    cache.set('h1', key('k1'), 0, cache.generation());
    cache.set('h2', key('k2'), 0, cache.generation());
    cache.forget('k1');
    expect(cache.get('h1', 1)).toBeUndefined();
    expect(cache.get('h2', 1)?.id).toBe('k2');
  });

  it('a lookup that started before a revoke does not put the old row back', () => {
    const cache = createApiKeyCache();
    const startedAt = cache.generation();
    cache.forget('k1');
    cache.set('h1', key('k1'), 0, startedAt);
    expect(cache.get('h1', 1)).toBeUndefined();
  });
});

describe('API-key lookups through the app', () => {
  const clock = fixedClock('2026-05-01T09:00:00.000Z');
  let t: TestApp;
  let other: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    other = await createTestApp({ clock, database: connectAgain(t.database) });
    org = await t.createOrg();
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  async function createKey(): Promise<{ id: string; key: string }> {
    const created = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'Cached', scopes: ['results:read'] } });
    expect(created.statusCode).toBe(201);
    return { id: created.data.apiKey.id, key: created.data.key };
  }
  const read = (app: TestApp, apiKey: string) => app.request({ method: 'GET', url: '/results', headers: { authorization: `Bearer ${apiKey}` } });

  it('a revoke is seen at once by this instance, and by another instance within the documented bound', async () => {
    const { id, key: apiKey } = await createKey();
    expect((await read(t, apiKey)).statusCode).toBe(200);
    expect((await read(other, apiKey)).statusCode).toBe(200);

    expect((await t.request({ method: 'DELETE', url: `/v1/api-keys/${id}`, headers: org.headers })).statusCode).toBe(200);
    expect((await read(t, apiKey)).statusCode).toBe(401);
    // The other instance looked the key up a moment ago: it may accept it until the TTL runs out, not longer.
    expect((await read(other, apiKey)).statusCode).toBe(200);
    clock.advance(API_KEY_CACHE_TTL_MS);
    expect((await read(other, apiKey)).statusCode).toBe(401);
  });

  it('repeated requests with one key do not look it up again within the TTL', async () => {
    const { key: apiKey } = await createKey();
    expect((await read(t, apiKey)).statusCode).toBe(200);
    // Revoked behind the app's back (no forget): the cached lookup still answers within the TTL, which proves it is used.
    await t.database.db.updateTable('api_keys').set({ revoked_at: clock.now().toISOString() }).where('name', '=', 'Cached').execute();
    expect((await read(t, apiKey)).statusCode).toBe(200);
    clock.advance(API_KEY_CACHE_TTL_MS);
    expect((await read(t, apiKey)).statusCode).toBe(401);
  });
});
