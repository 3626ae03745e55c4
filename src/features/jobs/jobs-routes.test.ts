import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_KEY, createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { fixedClock } from '../../shared/clock.js';
import { enqueueJob } from '../outbox/outbox-publish.js';
import { createJobRunner, type JobLogger } from './jobs-runner.js';

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };
const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

describe('operator jobs API', () => {
  const clock = fixedClock('2026-03-01T10:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let deadId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    const runner = createJobRunner({ db: t.database.db, dialect: t.database.dialect, clock, log: silent });
    runner.register('test.broken', {
      handler: async () => {
        throw new Error('the SMTP relay refused us');
      },
    });
    deadId = await enqueueJob(t.database.db, clock, { type: 'test.broken', payload: {}, maxAttempts: 1 });
    for (let n = 0; n < 3; n++) {
      await enqueueJob(t.database.db, clock, { type: 'test.later', payload: { n }, runAt: new Date(Date.parse('2026-03-02T00:00:00.000Z')) });
    }
    await runner.runDueJobs();
  });
  afterAll(() => t.close());

  it('lists dead jobs with their last error', async () => {
    const response = await t.request({ method: 'GET', url: '/v1/admin/jobs?status=dead', headers: operator });
    expect(response.statusCode).toBe(200);
    expect(response.data.jobs).toEqual([
      expect.objectContaining({ id: deadId, type: 'test.broken', status: 'dead', attempts: 1, maxAttempts: 1, lastError: 'the SMTP relay refused us', lockedBy: null }),
    ]);
  });

  it('pages through the queue with a cursor and filters by type', async () => {
    const first = await t.request({ method: 'GET', url: '/v1/admin/jobs?type=test.later&limit=2', headers: operator });
    expect(first.data.jobs).toHaveLength(2);
    expect(first.data.pagination).toMatchObject({ limit: 2, hasMore: true });
    const second = await t.request({ method: 'GET', url: `/v1/admin/jobs?type=test.later&limit=2&cursor=${first.data.pagination.nextCursor}`, headers: operator });
    expect(second.data.jobs).toHaveLength(1);
    expect(second.data.pagination).toEqual({ limit: 2, hasMore: false, nextCursor: null });
    const ids = [...first.data.jobs, ...second.data.jobs].map((job: { id: string }) => job.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('retries a dead job with fresh attempts, and refuses to retry a live one', async () => {
    const retried = await t.request({ method: 'POST', url: `/v1/admin/jobs/${deadId}/retry`, headers: operator });
    expect(retried.statusCode).toBe(200);
    expect(retried.data.job).toMatchObject({ id: deadId, status: 'pending', attempts: 0, runAt: clock.now().toISOString() });
    const again = await t.request({ method: 'POST', url: `/v1/admin/jobs/${deadId}/retry`, headers: operator });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe('job_not_dead');
    const unknown = await t.request({ method: 'POST', url: '/v1/admin/jobs/job_UNKNOWN/retry', headers: operator });
    expect(unknown.statusCode).toBe(404);
  });

  it('is for the operator only', async () => {
    expect((await t.request({ method: 'GET', url: '/v1/admin/jobs', headers: org.headers })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/v1/admin/jobs' })).statusCode).toBe(401);
  });
});
