import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';
import { CLOSE_OVERDUE_SESSIONS_JOB, EXPIRE_KEYS_JOB, SWEEP_THROTTLES_JOB, createWorker, type Worker } from '../../worker.js';
import { scheduleKey, type JobLogger } from '../jobs/jobs-runner.js';
import { KEY_REMINDERS_JOB, sendKeyReminders } from './emails-delivery.js';

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };
const START = '2026-05-04T09:00:00.000Z';
const HOUR = 3_600_000;

describe('scheduled sweeps: key reminders, key expiry, overdue sessions', () => {
  const clock = fixedClock(START);
  let t: TestApp;
  let org: TestOrg;
  let worker: Worker;
  const keys: Record<string, { id: string; key: string }> = {};
  let startedSessionId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg({ name: 'Acme' });
    worker = createWorker(t.deps, { log: silent, random: () => 0.5, sweepIntervalMs: 60_000 });
    const create = async (payload: Record<string, unknown>) => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/assessments',
        headers: org.headers,
        payload: { title: 'Data <Screen>', role: 'Analyst', taskBrief: 'Questions.', timeLimitMinutes: 30, ...payload },
      });
      expect(response.statusCode).toBe(201);
      return response.data.assessment;
    };
    const week = await create({ expiresInDays: 7, questions: [{ text: 'Q?', type: 'single', options: ['a', 'b'], answer: 0, category: 'c', difficulty: 'easy' }] });
    [keys.emailed] = await createKeys(t, org, week.id, { count: 1, candidateEmails: ['ada@example.com'], candidateNames: ['Ada'] });
    [keys.anonymous] = await createKeys(t, org, week.id, { count: 1 });
    [keys.started] = await createKeys(t, org, week.id, { count: 1, candidateEmails: ['bo@example.com'] });
    [keys.revoked] = await createKeys(t, org, week.id, { count: 1, candidateEmails: ['cy@example.com'] });
    const revoked = await t.request({ method: 'DELETE', url: `/v1/assessments/${week.id}/keys/${keys.revoked!.id}`, headers: org.headers });
    expect(revoked.statusCode).toBe(200);
    const candidate = await redeem(t, keys.started!.key);
    // The key has no name, and the assessment asks for it before the start.
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers, payload: { name: 'Bo' } });
    expect(started.statusCode).toBe(201);
    startedSessionId = started.data.session.id;
    // Invitation emails go out first, so that only reminders are left to count.
    await worker.runner.runDueJobs();
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  const reminders = () => t.database.db.selectFrom('emails').selectAll().where('kind', '=', 'reminder').execute();

  it('schedules each sweep as one recurring job', async () => {
    await worker.runner.ensureSchedules();
    await worker.runner.ensureSchedules();
    const rows = await t.database.db.selectFrom('jobs').select(['type', 'unique_key', 'status']).where('unique_key', 'like', 'schedule:%').orderBy('type').execute();
    expect(rows).toEqual(
      [CLOSE_OVERDUE_SESSIONS_JOB, EXPIRE_KEYS_JOB, KEY_REMINDERS_JOB, 'sweep.pending-signups', SWEEP_THROTTLES_JOB].sort().map((type) => ({ type, unique_key: scheduleKey(type), status: 'pending' })),
    );
  });

  it('closes and scores a session past its deadline', async () => {
    clock.advance(31 * 60_000);
    await worker.runner.runDueJobs();
    const session = await t.database.db.selectFrom('sessions').selectAll().where('id', '=', startedSessionId).executeTakeFirstOrThrow();
    expect(session.status).toBe('expired');
    expect(session.completed_at).not.toBeNull();
    expect(session.score_status).not.toBe('PENDING');
  });

  it('sends nothing while no key is within a day of expiring', async () => {
    clock.set(new Date(Date.parse(START) + 5 * 24 * HOUR));
    await worker.runner.runDueJobs();
    expect(await reminders()).toEqual([]);
  });

  it('reminds an unused, unrevoked key with an address once, about a day before it expires', async () => {
    clock.set(new Date(Date.parse(START) + 6 * 24 * HOUR + HOUR));
    await worker.runner.runDueJobs();
    let sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to_address: 'ada@example.com', related_id: keys.emailed!.id, status: 'sent' });
    expect(sent[0]!.subject).toBe('Reminder: your Data <Screen> assessment key expires soon');
    expect(sent[0]!.text_body).toContain(keys.emailed!.key);
    expect(sent[0]!.text_body).toContain(`http://assay.test/take/${keys.emailed!.key}`);
    expect(sent[0]!.html_body).toContain('Data &lt;Screen&gt;');
    const invitation = await t.database.db.selectFrom('invitations').select('reminder_sent_at').where('id', '=', keys.emailed!.id).executeTakeFirstOrThrow();
    expect(invitation.reminder_sent_at).toBe(clock.now().toISOString());

    clock.advance(10 * 60_000);
    await worker.runner.runDueJobs();
    expect(await sendKeyReminders(t.database.db, clock, t.config)).toBe(0);
    sent = await reminders();
    expect(sent).toHaveLength(1);
  });

  it('does not remind a key created less than a day before it expires', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: { title: 'Quick', role: 'Analyst', taskBrief: 'Q.', expiresInDays: 1 },
    });
    const [fresh] = await createKeys(t, org, response.data.assessment.id, { count: 1, candidateEmails: ['dee@example.com'] });
    clock.advance(HOUR);
    expect(await sendKeyReminders(t.database.db, clock, t.config)).toBe(0);
    const invitation = await t.database.db.selectFrom('invitations').select('reminder_sent_at').where('id', '=', fresh.id).executeTakeFirstOrThrow();
    expect(invitation.reminder_sent_at).toBeNull();
  });

  it('expires unused keys once their time has passed', async () => {
    clock.set(new Date(Date.parse(START) + 7 * 24 * HOUR + 5 * 60_000));
    await worker.runner.runDueJobs();
    const rows = await t.database.db.selectFrom('invitations').select(['id', 'status']).where('org_id', '=', org.org.id).execute();
    const statusOf = (id: string) => rows.find((row) => row.id === id)!.status;
    expect(statusOf(keys.emailed!.id)).toBe('expired');
    expect(statusOf(keys.anonymous!.id)).toBe('expired');
    expect(statusOf(keys.started!.id)).not.toBe('expired');
    const schedules = await t.database.db.selectFrom('jobs').select(['status', 'last_error']).where('unique_key', 'like', 'schedule:%').execute();
    expect(schedules).toEqual(schedules.map(() => ({ status: 'pending', last_error: null })));
  });
});
