import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_KEY, createTestApp, type TestApp } from '../../../test/helpers/test-app.js';
import { SCOPES } from '../auth/auth-scopes.js';

const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

describe('operator organization API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates an org with a generated slug and an all-scope ct_live_ key', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/admin/orgs',
      headers: operator,
      payload: { name: 'Acme Hiring Ltd.', monthlyAssessmentQuota: 10 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.data.org).toMatchObject({
      name: 'Acme Hiring Ltd.',
      slug: 'acme-hiring-ltd',
      subscriptionStatus: 'active',
      trialEndsAt: null,
      monthlyAssessmentQuota: 10,
    });
    expect(response.data.org.id).toMatch(/^org_/);
    expect(response.data.apiKey).toMatch(/^ct_live_/);
    const keys = await t.request({ method: 'GET', url: '/v1/api-keys', headers: { authorization: `Bearer ${response.data.apiKey}` } });
    expect([...keys.data.apiKeys[0].scopes].sort()).toEqual([...SCOPES].sort());

    const second = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'Acme Hiring Ltd' } });
    expect(second.data.org.slug).toBe('acme-hiring-ltd-2');
  });

  it('keeps a quota of 0 as 0 (not unlimited) and null as unlimited', async () => {
    const zero = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'Zero', monthlyAssessmentQuota: 0 } });
    expect(zero.statusCode).toBe(201);
    expect(zero.data.org.monthlyAssessmentQuota).toBe(0);
    const unlimited = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'Unlimited', monthlyAssessmentQuota: null } });
    expect(unlimited.data.org.monthlyAssessmentQuota).toBeNull();
    const patched = await t.request({ method: 'PATCH', url: `/v1/admin/orgs/${unlimited.data.org.id}`, headers: operator, payload: { monthlyAssessmentQuota: 0 } });
    expect(patched.data.org.monthlyAssessmentQuota).toBe(0);
    const asString = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'S', monthlyAssessmentQuota: '5' } });
    expect(asString.statusCode).toBe(400);
    expect(asString.data.error.message).toContain('monthlyAssessmentQuota');
  });

  it('refuses a taken explicit slug with 409', async () => {
    await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'One', slug: 'taken-slug' } });
    const response = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'Two', slug: 'taken-slug' } });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('slug_taken');
  });

  it.each([
    [{}, 'name'],
    [{ name: '' }, 'name'],
    [{ name: 'x', slug: 'Not A Slug' }, 'slug'],
    [{ name: 'x', subscriptionStatus: 'gold' }, 'subscriptionStatus'],
    [{ name: 'x', monthlyAssessmentQuota: -1 }, 'monthlyAssessmentQuota'],
    [{ name: 'x', trialEndsAt: 'tomorrow' }, 'trialEndsAt'],
  ])('rejects %j with 400 naming %s', async (payload, field) => {
    const response = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.message).toContain(field);
  });

  it('requires the operator key', async () => {
    const none = await t.request({ method: 'POST', url: '/v1/admin/orgs', payload: { name: 'x' } });
    expect(none.statusCode).toBe(401);
    const org = await t.createOrg();
    const withOrgKey = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: org.headers, payload: { name: 'x' } });
    expect(withOrgKey.statusCode).toBe(401);
  });

  it('PATCH changes subscription and quota; absent fields stay, null clears', async () => {
    const org = await t.createOrg({ monthlyAssessmentQuota: 5, subscriptionStatus: 'trialing', trialEndsAt: '2030-01-01T00:00:00.000Z' });
    const patched = await t.request({
      method: 'PATCH',
      url: `/v1/admin/orgs/${org.org.id}`,
      headers: operator,
      payload: { subscriptionStatus: 'inactive' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.data.org).toMatchObject({ subscriptionStatus: 'inactive', monthlyAssessmentQuota: 5, trialEndsAt: '2030-01-01T00:00:00.000Z' });
    const cleared = await t.request({
      method: 'PATCH',
      url: `/v1/admin/orgs/${org.org.id}`,
      headers: operator,
      payload: { monthlyAssessmentQuota: null },
    });
    expect(cleared.data.org.monthlyAssessmentQuota).toBeNull();
    const missing = await t.request({ method: 'PATCH', url: '/v1/admin/orgs/org_nope', headers: operator, payload: {} });
    expect(missing.statusCode).toBe(404);
  });
});

describe('operator API without ASSAY_OPERATOR_KEY', () => {
  it('answers 401 to everyone', async () => {
    const t = await createTestApp({ env: { ASSAY_OPERATOR_KEY: '' } });
    try {
      const response = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'x' } });
      expect(response.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
