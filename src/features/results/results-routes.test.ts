import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment, type ResultFixture } from '../../../test/helpers/result-fixtures.js';
import { EXAMPLE_000_DETAIL, EXAMPLE_000_LIST, ISO_INSTANT, expectShape } from '../../../test/helpers/reference-shapes.js';
import { signUpOnTestApp } from '../../../test/helpers/account-mail.js';

const clock = fixedClock('2026-02-12T09:00:00.000Z');
const tick = () => clock.advance(60_000);

/** 10 questions: Algorithms ×4 (q0–q3), System Design ×3 (q4–q6), Databases ×3 (q7–q9). */
const pattern = (correct: number[]) => Array.from({ length: 10 }, (_, index) => correct.includes(index));

describe('Results API (reference 000)', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let exam: FixtureAssessment;
  let otherExam: FixtureAssessment;
  let r90: ResultFixture;
  let r70: ResultFixture;
  let r50: ResultFixture;
  let r30: ResultFixture;
  let pending: ResultFixture;
  let tmp: string;

  async function auditRows(action: string, resourceId?: string) {
    let query = t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', orgA.org.id).where('action', '=', action);
    if (resourceId) query = query.where('resource_id', '=', resourceId);
    return query.execute();
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-export-'));
    orgA = await t.createOrg();
    orgB = await t.createOrg();
    const db = t.database.db;
    exam = await createAssessmentFixture(db, clock, orgA.org.id, { title: 'Backend Screen' });
    otherExam = await createAssessmentFixture(db, clock, orgA.org.id, {
      title: 'Data Take-home',
      questions: [],
      cases: [
        { title: 'Query Optimization', maxScore: 100 },
        { title: 'Data Modeling', maxScore: 100 },
      ],
    });
    tick();
    r90 = await createResultFixture(db, clock, exam, {
      candidate: { name: 'Jane Doe', email: 'jane@example.com' },
      correct: pattern([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      durationMs: 58 * 60_000 + 10_000,
      violations: { copyPaste: 2 },
    });
    tick();
    r70 = await createResultFixture(db, clock, exam, { correct: pattern([0, 1, 2, 3, 7, 8, 9]) });
    tick();
    r50 = await createResultFixture(db, clock, exam, { correct: pattern([0, 1, 4, 7, 8]) });
    tick();
    r30 = await createResultFixture(db, clock, exam, { correct: pattern([0, 4, 7]) });
    tick();
    pending = await createResultFixture(db, clock, otherExam, { caseScores: [80, null] });
    tick();
    await createResultFixture(db, clock, exam, { status: 'started' });
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await t.close();
  });

  describe('GET /results', () => {
    it('matches the reference list example field by field', async () => {
      const response = await t.request({ method: 'GET', url: '/results', headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expectShape(response.data, EXAMPLE_000_LIST, {
        // `revoked` extends 000: an attempt whose key was revoked mid-way is listed, marked; so do the decision and the red flag.
        extra: ['pagination.next_cursor', 'data[].revoked', 'data[].decision', 'data[].red_flag'],
        nullable: ['data[].score', 'data[].percentile'],
      });
      expect(response.data.pagination).toEqual({ total: 5, limit: 20, has_more: false, next_cursor: null });
      // Newest completion first; the started session is not a result.
      expect(response.data.data.map((item: { id: string }) => item.id)).toEqual([pending.sessionId, r30.sessionId, r50.sessionId, r70.sessionId, r90.sessionId]);
      const top = response.data.data.find((item: { id: string }) => item.id === r90.sessionId);
      expect(top).toEqual({
        id: r90.sessionId,
        candidate_id: r90.candidateId,
        exam_id: exam.id,
        score: 90,
        percentile: 100,
        status: 'passed',
        completed_at: expect.stringMatching(ISO_INSTANT),
        duration_minutes: 58,
        revoked: false,
        decision: null,
        red_flag: false,
      });
      expect(Number.isInteger(top.percentile) && Number.isInteger(top.duration_minutes)).toBe(true);
      const byId = Object.fromEntries(response.data.data.map((item: { id: string }) => [item.id, item]));
      // Percentile: share of the exam's other scored results strictly below (3 others).
      expect(byId[r70.sessionId]).toMatchObject({ score: 70, percentile: 67, status: 'passed' });
      expect(byId[r50.sessionId]).toMatchObject({ score: 50, percentile: 33, status: 'failed' });
      expect(byId[r30.sessionId]).toMatchObject({ score: 30, percentile: 0, status: 'failed' });
      expect(byId[pending.sessionId]).toMatchObject({ score: null, percentile: null, status: 'pending', exam_id: otherExam.id });
    });

    it.each([
      ['exam_id', () => `exam_id=${exam.id}`, () => [r30, r50, r70, r90]],
      ['candidate_id', () => `candidate_id=${r70.candidateId}`, () => [r70]],
      ['min_score', () => 'min_score=50', () => [r50, r70, r90]],
      ['min_score with exam_id', () => `min_score=70&exam_id=${exam.id}`, () => [r70, r90]],
      ['completed_after (inclusive)', () => `completed_after=${encodeURIComponent('2026-02-12T09:03:00Z')}`, () => [pending, r30, r50]],
      ['completed_after as a date', () => 'completed_after=2026-02-13', () => []],
    ])('filters by %s', async (_name, query, expected) => {
      const response = await t.request({ method: 'GET', url: `/results?${query()}`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data.data.map((item: { id: string }) => item.id)).toEqual(expected().map((result) => result.sessionId));
      expect(response.data.pagination.total).toBe(expected().length);
    });

    it('pages with limit and an opaque cursor; limit is clamped to 100', async () => {
      const first = await t.request({ method: 'GET', url: '/results?limit=2', headers: orgA.headers });
      expect(first.data.pagination).toMatchObject({ total: 5, limit: 2, has_more: true });
      expect(first.data.pagination.next_cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      const second = await t.request({ method: 'GET', url: `/results?limit=2&cursor=${first.data.pagination.next_cursor}`, headers: orgA.headers });
      expect(second.data.data.map((item: { id: string }) => item.id)).toEqual([r50.sessionId, r70.sessionId]);
      const third = await t.request({ method: 'GET', url: `/results?limit=2&cursor=${second.data.pagination.next_cursor}`, headers: orgA.headers });
      expect(third.data.data.map((item: { id: string }) => item.id)).toEqual([r90.sessionId]);
      expect(third.data.pagination).toMatchObject({ has_more: false, next_cursor: null });
      const clamped = await t.request({ method: 'GET', url: '/results?limit=500', headers: orgA.headers });
      expect(clamped.data.pagination.limit).toBe(100);
    });

    it('returns every result exactly once while new results are completed between pages', async () => {
      const paging = await createAssessmentFixture(t.database.db, clock, orgA.org.id, { title: 'Paging' });
      const existing: string[] = [];
      for (let index = 0; index < 11; index++) {
        tick();
        existing.unshift((await createResultFixture(t.database.db, clock, paging, { correct: pattern([index % 10]) })).sessionId);
      }
      const seen: string[] = [];
      const added: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: { data: Array<{ id: string }>; pagination: { next_cursor: string | null; total: number } } } = await t.request({
          method: 'GET',
          url: `/results?exam_id=${paging.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          headers: orgA.headers,
        });
        seen.push(...page.data.data.map((item) => item.id));
        expect(page.data.pagination.total).toBe(existing.length + added.length);
        cursor = page.data.pagination.next_cursor;
        tick();
        added.push((await createResultFixture(t.database.db, clock, paging)).sessionId);
      } while (cursor);
      expect(seen).toEqual(existing);
      const after = await t.request({ method: 'GET', url: `/results?exam_id=${paging.id}&limit=100`, headers: orgA.headers });
      expect(after.data.data.map((item: { id: string }) => item.id)).toEqual([...added].reverse().concat(existing));
    });

    it.each([
      ['a foreign cursor', 'cursor=not-a-cursor!', 'invalid_cursor', 'cursor'],
      ['a tampered cursor', `cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`, 'invalid_cursor', 'cursor'],
      ['min_score above 100', 'min_score=101', 'validation_failed', 'min_score'],
      ['min_score not a number', 'min_score=abc', 'validation_failed', 'min_score'],
      ['completed_after not a date', 'completed_after=last-tuesday', 'validation_failed', 'completed_after'],
      ['an unknown parameter', 'exam=1', 'validation_failed', 'exam'],
    ])('answers 400 for %s', async (_name, query, code, field) => {
      const response = await t.request({ method: 'GET', url: `/results?${query}`, headers: orgA.headers });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe(code);
      expect(JSON.stringify(response.data.error)).toContain(field);
    });

    it("never shows another org's results", async () => {
      const response = await t.request({ method: 'GET', url: `/results?exam_id=${exam.id}`, headers: orgB.headers });
      expect(response.data).toEqual({ data: [], pagination: { total: 0, limit: 20, has_more: false, next_cursor: null } });
    });

    it('records who listed which results', async () => {
      const before = (await auditRows('result.list')).length;
      await t.request({ method: 'GET', url: `/results?exam_id=${exam.id}`, headers: { ...orgA.headers, 'user-agent': 'ats-sync/1.0' } });
      const rows = await auditRows('result.list');
      expect(rows.length).toBe(before + 1);
      const row = rows.sort((a, b) => (a.id < b.id ? -1 : 1)).at(-1)!;
      expect(row).toMatchObject({ actor_type: 'api_key', resource_type: 'result', user_agent: 'ats-sync/1.0', ip: '127.0.0.1' });
      expect(JSON.parse(row.details!).resultIds).toEqual([r30, r50, r70, r90].map((result) => result.sessionId));
    });
  });

  describe('GET /results/:id', () => {
    it('matches the reference detail example field by field, with the breakdown of the answers', async () => {
      const response = await t.request({ method: 'GET', url: `/results/${r70.sessionId}`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expectShape(response.data, EXAMPLE_000_DETAIL, { extra: ['revoked', 'decision', 'red_flag'], nullable: ['score', 'percentile', 'duration_minutes', 'candidate_id'] });
      // r70: Algorithms 4/4, System Design 0/3, Databases 3/3.
      expect(response.data.breakdown).toEqual({
        by_category: [
          { category: 'Algorithms', score: 100, correct: 4, total: 4 },
          { category: 'Databases', score: 100, correct: 3, total: 3 },
          { category: 'System Design', score: 0, correct: 0, total: 3 },
        ],
        by_difficulty: [
          { difficulty: 'easy', score: 75, correct: 3, total: 4 },
          { difficulty: 'medium', score: 75, correct: 3, total: 4 },
          { difficulty: 'hard', score: 50, correct: 1, total: 2 },
        ],
      });
      expect(response.data.strengths).toEqual(['Algorithms', 'Databases']);
      expect(response.data.weaknesses).toEqual(['System Design']);
      expect(response.data).toMatchObject({ id: r70.sessionId, exam_id: exam.id, score: 70, percentile: 67, status: 'passed' });
      expect(await auditRows('result.read', r70.sessionId)).toHaveLength(1);
    });

    it.each([
      ['unknown', () => 'res_01UNKNOWN0000000000000000', () => orgA],
      ['foreign', () => r70.sessionId, () => orgB],
    ])('answers 404 for an %s result, and audits nothing', async (_name, id, org) => {
      const response = await t.request({ method: 'GET', url: `/results/${id()}`, headers: org().headers });
      expect(response.statusCode).toBe(404);
      expect(response.data.error.code).toBe('not_found');
      const rows = await t.database.db.selectFrom('audit_log').select('id').where('resource_id', '=', id()).where('org_id', '=', org().org.id).execute();
      expect(rows).toHaveLength(0);
    });

    it('answers 401 without a key and 403 without results:read', async () => {
      expect((await t.request({ method: 'GET', url: `/results/${r70.sessionId}` })).statusCode).toBe(401);
      const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'exports only', scopes: ['results:export'] } });
      const response = await t.request({ method: 'GET', url: `/results/${r70.sessionId}`, headers: { authorization: `Bearer ${key.data.key}` } });
      expect(response.statusCode).toBe(403);
      expect(response.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'results:read' } });
    });
  });

  describe('GET /results/:id/answers', () => {
    it('lists every question with the answer given, the key, points and time', async () => {
      const response = await t.request({ method: 'GET', url: `/results/${r30.sessionId}/answers`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data.result_id).toBe(r30.sessionId);
      expect(response.data.data).toHaveLength(10);
      const [first, second] = response.data.data;
      expect(first).toEqual({
        number: 1,
        question_id: exam.questions[0]!.id,
        question: exam.questions[0]!.text,
        type: 'single',
        options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
        category: 'Algorithms',
        difficulty: 'easy',
        selected: 0,
        correct_answer: 0,
        is_correct: true,
        points: 1,
        max_points: 1,
        time_spent_seconds: 20,
      });
      expect(second).toMatchObject({ number: 2, selected: 0, correct_answer: 1, is_correct: false, points: 0, time_spent_seconds: 25 });
      expect(await auditRows('result.answers.read', r30.sessionId)).toHaveLength(1);
    });

    it('shows unanswered questions with a null answer', async () => {
      const partial = await createResultFixture(t.database.db, clock, exam, { correct: [true, null, false] });
      const response = await t.request({ method: 'GET', url: `/results/${partial.sessionId}/answers`, headers: orgA.headers });
      expect(response.data.data.map((answer: { selected: unknown; is_correct: boolean }) => [answer.selected, answer.is_correct]).slice(0, 3)).toEqual([
        [0, true],
        [null, false],
        [0, false],
      ]);
      expect(response.data.data[1].time_spent_seconds).toBeNull();
    });
  });

  describe('GET /results/:id/export', () => {
    it('exports a PDF report with the candidate, the score and the category breakdown (checked with poppler)', async () => {
      const response = await t.request({ method: 'GET', url: `/results/${r90.sessionId}/export`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="result-${r90.sessionId}.pdf"`);
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = path.join(tmp, 'report.pdf');
      fs.writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Jane Doe');
      expect(text).toContain('jane@example.com');
      expect(text).toContain('Backend Screen');
      expect(text).toContain('90%');
      expect(text).toContain('PASSED');
      expect(text).toMatch(/Score by category[\s\S]*Algorithms\s+100% \(4\/4\)[\s\S]*Databases\s+67% \(2\/3\)[\s\S]*System Design\s+100% \(3\/3\)/);
      expect(text).toMatch(/Score by difficulty[\s\S]*easy[\s\S]*medium[\s\S]*hard/);
      expect(text).toMatch(/Copy \/ paste\s+2/);
      expect(text).not.toContain('Answers (');
      // It renders: pdftoppm turns the first page into a PNG.
      execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, path.join(tmp, 'page')]);
      const png = fs.readdirSync(tmp).find((name) => name.startsWith('page') && name.endsWith('.png'));
      expect(png).toBeDefined();
      expect(fs.readFileSync(path.join(tmp, png!)).subarray(1, 4).toString()).toBe('PNG');
      const audit = await auditRows('result.export', r90.sessionId);
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.details!)).toEqual({ format: 'pdf', includeAnswers: false });
    });

    it('adds every answer to the PDF when asked', async () => {
      const response = await t.request({ method: 'GET', url: `/results/${r30.sessionId}/export?format=pdf&include_answers=true`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      const file = path.join(tmp, 'answers.pdf');
      fs.writeFileSync(file, response.rawPayload);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Answers (10)');
      expect(text).toContain(exam.questions[9]!.text);
      expect(text).toContain('Expected: B. Beta');
    });

    it('writes names beyond Latin-1 with the embedded font', async () => {
      const name = 'Zoë Łukasiewicz-Ørsted Иван Δημήτρης';
      const intl = await createAssessmentFixture(t.database.db, clock, orgA.org.id, { title: 'Международный тест' });
      const result = await createResultFixture(t.database.db, clock, intl, { candidate: { name } });
      const response = await t.request({ method: 'GET', url: `/results/${result.sessionId}/export`, headers: orgA.headers });
      const file = path.join(tmp, 'unicode.pdf');
      fs.writeFileSync(file, response.rawPayload);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain(name);
      expect(text).toContain('Международный тест');
    });

    it('streams a CSV that round-trips through a CSV parser', async () => {
      const response = await t.request({ method: 'GET', url: `/results/${r90.sessionId}/export?format=csv`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const rows = parse(response.body, { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        result_id: r90.sessionId,
        candidate_name: 'Jane Doe',
        candidate_email: 'jane@example.com',
        exam_id: exam.id,
        exam_title: 'Backend Screen',
        score: '90',
        percentile: '100',
        status: 'passed',
        copy_paste_violations: '2',
        'category:Algorithms': '100',
        'category:Databases': '67',
        'category:System Design': '100',
      });
    });

    it('puts one row per answer in the CSV with include_answers, and neutralises formulas', async () => {
      const tricky = await createResultFixture(t.database.db, clock, exam, {
        candidate: { name: '=HYPERLINK("http://evil","x"), "quoted"', email: 'tricky@example.com' },
        correct: pattern([0, 1]),
      });
      const response = await t.request({ method: 'GET', url: `/results/${tricky.sessionId}/export?format=csv&include_answers=true`, headers: orgA.headers });
      const rows = parse(response.body, { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(10);
      expect(rows.map((row) => row.question_number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      // Chosen options by their texts (the default questions' options are Alpha, Beta, Gamma, Delta).
      expect(rows[0]).toMatchObject({ candidate_name: `'=HYPERLINK("http://evil","x"), "quoted"`, is_correct: 'true', selected: 'Alpha', correct_answer: 'Alpha' });
      expect(rows[2]).toMatchObject({ is_correct: 'false', points: '0', max_points: '1', category: 'Algorithms', difficulty: 'hard', selected: 'Alpha', correct_answer: 'Gamma' });
    });

    it('answers 403 to a key without results:export, and 400 for an unknown format', async () => {
      const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'reader', scopes: ['results:read'] } });
      const denied = await t.request({ method: 'GET', url: `/results/${r90.sessionId}/export`, headers: { authorization: `Bearer ${key.data.key}` } });
      expect(denied.statusCode).toBe(403);
      expect(denied.data.error).toMatchObject({ code: 'insufficient_scope', details: { scope: 'results:export' } });
      const badFormat = await t.request({ method: 'GET', url: `/results/${r90.sessionId}/export?format=docx`, headers: orgA.headers });
      expect(badFormat.statusCode).toBe(400);
      expect(badFormat.data.error.message).toContain('format');
      const foreign = await t.request({ method: 'GET', url: `/results/${r90.sessionId}/export`, headers: orgB.headers });
      expect(foreign.statusCode).toBe(404);
    });
  });

  describe('GET /reports/sessions/:id', () => {
    it('serves the escaped HTML report to an API key and records the view', async () => {
      const nasty = await createResultFixture(t.database.db, clock, exam, { candidate: { name: '<script>alert(1)</script>', email: 'x@example.com' } });
      const response = await t.request({ method: 'GET', url: `/reports/sessions/${nasty.sessionId}`, headers: orgA.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(response.body).not.toContain('<script>');
      expect(response.body).toContain('Score by category');
      expect(await auditRows('result.report.view', nasty.sessionId)).toHaveLength(1);
      expect((await t.request({ method: 'GET', url: `/reports/sessions/${nasty.sessionId}` })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url: `/reports/sessions/${nasty.sessionId}`, headers: orgB.headers })).statusCode).toBe(404);
    });

    it("serves a signed-in reviewer's browser through the session cookie", async () => {
      const signup = await signUpOnTestApp(t, { email: 'rita@example.com', password: 'correct horse battery staple', name: 'Rita Reviewer', orgName: 'Rita Hiring' });
      expect(signup.statusCode).toBe(201);
      const cookie = String(signup.headers['set-cookie']).split(';')[0]!;
      const ownExam = await createAssessmentFixture(t.database.db, clock, signup.data.org.id, { title: 'Cookie Screen' });
      const result = await createResultFixture(t.database.db, clock, ownExam, { candidate: { name: 'Cookie Candidate' } });
      const page = await t.request({ method: 'GET', url: `/reports/sessions/${result.sessionId}`, headers: { cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Cookie Candidate');
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('resource_id', '=', result.sessionId).execute();
      expect(audit).toMatchObject([{ action: 'result.report.view', actor_type: 'user', actor_id: signup.data.user.id }]);
      // The cookie is no way into another organization's results.
      expect((await t.request({ method: 'GET', url: `/reports/sessions/${r90.sessionId}`, headers: { cookie } })).statusCode).toBe(404);
    });
  });

  describe('GET /v1/audit-log', () => {
    it('lists entries newest first, filtered and paged', async () => {
      const all = await t.request({ method: 'GET', url: '/v1/audit-log?limit=200', headers: orgA.headers });
      expect(all.statusCode).toBe(200);
      const entries = all.data.entries as Array<{ id: string; action: string; resourceId: string | null; actor: { id: string } }>;
      expect(entries.length).toBeGreaterThan(5);
      expect([...entries].sort((a, b) => (a.id < b.id ? 1 : -1))).toEqual(entries);
      expect(entries[0]).toEqual({
        id: expect.stringMatching(/^aud_/),
        actor: { type: 'api_key', id: expect.stringMatching(/^apikey_/), name: 'Initial key' },
        action: expect.any(String),
        resourceType: expect.any(String),
        resourceId: expect.anything(),
        // A result is named by its candidate and assessment, from the report the read loaded.
        resourceTitle: expect.stringMatching(/ · Backend Screen$/),
        ip: '127.0.0.1',
        userAgent: expect.any(String),
        requestId: expect.stringMatching(/^req_/),
        details: null,
        changes: null,
        createdAt: expect.stringMatching(ISO_INSTANT),
      });

      const exports = await t.request({ method: 'GET', url: '/v1/audit-log?action=result.export', headers: orgA.headers });
      expect(exports.data.entries.length).toBeGreaterThanOrEqual(3);
      expect(exports.data.entries.every((entry: { action: string }) => entry.action === 'result.export')).toBe(true);

      const one = await t.request({ method: 'GET', url: `/v1/audit-log?resourceType=result&resourceId=${r70.sessionId}`, headers: orgA.headers });
      expect(one.data.entries.map((entry: { action: string }) => entry.action)).toEqual(['result.read']);

      const actor = entries[0]!.actor.id;
      const byActor = await t.request({ method: 'GET', url: `/v1/audit-log?actor=${actor}&actorType=api_key`, headers: orgA.headers });
      expect(byActor.data.entries.length).toBeGreaterThan(0);

      const future = await t.request({ method: 'GET', url: '/v1/audit-log?from=2030-01-01T00:00:00Z', headers: orgA.headers });
      expect(future.data.entries).toEqual([]);
      const past = await t.request({ method: 'GET', url: '/v1/audit-log?to=2020-01-01', headers: orgA.headers });
      expect(past.data.entries).toEqual([]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: { entries: Array<{ id: string }>; nextCursor: string | null } } = await t.request({
          method: 'GET',
          url: `/v1/audit-log?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          headers: orgA.headers,
        });
        seen.push(...page.data.entries.map((entry) => entry.id));
        cursor = page.data.nextCursor;
      } while (cursor);
      expect(seen).toEqual(entries.map((entry) => entry.id));

      const orgBLog = await t.request({ method: 'GET', url: '/v1/audit-log', headers: orgB.headers });
      expect(orgBLog.data.entries.every((entry: { resourceId: string | null }) => entry.resourceId !== r70.sessionId)).toBe(true);
    });

    it.each([
      ['from=yesterday', 'from'],
      ['cursor=zzz', 'cursor'],
      ['actorType=robot', 'actorType'],
    ])('answers 400 for %s', async (query, field) => {
      const response = await t.request({ method: 'GET', url: `/v1/audit-log?${query}`, headers: orgA.headers });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.data.error)).toContain(field);
    });

    it('needs the administrator scope', async () => {
      const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'reader2', scopes: ['results:read'] } });
      const response = await t.request({ method: 'GET', url: '/v1/audit-log', headers: { authorization: `Bearer ${key.data.key}` } });
      expect(response.statusCode).toBe(403);
    });
  });
});
