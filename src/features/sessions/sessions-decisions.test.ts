import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/helpers/webhook-receiver.js';
import { createWorker, type Worker } from '../../worker.js';
import type { JobLogger } from '../jobs/jobs-runner.js';

interface CreatedAssessment {
  id: string;
  cases: Array<{ id: string }>;
}

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Hiring decisions over HTTP: the key's status (rejected), the result.decided
 * webhook, the audit trail of decisions and grades, and bulk decisions that
 * are all or nothing.
 */
describe('decisions', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let quiz: CreatedAssessment;
  let takeHome: CreatedAssessment;
  let receiver: WebhookReceiver;
  let worker: Worker;
  let counter = 0;

  /** A closed attempt (or an open one) by a named candidate. */
  async function attempt(assessment: CreatedAssessment, options: { submit?: boolean; name?: string } = {}) {
    counter += 1;
    const name = options.name ?? `Candidate ${counter}`;
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [`c${counter}@example.com`], candidateNames: [name] });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    expect(started.statusCode).toBe(201);
    if (options.submit !== false) {
      for (const item of started.data.session.cases as Array<{ id: string }>) {
        await t.request({ method: 'POST', url: `/v1/candidate/cases/${item.id}/submit`, headers: candidate.headers, payload: { deliverable: 'diff --git a/x b/x' } });
      }
      const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers });
      expect(submitted.data.session.status).toBe('completed');
    }
    return { id: started.data.session.id as string, keyId: key.id as string, name, headers: candidate.headers };
  }

  const decide = (id: string, decision: string, headers = org.headers, extra: object = {}) =>
    t.request({ method: 'POST', url: `/v1/sessions/${id}/decision`, headers, payload: { decision, ...extra } });
  const bulk = (payload: object, headers = org.headers) => t.request({ method: 'POST', url: '/v1/sessions/decisions', headers, payload });
  const keyStatus = async (assessment: CreatedAssessment, keyId: string) =>
    (await t.request({ method: 'GET', url: `/v1/assessments/${assessment.id}/keys`, headers: org.headers })).data.keys.find((key: { id: string }) => key.id === keyId).status;
  const audits = (action: string, resourceId: string) =>
    t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', org.org.id).where('action', '=', action).where('resource_id', '=', resourceId).execute();
  const decidedEvents = async (sessionId: string) =>
    (await t.database.db.selectFrom('domain_events').select('payload').where('type', '=', 'result.decided').execute())
      .map((row) => JSON.parse(row.payload))
      .filter((event) => event.data.session.id === sessionId);

  beforeAll(async () => {
    t = await createTestApp({ env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await t.createOrg({ name: 'Decisive Ltd' });
    other = await t.createOrg();
    receiver = await startWebhookReceiver();
    worker = createWorker(t.deps, { log: silent, random: () => 0.5, webhookTimeoutMs: 2_000 });
    quiz = await createAssessment(t, org, {
      title: 'Quiz',
      questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
    });
    takeHome = await createAssessment(t, org, {
      title: 'Take-home',
      questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
      cases: [{ title: 'Build it', maxScore: 10 }],
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('rejecting marks the key rejected while the attempt stays completed (in the cohort); the candidates list shows it; the candidate sees completed', async () => {
    const a = await attempt(quiz);
    const cohort = () => t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/cohort-stats`, headers: org.headers });
    const membersBefore = (await cohort()).data.cohortStats.sessionCount;
    const rejected = await decide(a.id, 'rejected');
    expect(rejected.statusCode).toBe(200);
    expect(rejected.data.session).toMatchObject({ status: 'completed', decision: 'rejected', decidedByName: expect.any(String) });
    expect(await keyStatus(quiz, a.keyId)).toBe('rejected');
    const candidates = await t.request({ method: 'GET', url: '/v1/candidates?limit=200', headers: org.headers });
    expect(candidates.data.candidates.find((row: { id: string }) => row.id === a.keyId)).toMatchObject({ status: 'rejected', sessionId: a.id });
    // The rejected attempt stays a cohort member.
    expect((await cohort()).data.cohortStats.sessionCount).toBe(membersBefore);
    // The candidate learns of the decision from the team, not from the API.
    const own = await t.request({ method: 'GET', url: '/v1/candidate/assessment', headers: a.headers });
    expect(own.data.invitation.status).toBe('completed');

    const hired = await decide(a.id, 'hired');
    expect(hired.data.session).toMatchObject({ status: 'hired', decision: 'hired' });
    expect(await keyStatus(quiz, a.keyId)).toBe('hired');
    expect((await t.request({ method: 'GET', url: '/v1/candidate/session', headers: a.headers })).data.session.status).toBe('completed');
  });

  it('a decision fires result.decided (the session, the decision, when and by whom) to a subscribed webhook', async () => {
    const hook = await t.request({
      method: 'POST',
      url: '/v1/webhooks',
      headers: org.headers,
      payload: { url: `${receiver.origin}/decided`, eventTypes: ['result.decided'] },
    });
    expect(hook.statusCode).toBe(201);
    const a = await attempt(quiz);
    await worker.runner.runDueJobs();
    receiver.received.length = 0;
    const decided = await decide(a.id, 'hired');
    await worker.runner.runDueJobs();
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body.type).toBe('result.decided');
    expect(body.data).toEqual({
      session: { ...decided.data.session, decision: 'hired' },
      decision: 'hired',
      decidedAt: decided.data.session.decidedAt,
      decidedBy: decided.data.session.decidedByName,
    });
    // The org's all-scopes key made the decision: its name is who decided.
    expect(body.data.decidedBy).toBeTruthy();
    await t.request({ method: 'DELETE', url: `/v1/webhooks/${hook.data.webhook.id}`, headers: org.headers });
  });

  it('repeating a decision writes nothing more: no event, no audit entry', async () => {
    const a = await attempt(quiz);
    await decide(a.id, 'rejected');
    await decide(a.id, 'rejected');
    expect(await decidedEvents(a.id)).toHaveLength(1);
    expect(await audits('result.decide', a.id)).toHaveLength(1);
  });

  it('a single decision writes one audit entry naming the actor and the result (candidate · assessment), with before and after', async () => {
    const created = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'ATS bridge', scopes: ['candidates:write'] } });
    const ats = { authorization: `Bearer ${created.data.key}` };
    const a = await attempt(quiz, { name: 'Grace Hopper' });
    expect((await decide(a.id, 'hired', ats)).statusCode).toBe(200);
    const [entry] = await audits('result.decide', a.id);
    expect(entry).toMatchObject({ actor_type: 'api_key', actor_name: 'ATS bridge', resource_type: 'result', resource_title: 'Grace Hopper · Quiz' });
    expect(JSON.parse(entry!.changes!)).toEqual({ before: { decision: null }, after: { decision: 'hired' } });
    expect(JSON.parse(entry!.details!)).toMatchObject({ decision: 'hired' });
    await decide(a.id, 'rejected', ats);
    const entries = await audits('result.decide', a.id);
    expect(entries.map((row) => JSON.parse(row.changes!))).toContainEqual({ before: { decision: 'hired' }, after: { decision: 'rejected' } });
  });

  it('grading writes one audit entry with the grader, the result and what the grade changed', async () => {
    const a = await attempt(takeHome, { name: 'Linus' });
    const caseId = takeHome.cases[0]!.id;
    const graded = await t.request({
      method: 'POST',
      url: `/v1/sessions/${a.id}/grades`,
      headers: org.headers,
      payload: { grades: [{ caseId, score: 7, feedback: 'Solid' }] },
    });
    expect(graded.statusCode).toBe(200);
    const entries = await audits('result.grade', a.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_type: 'api_key', resource_type: 'result', resource_title: 'Linus · Take-home' });
    expect(entries[0]!.actor_name).toBeTruthy();
    const changes = JSON.parse(entries[0]!.changes!);
    expect(changes.before).toMatchObject({ scoreStatus: 'PENDING', [`cases.${caseId}`]: { title: 'Build it', score: null, status: 'pending', feedback: null } });
    expect(changes.after).toMatchObject({ scoreStatus: graded.data.session.scoreStatus, [`cases.${caseId}`]: { score: 7, status: 'graded', feedback: 'Solid' } });
    // A refused grading writes no entry.
    const refused = await t.request({ method: 'POST', url: `/v1/sessions/${a.id}/grades`, headers: org.headers, payload: { grades: [{ caseId, score: 99 }] } });
    expect(refused.statusCode).toBe(400);
    expect(await audits('result.grade', a.id)).toHaveLength(1);
  });

  it("previewing a decision's email names the candidate's address: it needs candidates:read, and another organization gets 404", async () => {
    const a = await attempt(quiz);
    const url = `/v1/sessions/${a.id}/decision-email?decision=hired`;
    const reader = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'results only', scopes: ['results:read'] } });
    expect((await t.request({ method: 'GET', url, headers: { authorization: `Bearer ${reader.data.key}` } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, headers: other.headers })).statusCode).toBe(404);
    const own = await t.request({ method: 'GET', url, headers: org.headers });
    expect(own.statusCode).toBe(200);
    expect(own.data).toEqual({ email: null, reason: expect.stringMatching(/when the result is final/) });
    const open = await attempt(quiz, { submit: false });
    const refused = await t.request({ method: 'GET', url: `/v1/sessions/${open.id}/decision-email?decision=hired`, headers: org.headers });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.code).toBe('session_open');
  });

  describe('POST /v1/sessions/decisions', () => {
    it('decides every listed attempt: one audit entry and one event each, answered in the order asked', async () => {
      const attempts = [await attempt(quiz), await attempt(takeHome), await attempt(quiz)];
      const ids = attempts.map((item) => item.id).reverse();
      const response = await bulk({ sessionIds: ids, decision: 'rejected' });
      expect(response.statusCode).toBe(200);
      expect(response.data.sessions.map((session: { id: string }) => session.id)).toEqual(ids);
      expect(response.data.sessions.every((session: { decision: string; status: string }) => session.decision === 'rejected' && session.status === 'completed')).toBe(true);
      for (const item of attempts) {
        const entries = await audits('result.decide', item.id);
        expect(entries).toHaveLength(1);
        expect(JSON.parse(entries[0]!.details!)).toMatchObject({ decision: 'rejected', bulk: true });
        expect(entries[0]!.resource_title).toBe(`${item.name} · ${item.id === attempts[1]!.id ? 'Take-home' : 'Quiz'}`);
        expect(await decidedEvents(item.id)).toHaveLength(1);
        expect(await keyStatus(item.id === attempts[1]!.id ? takeHome : quiz, item.keyId)).toBe('rejected');
      }
    });

    it('is all or nothing: an attempt in progress among them is 409 naming it, and nothing is decided', async () => {
      const done = await attempt(quiz);
      const open = await attempt(quiz, { submit: false });
      const response = await bulk({ sessionIds: [done.id, open.id], decision: 'hired' });
      expect(response.statusCode).toBe(409);
      expect(response.data.error.code).toBe('sessions_not_decidable');
      expect(response.data.error.details.sessionIds).toEqual([open.id]);
      expect(response.data.error.details.problems).toEqual([{ sessionId: open.id, code: 'session_open' }]);
      const read = await t.request({ method: 'GET', url: `/v1/sessions/${done.id}`, headers: org.headers });
      expect(read.data.session.decision).toBeNull();
      expect(await decidedEvents(done.id)).toEqual([]);
      expect(await audits('result.decide', done.id)).toEqual([]);
      expect(await keyStatus(quiz, done.keyId)).toBe('completed');
    });

    it('a revoked attempt is 409 too', async () => {
      const done = await attempt(quiz);
      const open = await attempt(quiz, { submit: false });
      expect((await t.request({ method: 'DELETE', url: `/v1/assessments/${quiz.id}/keys/${open.keyId}`, headers: org.headers })).statusCode).toBe(200);
      const response = await bulk({ sessionIds: [open.id, done.id], decision: 'rejected' });
      expect(response.statusCode).toBe(409);
      expect(response.data.error.details.problems).toEqual([{ sessionId: open.id, code: 'session_revoked' }]);
    });

    it("404 names the ids it does not know — another organization's look the same as made-up ones — and decides nothing", async () => {
      const mine = await attempt(quiz);
      const foreignAssessment = await createAssessment(t, other, {
        questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
      });
      const [key] = await createKeys(t, other, foreignAssessment.id, { count: 1 });
      const foreign = await redeem(t, key.key);
      const foreignSession = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: foreign.headers });
      await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: foreign.headers });
      const foreignId = foreignSession.data.session.id as string;

      const response = await bulk({ sessionIds: [mine.id, foreignId, 'res_doesnotexist'], decision: 'hired' });
      expect(response.statusCode).toBe(404);
      expect(response.data.error.code).toBe('not_found');
      expect(response.data.error.details).toEqual({ sessionIds: [foreignId, 'res_doesnotexist'] });
      const madeUpOnly = await bulk({ sessionIds: ['res_doesnotexist', foreignId], decision: 'hired' });
      expect(madeUpOnly.data.error.details).toEqual({ sessionIds: ['res_doesnotexist', foreignId] });
      expect((await t.request({ method: 'GET', url: `/v1/sessions/${mine.id}`, headers: org.headers })).data.session.decision).toBeNull();
      const theirs = await t.request({ method: 'GET', url: `/v1/sessions/${foreignId}`, headers: other.headers });
      expect(theirs.data.session.decision).toBeNull();
    });

    it.each([
      ['an empty list', { sessionIds: [], decision: 'hired' }],
      ['more than 100 ids', { sessionIds: Array.from({ length: 101 }, (_, index) => `res_${index}`), decision: 'hired' }],
      ['the same id twice', { sessionIds: ['res_a', 'res_a'], decision: 'hired' }],
      ['an unknown decision', { sessionIds: ['res_a'], decision: 'maybe' }],
    ])('400 for %s', async (_name, payload) => {
      const response = await bulk(payload);
      expect(response.statusCode).toBe(400);
    });

    it('needs candidates:write', async () => {
      const created = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'reader', scopes: ['results:read'] } });
      const done = await attempt(quiz);
      const response = await bulk({ sessionIds: [done.id], decision: 'hired' }, { authorization: `Bearer ${created.data.key}` });
      expect(response.statusCode).toBe(403);
    });
  });
});
