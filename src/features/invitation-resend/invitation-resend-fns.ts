/** How soon the same invitation may be emailed again: protects candidates from a double click or a loop. */
export const RESEND_INTERVAL_MS = 60_000;

export type ResendRefusal = 'no_email' | 'not_pending' | 'key_expired' | 'resent_recently';

/** Why a key's invitation cannot be emailed again now, or null when it can. */
export function resendRefusal(input: {
  status: string;
  candidateEmail: string | null;
  expiresAt: string;
  lastSentAt: string | null;
  now: Date;
}): ResendRefusal | null {
  if (!input.candidateEmail) return 'no_email';
  if (input.status !== 'pending') return 'not_pending';
  if (Date.parse(input.expiresAt) <= input.now.getTime()) return 'key_expired';
  if (input.lastSentAt && input.now.getTime() - Date.parse(input.lastSentAt) < RESEND_INTERVAL_MS) return 'resent_recently';
  return null;
}

/** Whole seconds until a key last emailed at `lastSentAt` may be emailed again (the 429's Retry-After). */
export function secondsUntilResend(lastSentAt: string, now: Date): number {
  return Math.ceil((Date.parse(lastSentAt) + RESEND_INTERVAL_MS - now.getTime()) / 1000);
}
