import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('rubrics API', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  const create = (payload: Record<string, unknown>, headers = org.headers) =>
    t.request({ method: 'POST', url: '/v1/rubrics', headers, payload });

  it('creates a rubric with a UUID v7 id, trimmed criteria and total points; gets and lists it', async () => {
    const response = await create({
      name: 'Code review',
      criteria: [
        { name: ' Correctness ', maxPoints: 6, description: 'Tests pass and edge cases handled' },
        { name: 'Readability', maxPoints: 4 },
      ],
    });
    expect(response.statusCode).toBe(201);
    const rubric = response.data.rubric;
    expect(rubric).toEqual({
      id: expect.stringMatching(UUID_V7),
      name: 'Code review',
      criteria: [
        { name: 'Correctness', maxPoints: 6, description: 'Tests pass and edge cases handled' },
        { name: 'Readability', maxPoints: 4, description: null },
      ],
      totalPoints: 10,
      createdAt: expect.any(String),
    });
    const get = await t.request({ method: 'GET', url: `/v1/rubrics/${rubric.id}`, headers: org.headers });
    expect(get.statusCode).toBe(200);
    expect(get.data.rubric).toEqual(rubric);

    const second = await create({ criteria: [{ name: 'Communication', maxPoints: 2.5 }] });
    expect(second.data.rubric.name).toBe('Untitled rubric');
    const list = await t.request({ method: 'GET', url: '/v1/rubrics', headers: org.headers });
    expect(list.data.rubrics.map((r: any) => r.id)).toEqual([rubric.id, second.data.rubric.id]);
  });

  it.each([
    ['no criteria', {}, 'criteria'],
    ['empty criteria', { criteria: [] }, 'criteria'],
    ['a criterion without name', { criteria: [{ maxPoints: 1 }] }, 'criteria.0.name'],
    ['a blank criterion name', { criteria: [{ name: '  ', maxPoints: 1 }] }, 'criteria.0.name'],
    ['zero maxPoints', { criteria: [{ name: 'a', maxPoints: 0 }] }, 'criteria.0.maxPoints'],
    ['negative maxPoints', { criteria: [{ name: 'a', maxPoints: -2 }] }, 'criteria.0.maxPoints'],
    ['repeated criterion names', { criteria: [{ name: 'Tests', maxPoints: 1 }, { name: 'tests ', maxPoints: 1 }] }, 'criteria.1.name'],
    ['an empty name', { name: '', criteria: [{ name: 'a', maxPoints: 1 }] }, 'name'],
    ['an unknown criterion field', { criteria: [{ name: 'a', maxPoints: 1, weight: 2 }] }, 'criteria.0.weight'],
  ])('refuses %s with 400 naming the field', async (_name, payload, field) => {
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.message).toContain(field);
  });

  it('answers 404 for an unknown id and needs the right scopes', async () => {
    expect((await t.request({ method: 'GET', url: '/v1/rubrics/0190a5b2-0000-7000-8000-000000000000', headers: org.headers })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/v1/rubrics/not-a-uuid', headers: org.headers })).statusCode).toBe(404);
    const reader = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'r', scopes: ['assessments:read'] } });
    const headers = { authorization: `Bearer ${reader.data.key}` };
    const refused = await create({ criteria: [{ name: 'a', maxPoints: 1 }] }, headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.error.details).toEqual({ scope: 'assessments:write' });
    expect((await t.request({ method: 'GET', url: '/v1/rubrics', headers })).statusCode).toBe(200);
  });
});
