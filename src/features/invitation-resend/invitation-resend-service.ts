import { inTransaction, type Db } from '../../db/database.js';
import { AppError, ConflictError, NotFoundError, TooManyRequestsError } from '../../errors.js';
import type { Config } from '../../config.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { keyTitleOf } from '../invitations/invitations-fns.js';
import { renderInvitationEmail } from '../emails/emails-invitation.js';
import { takeUrlBase } from '../../shared/take-url.js';
import { queueEmail } from '../outbox/outbox-publish.js';
import { resendRefusal, secondsUntilResend } from './invitation-resend-fns.js';
import { findResendableKey, lastInvitationEmailAt, organizationName } from './invitation-resend-store.js';

const MESSAGES = {
  no_email: 'This key has no candidate email address to send to',
  not_pending: 'The candidate has already started with this key',
  key_expired: 'This key has expired; generate a new one',
} as const;

/** Emails a candidate their invitation again (same key, same link), through the durable outbox. */
export function createInvitationResendService(deps: { db: Db; clock: Clock; config: Pick<Config, 'publicUrl' | 'port'> }) {
  return {
    async resend(context: AuditContext, assessmentId: string, keyId: string, orgNameOverride?: string): Promise<{ emailId: string; to: string }> {
      const { orgId } = context;
      return inTransaction(deps.db, async (trx) => {
        const key = await findResendableKey(trx, orgId, assessmentId, keyId);
        if (!key) throw new NotFoundError('Key');
        const now = deps.clock.now();
        const lastSentAt = await lastInvitationEmailAt(trx, orgId, key.id);
        const refusal = resendRefusal({ status: key.status, candidateEmail: key.candidate_email, expiresAt: key.expires_at, lastSentAt, now });
        if (refusal === 'resent_recently') {
          throw new TooManyRequestsError('This invitation was just sent; wait a minute before sending it again', secondsUntilResend(lastSentAt!, now));
        }
        if (refusal === 'key_expired') throw new AppError(410, refusal, MESSAGES[refusal]);
        if (refusal) throw new ConflictError(MESSAGES[refusal], refusal);
        const email = renderInvitationEmail({
          orgName: orgNameOverride ?? (await organizationName(trx, orgId)),
          candidateName: key.candidate_name,
          assessmentTitle: key.title,
          role: key.role,
          key: key.key,
          takeUrl: `${takeUrlBase(deps.config)}/take/${key.key}`,
          expiresAt: key.expires_at,
          timeLimitMinutes: key.time_limit_minutes,
          timeMultiplier: key.time_multiplier,
        });
        const to = key.candidate_email!;
        const emailId = await queueEmail(trx, deps.clock, { orgId, kind: 'invitation', to, relatedId: key.id, ...email });
        await recordAudit(trx, deps.clock, context, {
          action: 'key.resend',
          resourceType: 'key',
          resourceId: key.id,
          resourceTitle: keyTitleOf(key),
          details: { assessmentId, assessmentTitle: key.title, emailId, to },
        });
        return { emailId, to };
      });
    },
  };
}
