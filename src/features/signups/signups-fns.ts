import { AppError, GoneError } from '../../errors.js';

/**
 * The rules of a signup that continues by email: how long its link works,
 * what state it is in, what its link looks like, and what a link that no
 * longer works answers.
 */

/** The job that renders and sends a signup's email (signups-delivery.ts). */
export const SIGNUP_EMAIL_JOB = 'email.signup';
/** The sweep that deletes pending signups some days after they expired. */
export const SWEEP_PENDING_SIGNUPS_JOB = 'sweep.pending-signups';

/** The person is waiting for the email: a day is plenty, and a stale link is no use to anyone else. */
export const SIGNUP_LINK_TTL_HOURS = 24;
/** Expired signups are kept this long (their link still answers "expired"), then deleted with their password hash. */
export const EXPIRED_SIGNUP_RETENTION_DAYS = 7;

export type SignupStatus = 'pending' | 'completed' | 'expired';

export interface SignupState {
  completed_at: string | null;
  expires_at: string;
}

export function signupStatus(signup: SignupState, now: Date): SignupStatus {
  if (signup.completed_at !== null) return 'completed';
  return Date.parse(signup.expires_at) > now.getTime() ? 'pending' : 'expired';
}

export function signupExpiry(now: Date): Date {
  return new Date(now.getTime() + SIGNUP_LINK_TTL_HOURS * 3_600_000);
}

/** What the job carries: the link's token sealed with the secret box, bound to its signup. */
export interface SignupEmailPayload {
  signupId: string;
  sealedToken: string;
}

/** The secret box's context for a signup's token: a sealed token opens only for its own signup. */
export function sealContextOf(signupId: string): string {
  return `signup:${signupId}`;
}

/** The page the email links to; the token is in the fragment, which never reaches a server (nor its logs). */
export function signupLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/signup/complete#token=${encodeURIComponent(token)}`;
}

/** 404: no signup has this token. */
export class SignupLinkInvalidError extends AppError {
  constructor() {
    super(404, 'signup_link_invalid', 'This sign-up link is not valid. Copy the whole link from the email, or sign up again.');
  }
}

/** What a link answers when it cannot be used (null: it can). */
export function signupLinkError(status: SignupStatus | null): AppError | null {
  switch (status) {
    case null:
      return new SignupLinkInvalidError();
    case 'completed':
      return new GoneError('This sign-up link has already been used: your organization exists. Sign in to it.', 'signup_link_used');
    case 'expired':
      return new GoneError(`This sign-up link has expired (links work for ${SIGNUP_LINK_TTL_HOURS} hours). Sign up again.`, 'signup_link_expired');
    case 'pending':
      return null;
  }
}
