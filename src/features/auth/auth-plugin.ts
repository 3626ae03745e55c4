import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { sha256 } from '../../ids.js';
import { InsufficientScopeError, InvitationRevokedError, UnauthorizedError } from '../../errors.js';
import { hashApiKey } from './auth-credentials.js';
import { ROLE_SCOPES, isScope, type Role, type Scope } from './auth-scopes.js';
import type { Principal, PrincipalKind, RouteAuth } from './auth-principal.js';
import { apiKeyCacheFor } from './auth-key-cache.js';
import { findActiveApiKey, findCandidateToken, findWebSession, touchApiKey } from './auth-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
}

export const SESSION_COOKIE = 'assay_session';
export const CANDIDATE_TOKEN_PREFIX = 'cst_';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** last_used_at is written at most this often per key, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60_000;

export interface AuthPluginOptions {
  db: Db;
  clock: Clock;
  operatorKey: string | null;
}

/**
 * The user name of `Authorization: Basic base64(user:password)`, for routes
 * that declare `basic` (partners such as Greenhouse send the API key as the
 * user name with an empty password). The password is not read.
 */
export function readBasicUser(header: string): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const user = (separator === -1 ? decoded : decoded.slice(0, separator)).trim();
  return user || null;
}

/** The credential a request carries: `Authorization: Bearer …` (or Basic, where the route allows it), or `X-API-Key: …`. */
export function readCredential(request: FastifyRequest, options: { basic?: boolean } = {}): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match) return match[1]!.trim();
    if (options.basic) {
      const user = readBasicUser(header);
      if (user) return user;
    }
  }
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim()) return apiKey.trim();
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(sha256(a));
  const right = Buffer.from(sha256(b));
  return timingSafeEqual(left, right);
}

/**
 * Resolves the principal of every route that declares `config.auth`, then
 * enforces the route's principal kinds and scope. Routes without `config.auth`
 * are public. Cookie sessions must pass CSRF protection on unsafe methods.
 */
export const authPlugin = fp<AuthPluginOptions>(
  async (app, options) => {
    const { db, clock, operatorKey } = options;
    const keyCache = apiKeyCacheFor(db);
    app.decorateRequest('principal', null);

    async function resolve(request: FastifyRequest, allowed: PrincipalKind[], basic: boolean): Promise<Principal | null> {
      const credential = readCredential(request, { basic });
      const now = clock.now();
      if (credential) {
        if (allowed.includes('operator') && operatorKey && sameSecret(credential, operatorKey)) {
          return { kind: 'operator' };
        }
        if (allowed.includes('apiKey') && /^ct_(live|test)_/.test(credential)) {
          const keyHash = hashApiKey(credential);
          let row = keyCache.get(keyHash, now.getTime());
          if (!row) {
            const generation = keyCache.generation();
            row = await findActiveApiKey(db, keyHash);
            if (!row) return null;
            keyCache.set(keyHash, row, now.getTime(), generation);
          }
          if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS) {
            await touchApiKey(db, row.id, now.toISOString());
            row.last_used_at = now.toISOString();
          }
          const scopes = (JSON.parse(row.scopes) as string[]).filter(isScope);
          return { kind: 'apiKey', orgId: row.org_id, apiKeyId: row.id, name: row.name, scopes: new Set<Scope>(scopes) };
        }
        if (allowed.includes('candidate') && credential.startsWith(CANDIDATE_TOKEN_PREFIX)) {
          const tokenHash = sha256(credential);
          const row = await findCandidateToken(db, tokenHash, now.toISOString());
          if (!row) return null;
          if (row.revoked_at !== null) throw new InvitationRevokedError();
          return {
            kind: 'candidate',
            orgId: row.org_id,
            invitationId: row.invitation_id,
            assessmentId: row.assessment_id,
            tokenHash,
          };
        }
        return null;
      }
      const cookie = request.cookies?.[SESSION_COOKIE];
      if (cookie && allowed.includes('user')) {
        const tokenHash = sha256(cookie);
        const row = await findWebSession(db, tokenHash, now.toISOString());
        if (!row) return null;
        const role = row.role as Role;
        return {
          kind: 'user',
          orgId: row.org_id,
          userId: row.user_id,
          name: row.name || row.email,
          role,
          scopes: new Set(ROLE_SCOPES[role] ?? []),
          sessionTokenHash: tokenHash,
        };
      }
      return null;
    }

    app.addHook('preHandler', async (request: FastifyRequest) => {
      const auth = request.routeOptions.config?.auth;
      if (!auth) return;
      const allowed = auth.principals ?? ['apiKey', 'user'];
      const principal = await resolve(request, allowed, auth.basic === true);
      if (!principal) throw new UnauthorizedError();
      if (auth.scope && (principal.kind === 'apiKey' || principal.kind === 'user') && !principal.scopes.has(auth.scope)) {
        throw new InsufficientScopeError(auth.scope);
      }
      request.principal = principal;
    });

    // CSRF: a browser session authenticates by cookie, so unsafe requests must
    // also carry the token from GET /v1/auth/csrf (double-submit, @fastify/csrf-protection).
    app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
      if (request.principal?.kind === 'user' && UNSAFE_METHODS.has(request.method)) {
        app.csrfProtection(request, reply, done);
        return;
      }
      done();
    });
  },
  { name: 'assay-auth', dependencies: ['@fastify/cookie', '@fastify/csrf-protection'] },
);

/** The principal of a route that declared auth; the plugin guarantees it is set. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthorizedError();
  return request.principal;
}

/** The organization a staff or candidate principal acts for. */
export function orgIdOf(request: FastifyRequest): string {
  const principal = principalOf(request);
  if (principal.kind === 'operator') throw new UnauthorizedError('This route needs an organization credential');
  return principal.orgId;
}
