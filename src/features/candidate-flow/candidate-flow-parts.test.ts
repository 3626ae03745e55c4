import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';

/** The shapes read here, as the API documents them. */
interface Part {
  kind: string;
  title: string;
  state: string;
}
interface Item {
  id: string;
  type?: string;
  deliverable?: string | null;
  revoked?: boolean;
  state?: string;
}

/**
 * An attempt is made of parts, handed in one by one: the question section
 * (POST /v1/candidate/submit) and each case (POST …/cases/:caseId/submit).
 * It completes when the last part is handed in, or at finish or the deadline,
 * and is scored, announced and emailed once.
 */
describe('attempt parts', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    assessment = await createAssessment(t, org, {
      questions: sampleQuestions,
      cases: [
        { title: 'Fix the parser', maxScore: 10 },
        { title: 'Add caching', maxScore: 10 },
      ],
    });
  });
  afterAll(() => t.close());

  async function startAttempt(email: string) {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [email] });
    const { headers } = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers });
    expect(started.statusCode).toBe(201);
    const session = started.data.session;
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.request({ method, url, headers, payload });
    return { session, call, caseIds: session.cases.map((item: { id: string }) => item.id) as string[] };
  }

  const states = (session: { parts: Part[] }) => session.parts.map((part) => `${part.kind}:${part.title}:${part.state}`);

  async function countRows(sessionId: string) {
    const events = await t.database.db.selectFrom('domain_events').select(['type', 'payload']).where('org_id', '=', org.org.id).execute();
    const ofSession = events.filter((event) => event.payload.includes(sessionId));
    const emails = await t.database.db.selectFrom('emails').select('kind').where('related_id', '=', sessionId).execute();
    return {
      completed: ofSession.filter((event) => event.type === 'session.completed').length,
      scored: ofSession.filter((event) => event.type === 'result.scored').length,
      resultEmails: emails.filter((email) => email.kind === 'result').length,
    };
  }

  it('a new attempt lists the question section and every case as open parts', async () => {
    const { session } = await startAttempt('parts-open@example.com');
    expect(session.parts).toEqual([
      { id: 'questions', kind: 'questions', title: 'Questions', state: 'open', handedInAt: null },
      { id: session.cases[0].id, kind: 'case', title: 'Fix the parser', state: 'open', handedInAt: null },
      { id: session.cases[1].id, kind: 'case', title: 'Add caching', state: 'open', handedInAt: null },
    ]);
  });

  it('handing in one case leaves the questions and the other case open; the last part completes the attempt once', async () => {
    const { session, call, caseIds } = await startAttempt('parts-each@example.com');
    const first = await call('POST', `/v1/candidate/cases/${caseIds[0]}/submit`, { deliverable: 'diff --git a/parser b/parser', timeSpentSeconds: 60 });
    expect(first.statusCode).toBe(200);
    expect(first.data.session.status).toBe('started');
    expect(states(first.data.session)).toEqual(['questions:Questions:open', 'case:Fix the parser:handed_in', 'case:Add caching:open']);

    // The handed-in case is final; the questions can still be answered.
    const change = await call('PUT', `/v1/candidate/cases/${caseIds[0]}`, { deliverable: 'another diff' });
    expect(change.statusCode).toBe(409);
    expect(change.data.error.code).toBe('part_handed_in');
    const question = session.questions.find((item: Item) => item.type === 'single');
    const answer = await call('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: 0 });
    expect(answer.statusCode).toBe(200);
    // Repeating the hand-in answers the same, and changes nothing.
    const again = await call('POST', `/v1/candidate/cases/${caseIds[0]}/submit`, { deliverable: 'sneaky' });
    expect(again.statusCode).toBe(200);
    expect(states(again.data.session)).toEqual(states(first.data.session));

    const questions = await call('POST', '/v1/candidate/submit');
    expect(questions.statusCode).toBe(200);
    expect(questions.data.session.status).toBe('started');
    const late = await call('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: null });
    expect(late.statusCode).toBe(409);
    expect(late.data.error.code).toBe('part_handed_in');

    const last = await call('POST', `/v1/candidate/cases/${caseIds[1]}/submit`, { deliverable: 'diff --git a/cache b/cache' });
    expect(last.statusCode).toBe(200);
    expect(last.data.session.status).toBe('completed');
    expect(last.data.session.parts.every((part: Part) => part.state === 'handed_in')).toBe(true);

    const reviewer = await t.request({ method: 'GET', url: `/v1/sessions/${session.id}`, headers: org.headers });
    expect(reviewer.data.session.cases.map((item: Item) => item.deliverable)).toEqual(['diff --git a/parser b/parser', 'diff --git a/cache b/cache']);
    expect(reviewer.data.session.parts.map((part: Part) => part.state)).toEqual(['handed_in', 'handed_in', 'handed_in']);
    expect(await countRows(session.id)).toEqual({ completed: 1, scored: 0, resultEmails: 0 }); // cases wait for grading
  });

  it('finishing early hands in what was saved; a case with nothing saved is not handed in and scores 0', async () => {
    const { session, call, caseIds } = await startAttempt('parts-finish@example.com');
    expect((await call('PUT', `/v1/candidate/cases/${caseIds[0]}`, { deliverable: 'saved diff' })).statusCode).toBe(200);
    const question = session.questions.find((item: Item) => item.type === 'single');
    expect((await call('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: 0 })).statusCode).toBe(200);

    const finished = await call('POST', '/v1/candidate/finish');
    expect(finished.statusCode).toBe(200);
    expect(finished.data.session.status).toBe('completed');
    expect(states(finished.data.session)).toEqual(['questions:Questions:handed_in', 'case:Fix the parser:handed_in', 'case:Add caching:open']);

    const reviewer = (await t.request({ method: 'GET', url: `/v1/sessions/${session.id}`, headers: org.headers })).data.session;
    expect(reviewer.cases[0]).toMatchObject({ deliverable: 'saved diff', status: 'pending', score: null });
    expect(reviewer.cases[1]).toMatchObject({ deliverable: null, status: 'graded', score: 0, feedback: 'Not handed in' });

    // Finishing again, or handing in a part of the closed attempt, changes nothing.
    expect((await call('POST', '/v1/candidate/finish')).data.session.completedAt).toBe(finished.data.session.completedAt);
    const closed = await call('POST', `/v1/candidate/cases/${caseIds[1]}/submit`, { deliverable: 'too late' });
    expect(closed.statusCode).toBe(409);
    expect(closed.data.error.code).toBe('session_closed');
    expect(await countRows(session.id)).toEqual({ completed: 1, scored: 0, resultEmails: 0 });
  });

  it('an attempt whose every part is empty but final is scored and emailed exactly once', async () => {
    const { session, call, caseIds } = await startAttempt('parts-once@example.com');
    await Promise.all([call('POST', '/v1/candidate/finish'), call('POST', '/v1/candidate/finish'), call('POST', '/v1/candidate/submit')]);
    const view = (await call('GET', '/v1/candidate/session')).data.session;
    expect(view.status).toBe('completed');
    expect(caseIds).toHaveLength(2);
    // Both cases scored 0 and no question answered: the result is final at once.
    expect(await countRows(session.id)).toEqual({ completed: 1, scored: 1, resultEmails: 1 });
  });

  it('an unknown case answers 404; a hand-in changes only the caller\'s attempt', async () => {
    const { call } = await startAttempt('parts-404@example.com');
    const other = await startAttempt('parts-other@example.com');
    const unknown = await call('POST', '/v1/candidate/cases/case_nope/submit', {});
    expect(unknown.statusCode).toBe(404);
    // Case ids are the assessment's, so another attempt's ids are this attempt's too; what matters is
    // that a hand-in changes only the caller's attempt.
    expect((await call('POST', `/v1/candidate/cases/${other.caseIds[0]}/submit`, { deliverable: 'mine' })).statusCode).toBe(200);
    const theirs = (await other.call('GET', '/v1/candidate/session')).data.session;
    expect(theirs.parts[1].state).toBe('open');
  });
});

describe('revoking a key mid-attempt', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessment: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    assessment = await createAssessment(t, org, { questions: sampleQuestions, cases: [{ title: 'Fix the parser', maxScore: 10 }] });
  });
  afterAll(() => t.close());

  it('ends the attempt as revoked: 410 for the candidate, kept for the reviewer, left out of the cohort', async () => {
    // One finished attempt in the cohort, for comparison.
    const [done] = await createKeys(t, org, assessment.id, { count: 1 });
    const finisher = await redeem(t, done.key);
    await t.request({ method: 'POST', url: '/v1/candidate/start', headers: finisher.headers });
    expect((await t.request({ method: 'POST', url: '/v1/candidate/finish', headers: finisher.headers })).statusCode).toBe(200);

    const [key] = await createKeys(t, org, assessment.id, { count: 1 });
    const { headers } = await redeem(t, key.key);
    const started = (await t.request({ method: 'POST', url: '/v1/candidate/start', headers })).data.session;
    const question = started.questions.find((item: Item) => item.type === 'single');
    expect((await t.request({ method: 'PUT', url: `/v1/candidate/answers/${question.id}`, headers, payload: { selectedAnswer: 1 } })).statusCode).toBe(200);
    const caseId = started.cases[0].id;
    expect((await t.request({ method: 'PUT', url: `/v1/candidate/cases/${caseId}`, headers, payload: { deliverable: 'half a diff' } })).statusCode).toBe(200);

    const revoked = await t.request({ method: 'DELETE', url: `/v1/assessments/${assessment.id}/keys/${key.id}`, headers: org.headers });
    expect(revoked.statusCode).toBe(200);

    for (const [method, url, payload] of [
      ['GET', '/v1/candidate/session', undefined],
      ['GET', '/v1/candidate/assessment', undefined],
      ['PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: 0 }],
      ['POST', '/v1/candidate/finish', undefined],
    ] as const) {
      const response = await t.request({ method, url, headers, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(410);
      expect(response.data.error.code).toBe('invitation_revoked');
    }

    const reviewer = (await t.request({ method: 'GET', url: `/v1/sessions/${started.id}`, headers: org.headers })).data.session;
    expect(reviewer).toMatchObject({ status: 'revoked', closedReason: 'revoked' });
    expect(reviewer.cases[0]).toMatchObject({ deliverable: 'half a diff' });
    expect(reviewer.correctCount).not.toBeNull();
    const grade = await t.request({ method: 'POST', url: `/v1/sessions/${started.id}/grades`, headers: org.headers, payload: { grades: [{ caseId, score: 5 }] } });
    expect(grade.statusCode).toBe(409);
    expect(grade.data.error.code).toBe('session_revoked');

    const results = (await t.request({ method: 'GET', url: `/results?exam_id=${assessment.id}`, headers: org.headers })).data.data;
    expect(results.map((item: Item) => [item.id, item.revoked])).toEqual(
      expect.arrayContaining([
        [started.id, true],
        [expect.any(String), false],
      ]),
    );
    const cohort = (await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/cohort-stats`, headers: org.headers })).data;
    expect(cohort.cohortStats.sessionCount).toBe(1);
    // 004 lists only keys that are not revoked.
    const keys = (await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/keys`, headers: org.headers })).data.keys;
    expect(keys.map((item: Item) => item.id)).toEqual([done.id]);
  });
});
