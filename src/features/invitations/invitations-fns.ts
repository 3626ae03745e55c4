import { randomBytes } from 'node:crypto';
import type { InvitationsTable } from '../../db/schema.js';
import { addDays } from '../../shared/clock.js';
import { fieldError } from '../questions/questions-fns.js';
import type { KeyObject, KeyStatus } from './invitations-schemas.js';

export type InvitationRow = InvitationsTable;

/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L: 31 symbols. */
export const KEY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const KEY_PATTERN = new RegExp(`^PST-[${KEY_ALPHABET}]{4}-[${KEY_ALPHABET}]{4}$`);
export const MAX_KEYS_PER_REQUEST = 50;

/**
 * A new candidate key `PST-XXXX-XXXX` from a CSPRNG (31^8 ≈ 8.5 × 10^11
 * keys). Bytes ≥ 248 are rejected so that every symbol is equally likely
 * (248 = 8 × 31).
 */
export function generateCandidateKey(random: (size: number) => Buffer = randomBytes): string {
  const symbols: string[] = [];
  while (symbols.length < 8) {
    for (const byte of random(16)) {
      if (byte >= 248) continue;
      symbols.push(KEY_ALPHABET[byte % KEY_ALPHABET.length]!);
      if (symbols.length === 8) break;
    }
  }
  return `PST-${symbols.slice(0, 4).join('')}-${symbols.slice(4).join('')}`;
}

export function isCandidateKeyFormat(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** What a person typed (`pst-abcd-efgh `) → the stored form, or null when it cannot be a key. */
export function normalizeCandidateKey(input: string): string | null {
  const key = input.trim().toUpperCase();
  return isCandidateKeyFormat(key) ? key : null;
}

/** `ver_live_` + 24 random hex characters: the public id of a verification record. */
export function generateRecordVerificationId(random: (size: number) => Buffer = randomBytes): string {
  return `ver_live_${random(12).toString('hex')}`;
}

/** When keys generated at `now` expire. */
export function keyExpiry(now: Date, expiresInDays: number): string {
  return addDays(now, expiresInDays).toISOString();
}

export interface KeyRequest {
  count: number;
  candidateEmails?: string[];
  candidateNames?: string[];
}

/** The per-key candidate of a request (emails lowercased); throws a 400 naming the field. */
export function planKeyRequest(request: KeyRequest): Array<{ email: string | null; name: string | null }> {
  const { count, candidateEmails: emails, candidateNames: names } = request;
  if (!Number.isInteger(count) || count < 1 || count > MAX_KEYS_PER_REQUEST) {
    throw fieldError('count', `Count must be a whole number between 1 and ${MAX_KEYS_PER_REQUEST}`);
  }
  if (names !== undefined && emails === undefined) {
    throw fieldError('candidateNames', 'Candidate names need candidate emails of the same length');
  }
  if (emails === undefined) return Array.from({ length: count }, () => ({ email: null, name: null }));
  if (emails.length !== count) {
    throw fieldError('candidateEmails', `Candidate emails has ${emails.length} address(es) but count is ${count}; the lengths must match`);
  }
  if (names !== undefined && names.length !== emails.length) {
    throw fieldError('candidateNames', `Candidate names has ${names.length} name(s) but candidate emails has ${emails.length}; the lengths must match`);
  }
  const normalized = emails.map((email) => email.trim().toLowerCase());
  const seen = new Set<string>();
  normalized.forEach((email, index) => {
    if (seen.has(email)) throw fieldError(`candidateEmails.${index}`, `${email} is listed twice`);
    seen.add(email);
  });
  return normalized.map((email, index) => ({ email, name: names?.[index]?.trim() ?? null }));
}

/**
 * The expiry rule, in one place: a key is past its expiry from `expires_at`
 * on. A pending key past it has expired (and is marked so by the sweep or the
 * next request); a used key past it cannot start another attempt, while an
 * attempt in progress runs to its own deadline. The SQL form is
 * `pendingKeyExpired` in invitations-store.ts.
 */
export function isPastExpiry(row: Pick<InvitationRow, 'expires_at'>, now: Date): boolean {
  return Date.parse(row.expires_at) <= now.getTime();
}

/** A pending key past its expiry: expired even before the sweep has marked it. */
export function pendingKeyHasExpired(row: Pick<InvitationRow, 'status' | 'expires_at'>, now: Date): boolean {
  return row.status === 'pending' && isPastExpiry(row, now);
}

/** A pending key past its expiry reads as expired even before the expiry sweep has marked it. */
export function effectiveKeyStatus(row: Pick<InvitationRow, 'status' | 'expires_at'>, now: Date): KeyStatus {
  if (pendingKeyHasExpired(row, now)) return 'expired';
  return row.status as KeyStatus;
}

/**
 * The key's status as its candidate sees it: a decision reads `completed`.
 * A candidate learns of a hire or a rejection from the hiring team (the
 * decision email they choose to send), not from the API.
 */
export function candidateVisibleKeyStatus(status: string): string {
  return status === 'hired' || status === 'rejected' ? 'completed' : status;
}

export function toKeyObject(row: InvitationRow, now: Date): KeyObject {
  return {
    id: row.id,
    key: row.key,
    status: effectiveKeyStatus(row, now),
    candidateEmail: row.candidate_email,
    candidateName: row.candidate_name,
    sessionId: row.current_session_id,
    expiresAt: row.expires_at,
    redeemedAt: row.redeemed_at,
    completedAt: row.completed_at,
  };
}

/** How the audit trail names a key: its candidate, by name or email (null for a key issued to nobody yet). */
export function keyTitleOf(row: Pick<InvitationRow, 'candidate_name' | 'candidate_email'>): string | null {
  return row.candidate_name || row.candidate_email || null;
}

/** What a candidate may be asked for before an attempt starts. */
export type CandidateDetail = 'name' | 'email';

/**
 * What the candidate must give before starting, when the assessment asks: a
 * key issued without a name asks for the name, and for the email too when the
 * key has none either. A key with a name asks nothing (the team knows whom it
 * is for); what a key holds is never asked for again, nor replaced.
 */
export function candidateDetailsNeeded(
  key: Pick<InvitationRow, 'candidate_name' | 'candidate_email'>,
  assessmentAsks: boolean,
): CandidateDetail[] {
  if (!assessmentAsks || key.candidate_name !== null) return [];
  return key.candidate_email === null ? ['name', 'email'] : ['name'];
}

/**
 * The changes that record what a candidate gave about themselves on a key:
 * only what the key does not hold yet (a name the team typed, or an email the
 * invitation went to, is never replaced). Names are trimmed, emails trimmed
 * and lowercased; blank values count as not given.
 */
export function candidateDetailChanges(
  key: Pick<InvitationRow, 'candidate_name' | 'candidate_email'>,
  given: { name?: string | null; email?: string | null },
): { name?: string; email?: string } {
  const name = given.name?.trim() || null;
  const email = given.email?.trim().toLowerCase() || null;
  return {
    ...(key.candidate_name === null && name ? { name } : {}),
    ...(key.candidate_email === null && email ? { email } : {}),
  };
}
