import type { AppDeps } from './app-deps.js';
import { secretBoxFor, type SecretBox } from './shared/secret-box.js';
import { createJobRunner, type JobLogger, type JobRegistration, type JobRunner } from './features/jobs/jobs-runner.js';
import { KEY_REMINDERS_JOB, createEmailJobs, sendKeyReminders } from './features/emails/emails-delivery.js';
import { createMailer, type Mailer } from './features/emails/emails-transport.js';
import { createWebhookJobs } from './features/webhooks/webhooks-delivery.js';
import { createGreenhouseJobs } from './features/greenhouse/greenhouse-delivery.js';
import { createTeamInviteJobs } from './features/team-invites/team-invites-delivery.js';
import { createSignupJobs } from './features/signups/signups-delivery.js';
import { expirePendingKeys } from './features/invitations/invitations-lifecycle.js';
import { closeOverdueSessions } from './features/sessions/sessions-completion.js';
import { sweepThrottles } from './features/throttles/throttles-plugin.js';

/**
 * The background worker of one app instance: the job runner with every job
 * type registered — webhook fan-out and delivery, email sending (candidate
 * emails, team invites, signup links), and the recurring sweeps (expire keys,
 * close overdue sessions, key reminders, ended rate-limit windows, old
 * pending signups).
 * Started by server.ts unless ASSAY_WORKER=0.
 */

export const EXPIRE_KEYS_JOB = 'sweep.expire-keys';
export const CLOSE_OVERDUE_SESSIONS_JOB = 'sweep.close-overdue-sessions';
export const SWEEP_THROTTLES_JOB = 'sweep.ended-throttles';

export interface WorkerOptions {
  log: JobLogger;
  pollIntervalMs?: number;
  /** Tests inject a short webhook retry schedule and a fake mailer. */
  webhookRetryScheduleMs?: readonly number[];
  webhookTimeoutMs?: number;
  /** Tests inject a short retry schedule for the Greenhouse PATCH. */
  greenhouseRetryScheduleMs?: readonly number[];
  mailer?: Mailer;
  random?: () => number;
  /** How often each sweep runs. */
  sweepIntervalMs?: number;
}

export interface Worker {
  runner: JobRunner;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The secret box is opened on first use, so a worker that delivers no webhook never needs the key file. */
function lazySecretBox(config: AppDeps['config']): SecretBox {
  let box: SecretBox | null = null;
  const get = () => (box ??= secretBoxFor(config));
  return { seal: (plaintext, context) => get().seal(plaintext, context), open: (sealed, context) => get().open(sealed, context) };
}

export function createWorker(deps: AppDeps, options: WorkerOptions): Worker {
  const { db, dialect, clock, config } = deps;
  const { log } = options;
  const runner = createJobRunner({
    db,
    dialect,
    clock,
    log,
    concurrency: config.workerConcurrency,
    leaseMs: config.jobLeaseSeconds * 1000,
    pollIntervalMs: options.pollIntervalMs,
    random: options.random,
  });
  const mailer = options.mailer ?? createMailer(config);
  const sweepEvery = options.sweepIntervalMs ?? 60_000;

  const registrations: Record<string, JobRegistration> = {
    ...createWebhookJobs({
      db,
      clock,
      config,
      secretBox: lazySecretBox(config),
      retryScheduleMs: options.webhookRetryScheduleMs,
      timeoutMs: options.webhookTimeoutMs,
      random: options.random,
    }),
    ...createEmailJobs({ db, clock, config, mailer }),
    ...createTeamInviteJobs({ db, clock, config, mailer, secretBox: lazySecretBox(config) }),
    ...createSignupJobs({ db, clock, config, mailer, secretBox: lazySecretBox(config), sweepEveryMs: sweepEvery * 60 }),
    ...createGreenhouseJobs({
      db,
      clock,
      config,
      secretBox: lazySecretBox(config),
      retryScheduleMs: options.greenhouseRetryScheduleMs,
      timeoutMs: options.webhookTimeoutMs,
      random: options.random,
    }),
    [EXPIRE_KEYS_JOB]: {
      repeatEveryMs: sweepEvery,
      handler: async (_payload, context) => {
        const expired = await expirePendingKeys(db, clock.now());
        if (expired > 0) context.log.info({ expired }, `expired ${expired} unused key(s)`);
      },
    },
    [CLOSE_OVERDUE_SESSIONS_JOB]: {
      repeatEveryMs: sweepEvery,
      handler: async (_payload, context) => {
        const closed = await closeOverdueSessions(db, clock, { publicUrl: config.publicUrl });
        if (closed > 0) context.log.info({ closed }, `closed and scored ${closed} session(s) past their deadline`);
      },
    },
    [SWEEP_THROTTLES_JOB]: {
      repeatEveryMs: sweepEvery,
      handler: async (_payload, context) => {
        const deleted = await sweepThrottles({ db, clock });
        if (deleted > 0) context.log.debug({ deleted }, `forgot ${deleted} ended rate-limit window(s)`);
      },
    },
    [KEY_REMINDERS_JOB]: {
      repeatEveryMs: sweepEvery * 5,
      handler: async (_payload, context) => {
        const reminded = await sendKeyReminders(db, clock, config);
        if (reminded > 0) context.log.info({ reminded }, `queued ${reminded} key reminder(s)`);
      },
    },
  };
  for (const [type, registration] of Object.entries(registrations)) runner.register(type, registration);

  return {
    runner,
    start: () => runner.start(),
    async stop() {
      await runner.stop();
      mailer.close();
    },
  };
}

/** Creates and starts the worker; server.ts stops it before closing the database. */
export async function startWorker(deps: AppDeps, log: JobLogger): Promise<Worker> {
  const worker = createWorker(deps, { log });
  await worker.start();
  return worker;
}
