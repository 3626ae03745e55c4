import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../../ids.js';
import { SESSION_COOKIE } from '../auth/auth-plugin.js';
import type { StartedSession } from './users-service.js';

/**
 * The dashboard's session cookie: HTTP-only (no script reads it), SameSite=Lax,
 * Secure unless ASSAY_SECURE_COOKIES=0, expiring with the session. Set by
 * every way of signing in: login, a completed signup, an accepted invite.
 */
export function setSessionCookie(reply: FastifyReply, session: StartedSession, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

/** The SHA-256 of the session cookie a request came with, to end it when the browser signs in again. */
export function previousSessionOf(request: FastifyRequest): string | null {
  const previous = request.cookies[SESSION_COOKIE];
  return previous ? sha256(previous) : null;
}
