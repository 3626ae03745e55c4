import type { FastifyRequest } from 'fastify';
import { orgIdOf, principalOf } from '../auth/auth-plugin.js';
import { actorOf, type Actor } from '../auth/auth-principal.js';
import type { AuditContext } from './audit-service.js';

/** Who is asking and from where, without the organization (an operator acts on organizations from outside them). */
export type AuditSource = Omit<AuditContext, 'orgId'>;

/** Who is asking and from where (client IP honours X-Forwarded-For when the app trusts its proxy). */
export function auditSourceOf(request: FastifyRequest): AuditSource {
  const userAgent = request.headers['user-agent'];
  return {
    actor: actorOf(principalOf(request)),
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    requestId: request.id,
  };
}

/** Who is asking, from where, for which organization. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  return { orgId: orgIdOf(request), ...auditSourceOf(request) };
}

/**
 * Changes made outside a request (the demo data, the command line), named by
 * what made them: `{ type: 'system', name: 'Demo data' }`.
 */
export function auditContextOutsideRequest(orgId: string, actor: Actor): AuditContext {
  return { orgId, actor, ip: null, userAgent: null, requestId: null };
}
