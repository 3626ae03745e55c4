import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment, type ResultFixture } from '../../../test/helpers/result-fixtures.js';
import { EXAMPLE_001_DETAIL, EXAMPLE_001_LIST, ISO_INSTANT, UUID, expectShape } from '../../../test/helpers/reference-shapes.js';

const clock = fixedClock('2025-03-15T14:00:00.000Z');

describe('Public results API (reference 001)', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let screen: FixtureAssessment;
  let busy: FixtureAssessment;
  let jane: ResultFixture;

  /** Follows `next` links from the first page; `between` runs after each page. */
  async function walk(url: string, between: () => Promise<void> = async () => {}) {
    const tokens: string[] = [];
    const pages: Array<{ next: string | null; previous: string | null; results: Array<{ invite_token: string }> }> = [];
    let next: string | null = url;
    while (next) {
      const response = await t.request({ method: 'GET', url: next.replace(/^https?:\/\/[^/]+/, ''), headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      pages.push(response.data);
      tokens.push(...response.data.results.map((item: { invite_token: string }) => item.invite_token));
      next = response.data.next;
      await between();
    }
    return { tokens, pages };
  }

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { ASSAY_TRUST_PROXY: '1' } });
    orgA = await t.createOrg();
    orgB = await t.createOrg();
    screen = await createAssessmentFixture(t.database.db, clock, orgA.org.id, {
      slug: 'senior-backend-screen',
      title: 'Senior Backend Engineer Screen',
      role: 'Senior Backend Engineer',
      passingScore: 70,
      questions: [],
      cases: [
        { title: 'Query Optimization', maxScore: 100 },
        { title: 'ETL Pipeline', maxScore: 100 },
        { title: 'Data Modeling', maxScore: 100 },
      ],
    });
    clock.set('2025-03-15T15:20:00.000Z');
    jane = await createResultFixture(t.database.db, clock, screen, {
      candidate: { name: 'Jane Doe', email: 'jane@example.com' },
      caseScores: [100, 100, 55],
      startedAt: '2025-03-15T14:00:00.000Z',
      violations: { copyPaste: 2 },
    });
    busy = await createAssessmentFixture(t.database.db, clock, orgA.org.id, { slug: 'busy-screen' });
    for (let index = 0; index < 25; index++) {
      clock.advance(60_000);
      await createResultFixture(t.database.db, clock, busy, { correct: [index % 2 === 0, true, index % 3 === 0] });
    }
  });
  afterAll(() => t.close());

  describe('GET /api/v1/public/assessments/:slug/results/', () => {
    it('matches the reference example field by field', async () => {
      const response = await t.request({ method: 'GET', url: '/api/v1/public/assessments/senior-backend-screen/results/', headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expectShape(response.data, EXAMPLE_001_LIST, { nullable: ['next'], nullExampleTypes: { previous: 'string' } });
      expect(response.data).toEqual({
        next: null,
        previous: null,
        results: [
          {
            candidate_email: 'jane@example.com',
            candidate_name: 'Jane Doe',
            role: 'Senior Backend Engineer',
            status: 'completed',
            score_percentage: 85,
            passed: true,
            // The example says 4460 (the sum of its cases' times); Assay's time spent is the attempt's duration, 14:00 to 15:20.
            time_spent_seconds: 4800,
            violation_counts: { fullscreen_violations: 0, copy_paste_violations: 2 },
            started_at: '2025-03-15T14:00:00.000Z',
            completed_at: '2025-03-15T15:20:00.000Z',
            invite_token: jane.inviteToken,
          },
        ],
      });
      expect(response.data.results[0].invite_token).toMatch(UUID);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'result.list').where('resource_id', '=', screen.id).execute();
      expect(audit).toHaveLength(1);
    });

    it('pages 20 by default, most recent first, with absolute next/previous URLs from the forwarded origin', async () => {
      const first = await t.request({
        method: 'GET',
        url: '/api/v1/public/assessments/busy-screen/results/',
        headers: { ...orgA.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'assay.example.com' },
      });
      expect(first.data.results).toHaveLength(20);
      expect(first.data.previous).toBeNull();
      expect(first.data.next).toMatch(/^https:\/\/assay\.example\.com\/api\/v1\/public\/assessments\/busy-screen\/results\/\?cursor=[A-Za-z0-9_-]+$/);
      const completed = first.data.results.map((item: { completed_at: string }) => item.completed_at);
      expect([...completed].sort().reverse()).toEqual(completed);
      expect(completed.every((value: string) => ISO_INSTANT.test(value))).toBe(true);
      const second = await t.request({ method: 'GET', url: first.data.next.replace('https://assay.example.com', ''), headers: { ...orgA.headers, host: 'api.internal:8080' } });
      expect(second.data.results).toHaveLength(5);
      expect(second.data.next).toBeNull();
      expect(second.data.previous).toMatch(/^http:\/\/api\.internal:8080\/api\/v1\/public\/assessments\/busy-screen\/results\/\?cursor=/);
    });

    it('clamps page_size to 100 and keeps it in the links', async () => {
      const all = await t.request({ method: 'GET', url: '/api/v1/public/assessments/busy-screen/results/?page_size=500', headers: orgA.headers });
      expect(all.data.results).toHaveLength(25);
      expect(all.data.next).toBeNull();
      const small = await t.request({ method: 'GET', url: '/api/v1/public/assessments/busy-screen/results/?page_size=10', headers: orgA.headers });
      expect(small.data.next).toMatch(/&page_size=10$/);
    });

    it('returns every result exactly once while new results arrive between pages, and walks back with previous', async () => {
      const before = await t.request({ method: 'GET', url: '/api/v1/public/assessments/busy-screen/results/?page_size=100', headers: orgA.headers });
      const existing = before.data.results.map((item: { invite_token: string }) => item.invite_token);
      const added: string[] = [];
      const { tokens, pages } = await walk('/api/v1/public/assessments/busy-screen/results/?page_size=7', async () => {
        for (let index = 0; index < 2; index++) {
          clock.advance(60_000);
          added.push((await createResultFixture(t.database.db, clock, busy)).inviteToken);
        }
      });
      expect(tokens).toEqual(existing);
      expect(new Set(tokens).size).toBe(tokens.length);
      expect(pages.map((page) => page.results.length)).toEqual([7, 7, 7, 4]);

      // Back from the last page to the top: the newer results now appear, still each exactly once.
      const back: string[] = [];
      let previous: string | null = pages[pages.length - 1]!.previous;
      back.unshift(...pages[pages.length - 1]!.results.map((item) => item.invite_token));
      while (previous) {
        const response = await t.request({ method: 'GET', url: previous.replace(/^https?:\/\/[^/]+/, ''), headers: orgA.headers });
        back.unshift(...response.data.results.map((item: { invite_token: string }) => item.invite_token));
        previous = response.data.previous;
      }
      expect(back).toEqual([...added].reverse().concat(existing));
    });

    it.each([
      ['an invalid cursor', '/api/v1/public/assessments/busy-screen/results/?cursor=%%%', 400, 'invalid_cursor'],
      ['a cursor of another kind', `/api/v1/public/assessments/busy-screen/results/?cursor=${Buffer.from('p=x&i=y').toString('base64url')}`, 400, 'invalid_cursor'],
      ['page_size not a number', '/api/v1/public/assessments/busy-screen/results/?page_size=many', 400, 'validation_failed'],
      ['an unknown slug', '/api/v1/public/assessments/nope/results/', 404, 'not_found'],
      ['a missing trailing slash', '/api/v1/public/assessments/busy-screen/results', 404, 'route_not_found'],
    ])('answers %s', async (_name, url, status, code) => {
      const response = await t.request({ method: 'GET', url, headers: orgA.headers });
      expect(response.statusCode).toBe(status);
      expect(response.data.error.code).toBe(code);
    });

    it("answers 404 for another org's slug and 403 without candidates:read", async () => {
      expect((await t.request({ method: 'GET', url: '/api/v1/public/assessments/busy-screen/results/', headers: orgB.headers })).statusCode).toBe(404);
      const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'results', scopes: ['results:read'] } });
      const response = await t.request({ method: 'GET', url: '/api/v1/public/assessments/busy-screen/results/', headers: { authorization: `Bearer ${key.data.key}` } });
      expect(response.statusCode).toBe(403);
      expect(response.data.error.details).toEqual({ scope: 'candidates:read' });
    });
  });

  describe('GET /api/v1/public/invites/:token/result/', () => {
    it('matches the reference example field by field, with cases and a working report link', async () => {
      const response = await t.request({ method: 'GET', url: `/api/v1/public/invites/${jane.inviteToken}/result/`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expectShape(response.data, EXAMPLE_001_DETAIL);
      expect(response.data).toEqual({
        candidate_email: 'jane@example.com',
        candidate_name: 'Jane Doe',
        assessment: 'Senior Backend Engineer Screen',
        status: 'completed',
        score: 255,
        max_score: 300,
        score_percentage: 85,
        passed: true,
        passing_score: 70,
        started_at: '2025-03-15T14:00:00.000Z',
        completed_at: '2025-03-15T15:20:00.000Z',
        violation_counts: { fullscreen_violations: 0, copy_paste_violations: 2 },
        detailed_report_url: `http://assay.test/reports/sessions/${jane.sessionId}`,
        cases: [
          { case_order: 1, case_title: 'Query Optimization', score: 100, max_score: 100, status: 'correct', time_spent_seconds: 600 },
          { case_order: 2, case_title: 'ETL Pipeline', score: 100, max_score: 100, status: 'correct', time_spent_seconds: 720 },
          { case_order: 3, case_title: 'Data Modeling', score: 55, max_score: 100, status: 'incorrect', time_spent_seconds: 840 },
        ],
      });
      const report = await t.request({ method: 'GET', url: new URL(response.data.detailed_report_url).pathname, headers: orgA.headers });
      expect(report.statusCode).toBe(200);
      expect(report.body).toContain('Jane Doe');
      expect(report.body).toContain('Data Modeling');
      expect((await t.request({ method: 'GET', url: new URL(response.data.detailed_report_url).pathname })).statusCode).toBe(401);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'result.read').where('resource_id', '=', jane.sessionId).execute();
      expect(audit).toHaveLength(1);
    });

    it('shows a case awaiting its grade as pending', async () => {
      const graded = await createResultFixture(t.database.db, clock, screen, { caseScores: [100, null, 20] });
      const response = await t.request({ method: 'GET', url: `/api/v1/public/invites/${graded.inviteToken}/result/`, headers: orgA.headers });
      expect(response.data).toMatchObject({ score_percentage: null, passed: false, score: 120 });
      expect(response.data.cases.map((item: { status: string }) => item.status)).toEqual(['correct', 'pending', 'incorrect']);
      expect(response.data.cases[1].score).toBeNull();
    });

    it.each([
      ['a malformed token', 'not-a-uuid', 400],
      ['an unknown token', '2f1c4f0e-8d7a-4c55-9d53-0b5b7f7f0a11', 404],
    ])('answers %s', async (_name, token, status) => {
      const response = await t.request({ method: 'GET', url: `/api/v1/public/invites/${token}/result/`, headers: orgA.headers });
      expect(response.statusCode).toBe(status);
    });

    it("answers 404 for another org's token", async () => {
      const response = await t.request({ method: 'GET', url: `/api/v1/public/invites/${jane.inviteToken}/result/`, headers: orgB.headers });
      expect(response.statusCode).toBe(404);
    });
  });

  describe('POST /api/v1/public/assessments/:slug/invites/', () => {
    it('creates an invitation whose invite_token fetches its (pending) result', async () => {
      const created = await t.request({
        method: 'POST',
        url: '/api/v1/public/assessments/senior-backend-screen/invites/',
        headers: orgA.headers,
        payload: { candidate_email: 'Sam@Example.com', candidate_name: 'Sam Lee' },
      });
      expect(created.statusCode).toBe(201);
      expect(created.data).toEqual({
        invite_token: expect.stringMatching(UUID),
        key: expect.stringMatching(/^PST-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
        status: 'pending',
        candidate_email: 'sam@example.com',
        candidate_name: 'Sam Lee',
        assessment: 'senior-backend-screen',
        expires_at: expect.stringMatching(ISO_INSTANT),
        invite_url: expect.stringMatching(/^http:\/\/assay\.test\/take\/PST-/),
        result_url: expect.stringMatching(/\/api\/v1\/public\/invites\/[0-9a-f-]{36}\/result\/$/),
      });
      const result = await t.request({ method: 'GET', url: `/api/v1/public/invites/${created.data.invite_token}/result/`, headers: orgA.headers });
      expect(result.statusCode).toBe(200);
      expect(result.data).toMatchObject({
        candidate_email: 'sam@example.com',
        candidate_name: 'Sam Lee',
        status: 'pending',
        score: null,
        max_score: null,
        score_percentage: null,
        passed: false,
        started_at: null,
        completed_at: null,
        detailed_report_url: null,
        cases: [],
      });
      const emails = await t.database.db.selectFrom('emails').select(['to_address', 'kind']).where('org_id', '=', orgA.org.id).execute();
      expect(emails).toContainEqual({ to_address: 'sam@example.com', kind: 'invitation' });
    });

    it.each([
      ['no email', {}, 'candidate_email'],
      ['a bad email', { candidate_email: 'nope' }, 'candidate_email'],
      ['an unknown field', { candidate_email: 'a@b.co', role: 'x' }, 'role'],
    ])('answers 400 for %s, naming the field', async (_name, payload, field) => {
      const response = await t.request({ method: 'POST', url: '/api/v1/public/assessments/senior-backend-screen/invites/', headers: orgA.headers, payload });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details[0].field).toBe(field);
    });

    it('answers 404 for an unknown slug and 403 without candidates:write', async () => {
      const missing = await t.request({ method: 'POST', url: '/api/v1/public/assessments/nope/invites/', headers: orgA.headers, payload: { candidate_email: 'a@b.co' } });
      expect(missing.statusCode).toBe(404);
      const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'reader', scopes: ['candidates:read'] } });
      const denied = await t.request({
        method: 'POST',
        url: '/api/v1/public/assessments/senior-backend-screen/invites/',
        headers: { authorization: `Bearer ${key.data.key}` },
        payload: { candidate_email: 'a@b.co' },
      });
      expect(denied.statusCode).toBe(403);
    });
  });
});
