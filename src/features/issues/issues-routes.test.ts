import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { DEFAULT_ISSUES } from './issues-catalog.js';

describe('issue catalog API', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(() => t.close());

  it("lists the org's seeded catalog oldest first, and gets one", async () => {
    const response = await t.request({ method: 'GET', url: '/v1/issues', headers: org.headers });
    expect(response.statusCode).toBe(200);
    const issues = response.data.issues;
    expect(issues.map((issue: any) => issue.title)).toEqual(DEFAULT_ISSUES.map((issue) => issue.title));
    expect(issues[0]).toEqual({
      id: expect.stringMatching(/^iss_/),
      title: DEFAULT_ISSUES[0].title,
      repoUrl: DEFAULT_ISSUES[0].repoUrl,
      issueUrl: DEFAULT_ISSUES[0].issueUrl,
      brief: DEFAULT_ISSUES[0].brief,
      labels: [...DEFAULT_ISSUES[0].labels],
      createdAt: expect.any(String),
    });
    const one = await t.request({ method: 'GET', url: `/v1/issues/${issues[2].id}`, headers: org.headers });
    expect(one.statusCode).toBe(200);
    expect(one.data.issue).toEqual(issues[2]);
  });

  it('gives every org its own catalog rows, answers 404 for unknown and foreign ids', async () => {
    const other = await t.createOrg();
    const mine = (await t.request({ method: 'GET', url: '/v1/issues', headers: org.headers })).data.issues;
    const theirs = (await t.request({ method: 'GET', url: '/v1/issues', headers: other.headers })).data.issues;
    expect(theirs).toHaveLength(mine.length);
    const mineIds = new Set(mine.map((issue: any) => issue.id));
    for (const issue of theirs) expect(mineIds.has(issue.id)).toBe(false);
    expect((await t.request({ method: 'GET', url: `/v1/issues/${theirs[0].id}`, headers: org.headers })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/v1/issues/iss_unknown', headers: org.headers })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/v1/issues' })).statusCode).toBe(401);
  });
});
