import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { describeError } from '../jobs/jobs-fns.js';
import type { JobContext, JobRegistration } from '../jobs/jobs-runner.js';
import { queueEmail } from '../outbox/outbox-publish.js';
import { takeUrlBase } from '../../shared/take-url.js';
import { renderReminderEmail } from './emails-templates.js';
import { claimReminder, findEmail, listKeysDueForReminder, markEmailAttemptFailed, markEmailSent } from './emails-store.js';
import type { Mailer } from './emails-transport.js';

export const SEND_EMAIL_JOB = 'email.send';
export const KEY_REMINDERS_JOB = 'sweep.key-reminders';

/** Reminders go out about this long before a key expires. */
export const REMINDER_BEFORE_EXPIRY_MS = 24 * 3_600_000;

export interface EmailJobsDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
  mailer: Mailer;
}

/**
 * `email.send` (queued by queueEmail with the complete message) sends one
 * stored email; a failure is recorded on the email and thrown, so the runner
 * retries it with backoff until its attempts run out (then the email is
 * `failed`, with the error).
 */
export function createEmailJobs(deps: EmailJobsDeps): Record<string, JobRegistration> {
  const { db, clock, mailer } = deps;

  async function send(payload: { emailId: string }, context: JobContext): Promise<void> {
    const email = await findEmail(db, payload.emailId);
    if (!email || email.status === 'sent') return;
    try {
      const sent = await mailer.send({
        id: email.id,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        html: email.html_body,
      });
      await markEmailSent(db, email.id, sent.messageId, clock.now().toISOString());
      context.log.info({ emailId: email.id, kind: email.kind, to: email.to_address, location: sent.location }, `email ${email.id} delivered to ${sent.location}`);
    } catch (error) {
      await markEmailAttemptFailed(db, email.id, describeError(error), context.isFinalAttempt);
      throw error;
    }
  }

  return {
    [SEND_EMAIL_JOB]: { handler: send },
  };
}

/**
 * The reminder sweep: for each unused key with an email address expiring in
 * the next ~24 hours, marks it reminded and queues the reminder, in one
 * transaction per key (the conditional mark makes it once per key even with
 * several workers). Returns how many reminders it queued.
 */
export async function sendKeyReminders(
  db: Db,
  clock: Clock,
  config: Pick<Config, 'publicUrl' | 'port'>,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  let queued = 0;
  for (;;) {
    const now = clock.now();
    const due = await listKeysDueForReminder(db, {
      now: now.toISOString(),
      windowEnd: new Date(now.getTime() + REMINDER_BEFORE_EXPIRY_MS).toISOString(),
      createdBefore: new Date(now.getTime() - REMINDER_BEFORE_EXPIRY_MS).toISOString(),
      limit: batchSize,
    });
    let queuedInBatch = 0;
    for (const key of due) {
      const sent = await inTransaction(db, async (trx) => {
        if (!(await claimReminder(trx, key.id, clock.now().toISOString()))) return false;
        const email = renderReminderEmail({
          orgName: key.org_name,
          candidateName: key.candidate_name,
          assessmentTitle: key.assessment_title,
          role: key.role,
          key: key.key,
          takeUrl: `${takeUrlBase(config)}/take/${key.key}`,
          expiresAt: key.expires_at,
          timeLimitMinutes: key.time_limit_minutes,
          timeMultiplier: key.time_multiplier,
        });
        await queueEmail(trx, clock, { orgId: key.org_id, kind: 'reminder', to: key.candidate_email, relatedId: key.id, ...email });
        return true;
      });
      if (sent) queuedInBatch += 1;
    }
    queued += queuedInBatch;
    if (due.length < batchSize || queuedInBatch === 0) return queued;
  }
}
