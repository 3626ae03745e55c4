import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { sha256 } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { takeUrlBase } from '../../shared/take-url.js';
import type { Mailer } from '../emails/emails-transport.js';
import type { JobContext, JobRegistration } from '../jobs/jobs-runner.js';
import { getOrganization } from '../orgs/orgs-service.js';
import { accountExists } from '../users/users-service.js';
import { renderTeamInviteAccountExistsEmail, renderTeamInviteEmail } from './team-invites-emails.js';
import { TEAM_INVITE_EMAIL_JOB, inviteLink, inviteStatus, sealContextOf, type TeamInviteEmailPayload } from './team-invites-fns.js';
import { findInvite, setInviteEmailStatus } from './team-invites-store.js';

export interface TeamInviteJobsDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
  mailer: Mailer;
  secretBox: SecretBox;
}

/**
 * `email.team-invite` renders the invite's email when it sends it, from the
 * invite as it is then: a revoked, accepted or expired invite, or one resent
 * since (its token no longer matches), sends nothing. An address that already
 * has an account gets, instead of the link, the explanation that it cannot
 * join (only the address's owner reads it). A failure is thrown, so the runner
 * retries it with backoff; after the last attempt the invite shows `failed`.
 */
export function createTeamInviteJobs(deps: TeamInviteJobsDeps): Record<string, JobRegistration> {
  const { db, clock, config, mailer, secretBox } = deps;

  async function send(payload: TeamInviteEmailPayload, context: JobContext): Promise<void> {
    const invite = await findInvite(db, payload.orgId, payload.inviteId);
    if (!invite) return;
    const token = secretBox.open(payload.sealedToken, sealContextOf(invite.id));
    if (sha256(token) !== invite.token_hash || inviteStatus(invite, clock.now()) !== 'pending') {
      context.log.info({ inviteId: invite.id }, `team invite ${invite.id}: not sent, it was resent, revoked, accepted or has expired`);
      return;
    }
    const org = await getOrganization(db, invite.org_id);
    const base = takeUrlBase(config);
    const rendered = (await accountExists(db, invite.email))
      ? renderTeamInviteAccountExistsEmail({ orgName: org.name, inviterName: invite.invited_by_name, loginUrl: `${base}/login` })
      : renderTeamInviteEmail({
          orgName: org.name,
          inviterName: invite.invited_by_name,
          role: invite.role,
          acceptUrl: inviteLink(base, token),
          expiresAt: invite.expires_at,
        });
    try {
      // The job's id names the message: every retry of it carries the same Message-ID.
      const sent = await mailer.send({ id: context.job.id, to: invite.email, ...rendered });
      await setInviteEmailStatus(db, invite.id, invite.token_hash, 'sent');
      context.log.info({ inviteId: invite.id, location: sent.location }, `team invite ${invite.id} delivered to ${sent.location}`);
    } catch (error) {
      if (context.isFinalAttempt) await setInviteEmailStatus(db, invite.id, invite.token_hash, 'failed');
      throw error;
    }
  }

  return { [TEAM_INVITE_EMAIL_JOB]: { handler: send } };
}
