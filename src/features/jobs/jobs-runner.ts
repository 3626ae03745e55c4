import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Clock } from '../../shared/clock.js';
import { enqueueJob } from '../outbox/outbox-publish.js';
import { DEFAULT_BACKOFF, RetryJobError, backoffDelayMs, describeError, type BackoffPolicy } from './jobs-fns.js';
import {
  buryJob,
  claimJobs,
  deleteCompletedJob,
  extendLeases,
  releaseJobs,
  rescheduleJob,
  type JobRow,
} from './jobs-store.js';

/**
 * The durable job runner (docs/decisions/0002-job-runner.md). Jobs are rows in
 * `jobs`, written in the transaction of the change that causes them. A worker
 * claims due rows under a lease (`locked_until`), runs the handler registered
 * for the type, then deletes the row (done), puts it back with a later run_at
 * (retry with backoff), or marks it `dead` with its last error. Delivery is at
 * least once: a handler must tolerate running again after a crash.
 */

export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface JobContext {
  job: JobRow;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  isFinalAttempt: boolean;
  /** Aborted when the worker shuts down; long handlers should stop early. */
  signal: AbortSignal;
  log: JobLogger;
}

export interface JobRegistration {
  handler(payload: any, context: JobContext): Promise<void>;
  /** Delay before the next attempt after failed attempt n; default exponential backoff with jitter. */
  retryDelayMs?(attempt: number): number;
  /**
   * A recurring job: one row (unique key `schedule:<type>`) that reschedules
   * itself this long after each run, whether it succeeded or ran out of
   * attempts — a sweep must never stop for good.
   */
  repeatEveryMs?: number;
}

export interface JobRunnerOptions {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  log: JobLogger;
  /** Defaults to host, pid and a random suffix. */
  workerId?: string;
  concurrency?: number;
  pollIntervalMs?: number;
  leaseMs?: number;
  /** How long stop() waits for running jobs before releasing them. */
  shutdownGraceMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export interface JobRunner {
  readonly workerId: string;
  register(type: string, registration: JobRegistration): void;
  /** Queues one row per recurring registration (kept unique by its key). */
  ensureSchedules(): Promise<void>;
  /** Starts polling; returns at once. */
  start(): Promise<void>;
  /** Stops claiming, waits briefly for running jobs, releases the rest. */
  stop(): Promise<void>;
  /**
   * Claims and runs due jobs until none is left (tests, CLI). Returns how many
   * ran. With `types`, only jobs of those types are claimed (a test delivers
   * one kind of email and leaves the rest queued).
   */
  runDueJobs(options?: { maxJobs?: number; types?: readonly string[] }): Promise<number>;
}

export function scheduleKey(type: string): string {
  return `schedule:${type}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, dialect, clock, log } = options;
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const concurrency = options.concurrency ?? 8;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const shutdownGraceMs = options.shutdownGraceMs ?? 10_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;

  const registrations = new Map<string, JobRegistration>();
  const inFlight = new Map<string, Promise<void>>();
  const abort = new AbortController();
  let running = false;
  let loopDone: Promise<void> | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;
  /** Set when a slot freed up or stop() was called while the loop was not asleep. */
  let nudged = false;

  function nudge() {
    nudged = true;
    wake?.();
  }

  function iso(ms: number): string {
    return new Date(clock.now().getTime() + ms).toISOString();
  }

  async function settle(job: JobRow, error: unknown, registration: JobRegistration | undefined): Promise<void> {
    const now = clock.now().toISOString();
    const lastError = describeError(error);
    if (job.attempts < job.max_attempts) {
      const retryAt =
        error instanceof RetryJobError
          ? error.retryAt.toISOString()
          : iso(registration?.retryDelayMs ? registration.retryDelayMs(job.attempts) : backoffDelayMs(job.attempts, backoff, random));
      await rescheduleJob(db, workerId, job.id, { runAt: retryAt, now, lastError, resetAttempts: false });
      log.warn({ jobId: job.id, type: job.type, attempt: job.attempts, retryAt, err: lastError }, 'job failed, will retry');
      return;
    }
    if (registration?.repeatEveryMs) {
      await rescheduleJob(db, workerId, job.id, { runAt: iso(registration.repeatEveryMs), now, lastError, resetAttempts: true });
      log.error({ jobId: job.id, type: job.type, err: lastError }, 'recurring job failed every attempt; it runs again at its next interval');
      return;
    }
    await buryJob(db, workerId, job.id, lastError, now);
    log.error({ jobId: job.id, type: job.type, attempts: job.attempts, err: lastError }, 'job is dead after its last attempt');
  }

  async function runJob(job: JobRow): Promise<void> {
    const registration = registrations.get(job.type);
    const started = performance.now();
    try {
      if (!registration) throw new Error(`No handler is registered for job type "${job.type}"`);
      if (job.attempts > job.max_attempts) {
        // The lease of its final attempt expired (the worker died): nothing is left to try.
        throw new Error(`${job.last_error ?? 'The worker running its last attempt stopped'}; no attempts left`);
      }
      await registration.handler(JSON.parse(job.payload), {
        job,
        attempt: job.attempts,
        maxAttempts: job.max_attempts,
        isFinalAttempt: job.attempts >= job.max_attempts,
        signal: abort.signal,
        log,
      });
    } catch (error) {
      try {
        await settle(job, error, registration);
      } catch (settleError) {
        // The lease will expire and another attempt will follow.
        log.error({ jobId: job.id, err: describeError(settleError) }, 'could not record a job failure');
      }
      return;
    }
    try {
      if (registration.repeatEveryMs) {
        const now = clock.now().toISOString();
        await rescheduleJob(db, workerId, job.id, { runAt: iso(registration.repeatEveryMs), now, lastError: null, resetAttempts: true });
      } else {
        await deleteCompletedJob(db, workerId, job.id);
      }
      log.debug({ jobId: job.id, type: job.type, attempt: job.attempts, workerId, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      log.error({ jobId: job.id, err: describeError(error) }, 'could not record a job as done; it will run again');
    }
  }

  function launch(job: JobRow): Promise<void> {
    const promise = runJob(job).finally(() => {
      inFlight.delete(job.id);
      nudge();
    });
    inFlight.set(job.id, promise);
    return promise;
  }

  async function claim(limit: number, types?: readonly string[]): Promise<JobRow[]> {
    const now = clock.now();
    return claimJobs(db, dialect, {
      workerId,
      now: now.toISOString(),
      lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
      limit,
      types,
    });
  }

  async function loop(): Promise<void> {
    while (running) {
      const free = concurrency - inFlight.size;
      let claimedAll = false;
      if (free > 0) {
        try {
          const jobs = await claim(free);
          for (const job of jobs) void launch(job);
          claimedAll = jobs.length === free;
        } catch (error) {
          log.error({ err: describeError(error) }, 'could not claim jobs');
        }
      }
      if (!running) break;
      if (claimedAll) continue;
      if (nudged) {
        nudged = false;
        continue;
      }
      // Sleep until the poll interval passes, a slot frees up, or stop() is called.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      nudged = false;
    }
  }

  async function renewLeases(): Promise<void> {
    const ids = [...inFlight.keys()];
    if (ids.length === 0) return;
    try {
      await extendLeases(db, workerId, ids, iso(leaseMs), clock.now().toISOString());
    } catch (error) {
      log.warn({ err: describeError(error) }, 'could not renew job leases');
    }
  }

  return {
    workerId,
    register(type, registration) {
      if (registrations.has(type)) throw new Error(`Job type "${type}" is already registered`);
      registrations.set(type, registration);
    },
    async ensureSchedules() {
      for (const [type, registration] of registrations) {
        if (!registration.repeatEveryMs) continue;
        await enqueueJob(db, clock, { type, payload: {}, uniqueKey: scheduleKey(type), maxAttempts: 3 });
      }
    },
    async start() {
      if (running) return;
      running = true;
      await this.ensureSchedules();
      heartbeat = setInterval(() => void renewLeases(), Math.max(500, Math.floor(leaseMs / 3)));
      heartbeat.unref();
      loopDone = loop();
      log.debug({ workerId, concurrency, leaseMs }, 'job worker started');
    },
    async stop() {
      if (!running && !loopDone) return;
      running = false;
      nudge();
      await loopDone;
      loopDone = null;
      if (inFlight.size > 0) {
        await Promise.race([Promise.allSettled([...inFlight.values()]), sleep(shutdownGraceMs)]);
      }
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      // Release first, then abort: whatever the aborted handlers record afterwards
      // is fenced out by the guard on locked_by.
      try {
        const released = await releaseJobs(db, workerId, clock.now().toISOString());
        if (released > 0) log.info({ workerId, released }, 'released unfinished jobs to other workers');
      } catch (error) {
        log.error({ err: describeError(error) }, 'could not release jobs; their leases will expire');
      }
      abort.abort();
      if (inFlight.size > 0) await Promise.race([Promise.allSettled([...inFlight.values()]), sleep(1000)]);
      log.info({ workerId }, 'job worker stopped');
    },
    async runDueJobs({ maxJobs = 10_000, types } = {}) {
      let ran = 0;
      while (ran < maxJobs) {
        const jobs = await claim(Math.min(concurrency, maxJobs - ran), types);
        if (jobs.length === 0) break;
        await Promise.all(jobs.map(launch));
        ran += jobs.length;
      }
      return ran;
    },
  };
}
