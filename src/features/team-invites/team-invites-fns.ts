import { AppError, GoneError } from '../../errors.js';
import { addDays } from '../../shared/clock.js';

/**
 * The rules of a team invite: how long its link works, what state it is in,
 * what its link looks like, and what a link that no longer works answers.
 */

/** The job that renders and sends an invite's email (features/team-invites/team-invites-delivery.ts). */
export const TEAM_INVITE_EMAIL_JOB = 'email.team-invite';

/** What the job carries: the link's token sealed with the secret box, bound to its invite. */
export interface TeamInviteEmailPayload {
  orgId: string;
  inviteId: string;
  sealedToken: string;
}

/** The secret box's context for an invite's token: a sealed token opens only for its own invite. */
export function sealContextOf(inviteId: string): string {
  return `team-invite:${inviteId}`;
}

/** An invite's link works for a week from its latest (re)send. */
export const INVITE_TTL_DAYS = 7;

export type InviteStatus = 'pending' | 'expired' | 'accepted' | 'revoked';

export const INVITE_EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type InviteEmailStatus = (typeof INVITE_EMAIL_STATUSES)[number];

export interface InviteState {
  accepted_at: string | null;
  revoked_at: string | null;
  expires_at: string;
}

/** Accepted and revoked are final; otherwise the invite is pending until it expires. */
export function inviteStatus(invite: InviteState, now: Date): InviteStatus {
  if (invite.accepted_at !== null) return 'accepted';
  if (invite.revoked_at !== null) return 'revoked';
  return Date.parse(invite.expires_at) > now.getTime() ? 'pending' : 'expired';
}

export function inviteExpiry(sentAt: Date): Date {
  return addDays(sentAt, INVITE_TTL_DAYS);
}

/**
 * The page the email links to. The token travels in the fragment, which a
 * browser never sends to a server: it stays out of request logs, proxies and
 * Referer headers; the page posts it to the API.
 */
export function inviteLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/invite#token=${encodeURIComponent(token)}`;
}

/** What a link answers when it cannot be used (null: it can). */
export function inviteLinkError(status: InviteStatus | null): AppError | null {
  switch (status) {
    case null:
      return new InviteLinkInvalidError();
    case 'accepted':
      return new GoneError('This invitation has already been used. Sign in with the account it created.', 'invite_used');
    case 'revoked':
      return new GoneError('This invitation was withdrawn. Ask the team for a new one.', 'invite_revoked');
    case 'expired':
      return new GoneError('This invitation has expired. Ask the team to send it again.', 'invite_expired');
    case 'pending':
      return null;
  }
}

/** 404: no invite has this token (never had one, or a newer email replaced this link). */
export class InviteLinkInvalidError extends AppError {
  constructor() {
    super(404, 'invite_invalid', 'This invitation link is not valid. If you were sent a newer invitation email, use its link.');
  }
}
