import { randomBytes } from 'node:crypto';
import { sha256 } from '../../ids.js';
import { ROLE_SCOPES, type Role, type Scope } from '../auth/auth-scopes.js';
import type { StaffPrincipal } from '../auth/auth-principal.js';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing cannot be used to burn CPU. */
export const PASSWORD_MAX_LENGTH = 256;
export const SESSION_TTL_DAYS = 14;

/** Emails are compared and stored lowercased and trimmed: one address, one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A secret handed to one person (a session cookie, the token of an emailed
 * link): 32 random bytes, and the only thing stored, its SHA-256.
 */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: sha256(token) };
}

/** A new browser session: the cookie value and its stored hash. */
export function newSessionToken(): { token: string; tokenHash: string } {
  return newSecretToken();
}

/** Who is asking to change the team: a signed-in reviewer, or an API key. */
export type TeamActor =
  | { kind: 'user'; userId: string; role: Role }
  | { kind: 'apiKey'; scopes: ReadonlySet<Scope> };

export function teamActorOf(principal: StaffPrincipal): TeamActor {
  return principal.kind === 'user'
    ? { kind: 'user', userId: principal.userId, role: principal.role }
    : { kind: 'apiKey', scopes: principal.scopes };
}

/** Every signed-in member sees the team; an API key needs the scope that manages it. */
export function canViewTeam(actor: TeamActor): boolean {
  return actor.kind === 'user' || actor.scopes.has('api_keys:manage');
}

/**
 * Owners and admins manage the team; so does an API key holding
 * `api_keys:manage` (it can mint an all-scope key anyway, and it is how an
 * organization created through the operator API gets its first login).
 */
export function canManageTeam(actor: TeamActor): boolean {
  if (actor.kind === 'apiKey') return actor.scopes.has('api_keys:manage');
  return actor.role === 'owner' || actor.role === 'admin';
}

/** Only owners (and team-managing API keys) may create, change or remove an owner, or make someone one. */
export function canManageOwners(actor: TeamActor): boolean {
  if (actor.kind === 'apiKey') return actor.scopes.has('api_keys:manage');
  return actor.role === 'owner';
}

/** Whether `actor` may move a member from `currentRole` (null when creating) to `nextRole`. */
export function mayAssignRole(actor: TeamActor, currentRole: Role | null, nextRole: Role): boolean {
  if (!canManageTeam(actor)) return false;
  if (currentRole === 'owner' || nextRole === 'owner') return canManageOwners(actor);
  return true;
}

/** The scopes a reviewer role grants (the same scopes API keys carry). */
export function scopesOfRole(role: Role): Scope[] {
  return [...ROLE_SCOPES[role]];
}
