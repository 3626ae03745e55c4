import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { fixedClock, systemClock, type Clock } from '../../shared/clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-db.js';
import { enqueueJob } from '../outbox/outbox-publish.js';
import { RetryJobError } from './jobs-fns.js';
import { createJobRunner, scheduleKey, type JobLogger, type JobRunnerOptions } from './jobs-runner.js';
import { claimJobs } from './jobs-store.js';

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };
const START = '2026-03-01T10:00:00.000Z';

describe('job runner', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.deleteFrom('jobs').execute();
  });

  function runner(clock: Clock = fixedClock(START), extra: Partial<JobRunnerOptions> = {}) {
    return createJobRunner({ db: database.db, dialect: database.dialect, clock, log: silent, random: () => 0.5, ...extra });
  }

  function job(id: string) {
    return database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  it('runs a due job once with its payload and removes it; a future job waits for its time', async () => {
    const clock = fixedClock(START);
    const seen: unknown[] = [];
    const r = runner(clock);
    r.register('test.echo', { handler: async (payload) => void seen.push(payload) });
    const now = await enqueueJob(database.db, clock, { type: 'test.echo', payload: { n: 1 } });
    const later = await enqueueJob(database.db, clock, {
      type: 'test.echo',
      payload: { n: 2 },
      runAt: new Date(Date.parse(START) + 60_000),
    });

    expect(await r.runDueJobs()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await job(now)).toBeUndefined();
    expect((await job(later))?.status).toBe('pending');

    clock.advance(60_000);
    expect(await r.runDueJobs()).toBe(1);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await job(later)).toBeUndefined();
  });

  it('with types, runs only due jobs of those types and leaves the others queued untouched', async () => {
    const clock = fixedClock(START);
    const seen: string[] = [];
    const r = runner(clock);
    r.register('test.wanted', { handler: async () => void seen.push('wanted') });
    r.register('test.other', { handler: async () => void seen.push('other') });
    const wanted = await enqueueJob(database.db, clock, { type: 'test.wanted', payload: {} });
    const other = await enqueueJob(database.db, clock, { type: 'test.other', payload: {} });

    expect(await r.runDueJobs({ types: ['test.wanted'] })).toBe(1);
    expect(seen).toEqual(['wanted']);
    expect(await job(wanted)).toBeUndefined();
    expect(await job(other)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null });
    expect(await r.runDueJobs()).toBe(1);
    expect(seen).toEqual(['wanted', 'other']);
  });

  it('retries a failing job with exponential backoff, then marks it dead with its last error', async () => {
    const clock = fixedClock(START);
    const r = runner(clock, { backoff: { baseMs: 1000, capMs: 10_000 } });
    const attempts: number[] = [];
    r.register('test.fail', {
      handler: async (_payload, context) => {
        attempts.push(context.attempt);
        throw new Error(`receiver said no (attempt ${context.attempt})`);
      },
    });
    const id = await enqueueJob(database.db, clock, { type: 'test.fail', payload: {}, maxAttempts: 3, uniqueKey: 'fail-1' });

    await r.runDueJobs();
    let row = await job(id);
    // random 0.5 → 3/4 of base·2^0
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'receiver said no (attempt 1)', locked_by: null });
    expect(row!.run_at).toBe(new Date(Date.parse(START) + 750).toISOString());

    clock.advance(749);
    expect(await r.runDueJobs()).toBe(0);
    clock.advance(1);
    await r.runDueJobs();
    row = await job(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row!.run_at).toBe(new Date(clock.now().getTime() + 1500).toISOString());

    clock.advance(1500);
    await r.runDueJobs();
    row = await job(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 3, last_error: 'receiver said no (attempt 3)', unique_key: null });
    expect(attempts).toEqual([1, 2, 3]);

    clock.advance(3_600_000);
    expect(await r.runDueJobs()).toBe(0);
    // The dead job no longer reserves its unique key.
    await enqueueJob(database.db, clock, { type: 'test.fail', payload: {}, uniqueKey: 'fail-1' });
    expect((await database.db.selectFrom('jobs').select('id').where('unique_key', '=', 'fail-1').execute()).length).toBe(1);
  });

  it('honours the retry time a handler asks for, and tells it which attempt is final', async () => {
    const clock = fixedClock(START);
    const r = runner(clock);
    const finals: boolean[] = [];
    r.register('test.later', {
      handler: async (_payload, context) => {
        finals.push(context.isFinalAttempt);
        throw new RetryJobError('not yet', new Date(Date.parse(START) + 42_000));
      },
    });
    const id = await enqueueJob(database.db, clock, { type: 'test.later', payload: {}, maxAttempts: 2 });
    await r.runDueJobs();
    expect((await job(id))!.run_at).toBe(new Date(Date.parse(START) + 42_000).toISOString());
    clock.advance(42_000);
    await r.runDueJobs();
    expect((await job(id))!.status).toBe('dead');
    expect(finals).toEqual([false, true]);
  });

  it('uses a registration\'s own retry schedule', async () => {
    const clock = fixedClock(START);
    const r = runner(clock);
    r.register('test.schedule', {
      handler: async () => {
        throw new Error('down');
      },
      retryDelayMs: (attempt) => attempt * 7000,
    });
    const id = await enqueueJob(database.db, clock, { type: 'test.schedule', payload: {} });
    await r.runDueJobs();
    expect((await job(id))!.run_at).toBe(new Date(Date.parse(START) + 7000).toISOString());
  });

  it('a job without a registered handler is retried, not lost', async () => {
    const clock = fixedClock(START);
    const id = await enqueueJob(database.db, clock, { type: 'test.unknown', payload: {} });
    await runner(clock).runDueJobs();
    expect(await job(id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await job(id))!.last_error).toContain('No handler is registered for job type "test.unknown"');
  });

  it('takes over the jobs of a crashed worker once its lease expires, and fences the old worker out', async () => {
    const clock = fixedClock(START);
    const id = await enqueueJob(database.db, clock, { type: 'test.lease', payload: {} });
    // A worker claims it and dies without finishing.
    const claimed = await claimJobs(database.db, database.dialect, {
      workerId: 'dead-worker',
      now: clock.now().toISOString(),
      lockedUntil: new Date(clock.now().getTime() + 30_000).toISOString(),
      limit: 10,
    });
    expect(claimed.map((row) => row.id)).toEqual([id]);

    const ran: string[] = [];
    const r = runner(clock, { leaseMs: 30_000 });
    r.register('test.lease', { handler: async (_payload, context) => void ran.push(`${context.job.id}#${context.attempt}`) });
    clock.advance(29_999);
    expect(await r.runDueJobs()).toBe(0);
    clock.advance(2);
    expect(await r.runDueJobs()).toBe(1);
    expect(ran).toEqual([`${id}#2`]);
    expect(await job(id)).toBeUndefined();
  });

  it('a job whose final attempt was lost with its worker is marked dead, not run again', async () => {
    const clock = fixedClock(START);
    const id = await enqueueJob(database.db, clock, { type: 'test.lost', payload: {}, maxAttempts: 1 });
    await claimJobs(database.db, database.dialect, {
      workerId: 'dead-worker',
      now: clock.now().toISOString(),
      lockedUntil: new Date(clock.now().getTime() + 1000).toISOString(),
      limit: 1,
    });
    clock.advance(5000);
    let ran = false;
    const r = runner(clock);
    r.register('test.lost', { handler: async () => void (ran = true) });
    await r.runDueJobs();
    expect(ran).toBe(false);
    expect(await job(id)).toMatchObject({ status: 'dead' });
    expect((await job(id))!.last_error).toContain('no attempts left');
  });

  it('keeps one row per recurring job and reschedules it after success and after failure', async () => {
    const clock = fixedClock(START);
    const r = runner(clock);
    let fail = false;
    let runs = 0;
    r.register('test.sweep', {
      repeatEveryMs: 60_000,
      handler: async () => {
        runs += 1;
        if (fail) throw new Error('sweep broke');
      },
    });
    await r.ensureSchedules();
    await r.ensureSchedules();
    const rows = await database.db.selectFrom('jobs').selectAll().where('unique_key', '=', scheduleKey('test.sweep')).execute();
    expect(rows).toHaveLength(1);
    const id = rows[0]!.id;

    await r.runDueJobs();
    expect(await job(id)).toMatchObject({ status: 'pending', attempts: 0, last_error: null });
    expect((await job(id))!.run_at).toBe(new Date(Date.parse(START) + 60_000).toISOString());

    fail = true;
    for (let i = 0; i < 3; i++) {
      clock.advance(3_600_000);
      await r.runDueJobs();
    }
    // Out of attempts, a recurring job is not buried: it comes back at its next interval.
    const row = await job(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, last_error: 'sweep broke', unique_key: scheduleKey('test.sweep') });
    expect(row!.run_at).toBe(new Date(clock.now().getTime() + 60_000).toISOString());
    expect(runs).toBe(4);
  });

  it('shutdown stops claiming, waits briefly, and hands unfinished jobs back uncharged', async () => {
    const r = runner(systemClock, { pollIntervalMs: 20, shutdownGraceMs: 100 });
    let started!: () => void;
    const startedPromise = new Promise<void>((resolve) => (started = resolve));
    let aborted = false;
    r.register('test.slow', {
      handler: async (_payload, context) => {
        started();
        await new Promise<void>((_resolve, reject) =>
          context.signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          }),
        );
      },
    });
    const id = await enqueueJob(database.db, systemClock, { type: 'test.slow', payload: {} });
    await r.start();
    await startedPromise;
    expect(await job(id)).toMatchObject({ status: 'running', locked_by: r.workerId, attempts: 1 });
    const before = Date.now();
    await r.stop();
    expect(Date.now() - before).toBeLessThan(5000);
    expect(aborted).toBe(true);
    expect(await job(id)).toMatchObject({ status: 'pending', locked_by: null, locked_until: null, attempts: 0 });
  });

  it('shutdown lets a job that finishes within the grace period complete', async () => {
    const r = runner(systemClock, { pollIntervalMs: 20, shutdownGraceMs: 5000 });
    let started!: () => void;
    const startedPromise = new Promise<void>((resolve) => (started = resolve));
    r.register('test.short', {
      handler: async () => {
        started();
        await new Promise((resolve) => setTimeout(resolve, 150));
      },
    });
    const id = await enqueueJob(database.db, systemClock, { type: 'test.short', payload: {} });
    await r.start();
    await startedPromise;
    await r.stop();
    expect(await job(id)).toBeUndefined();
  });

  it('two workers on separate connections run each of 300 jobs exactly once', async () => {
    const second = openDatabase({ databaseUrl: database.url, sqliteFile: database.file ?? ':memory:', poolSize: 5 });
    try {
      const runs = new Map<number, string[]>();
      const register = (r: ReturnType<typeof createJobRunner>) =>
        r.register('test.count', {
          handler: async (payload: { n: number }) => {
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
            runs.set(payload.n, [...(runs.get(payload.n) ?? []), r.workerId]);
          },
        });
      const a = createJobRunner({ db: database.db, dialect: database.dialect, clock: systemClock, log: silent, pollIntervalMs: 10, workerId: 'a' });
      const b = createJobRunner({ db: second.db, dialect: second.dialect, clock: systemClock, log: silent, pollIntervalMs: 10, workerId: 'b' });
      register(a);
      register(b);
      await a.start();
      await b.start();
      await database.db.transaction().execute(async (trx) => {
        for (let n = 0; n < 300; n++) await enqueueJob(trx, systemClock, { type: 'test.count', payload: { n } });
      });
      const deadline = Date.now() + 20_000;
      while (runs.size < 300 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await a.stop();
      await b.stop();
      expect(runs.size).toBe(300);
      expect([...runs.values()].filter((workers) => workers.length !== 1)).toEqual([]);
      expect(await database.db.selectFrom('jobs').select('id').where('type', '=', 'test.count').execute()).toEqual([]);
      const byWorker = [...runs.values()].flat();
      // Both took part (on SQLite too: each claims a batch at a time).
      expect(byWorker.filter((w) => w === 'a').length).toBeGreaterThan(0);
      expect(byWorker.filter((w) => w === 'b').length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
