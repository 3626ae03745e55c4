import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, OPERATOR_KEY, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createAssessment, createKeys } from './helpers/assessment-fixtures.js';
import { redeem } from './helpers/candidate-kit.js';

/**
 * Input the databases cannot store, or would store differently, is refused
 * once for every route (src/http-input.ts, src/http-validation.ts), with the
 * same answer on SQLite and PostgreSQL, and nothing is written.
 */
describe('hostile input, refused alike on both databases', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: { id: string; slug: string };
  const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    assessment = await createAssessment(t, org, {
      questions: [{ text: 'Port of HTTPS?', type: 'single', options: ['80', '443'], answer: 1, category: 'net', difficulty: 'easy' }],
      skills: ['Networking'],
    });
  });
  afterAll(() => t.close());

  const assessmentCount = async () => (await t.request({ method: 'GET', url: '/v1/assessments', headers: org.headers })).data.assessments.length;

  describe('text with U+0000, unpaired surrogates, or invalid UTF-8', () => {
    it.each([
      ['a login email (unauthenticated)', 'POST', '/v1/auth/login', { email: 'a\u0000@example.com', password: 'whatever-password' }, 'email'],
      ['a candidate key (unauthenticated)', 'POST', '/v1/candidate/sessions', { key: 'PST-\u0000' }, 'key'],
      ['a signup name', 'POST', '/v1/auth/signup', { email: 'nul@example.com', password: 'long enough password', name: 'N\u0000', orgName: 'Org' }, 'name'],
      ['an invitee name (unauthenticated)', 'POST', '/v1/users/invites/accept', { token: 'some-token', name: 'N\u0000', password: 'long enough password' }, 'name'],
      ['an option deep in a question list', 'POST', '/v1/assessments', { title: 'T', role: 'R', taskBrief: 'B', questions: [{ text: 'Q?', type: 'single', options: ['ok', 'n\u0000'], answer: 0, category: 'c', difficulty: 'easy' }] }, 'questions.0.options.1'],
      ['a lone surrogate', 'POST', '/v1/assessments', { title: 'T\ud800', role: 'R', taskBrief: 'B' }, 'title'],
    ] as const)('refuses NUL in %s: 400 invalid_text naming the field', async (_, method, url, payload, field) => {
      const before = await assessmentCount();
      const response = await t.request({ method, url, payload, headers: url === '/v1/assessments' ? org.headers : {} });
      expect(response.statusCode).toBe(400);
      expect(response.data).toMatchObject({ error: { code: 'invalid_text', details: [{ field }] }, requestId: expect.stringMatching(/^req_/) });
      expect(response.data.error.message).toContain(field);
      expect(await assessmentCount()).toBe(before);
    });

    it('refuses NUL in a query string and in a path parameter', async () => {
      const query = await t.request({ method: 'GET', url: '/v1/audit-log?actor=a%00b', headers: org.headers });
      expect(query.statusCode).toBe(400);
      expect(query.data.error).toMatchObject({ code: 'invalid_text', details: [{ field: 'actor' }] });
      expect(query.data.error.message).toMatch(/^querystring: actor/);
      const param = await t.request({ method: 'DELETE', url: '/v1/users/usr%00', headers: org.headers });
      expect(param.statusCode).toBe(400);
      expect(param.data.error).toMatchObject({ code: 'invalid_text', details: [{ field: 'id' }] });
    });

    it('refuses a NUL in an object key of a free-form document', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/admin/orgs',
        headers: operator,
        payload: { name: 'Keys', ['slu\u0000g']: 'x' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error).toMatchObject({ code: 'invalid_text', details: [{ field: 'slu\\u0000g' }] });
    });

    it('does not look at the query of a route that reads none', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/org?ignored=%00', headers: org.headers });
      expect(response.statusCode).toBe(200);
    });

    it('answers in the 002 envelope on the verification routes', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const candidate = await redeem(t, key.key);
      const generated = await t.request({ method: 'POST', url: '/api/v1/assessment/generate', headers: candidate.headers, payload: {} });
      expect(generated.statusCode).toBe(200);
      const questionId = generated.data.data.questions[0].questionId;
      const nul = await t.request({
        method: 'POST',
        url: '/api/v1/assessment/submit',
        headers: candidate.headers,
        payload: { answers: [{ questionId, selectedAnswer: 'a\u0000' }] },
      });
      expect(nul.statusCode).toBe(400);
      expect(nul.data).toEqual({
        success: false,
        error: { code: 'invalid_text', message: expect.stringContaining('answers.0.selectedAnswer'), details: [{ field: 'answers.0.selectedAnswer', message: expect.any(String) }] },
        message: expect.stringContaining('answers.0.selectedAnswer'),
        requestId: expect.stringMatching(/^req_/),
      });
      const utf8 = await t.request({
        method: 'POST',
        url: '/api/v1/assessment/submit',
        headers: { ...candidate.headers, 'content-type': 'application/json' },
        payload: Buffer.concat([Buffer.from(`{"answers":[{"questionId":"${questionId}","selectedAnswer":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]),
      });
      expect(utf8.statusCode).toBe(400);
      expect(utf8.data).toMatchObject({ success: false, error: { code: 'invalid_text' }, message: 'body is not valid UTF-8' });
    });

    it.each([
      ['a lone continuation byte', [0x80]],
      ['an overlong NUL', [0xc0, 0x80]],
      ['a truncated sequence', [0xe2, 0x82]],
      ['an encoded surrogate', [0xed, 0xa0, 0x80]],
      ['bytes that are never UTF-8', [0xff, 0xfe]],
    ])('refuses invalid UTF-8 in a JSON body (%s) instead of storing U+FFFD', async (_, bytes) => {
      const before = await assessmentCount();
      const response = await t.request({
        method: 'POST',
        url: '/v1/assessments',
        headers: { ...org.headers, 'content-type': 'application/json' },
        payload: Buffer.concat([Buffer.from('{"title":"caf'), Buffer.from(bytes), Buffer.from('","role":"R","taskBrief":"B"}')]),
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error).toMatchObject({ code: 'invalid_text', details: [{ field: 'body' }] });
      expect(await assessmentCount()).toBe(before);
    });

    it('stores valid non-Latin text exactly, on both databases', async () => {
      const title = 'Ωμέγα мир 漢字 한국어 🙂👩🏽‍💻 مرحبا \ufffd';
      const created = await createAssessment(t, org, { title });
      const read = await t.request({ method: 'GET', url: `/v1/assessments/${created.id}`, headers: org.headers });
      expect(read.data.assessment.title).toBe(title);
    });

    it('refuses a JSON body declared in another charset: 415', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/assessments',
        headers: { ...org.headers, 'content-type': 'application/json; charset=iso-8859-1' },
        payload: Buffer.from('{"title":"caf\xe9","role":"R","taskBrief":"B"}', 'latin1'),
      });
      expect(response.statusCode).toBe(415);
      expect(response.data.error.code).toBe('unsupported_media_type');
    });

    it.each([
      ['in a free-form payload', () => ({ events: [{ id: 'e1', type: 'copy', occurredAt: new Date().toISOString(), payload: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) }] }), 'too_deep'],
    ])('refuses nesting deeper than 32 levels %s', async (_, payload, code) => {
      const [key] = await createKeys(t, org, assessment.id);
      const candidate = await redeem(t, key.key);
      await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
      const response = await t.request({ method: 'POST', url: '/v1/candidate/events', headers: candidate.headers, payload: payload() });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe(code);
    });

    it('answers a body nested 100 000 levels deep with a 400, not a crash', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/assessments',
        headers: { ...org.headers, 'content-type': 'application/json' },
        payload: '['.repeat(100_000) + ']'.repeat(100_000),
      });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('integers the columns can hold', () => {
    it.each([
      ['offset=2147483647', 200],
      ['offset=2147483648', 400],
      ['offset=9223372036854775808', 400],
      ['offset=1e300', 400],
      ['limit=-2147483649', 400],
      ['limit=100000', 200],
    ])('GET /v1/candidates?%s → %s', async (query, status) => {
      const response = await t.request({ method: 'GET', url: `/v1/candidates?${query}`, headers: org.headers });
      expect(response.statusCode).toBe(status);
      if (status === 400) expect(response.data.error).toMatchObject({ code: 'validation_failed', details: [{ field: query.split('=')[0] }] });
    });

    it('still clamps a large page size to the 004 range (1–200)', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/candidates?limit=100000', headers: org.headers });
      expect(response.data.limit).toBe(200);
    });

    it.each([
      [2 ** 31 - 1, 201],
      [2 ** 31, 400],
      [2 ** 63, 400],
    ])('an organization quota of %s → %s', async (quota, status) => {
      const response = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: `Quota ${quota}`, monthlyAssessmentQuota: quota } });
      expect(response.statusCode).toBe(status);
      if (status === 201) expect(response.data.org.monthlyAssessmentQuota).toBe(quota);
    });

    it('documents the bound in /openapi.json', async () => {
      const document = (await t.request({ method: 'GET', url: '/openapi.json' })).data;
      const parameters: Array<{ name: string; schema: object }> = document.paths['/v1/candidates'].get.parameters;
      expect(parameters.find((parameter) => parameter.name === 'offset')?.schema).toMatchObject({ minimum: 0, maximum: 2 ** 31 - 1 });
    });
  });

  describe('timestamps parsed and range-checked before SQL', () => {
    it.each([
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+01:00',
      '10000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '2030-02-30T00:00:00Z',
      '2030-12-31T23:59:60Z',
      '2030-01-01T00:00:00+23:59',
      '2030-01-01T00:00:00+15:00',
    ])('refuses trialEndsAt %s', async (trialEndsAt) => {
      const response = await t.request({ method: 'POST', url: '/v1/admin/orgs', headers: operator, payload: { name: 'Trial', subscriptionStatus: 'trialing', trialEndsAt } });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toContainEqual({ field: 'trialEndsAt', message: 'Trial ends at must be a date and time, like 2030-01-31T09:00:00Z' });
    });

    it('stores an offset date-time as the same UTC instant on both databases', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/admin/orgs',
        headers: operator,
        payload: { name: 'Offsets', subscriptionStatus: 'trialing', trialEndsAt: '2030-01-01T00:00:00+14:00' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.data.org.trialEndsAt).toBe('2029-12-31T10:00:00.000Z');
    });

    it.each([
      ['/results?completed_after=0000-01-01', 'completed_after'],
      ['/results?completed_after=2030-01-01T00:00:00%2B23:00', 'completed_after'],
      ['/v1/audit-log?from=0001-01-01T00:00:00%2B01:00', 'from'],
      ['/v1/audit-log?to=%2B275760-09-13T00:00:00Z', 'to'],
    ])('refuses the filter %s', async (url, field) => {
      const response = await t.request({ method: 'GET', url, headers: org.headers });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details).toEqual([expect.objectContaining({ field })]);
    });

    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    it.each([
      ['/results', cursor(['0000-06-01T00:00:00Z', 'res_01JZZZZZZZZZZZZZZZZZZZZZZZ'])],
      ['/results', cursor(['+275760-09-13T00:00:00.000Z', 'res_01JZZZZZZZZZZZZZZZZZZZZZZZ'])],
      [`/api/v1/public/assessments/SLUG/results/`, Buffer.from('p=0000-01-01T00:00:00Z&i=res_01JZZZZZZZZZZZZZZZZZZZZZZZ').toString('base64url')],
    ])('refuses a crafted cursor on %s', async (path, value) => {
      const response = await t.request({ method: 'GET', url: `${path.replace('SLUG', assessment.slug)}?cursor=${value}`, headers: org.headers });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe('invalid_cursor');
    });
  });
});
