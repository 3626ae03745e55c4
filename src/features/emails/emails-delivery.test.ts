import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { byId, correctAnswer, redeem } from '../../../test/helpers/candidate-kit.js';
import { parseMail, startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink.js';
import { fixedClock } from '../../shared/clock.js';
import { createWorker, type Worker } from '../../worker.js';
import type { JobLogger } from '../jobs/jobs-runner.js';
import { queueEmail } from '../outbox/outbox-publish.js';

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };
const START = '2026-05-04T09:00:00.000Z';

const QUESTIONS = [
  { text: 'Which status means Created?', type: 'single', options: ['200', '201', '204'], answer: 1, category: 'http', difficulty: 'easy' },
  { text: 'Default PostgreSQL port?', type: 'text', answer: ['5432'], category: 'databases', difficulty: 'easy' },
];

describe('emails over SMTP to a real server on 127.0.0.1', () => {
  const clock = fixedClock(START);
  let t: TestApp;
  let org: TestOrg;
  let sink: SmtpSink;
  let worker: Worker;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ clock, env: { SMTP_URL: sink.url, ASSAY_EMAIL_FROM: 'Acme Hiring <hiring@acme.test>' } });
    org = await t.createOrg({ name: 'Acme & Sons' });
    worker = createWorker(t.deps, { log: silent, random: () => 0.5 });
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await sink?.close();
  });

  async function createAssessment() {
    const response = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: { title: 'API <Design>', role: 'Backend Engineer', taskBrief: 'Answer two questions.', timeLimitMinutes: 30, questions: QUESTIONS, showResult: true },
    });
    expect(response.statusCode).toBe(201);
    return response.data.assessment;
  }

  it('delivers the invitation email with the right recipient, subject, key and link', async () => {
    const assessment = await createAssessment();
    const [key] = await createKeys(t, org, assessment.id, {
      count: 1,
      candidateEmails: ['ada@example.com'],
      candidateNames: ['Ada'],
    });
    await worker.runner.runDueJobs();
    await sink.waitFor(1);
    const mail = sink.received.at(-1)!;
    expect(mail.to).toEqual(['ada@example.com']);
    expect(mail.from).toBe('hiring@acme.test');
    const parsed = parseMail(mail.raw);
    expect(parsed.headers.get('to')).toBe('ada@example.com');
    expect(parsed.headers.get('subject')).toBe('Acme & Sons invited you to an assessment: API <Design>');
    const link = `http://assay.test/take/${key.key}`;
    expect(parsed.text).toContain(`Your access key: ${key.key}`);
    expect(parsed.text).toContain(link);
    expect(parsed.html).toContain(key.key);
    expect(parsed.html).toContain(`href="${link}"`);
    expect(parsed.html).toContain('API &lt;Design&gt;');
    expect(parsed.html).not.toContain('API <Design>');

    const emailId = parsed.headers.get('x-assay-email-id')!;
    expect(parsed.headers.get('message-id')).toBe(`<${emailId}@acme.test>`);
    const listed = await t.request({ method: 'GET', url: '/v1/emails?kind=invitation', headers: org.headers });
    expect(listed.statusCode).toBe(200);
    expect(listed.data.emails[0]).toMatchObject({
      id: emailId,
      kind: 'invitation',
      to: 'ada@example.com',
      status: 'sent',
      attempts: 1,
      lastError: null,
      messageId: `<${emailId}@acme.test>`,
      relatedId: key.id,
      sentAt: clock.now().toISOString(),
    });
    expect(listed.data.emails[0].text).toBeUndefined();
    const one = await t.request({ method: 'GET', url: `/v1/emails/${emailId}`, headers: org.headers });
    expect(one.statusCode).toBe(200);
    expect(one.data.email.text).toContain(key.key);
    expect(one.data.email.html).toContain(key.key);
  });

  it('delivers the result email a submission queues, to the candidate, with the subject and link', async () => {
    const assessment = await createAssessment();
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['bo@example.com'], candidateNames: ['Bo'] });
    await worker.runner.runDueJobs();
    const before = sink.received.length;

    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    expect(started.statusCode).toBe(201);
    const reviewer = byId<any>(assessment.questions);
    for (const question of started.data.session.questions) {
      const saved = await t.request({
        method: 'PUT',
        url: `/v1/candidate/answers/${question.id}`,
        headers: candidate.headers,
        payload: { selectedAnswer: correctAnswer(reviewer.get(question.id), question) },
      });
      expect(saved.statusCode).toBe(200);
    }
    const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers });
    expect(submitted.statusCode).toBe(200);

    await worker.runner.runDueJobs();
    await sink.waitFor(before + 1);
    const results = sink.received.slice(before).filter((mail) => parseMail(mail.raw).headers.get('subject')?.includes('your result'));
    expect(results).toHaveLength(1);
    const parsed = parseMail(results[0]!.raw);
    expect(results[0]!.to).toEqual(['bo@example.com']);
    expect(parsed.headers.get('subject')).toBe('Acme & Sons: your result for API <Design>');
    expect(parsed.text).toContain('Hello Bo,');
    expect(parsed.text).toContain('100%');
    expect(parsed.text).toContain('http://assay.test/take');
    expect(parsed.html).toContain('href="http://assay.test/take"');
  });

  it('retries a refused message through the runner and records the error meanwhile', async () => {
    let refusals = 0;
    sink.refuseRecipient = () => (refusals++ === 0 ? 'Mailbox busy, try later' : null);
    const emailId = await t.database.db.transaction().execute((trx) =>
      queueEmail(trx, clock, { orgId: org.org.id, kind: 'result', to: 'cy@example.com', subject: 'Your result', text: 'You scored 70%.', html: '<p>You scored 70%.</p>' }),
    );
    const before = sink.received.length;
    await worker.runner.runDueJobs();
    let row = await t.database.db.selectFrom('emails').selectAll().where('id', '=', emailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 1, sent_at: null });
    expect(row.last_error).toContain('Mailbox busy');
    const job = await t.database.db.selectFrom('jobs').selectAll().where('type', '=', 'email.send').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(Date.parse(job.run_at)).toBeGreaterThan(clock.now().getTime());

    clock.advance(60 * 60_000);
    await worker.runner.runDueJobs();
    await sink.waitFor(before + 1);
    row = await t.database.db.selectFrom('emails').selectAll().where('id', '=', emailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(sink.received.at(-1)!.to).toEqual(['cy@example.com']);
    sink.refuseRecipient = null;
  });

  it('marks an email failed, and its job dead, after the last attempt', async () => {
    sink.refuseRecipient = () => 'No such mailbox';
    const emailId = await t.database.db.transaction().execute((trx) =>
      queueEmail(trx, clock, { orgId: org.org.id, kind: 'result', to: 'nobody@example.com', subject: 'S', text: 'T', html: '<p>T</p>' }),
    );
    await t.database.db.updateTable('jobs').set({ max_attempts: 2 }).where('type', '=', 'email.send').where('status', '=', 'pending').execute();
    await worker.runner.runDueJobs();
    clock.advance(60 * 60_000);
    await worker.runner.runDueJobs();
    const row = await t.database.db.selectFrom('emails').selectAll().where('id', '=', emailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row.last_error).toContain('No such mailbox');
    const job = await t.database.db.selectFrom('jobs').selectAll().where('type', '=', 'email.send').where('status', '=', 'dead').executeTakeFirstOrThrow();
    expect(job.last_error).toContain('No such mailbox');
    const listed = await t.request({ method: 'GET', url: '/v1/emails?status=failed', headers: org.headers });
    expect(listed.data.emails.map((email: { id: string }) => email.id)).toEqual([emailId]);
    sink.refuseRecipient = null;
  });
});

describe('emails without SMTP: the .eml dev mailbox', () => {
  const clock = fixedClock(START);
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let worker: Worker;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    other = await t.createOrg();
    worker = createWorker(t.deps, { log: { ...silent, info: (_obj, msg) => void logged.push(msg ?? '') }, random: () => 0.5 });
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it('writes each email as an RFC 5322 .eml file under <dataDir>/mail and logs where', async () => {
    const emailId = await t.database.db.transaction().execute((trx) =>
      queueEmail(trx, clock, {
        orgId: org.org.id,
        kind: 'invitation',
        to: 'dee@example.com',
        subject: 'Zoë, your key PST-ABCD-EFGH',
        text: 'Key: PST-ABCD-EFGH\nStart: http://assay.test/take/PST-ABCD-EFGH',
        html: '<p>Key: <b>PST-ABCD-EFGH</b></p>',
      }),
    );
    await worker.runner.runDueJobs();
    const file = path.join(t.dataDir, 'mail', `${emailId}.eml`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(path.join(t.dataDir, 'mail'))).toEqual([`${emailId}.eml`]);
    const raw = fs.readFileSync(file, 'utf8');
    const parsed = parseMail(raw);
    expect(parsed.headers.get('to')).toBe('dee@example.com');
    expect(parsed.headers.get('from')).toBe('Assay <no-reply@assay.local>');
    expect(parsed.headers.get('subject')).toBe('Zoë, your key PST-ABCD-EFGH');
    expect(parsed.headers.get('message-id')).toBe(`<${emailId}@assay.local>`);
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect(parsed.headers.get('date')).toBeTruthy();
    expect(parsed.text).toContain('Start: http://assay.test/take/PST-ABCD-EFGH');
    expect(parsed.html).toContain('<b>PST-ABCD-EFGH</b>');
    expect(logged.some((line) => line.includes(file))).toBe(true);

    const row = await t.database.db.selectFrom('emails').selectAll().where('id', '=', emailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, message_id: `<${emailId}@assay.local>`, sent_at: START });

    // Running the job again (at-least-once) does not send twice.
    await t.database.db.transaction().execute((trx) =>
      trx.insertInto('jobs').values({
        id: 'job_again',
        org_id: org.org.id,
        type: 'email.send',
        payload: JSON.stringify({ emailId }),
        status: 'pending',
        run_at: START,
        attempts: 0,
        max_attempts: 3,
        last_error: null,
        locked_by: null,
        locked_until: null,
        unique_key: null,
        created_at: START,
        updated_at: START,
      }).execute(),
    );
    const mtime = fs.statSync(file).mtimeMs;
    await worker.runner.runDueJobs();
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it('lists the org\'s outbox newest first with filters and a cursor, and hides other orgs\' mail', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await t.database.db.transaction().execute((trx) =>
          queueEmail(trx, clock, { orgId: org.org.id, kind: 'reminder', to: `r${i}@example.com`, subject: `R${i}`, text: 't', html: '<p>t</p>', relatedId: `key_${i}` }),
        ),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: any = await t.request({ method: 'GET', url: `/v1/emails?kind=reminder&limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: org.headers });
      expect(response.statusCode).toBe(200);
      seen.push(...response.data.emails.map((email: { id: string }) => email.id));
      cursor = response.data.pagination.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const byRelated = await t.request({ method: 'GET', url: '/v1/emails?relatedId=key_3', headers: org.headers });
    expect(byRelated.data.emails.map((email: { id: string }) => email.id)).toEqual([ids[3]]);
    const byTo = await t.request({ method: 'GET', url: '/v1/emails?to=r1@example.com', headers: org.headers });
    expect(byTo.data.emails.map((email: { id: string }) => email.id)).toEqual([ids[1]]);
    const queued = await t.request({ method: 'GET', url: '/v1/emails?status=queued&kind=reminder', headers: org.headers });
    expect(queued.data.emails).toHaveLength(5);

    const foreign = await t.request({ method: 'GET', url: `/v1/emails/${ids[0]}`, headers: other.headers });
    expect(foreign.statusCode).toBe(404);
    const foreignList = await t.request({ method: 'GET', url: '/v1/emails', headers: other.headers });
    expect(foreignList.data.emails).toEqual([]);
    const badCursor = await t.request({ method: 'GET', url: '/v1/emails?cursor=%%%', headers: org.headers });
    expect(badCursor.statusCode).toBe(400);
    const badStatus = await t.request({ method: 'GET', url: '/v1/emails?status=lost', headers: org.headers });
    expect(badStatus.statusCode).toBe(400);
  });

  it('needs the candidates:read scope', async () => {
    const narrow = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'n', scopes: ['results:read'] } });
    const response = await t.request({ method: 'GET', url: '/v1/emails', headers: { authorization: `Bearer ${narrow.data.key}` } });
    expect(response.statusCode).toBe(403);
    expect(response.data.error.details).toEqual({ scope: 'candidates:read' });
  });
});
