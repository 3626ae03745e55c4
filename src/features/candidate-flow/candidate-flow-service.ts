import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { randomSecret, sha256 } from '../../ids.js';
import { addDays } from '../../shared/clock.js';
import { CANDIDATE_TOKEN_PREFIX } from '../auth/auth-plugin.js';
import {
  expireIfDue,
  findKeyByCandidateKey,
  findLiveKeyIdByCandidateKey,
  identifyCandidate,
  isPastExpiry,
  markRedeemed,
} from '../invitations/invitations-lifecycle.js';
import { recordDomainEvent } from '../outbox/outbox-publish.js';
import {
  KeyExpiredError,
  candidateAssessmentView,
  candidateInvitationView,
  currentSession,
  loadContext,
} from '../sessions/sessions-attempts.js';
import { closeIfOverdue, type SessionEngineDeps } from '../sessions/sessions-completion.js';
import { insertCandidateToken } from './candidate-flow-store.js';

/**
 * The candidate flow's own part: a candidate key (`PST-XXXX-XXXX`) redeemed
 * for a candidate token. Everything after that is the attempt's, in the
 * sessions feature (sessions-candidate.ts); the routes adapt both to HTTP.
 */

/** A candidate token is valid this long after redemption (or until a day after a later deadline). */
export const CANDIDATE_TOKEN_DAYS = 7;

export class InvalidKeyError extends AppError {
  constructor() {
    super(401, 'invalid_key', 'Unknown or revoked key');
  }
}

export function normalizeKey(key: string): string {
  return key.trim().toUpperCase();
}

export interface RedeemInput {
  key: string;
  name?: string;
  email?: string;
}

/** Where the redemption came from: this server as the candidate reaches it (for the CLI commands of the brief). */
export interface RedeemOrigin {
  server: string;
}

export function createCandidateFlowService(deps: SessionEngineDeps & { db: Db }) {
  const { db, clock } = deps;

  return {
    /**
     * The invitation a redemption counts against (its limit): the key's, when
     * it is live (not revoked, its assessment not deleted); null for any other
     * key, which then answers as unknown, limited per address only.
     */
    liveInvitationIdOf(key: string): Promise<string | null> {
      return findLiveKeyIdByCandidateKey(db, normalizeKey(key));
    },

    /** POST /v1/candidate/sessions: a key for a candidate token. */
    async redeem(input: RedeemInput, origin: RedeemOrigin) {
      const now = clock.now();
      const found = await findKeyByCandidateKey(db, normalizeKey(input.key));
      if (!found || found.invitation.revoked_at !== null || found.assessment.deleted_at !== null) throw new InvalidKeyError();
      const { invitation } = found;
      const open = invitation.status === 'started';
      if (!open && isPastExpiry(invitation, now)) {
        // Committed on its own: the 410 must leave a pending key marked expired.
        await expireIfDue(db, invitation, now);
        throw new KeyExpiredError(invitation.expires_at);
      }
      await closeIfOverdue(db, deps, invitation.org_id, invitation.current_session_id);
      return inTransaction(db, async (trx) => {
        const context = await loadContext(trx, invitation.org_id, invitation.id);
        const nowIso = now.toISOString();
        await identifyCandidate(trx, context.invitation, { name: input.name, email: input.email }, nowIso);
        const firstRedemption = await markRedeemed(trx, invitation.id, nowIso);
        const token = `${CANDIDATE_TOKEN_PREFIX}${randomSecret(32)}`;
        const session = await currentSession(trx, context.invitation);
        const deadline = session?.status === 'started' && session.deadline_at ? Date.parse(session.deadline_at) + 86_400_000 : 0;
        const expiresAt = new Date(Math.max(addDays(now, CANDIDATE_TOKEN_DAYS).getTime(), deadline)).toISOString();
        await insertCandidateToken(trx, {
          token_hash: sha256(token),
          org_id: invitation.org_id,
          invitation_id: invitation.id,
          created_at: nowIso,
          expires_at: expiresAt,
        });
        const updated = await loadContext(trx, invitation.org_id, invitation.id);
        const invitationView = candidateInvitationView(updated);
        if (firstRedemption) {
          await recordDomainEvent(trx, clock, {
            orgId: invitation.org_id,
            type: 'invitation.redeemed',
            data: {
              invitation: {
                id: invitationView.id,
                assessmentId: updated.assessment.id,
                candidateId: updated.invitation.candidate_id,
                candidateEmail: invitationView.candidateEmail,
                candidateName: invitationView.candidateName,
                status: invitationView.status,
                redeemedAt: invitationView.redeemedAt,
              },
            },
          });
        }
        return { token, expiresAt, assessment: await candidateAssessmentView(trx, updated, origin.server), invitation: invitationView };
      });
    },

  };
}
