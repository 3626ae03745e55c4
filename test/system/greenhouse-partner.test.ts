import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, tokenOfLink } from '../helpers/account-mail.js';
import { sampleQuestions } from '../helpers/assessment-fixtures.js';
import { byId, correctAnswer, wrongAnswer } from '../helpers/candidate-kit.js';
import { killAllServerProcesses, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { parseMail, startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * Plays Greenhouse against a real server process (dist/server.js with its
 * worker): list_tests, send_test and its retry, the invitation email through
 * a real SMTP server, the candidate taking the test, the "mark test as
 * completed" PATCH to a receiver that first answers 503, test_status,
 * response_error, and every documented refusal.
 */

const OPERATOR_KEY = 'greenhouse-operator-key-0123456789';
const PUBLIC_URL = 'http://assay.example';

function basic(user: string, password = ''): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, data: parseBody(text) };
}

function parseBody(text: string): ReturnType<typeof JSON.parse> {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}


async function ok(url: string, init: Parameters<typeof call>[1] = {}) {
  const response = await call(url, init);
  if (response.status >= 300) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${JSON.stringify(response.data)}`);
  return response.data;
}

async function waitUntil<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`Greenhouse Assessment Partner API against a real server (${testDialect()})`, () => {
  let server: ServerProcess;
  let base: string;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let dataDir: string;
  let removeDatabase: () => Promise<void>;
  /** Org A: its all-scopes key, its Greenhouse key, its assessment. */
  let adminKey: string;
  let greenhouseKey: string;
  let assessment: ReturnType<typeof JSON.parse>;
  /** Org B, for cross-organization ids. */
  let otherAdminKey: string;
  let otherGreenhouseKey: string;
  let otherAssessmentId: string;
  let interviewId: string;
  let candidateKey: string;
  const candidateEmail = 'grace.hopper@example.com';
  const sendTestBody = () => ({
    partner_test_id: assessment.id,
    candidate: {
      first_name: 'Grace',
      last_name: 'Hopper',
      email: candidateEmail,
      greenhouse_profile_url: 'https://app.greenhouse.io/people/4242',
      resume_url: 'https://example.com/resume.pdf',
      phone_number: '+1 555 0100',
    },
    url: `${receiver.origin}/v1/partner/assessments/4242`,
  });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    receiver = await startWebhookReceiver();
    // Greenhouse is down for the first PATCH: Assay must retry.
    receiver.respond = (_request, index) => (index === 0 ? { status: 503, body: 'try later' } : { status: 200, body: '{}' });
    const empty = await createEmptyDatabase();
    removeDatabase = () => empty.remove();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-greenhouse-'));
    server = startServerProcess({
      ASSAY_DATA_DIR: dataDir,
      ...(empty.url ? { DATABASE_URL: empty.url } : {}),
      ASSAY_WORKER: '1',
      ASSAY_OPERATOR_KEY: OPERATOR_KEY,
      ASSAY_SECRET_KEY: 'greenhouse-secret-key-0123456789-abcdef',
      ASSAY_WEBHOOK_ALLOW_PRIVATE: '1',
      ASSAY_SECURE_COOKIES: '0',
      ASSAY_PUBLIC_URL: PUBLIC_URL,
      SMTP_URL: smtp.url,
    });
    base = await server.url;

    const operator = { authorization: `Bearer ${OPERATOR_KEY}` };
    const orgA = await ok(`${base}/v1/admin/orgs`, { method: 'POST', headers: operator, body: { name: 'Acme Hiring' } });
    adminKey = orgA.apiKey;
    const admin = { authorization: `Bearer ${adminKey}` };
    // The organization's owner (who gets the integration's error notices) joins through the emailed invite.
    await ok(`${base}/v1/users/invites`, { method: 'POST', headers: admin, body: { email: 'owner@acme.example', role: 'owner' } });
    await smtp.waitFor(1, 20_000);
    const inviteMail = smtp.received.find((mail) => mail.to.includes('owner@acme.example'))!;
    const inviteLink = linkIn(parseMail(inviteMail.raw), 'invite')!;
    expect(inviteLink.startsWith(`${PUBLIC_URL}/invite#token=`)).toBe(true);
    await ok(`${base}/v1/users/invites/accept`, {
      method: 'POST',
      body: { token: tokenOfLink(inviteLink), name: 'Olive Owner', password: 'correct horse battery staple' },
    });
    const created = await ok(`${base}/v1/api-keys`, { method: 'POST', headers: admin, body: { name: 'Greenhouse', scopes: ['integrations:greenhouse'] } });
    greenhouseKey = created.key;
    await ok(`${base}/v1/integrations/greenhouse`, { method: 'PATCH', headers: admin, body: { patchCredential: 'gh-partner-credential' } });
    assessment = (
      await ok(`${base}/v1/assessments`, {
        method: 'POST',
        headers: admin,
        body: { title: 'Backend Screen', role: 'Backend Engineer', taskBrief: 'Answer the questions.', timeLimitMinutes: 30, questions: sampleQuestions },
      })
    ).assessment;
    const deleted = (await ok(`${base}/v1/assessments`, { method: 'POST', headers: admin, body: { title: 'Retired', role: 'Old', taskBrief: 'x' } })).assessment;
    await ok(`${base}/v1/assessments/${deleted.id}`, { method: 'DELETE', headers: admin });

    const orgB = await ok(`${base}/v1/admin/orgs`, { method: 'POST', headers: operator, body: { name: 'Other Corp' } });
    otherAdminKey = orgB.apiKey;
    otherGreenhouseKey = (
      await ok(`${base}/v1/api-keys`, { method: 'POST', headers: { authorization: `Bearer ${otherAdminKey}` }, body: { name: 'GH', scopes: ['integrations:greenhouse'] } })
    ).key;
    otherAssessmentId = (
      await ok(`${base}/v1/assessments`, { method: 'POST', headers: { authorization: `Bearer ${otherAdminKey}` }, body: { title: 'Other', role: 'Other', taskBrief: 'x' } })
    ).assessment.id;
  }, 60_000);

  afterAll(async () => {
    killAllServerProcesses();
    await server?.exited;
    await receiver?.close();
    await smtp?.close();
    await removeDatabase?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('list_tests answers an array of the organization’s live assessments, in snake_case', async () => {
    const tests = await ok(`${base}/integrations/greenhouse/list_tests`, { headers: basic(greenhouseKey) });
    expect(tests).toEqual([{ partner_test_id: assessment.id, partner_test_name: 'Backend Screen' }]);
    const other = await ok(`${base}/integrations/greenhouse/list_tests`, { headers: basic(otherGreenhouseKey) });
    expect(other).toEqual([{ partner_test_id: otherAssessmentId, partner_test_name: 'Other' }]);
  });

  it('send_test invites the candidate; its retry answers the same interview and sends no second email', async () => {
    const sentBefore = smtp.received.length;
    const first = await ok(`${base}/integrations/greenhouse/send_test`, { method: 'POST', headers: basic(greenhouseKey), body: sendTestBody() });
    expect(Object.keys(first)).toEqual(['partner_interview_id']);
    interviewId = first.partner_interview_id;
    const retry = await ok(`${base}/integrations/greenhouse/send_test`, {
      method: 'POST',
      headers: basic(greenhouseKey),
      body: { ...sendTestBody(), candidate: { ...sendTestBody().candidate, email: candidateEmail.toUpperCase() } },
    });
    expect(retry).toEqual({ partner_interview_id: interviewId });

    await smtp.waitFor(sentBefore + 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const invitations = smtp.received.filter((mail) => mail.to.includes(candidateEmail));
    expect(invitations).toHaveLength(1);
    const key = /PST-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(parseMail(invitations[0]!.raw).text)?.[0];
    expect(key).toBeTruthy();

    const status = await ok(`${base}/integrations/greenhouse/test_status?partner_interview_id=${interviewId}`, { headers: basic(greenhouseKey) });
    expect(status).toMatchObject({ partner_status: 'pending', partner_profile_url: null, partner_score: null });
    expect(status.metadata).toMatchObject({ status: 'pending', started: null, completed: null, passed: null });

    // The key shows where it came from.
    const interviews = await ok(`${base}/v1/integrations/greenhouse/interviews`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect(interviews.interviews).toHaveLength(1);
    expect(interviews.interviews[0]).toMatchObject({ id: interviewId, candidateName: 'Grace Hopper', greenhouseProfileUrl: 'https://app.greenhouse.io/people/4242' });
    candidateKey = key!;
  });

  it('the candidate takes the test; Greenhouse gets the PATCH (after a 503) and test_status reports complete', async () => {
    const redeemed = await ok(`${base}/v1/candidate/sessions`, { method: 'POST', body: { key: candidateKey } });
    const candidate = { authorization: `Bearer ${redeemed.token}` };
    const started = await ok(`${base}/v1/candidate/start`, { method: 'POST', headers: candidate });
    const reviewer = byId<{ id: string; type: 'single' | 'multiple' | 'text'; options: string[]; answer: number | number[] | string | string[] }>(
      (await ok(`${base}/v1/assessments/${assessment.id}`, { headers: { authorization: `Bearer ${adminKey}` } })).assessment.questions,
    );
    for (const [index, question] of (started.session.questions as { id: string; type: 'single' | 'multiple' | 'text'; options: string[] }[]).entries()) {
      const selected = index === 0 ? wrongAnswer(reviewer.get(question.id)!, question) : correctAnswer(reviewer.get(question.id)!, question);
      await ok(`${base}/v1/candidate/answers/${question.id}`, { method: 'PUT', headers: candidate, body: { selectedAnswer: selected } });
    }
    const finished = await ok(`${base}/v1/candidate/finish`, { method: 'POST', headers: candidate });
    const sessionId = finished.session.id as string;

    await receiver.waitFor(() => receiver.received.length >= 2, 30_000);
    for (const request of receiver.received.slice(0, 2)) {
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from('gh-partner-credential:').toString('base64')}`);
      expect(JSON.parse(request.body)).toEqual({ partner_interview_id: interviewId });
    }
    const deliveries = await waitUntil(async () => {
      const list = await ok(`${base}/v1/integrations/greenhouse/deliveries`, { headers: { authorization: `Bearer ${adminKey}` } });
      return list.deliveries[0]?.status === 'succeeded' ? list.deliveries : null;
    }, 10_000, 'the delivery to succeed');
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ interviewId, sessionId, attempts: 2, responseStatus: 200 });
    expect(deliveries[0].attemptLog.map((attempt: { responseStatus: number | null }) => attempt.responseStatus)).toEqual([503, 200]);

    const result = (await ok(`${base}/v1/sessions/${sessionId}`, { headers: { authorization: `Bearer ${adminKey}` } })).session;
    const status = await ok(`${base}/integrations/greenhouse/test_status?partner_interview_id=${interviewId}`, { headers: basic(greenhouseKey) });
    expect(status).toMatchObject({
      partner_status: 'complete',
      partner_profile_url: `${PUBLIC_URL}/app/results/${sessionId}`,
      partner_score: result.percentage,
    });
    expect(result.percentage).toBeGreaterThan(0);
    expect(status.metadata).toMatchObject({ status: 'complete', passed: result.passed, red_flag: false, started: result.startedAt, completed: result.completedAt });
    for (const value of Object.values(status.metadata)) expect(value === null || ['string', 'number', 'boolean'].includes(typeof value)).toBe(true);
    expect(Object.keys(status.metadata).some((name) => name.startsWith('category_'))).toBe(true);
    // Once: no further PATCH.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received).toHaveLength(2);
  }, 60_000);

  it('response_error is recorded, listed, and emailed to the owners', async () => {
    const sent = smtp.received.length;
    const reported = await call(`${base}/integrations/greenhouse/response_error`, {
      method: 'POST',
      headers: basic(greenhouseKey),
      body: { api_call: 'test_status', errors: ['partner_score must be a number'], partner_interview_id: interviewId, candidate_email: candidateEmail, extra: 1 },
    });
    expect(reported.status).toBe(200);
    expect(reported.data).toEqual({});
    const errors = await ok(`${base}/v1/integrations/greenhouse/errors`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect(errors.errors[0]).toMatchObject({ apiCall: 'test_status', errors: ['partner_score must be a number'], partnerInterviewId: interviewId });
    await smtp.waitFor(sent + 1, 20_000);
    const notice = smtp.received.slice(sent).find((mail) => mail.to.includes('owner@acme.example'));
    expect(notice).toBeTruthy();
    expect(parseMail(notice!.raw).text).toContain('partner_score must be a number');

    const calls = await ok(`${base}/v1/integrations/greenhouse/calls`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect(calls.calls.map((entry: { apiCall: string }) => entry.apiCall)).toEqual(expect.arrayContaining(['list_tests', 'send_test', 'test_status', 'response_error']));
  });

  it('bad credentials answer 401 with a Basic challenge; a key without the scope 403', async () => {
    const url = `${base}/integrations/greenhouse/list_tests`;
    for (const headers of [{}, basic('ct_live_wrong'), basic('not-a-key'), { authorization: 'Basic !!!' }]) {
      const response = await call(url, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    }
    // A Bearer key works too (tools and the fuzzer); the all-scopes key holds integrations:greenhouse.
    expect((await call(url, { headers: { authorization: `Bearer ${adminKey}` } })).status).toBe(200);
    const narrow = (await ok(`${base}/v1/api-keys`, { method: 'POST', headers: { authorization: `Bearer ${adminKey}` }, body: { name: 'read', scopes: ['results:read'] } })).key;
    const refused = await call(url, { headers: basic(narrow) });
    expect(refused.status).toBe(403);
    expect(refused.data.error.code).toBe('insufficient_scope');
  });

  it('bad bodies answer 400; unknown and other organizations’ ids 404; a deleted assessment is not offered', async () => {
    const sendTest = (body: unknown, key = greenhouseKey) => call(`${base}/integrations/greenhouse/send_test`, { method: 'POST', headers: basic(key), body });
    for (const body of [
      {},
      { ...sendTestBody(), candidate: { ...sendTestBody().candidate, email: 'not an email' } },
      { ...sendTestBody(), url: 'ftp://example.com' },
      { ...sendTestBody(), partner_test_id: 42 },
      '{"partner_test_id":',
    ]) {
      expect((await sendTest(body)).status).toBe(400);
    }
    expect((await call(`${base}/integrations/greenhouse/response_error`, { method: 'POST', headers: basic(greenhouseKey), body: { errors: [] } })).status).toBe(400);
    expect((await call(`${base}/integrations/greenhouse/test_status`, { headers: basic(greenhouseKey) })).status).toBe(400);

    expect((await sendTest({ ...sendTestBody(), partner_test_id: 'asmt_unknown' })).status).toBe(404);
    expect((await sendTest({ ...sendTestBody(), partner_test_id: otherAssessmentId })).status).toBe(404);
    expect((await sendTest({ ...sendTestBody(), partner_test_id: assessment.id }, otherGreenhouseKey)).status).toBe(404);
    const status = (id: string, key = greenhouseKey) => call(`${base}/integrations/greenhouse/test_status?partner_interview_id=${id}`, { headers: basic(key) });
    expect((await status('ghi_unknown')).status).toBe(404);
    expect((await status(interviewId, otherGreenhouseKey)).status).toBe(404);
    const otherInterviews = await ok(`${base}/v1/integrations/greenhouse/interviews`, { headers: { authorization: `Bearer ${otherAdminKey}` } });
    expect(otherInterviews.interviews).toEqual([]);
  });
});
