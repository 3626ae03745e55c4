import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { sha256 } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { takeUrlBase } from '../../shared/take-url.js';
import type { Mailer } from '../emails/emails-transport.js';
import type { JobContext, JobRegistration } from '../jobs/jobs-runner.js';
import { getOrganization } from '../orgs/orgs-service.js';
import { accountOrgId } from '../users/users-service.js';
import { renderSignupAccountExistsEmail, renderSignupEmail } from './signups-emails.js';
import {
  EXPIRED_SIGNUP_RETENTION_DAYS,
  SIGNUP_EMAIL_JOB,
  SWEEP_PENDING_SIGNUPS_JOB,
  sealContextOf,
  signupLink,
  signupStatus,
  type SignupEmailPayload,
} from './signups-fns.js';
import { deleteSignupsExpiredBefore, findPendingSignup } from './signups-store.js';

export interface SignupJobsDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
  mailer: Mailer;
  secretBox: SecretBox;
  /** How often the sweep of old pending signups runs. */
  sweepEveryMs: number;
}

/**
 * `email.signup` sends a signup's email, deciding only now which one: the
 * link that creates the organization, or — when the address already has an
 * account — the news that it does, with a way to sign in. A completed or
 * expired signup sends nothing. A failure is thrown, so the runner retries.
 * `sweep.pending-signups` deletes signups a week after they expired, with the
 * password hash of someone who never came back.
 */
export function createSignupJobs(deps: SignupJobsDeps): Record<string, JobRegistration> {
  const { db, clock, config, mailer, secretBox } = deps;

  async function send(payload: SignupEmailPayload, context: JobContext): Promise<void> {
    const signup = await findPendingSignup(db, payload.signupId);
    if (!signup || signupStatus(signup, clock.now()) !== 'pending') return;
    const token = secretBox.open(payload.sealedToken, sealContextOf(signup.id));
    if (sha256(token) !== signup.token_hash) return;
    const base = takeUrlBase(config);
    const existingOrgId = await accountOrgId(db, signup.email);
    const rendered = existingOrgId
      ? renderSignupAccountExistsEmail({ accountOrgName: (await getOrganization(db, existingOrgId)).name, loginUrl: `${base}/login` })
      : renderSignupEmail({ name: signup.name, orgName: signup.org_name, completeUrl: signupLink(base, token), expiresAt: signup.expires_at });
    // The job's id names the message: every retry of it carries the same Message-ID.
    const sent = await mailer.send({ id: context.job.id, to: signup.email, ...rendered });
    context.log.info({ signupId: signup.id, location: sent.location }, `signup ${signup.id}: email delivered to ${sent.location}`);
  }

  async function sweep(_payload: unknown, context: JobContext): Promise<void> {
    const before = new Date(clock.now().getTime() - EXPIRED_SIGNUP_RETENTION_DAYS * 86_400_000).toISOString();
    const deleted = await deleteSignupsExpiredBefore(db, before);
    if (deleted > 0) context.log.info({ deleted }, `deleted ${deleted} pending signups that expired before ${before}`);
  }

  return {
    [SIGNUP_EMAIL_JOB]: { handler: send },
    [SWEEP_PENDING_SIGNUPS_JOB]: { handler: sweep, repeatEveryMs: deps.sweepEveryMs },
  };
}
