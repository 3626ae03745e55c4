import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';

describe('webhook endpoints API', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await t.createOrg();
    other = await t.createOrg();
  });
  afterAll(() => t.close());

  async function create(payload: Record<string, unknown>, headers = org.headers) {
    return t.request({ method: 'POST', url: '/v1/webhooks', headers, payload });
  }

  it('creates an endpoint whose whsec_ secret is shown once and stored only encrypted', async () => {
    const response = await create({
      url: 'http://127.0.0.1:9/hooks',
      eventTypes: ['result.scored', 'session.completed'],
      description: 'ATS sync',
    });
    expect(response.statusCode).toBe(201);
    expect(response.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(response.data.webhook).toMatchObject({
      url: 'http://127.0.0.1:9/hooks',
      eventTypes: ['result.scored', 'session.completed'],
      description: 'ATS sync',
      enabled: true,
      disabledReason: null,
      failingSince: null,
      previousSecretExpiresAt: null,
    });
    expect(response.data.webhook.id).toMatch(/^wh_/);
    expect(Object.keys(response.data.webhook)).not.toContain('secret');

    const row = await t.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', response.data.webhook.id).executeTakeFirstOrThrow();
    const secretBody = response.data.secret.slice('whsec_'.length);
    expect(JSON.stringify(row)).not.toContain(secretBody);
    expect(row.secret_encrypted).toMatch(/^v1:/);

    const list = await t.request({ method: 'GET', url: '/v1/webhooks', headers: org.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(secretBody);
    expect(list.data.webhooks.map((w: { id: string }) => w.id)).toContain(response.data.webhook.id);
    const one = await t.request({ method: 'GET', url: `/v1/webhooks/${response.data.webhook.id}`, headers: org.headers });
    expect(one.statusCode).toBe(200);
    expect(one.body).not.toContain(secretBody);
  });

  it.each([
    ['an unknown event type', { url: 'https://example.com/h', eventTypes: ['result.deleted'] }, 'eventTypes.0'],
    ['no event types', { url: 'https://example.com/h', eventTypes: [] }, 'eventTypes'],
    ['duplicate event types', { url: 'https://example.com/h', eventTypes: ['result.scored', 'result.scored'] }, 'eventTypes'],
    ['a missing url', { eventTypes: ['result.scored'] }, 'url'],
    ['a non-URL', { url: 'not a url', eventTypes: ['result.scored'] }, 'url'],
    ['an ftp URL', { url: 'ftp://example.com/h', eventTypes: ['result.scored'] }, 'url'],
    ['an unknown field', { url: 'https://example.com/h', eventTypes: ['result.scored'], secret: 'x' }, 'secret'],
    ['a too long description', { url: 'https://example.com/h', eventTypes: ['result.scored'], description: 'x'.repeat(501) }, 'description'],
  ])('refuses %s with 400 naming the field', async (_name, payload, field) => {
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_failed');
    expect(response.data.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await t.database.db.selectFrom('webhook_endpoints').select('id').where('url', '=', 'ftp://example.com/h').execute()).toEqual([]);
  });

  it('PATCH changes only the fields given; null clears the description', async () => {
    const created = await create({ url: 'http://127.0.0.1:9/a', eventTypes: ['result.scored'], description: 'first' });
    const id = created.data.webhook.id;
    const renamed = await t.request({ method: 'PATCH', url: `/v1/webhooks/${id}`, headers: org.headers, payload: { eventTypes: ['invitation.created'] } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.data.webhook).toMatchObject({ url: 'http://127.0.0.1:9/a', eventTypes: ['invitation.created'], description: 'first' });
    const cleared = await t.request({ method: 'PATCH', url: `/v1/webhooks/${id}`, headers: org.headers, payload: { description: null } });
    expect(cleared.data.webhook.description).toBeNull();
    const disabled = await t.request({ method: 'PATCH', url: `/v1/webhooks/${id}`, headers: org.headers, payload: { enabled: false } });
    expect(disabled.data.webhook).toMatchObject({ enabled: false, disabledReason: 'manual' });
    const enabled = await t.request({ method: 'PATCH', url: `/v1/webhooks/${id}`, headers: org.headers, payload: { enabled: true } });
    expect(enabled.data.webhook).toMatchObject({ enabled: true, disabledReason: null });
    const empty = await t.request({ method: 'PATCH', url: `/v1/webhooks/${id}`, headers: org.headers, payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('hides one organization\'s endpoints from another (404, never 403)', async () => {
    const created = await create({ url: 'http://127.0.0.1:9/private', eventTypes: ['result.scored'] });
    const id = created.data.webhook.id;
    for (const [method, url] of [
      ['GET', `/v1/webhooks/${id}`],
      ['PATCH', `/v1/webhooks/${id}`],
      ['DELETE', `/v1/webhooks/${id}`],
      ['POST', `/v1/webhooks/${id}/rotate-secret`],
      ['POST', `/v1/webhooks/${id}/test`],
      ['GET', `/v1/webhooks/${id}/deliveries`],
    ] as const) {
      const response = await t.request({
        method,
        url,
        headers: other.headers,
        ...(method === 'PATCH' ? { payload: { description: 'mine now' } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = await t.request({ method: 'GET', url: '/v1/webhooks', headers: other.headers });
    expect(list.data.webhooks).toEqual([]);
  });

  it('needs the webhooks:manage scope', async () => {
    const narrow = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: org.headers,
      payload: { name: 'reader', scopes: ['results:read'] },
    });
    const response = await t.request({ method: 'GET', url: '/v1/webhooks', headers: { authorization: `Bearer ${narrow.data.key}` } });
    expect(response.statusCode).toBe(403);
    expect(response.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'webhooks:manage' } });
    expect((await t.request({ method: 'GET', url: '/v1/webhooks' })).statusCode).toBe(401);
  });

  it('deletes an endpoint; it is gone afterwards', async () => {
    const created = await create({ url: 'http://127.0.0.1:9/del', eventTypes: ['result.scored'] });
    const id = created.data.webhook.id;
    const removed = await t.request({ method: 'DELETE', url: `/v1/webhooks/${id}`, headers: org.headers });
    expect(removed.statusCode).toBe(200);
    expect(removed.data).toEqual({ ok: true, id });
    expect((await t.request({ method: 'GET', url: `/v1/webhooks/${id}`, headers: org.headers })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/v1/webhooks/${id}`, headers: org.headers })).statusCode).toBe(404);
  });

  it('rotating keeps the previous secret valid for 24 hours', async () => {
    const created = await create({ url: 'http://127.0.0.1:9/rot', eventTypes: ['result.scored'] });
    const rotated = await t.request({ method: 'POST', url: `/v1/webhooks/${created.data.webhook.id}/rotate-secret`, headers: org.headers });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.data.secret).toMatch(/^whsec_/);
    expect(rotated.data.secret).not.toBe(created.data.secret);
    const expires = Date.parse(rotated.data.webhook.previousSecretExpiresAt);
    expect(Math.abs(expires - (Date.now() + 24 * 3_600_000))).toBeLessThan(60_000);
  });

  it('answers 400 invalid_cursor for a cursor it did not issue', async () => {
    const created = await create({ url: 'http://127.0.0.1:9/cur', eventTypes: ['result.scored'] });
    const response = await t.request({
      method: 'GET',
      url: `/v1/webhooks/${created.data.webhook.id}/deliveries?cursor=garbage`,
      headers: org.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('invalid_cursor');
  });
});

describe('SSRF guard without ASSAY_WEBHOOK_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  it.each([
    ['http://127.0.0.1/hooks', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::1]/hooks', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hooks', 'loopback'],
    ['http://10.1.2.3:8080/hooks', 'private'],
    ['http://192.168.0.10/hooks', 'private'],
    ['http://[fd00::1]/hooks', 'unique-local'],
    ['http://[fe80::1]/hooks', 'link-local'],
    ['http://0.0.0.0/hooks', 'unspecified'],
    ['http://localhost:3000/hooks', 'loopback'],
  ])('refuses %s (%s) on create and on update', async (url, kind) => {
    const created = await t.request({ method: 'POST', url: '/v1/webhooks', headers: org.headers, payload: { url, eventTypes: ['result.scored'] } });
    expect(created.statusCode).toBe(400);
    expect(created.data.error.code).toBe('webhook_url_forbidden');
    expect(created.data.error.details).toEqual([{ field: 'url', message: `URL points to a ${kind} address; webhooks go to public addresses only` }]);
    expect(await t.database.db.selectFrom('webhook_endpoints').select('id').where('org_id', '=', org.org.id).execute()).toEqual([]);
  });

  it('refuses a private URL on PATCH as well', async () => {
    const row = {
      id: 'wh_PUBLIC1',
      org_id: org.org.id,
      url: 'https://hooks.example.com/in',
      description: null,
      event_types: '["result.scored"]',
      enabled: 1,
      disabled_reason: null,
      secret_encrypted: 'v1:unused',
      previous_secret_encrypted: null,
      previous_secret_expires_at: null,
      failing_since: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
      deleted_at: null,
    };
    await t.database.db.insertInto('webhook_endpoints').values(row).execute();
    const response = await t.request({
      method: 'PATCH',
      url: '/v1/webhooks/wh_PUBLIC1',
      headers: org.headers,
      payload: { url: 'http://169.254.169.254/latest/meta-data/' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('webhook_url_forbidden');
    const after = await t.database.db.selectFrom('webhook_endpoints').select('url').where('id', '=', 'wh_PUBLIC1').executeTakeFirstOrThrow();
    expect(after.url).toBe('https://hooks.example.com/in');
  });
});
