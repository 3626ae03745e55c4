import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { fixedClock } from '../../shared/clock.js';

const CANDIDATE_FIELDS = [
  'assessmentId',
  'assessmentTitle',
  'candidateEmail',
  'candidateName',
  'completedAt',
  'expiresAt',
  'id',
  'key',
  'redeemedAt',
  'sessionId',
  'status',
];

describe('GET /v1/candidates', () => {
  const clock = fixedClock('2026-04-01T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let allIds: string[] = [];
  let first: any;
  let second: any;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    first = await createAssessment(t, org, { title: 'Backend API Challenge' });
    second = await createAssessment(t, org, { title: 'Frontend Challenge' });
    const keys: any[] = [];
    // 205 keys in creation order, alternating assessments and moving time forward.
    for (let batch = 0; batch < 5; batch++) {
      clock.advance(60_000);
      keys.push(...(await createKeys(t, org, batch % 2 === 0 ? first.id : second.id, { count: 41 })));
    }
    clock.advance(60_000);
    keys.push(...(await createKeys(t, org, first.id, { count: 1, candidateEmails: ['alice@example.com'], candidateNames: ['Alice'] })));
    allIds = keys.map((key) => key.id);
  });
  afterAll(() => t.close());

  const list = (query = '', headers = org.headers) => t.request({ method: 'GET', url: `/v1/candidates${query}`, headers });

  it('defaults to 50 from offset 0, oldest first, with total and the documented fields', async () => {
    const response = await list();
    expect(response.statusCode).toBe(200);
    expect(response.data).toMatchObject({ total: 206, limit: 50, offset: 0 });
    expect(response.data.candidates.map((c: any) => c.id)).toEqual(allIds.slice(0, 50));
    for (const candidate of response.data.candidates) expect(Object.keys(candidate).sort()).toEqual(CANDIDATE_FIELDS);
    expect(response.data.candidates[0]).toMatchObject({
      assessmentId: first.id,
      assessmentTitle: 'Backend API Challenge',
      status: 'pending',
      sessionId: null,
      redeemedAt: null,
      completedAt: null,
    });
    expect(response.data.candidates[41]).toMatchObject({ assessmentId: second.id, assessmentTitle: 'Frontend Challenge' });
  });

  it.each([
    ['?limit=500', 200, 0],
    ['?limit=200', 200, 0],
    ['?limit=201', 200, 0],
    ['?limit=0', 1, 0],
    ['?limit=-3', 1, 0],
    ['?limit=1', 1, 0],
    ['?limit=10&offset=20', 10, 20],
    ['?offset=200', 50, 200],
    ['?offset=1000', 50, 1000],
  ])('%s answers 200 with limit %d and offset %d', async (query, limit, offset) => {
    const response = await list(query);
    expect(response.statusCode).toBe(200);
    expect(response.data.limit).toBe(limit);
    expect(response.data.offset).toBe(offset);
    expect(response.data.total).toBe(206);
    expect(response.data.candidates.map((c: any) => c.id)).toEqual(allIds.slice(offset, offset + limit));
  });

  it('pages through everything exactly once', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 206; offset += 70) {
      const response = await list(`?limit=70&offset=${offset}`);
      seen.push(...response.data.candidates.map((c: any) => c.id));
    }
    expect(seen).toEqual(allIds);
  });

  it.each([
    ['?limit=abc', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=x', 'offset'],
    ['?cursor=abc', 'cursor'],
  ])('%s answers 400 naming %s', async (query, field) => {
    const response = await list(query);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.message).toContain(field);
  });

  it('leaves out revoked keys and keys of deleted assessments', async () => {
    const extra = await createAssessment(t, org, { title: 'Temporary' });
    const keys = await createKeys(t, org, extra.id, { count: 2 });
    expect((await list('?limit=200&offset=200')).data.total).toBe(208);
    await t.request({ method: 'DELETE', url: `/v1/assessments/${extra.id}/keys/${keys[0].id}`, headers: org.headers });
    const afterRevoke = await list('?limit=200&offset=200');
    expect(afterRevoke.data.total).toBe(207);
    expect(afterRevoke.data.candidates.map((c: any) => c.id)).toEqual([...allIds.slice(200), keys[1].id]);
    await t.request({ method: 'DELETE', url: `/v1/assessments/${extra.id}`, headers: org.headers });
    const afterDelete = await list('?limit=200&offset=200');
    expect(afterDelete.data.total).toBe(206);
    expect(afterDelete.data.candidates.map((c: any) => c.id)).toEqual(allIds.slice(200));
    expect(afterDelete.data.candidates.at(-1)).toMatchObject({ candidateEmail: 'alice@example.com', candidateName: 'Alice' });
  });

  it("shows an org only its own candidates, and needs candidates:read", async () => {
    const other = await t.createOrg();
    const empty = await list('', other.headers);
    expect(empty.data).toEqual({ candidates: [], total: 0, limit: 50, offset: 0 });
    const narrow = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'n', scopes: ['assessments:read'] } });
    const refused = await list('', { authorization: `Bearer ${narrow.data.key}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.data.error.details).toEqual({ scope: 'candidates:read' });
  });
});
