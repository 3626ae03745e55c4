import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from './helpers/assessment-fixtures.js';
import { byId, correctAnswer, redeem } from './helpers/candidate-kit.js';

/**
 * Submitting is final and idempotent under concurrency, on both databases:
 * 50 simultaneous submits of one attempt produce exactly one result, and
 * every response is either 2xx with that result or a clear 409.
 */

const CONCURRENT = 50;

describe('concurrent submits', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: any;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    assessment = await createAssessment(t, org, { questions: sampleQuestions, skills: ['HTTP'], showResult: true });
  });
  afterAll(() => t.close());

  async function startedCandidate(email: string) {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [email] });
    const { headers } = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers });
    expect(started.statusCode).toBe(201);
    return { key, headers, session: started.data.session };
  }

  async function expectExactlyOneResult(sessionId: string, email: string) {
    const session = await t.database.db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirstOrThrow();
    expect(session.status).toBe('completed');
    const events = await t.database.db.selectFrom('domain_events').select(['type', 'payload']).execute();
    const about = (type: string) =>
      events.filter((event) => {
        if (event.type !== type) return false;
        const data = JSON.parse(event.payload).data;
        return (data.session?.id ?? data.sessionId) === sessionId;
      }).length;
    expect(about('session.completed')).toBe(1);
    expect(about('result.scored')).toBe(1);
    expect(about('verification.completed')).toBe(1);
    const emails = await t.database.db.selectFrom('emails').select('id').where('kind', '=', 'result').where('to_address', '=', email).execute();
    expect(emails).toHaveLength(1);
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', session.invitation_id).execute();
    expect(sessions).toHaveLength(1);
    const skills = await t.database.db.selectFrom('skills').select('id').where('session_id', '=', sessionId).execute();
    expect(skills).toHaveLength(1);
  }

  function expectOneResult(responses: { statusCode: number; data: any }[]) {
    const ok = responses.filter((response) => response.statusCode >= 200 && response.statusCode < 300);
    const conflicts = responses.filter((response) => response.statusCode === 409);
    expect(ok.length + conflicts.length).toBe(CONCURRENT);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const response of ok) expect(response.data).toEqual(ok[0]!.data);
    for (const conflict of conflicts) expect(typeof conflict.data.error.code).toBe('string');
    return ok[0]!.data;
  }

  it(`${CONCURRENT} concurrent POST /v1/candidate/submit of one attempt give one result`, async () => {
    const { headers, session } = await startedCandidate('race1@example.com');
    const reviewer = byId<any>(assessment.questions);
    for (const question of session.questions) {
      await t.request({
        method: 'PUT',
        url: `/v1/candidate/answers/${question.id}`,
        headers,
        payload: { selectedAnswer: correctAnswer(reviewer.get(question.id), question) },
      });
    }
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, () => t.request({ method: 'POST', url: '/v1/candidate/submit', headers })),
    );
    const result = expectOneResult(responses);
    expect(result.session).toMatchObject({ id: session.id, status: 'completed' });
    expect(result.session.result).toMatchObject({ scoreStatus: 'PASS', percentage: 100 });
    await expectExactlyOneResult(session.id, 'race1@example.com');
  });

  it(`${CONCURRENT} concurrent POST /api/v1/assessment/submit of one record give one result`, async () => {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['race2@example.com'] });
    const { token } = await redeem(t, key.key);
    const headers = { 'x-api-key': token };
    const generated = await t.request({ method: 'POST', url: '/api/v1/assessment/generate', headers });
    const reviewer = byId<any>(assessment.questions);
    const answers = generated.data.data.questions.map((question: any) => ({
      questionId: question.questionId,
      selectedAnswer: correctAnswer(reviewer.get(question.questionId), { id: question.questionId, type: question.type, options: question.options }),
    }));
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, () => t.request({ method: 'POST', url: '/api/v1/assessment/submit', headers, payload: { answers } })),
    );
    const result = expectOneResult(responses);
    expect(result.data.result).toMatchObject({ score: 100, passed: true, attemptNumber: 1 });
    const session = await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', key.id).executeTakeFirstOrThrow();
    await expectExactlyOneResult(session.id, 'race2@example.com');
  });

  it('concurrent starts of one key open one attempt', async () => {
    const [key] = await createKeys(t, org, assessment.id);
    const { headers } = await redeem(t, key.key);
    const responses = await Promise.all(Array.from({ length: 20 }, () => t.request({ method: 'POST', url: '/v1/candidate/start', headers })));
    expect(responses.every((response) => response.statusCode === 200 || response.statusCode === 201)).toBe(true);
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(1);
    expect(new Set(responses.map((response) => response.data.session.id)).size).toBe(1);
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', key.id).execute();
    expect(sessions).toHaveLength(1);
  });

  it('concurrent generates of one record open one attempt with one set of questions', async () => {
    const [key] = await createKeys(t, org, assessment.id);
    const { token } = await redeem(t, key.key);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.request({ method: 'POST', url: '/api/v1/assessment/generate', headers: { 'x-api-key': token } })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(200));
    for (const response of responses) expect(response.data).toEqual(responses[0]!.data);
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', key.id).execute();
    expect(sessions).toHaveLength(1);
  });
});
