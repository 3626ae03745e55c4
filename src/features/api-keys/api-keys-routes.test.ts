import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { hashApiKey } from '../auth/auth-credentials.js';

describe('API keys', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    orgA = await t.createOrg();
    orgB = await t.createOrg();
  });
  afterAll(() => t.close());

  it('creates a key shown once, stored only as a hash', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: orgA.headers,
      payload: { name: 'CI reader', scopes: ['results:read'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.data.key).toMatch(/^ct_live_[A-Za-z0-9]{32}$/);
    expect(created.data.apiKey).toMatchObject({ name: 'CI reader', mode: 'live', scopes: ['results:read'], lastUsedAt: null });
    expect(created.data.apiKey.prefix).toBe(`${created.data.key.slice(0, 12)}…`);

    const rows = await t.database.db.selectFrom('api_keys').selectAll().execute();
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(created.data.key);
      expect(JSON.stringify(row)).not.toContain(orgA.apiKey);
    }
    expect(rows.some((row) => row.key_hash === hashApiKey(created.data.key))).toBe(true);

    const list = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgA.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.data.key);
    expect(list.data.apiKeys.map((k: { name: string }) => k.name)).toEqual(['Initial key', 'CI reader']);
  });

  it('accepts the key as Bearer and as X-API-Key, and records when it was used', async () => {
    const bearer = await t.request({ method: 'GET', url: '/v1/org', headers: { authorization: `Bearer ${orgA.apiKey}` } });
    expect(bearer.statusCode).toBe(200);
    expect(bearer.data.org.id).toBe(orgA.org.id);
    const header = await t.request({ method: 'GET', url: '/v1/org', headers: { 'x-api-key': orgA.apiKey } });
    expect(header.statusCode).toBe(200);
    const list = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgA.headers });
    const initial = list.data.apiKeys.find((k: { name: string }) => k.name === 'Initial key');
    expect(initial.lastUsedAt).not.toBeNull();
  });

  it.each([
    ['no credential', {}],
    ['unknown key', { authorization: 'Bearer ct_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['malformed header', { authorization: 'Basic abc' }],
    ['operator key on an org route', { authorization: 'Bearer test-operator-key-0123456789' }],
  ])('answers 401 for %s', async (_name, headers) => {
    const response = await t.request({ method: 'GET', url: '/v1/api-keys', headers });
    expect(response.statusCode).toBe(401);
    expect(response.data.error.code).toBe('unauthorized');
    expect(response.data.requestId).toMatch(/^req_/);
  });

  it('answers 403 insufficient_scope naming the scope', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: orgA.headers,
      payload: { name: 'narrow', scopes: ['results:read'] },
    });
    const response = await t.request({
      method: 'GET',
      url: '/v1/api-keys',
      headers: { authorization: `Bearer ${created.data.key}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'api_keys:manage' } });
    expect(response.data.error.message).toContain('api_keys:manage');
  });

  it('rejects unknown scopes and bad bodies with 400 naming the field', async () => {
    const badScope = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: orgA.headers,
      payload: { name: 'x', scopes: ['everything'] },
    });
    expect(badScope.statusCode).toBe(400);
    expect(badScope.data.error.code).toBe('validation_failed');
    expect(badScope.data.error.message).toContain('scopes');

    const noName = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: {} });
    expect(noName.statusCode).toBe(400);
    expect(noName.data.error.details[0].field).toBe('name');

    const badJson = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: { ...orgA.headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.data.error.code).toBe('invalid_body');
  });

  it('revokes a key: it stops working, and revoking again or from another org is 404', async () => {
    const created = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'temp' } });
    const id = created.data.apiKey.id;
    const foreign = await t.request({ method: 'DELETE', url: `/v1/api-keys/${id}`, headers: orgB.headers });
    expect(foreign.statusCode).toBe(404);
    const revoked = await t.request({ method: 'DELETE', url: `/v1/api-keys/${id}`, headers: orgA.headers });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.data).toEqual({ ok: true, id });
    const again = await t.request({ method: 'DELETE', url: `/v1/api-keys/${id}`, headers: orgA.headers });
    expect(again.statusCode).toBe(404);
    const use = await t.request({ method: 'GET', url: '/v1/org', headers: { authorization: `Bearer ${created.data.key}` } });
    expect(use.statusCode).toBe(401);
  });

  it("never lists another org's keys", async () => {
    const listB = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgB.headers });
    const listA = await t.request({ method: 'GET', url: '/v1/api-keys', headers: orgA.headers });
    const idsA = new Set(listA.data.apiKeys.map((k: { id: string }) => k.id));
    expect(listB.data.apiKeys.some((k: { id: string }) => idsA.has(k.id))).toBe(false);
  });
});
